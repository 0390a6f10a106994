import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Descriptions, Empty, Flex, Form, Input, Popconfirm, Select, Skeleton, Tag, Timeline, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../app/access.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { describeError } from '../../components/describe-error.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useShowFormProblem } from '../../components/form-problems.ts';
import { priorityColors, statusColors, useAssignees, useLead, useRefreshLeads, type Lead } from './api.ts';
import { LeadFormModal } from './LeadFormModal.tsx';

const ProjectFormModal = lazy(() => import('../investment-projects/ProjectFormModal.tsx').then((m) => ({ default: m.ProjectFormModal })));

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

function AssignModal({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshLeads();
  const { data: assignees, isPending } = useAssignees(true);
  return (
    <FormModal<{ ownerId: string }>
      title={t('leads.actions.assignTitle')}
      initialValues={{ ownerId: lead.ownerId ?? undefined }}
      onSubmit={async (values) => {
        await api.POST('/api/leads/{id}/assign', { params: { path: { id: lead.id } }, body: values });
        await refresh();
      }}
      onClose={onClose}
    >
      <Form.Item name="ownerId" label={t('leads.actions.assignee')} rules={[{ required: true, message: t('common.required') }]}>
        <Select showSearch optionFilterProp="label" loading={isPending} options={assignees?.map((a) => ({ value: a.id, label: a.name }))} />
      </Form.Item>
    </FormModal>
  );
}

function DropModal({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshLeads();
  return (
    <FormModal<{ reason: string }>
      title={t('leads.actions.dropTitle')}
      onSubmit={async (values) => {
        await api.POST('/api/leads/{id}/drop', { params: { path: { id: lead.id } }, body: values });
        await refresh();
      }}
      onClose={onClose}
    >
      <Form.Item name="reason" label={t('leads.actions.dropReason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

interface FollowUpForm {
  happenedOn: Dayjs;
  note: string;
  nextFollowUpOn?: Dayjs | null;
}

/** The follow-up box under the lead: a date (today), the note and optionally the next date. */
function FollowUpBox({ lead }: { lead: Lead }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshLeads();
  const [form] = Form.useForm<FollowUpForm>();
  const showProblem = useShowFormProblem(form);
  const [saving, setSaving] = useState(false);

  async function save(values: FollowUpForm) {
    setSaving(true);
    try {
      await api.POST('/api/leads/{id}/follow-ups', {
        params: { path: { id: lead.id } },
        body: { happenedOn: day(values.happenedOn)!, note: values.note.trim(), ...(values.nextFollowUpOn ? { nextFollowUpOn: day(values.nextFollowUpOn) } : {}) },
      });
      form.resetFields();
      void message.success(t('common.saved'));
      await refresh();
    } catch (failure) {
      showProblem(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Form<FollowUpForm> form={form} layout="vertical" initialValues={{ happenedOn: dayjs() }} onFinish={(values) => void save(values)}>
      <Form.Item name="note" label={t('leads.followUps.note')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea rows={3} maxLength={4000} placeholder={t('leads.followUps.notePlaceholder')} />
      </Form.Item>
      <Flex wrap gap={8}>
        <Form.Item name="happenedOn" label={t('leads.followUps.happenedOn')} rules={[{ required: true, message: t('common.required') }]} style={{ flex: '1 1 140px' }}>
          <DatePicker style={{ width: '100%' }} inputReadOnly disabledDate={(value) => value.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="nextFollowUpOn" label={t('leads.followUps.nextFollowUpOn')} style={{ flex: '1 1 140px' }}>
          <DatePicker style={{ width: '100%' }} inputReadOnly allowClear />
        </Form.Item>
      </Flex>
      <Button type="primary" htmlType="submit" loading={saving} block>
        {t('leads.followUps.submit')}
      </Button>
    </Form>
  );
}

/** One lead: its details, the actions the caller may take, and its follow-ups with a box to log one. */
export function LeadPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const me = useMe();
  const refresh = useRefreshLeads();
  const { data: lead, error, isPending, refetch } = useLead(id);
  const [dialog, setDialog] = useState<'edit' | 'assign' | 'drop' | 'project' | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function act(action: 'claim' | 'release' | 'convert' | 'reopen') {
    setBusy(action);
    try {
      await api.POST(`/api/leads/{id}/${action}`, { params: { path: { id } } });
      if (action === 'claim') void message.success(t('leads.actions.claimed'));
      await refresh();
    } catch (failure) {
      void message.error(describeError(failure, t));
      await refresh();
    } finally {
      setBusy(null);
    }
  }

  const back = (
    <Link to="/leads">
      <Button icon={<ArrowLeftOutlined />}>{t('leads.back')}</Button>
    </Link>
  );
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !lead) return <Skeleton active />;
  const has = (action: Lead['actions'][number]) => lead.actions.includes(action);

  return (
    <>
      <PageHeader title={lead.enterpriseName} extra={back}>
        <Flex wrap gap={4}>
          <Tag color={statusColors[lead.status]}>{t(`leads.statuses.${lead.status}`)}</Tag>
          <Tag color={priorityColors[lead.priority]}>{t(`leads.priorities.${lead.priority}`)}</Tag>
          {lead.ownerId === null && <Tag color="gold">{t('leads.list.inPool')}</Tag>}
        </Flex>
      </PageHeader>
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        {has('claim') && (
          <Button type="primary" loading={busy === 'claim'} onClick={() => void act('claim')}>
            {t('leads.actions.claim')}
          </Button>
        )}
        {has('edit') && <Button onClick={() => setDialog('edit')}>{t('leads.actions.edit')}</Button>}
        {has('assign') && <Button onClick={() => setDialog('assign')}>{t('leads.actions.assign')}</Button>}
        {has('release') && (
          <Popconfirm title={t('leads.actions.releaseConfirm')} onConfirm={() => act('release')} okText={t('common.yes')} cancelText={t('common.no')}>
            <Button loading={busy === 'release'}>{t('leads.actions.release')}</Button>
          </Popconfirm>
        )}
        {has('convert') && can(me, 'project.work') && (
          <Button type="primary" onClick={() => setDialog('project')}>
            {t('leads.actions.turnIntoProject')}
          </Button>
        )}
        {has('convert') && (
          <Popconfirm title={t('leads.actions.convertConfirm')} onConfirm={() => act('convert')} okText={t('common.yes')} cancelText={t('common.no')}>
            <Button loading={busy === 'convert'}>{t('leads.actions.convert')}</Button>
          </Popconfirm>
        )}
        {has('drop') && (
          <Button danger onClick={() => setDialog('drop')}>
            {t('leads.actions.drop')}
          </Button>
        )}
        {has('reopen') && (
          <Button loading={busy === 'reopen'} onClick={() => void act('reopen')}>
            {t('leads.actions.reopen')}
          </Button>
        )}
      </Flex>
      <Flex wrap gap={16} align="flex-start">
        <Card size="small" style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('leads.fields.enterprise')}>
              <Link to={`/enterprises/${lead.enterpriseId}`}>{lead.enterpriseName}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('leads.fields.source')}>{t(`leads.sources.${lead.source}`)}</Descriptions.Item>
            {lead.sourceNote && <Descriptions.Item label={t('leads.fields.sourceNote')}>{lead.sourceNote}</Descriptions.Item>}
            <Descriptions.Item label={t('leads.fields.industry')}>{lead.industryCode ? `${lead.industryCode} ${lead.industryName ?? ''}` : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('leads.fields.chainSegment')}>{lead.chainSegment ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('leads.fields.owner')}>{lead.ownerName ?? t('leads.list.inPool')}</Descriptions.Item>
            <Descriptions.Item label={t('leads.fields.team')}>{lead.teamName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('leads.fields.nextFollowUpOn')}>{lead.nextFollowUpOn ?? '—'}</Descriptions.Item>
            {lead.returnsToPoolOn && <Descriptions.Item label={t('leads.fields.returnsToPoolOn')}>{lead.returnsToPoolOn}</Descriptions.Item>}
            {lead.dropReason && <Descriptions.Item label={t('leads.fields.dropReason')}>{lead.dropReason}</Descriptions.Item>}
          </Descriptions>
        </Card>
        <Card size="small" title={t('leads.followUps.title')} style={{ flex: '1 1 320px', minWidth: 0 }}>
          {has('followUp') ? (
            <FollowUpBox lead={lead} />
          ) : (
            lead.status === 'open' && lead.ownerId === null && <Typography.Paragraph type="secondary">{t('leads.followUps.claimFirst')}</Typography.Paragraph>
          )}
          {lead.followUps.length ? (
            <Timeline
              style={{ marginTop: 16 }}
              items={lead.followUps.map((followUp) => ({
                key: followUp.id,
                children: (
                  <>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {followUp.happenedOn} · {followUp.authorName}
                    </Typography.Text>
                    <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{followUp.note}</div>
                  </>
                ),
              }))}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('leads.followUps.empty')} />
          )}
        </Card>
      </Flex>
      {dialog === 'edit' && <LeadFormModal lead={lead} onClose={() => setDialog(null)} />}
      {dialog === 'assign' && <AssignModal lead={lead} onClose={() => setDialog(null)} />}
      {dialog === 'drop' && <DropModal lead={lead} onClose={() => setDialog(null)} />}
      {dialog === 'project' && (
        <Suspense fallback={null}>
          {/* Saved, the project converts the lead and its page opens. */}
          <ProjectFormModal leadId={lead.id} onClose={() => setDialog(null)} />
        </Suspense>
      )}
    </>
  );
}
