import { ArrowLeftOutlined, DeleteOutlined, MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, DatePicker, Descriptions, Empty, Flex, Form, Input, List, Popconfirm, Select, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { can } from '../../app/access.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { Attachments } from '../../components/Attachments.tsx';
import { describeError } from '../../components/describe-error.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { StageTag } from '../investment-projects/StageTag.tsx';
import { chinaToday, concernColors, concernTags, useRefreshVisits, useStaff, useTrips, useVisit, type ConcernTag, type Visit } from './api.ts';

// The projects module's own create form, loaded when first opened.
const ProjectFormModal = lazy(() => import('../investment-projects/ProjectFormModal.tsx').then((m) => ({ default: m.ProjectFormModal })));

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

interface EditForm {
  visitedOn: Dayjs;
  place?: string;
  tripId?: string;
  participantIds: string[];
  theirParticipants: { name: string; title?: string }[];
  presented?: string;
  summary?: string;
  concerns: ConcernTag[];
  notes: Partial<Record<ConcernTag, string>>;
}

function EditVisitModal({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshVisits();
  const { data: staff, isPending } = useStaff();
  const { data: trips } = useTrips(1);
  const tripOptions = (trips?.items ?? []).map((trip) => ({ value: trip.id, label: `${trip.name}（${trip.startsOn} ~ ${trip.endsOn}）` }));
  if (visit.tripId && !tripOptions.some((option) => option.value === visit.tripId)) tripOptions.unshift({ value: visit.tripId, label: visit.tripName ?? '' });
  return (
    <FormModal<EditForm>
      title={t('visits.edit.title')}
      initialValues={{
        visitedOn: dayjs(visit.visitedOn),
        place: visit.place ?? undefined,
        tripId: visit.tripId ?? undefined,
        participantIds: visit.participants.map((p) => p.id),
        theirParticipants: visit.theirParticipants.map((p) => ({ name: p.name, title: p.title ?? undefined })),
        presented: visit.presented ?? undefined,
        summary: visit.summary ?? undefined,
        concerns: visit.concerns.map((c) => c.tag),
        notes: Object.fromEntries(visit.concerns.map((c) => [c.tag, c.note ?? ''])),
      }}
      onSubmit={async (values) => {
        await api.PATCH('/api/visits/{id}', {
          params: { path: { id: visit.id } },
          body: {
            visitedOn: day(values.visitedOn)!,
            place: values.place ?? '',
            tripId: values.tripId ?? null,
            participantIds: values.participantIds ?? [],
            theirParticipants: (values.theirParticipants ?? []).filter((p) => p?.name?.trim()).map((p) => ({ name: p.name, title: p.title ?? '' })),
            presented: values.presented ?? '',
            summary: values.summary ?? '',
            concerns: (values.concerns ?? []).map((tag) => ({ tag, note: values.notes?.[tag] ?? '' })),
          },
        });
        await refresh();
      }}
      onClose={onClose}
    >
      <Form.Item name="visitedOn" label={t('visits.fields.visitedOn')} rules={[{ required: true, message: t('common.required') }]}>
        <DatePicker style={{ width: '100%' }} inputReadOnly allowClear={false} disabledDate={(value) => value.format('YYYY-MM-DD') > chinaToday()} />
      </Form.Item>
      <Form.Item name="place" label={t('visits.fields.place')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="tripId" label={t('visits.fields.trip')}>
        <Select allowClear options={tripOptions} />
      </Form.Item>
      <Form.Item name="participantIds" label={t('visits.fields.participants')}>
        <Select mode="multiple" optionFilterProp="label" loading={isPending} options={staff?.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <Form.Item label={t('visits.fields.theirParticipants')}>
        <Form.List name="theirParticipants">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="baseline">
                  <Form.Item name={[field.name, 'name']} style={{ flex: 1 }}>
                    <Input placeholder={t('visits.fields.personName')} maxLength={100} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} style={{ flex: 1 }}>
                    <Input placeholder={t('visits.fields.personTitle')} maxLength={100} />
                  </Form.Item>
                  <MinusCircleOutlined aria-label={t('common.delete')} onClick={() => remove(field.name)} />
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '' })} block>
                {t('visits.edit.addPerson')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="presented" label={t('visits.fields.presented')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Form.Item name="summary" label={t('visits.fields.summary')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="concerns" label={t('visits.fields.concerns')}>
        <Select mode="multiple" options={concernTags.map((tag) => ({ value: tag, label: t(`visits.concerns.${tag}`) }))} />
      </Form.Item>
      <Form.Item noStyle dependencies={['concerns']}>
        {({ getFieldValue }) =>
          ((getFieldValue('concerns') as ConcernTag[] | undefined) ?? []).map((tag) => (
            <Form.Item key={tag} name={['notes', tag]} label={t('visits.quick.concernNote', { concern: t(`visits.concerns.${tag}`) })}>
              <Input maxLength={1000} />
            </Form.Item>
          ))
        }
      </Form.Item>
    </FormModal>
  );
}

function AddStepModal({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshVisits();
  const { data: staff, isPending } = useStaff();
  return (
    <FormModal<{ text: string; ownerId?: string; dueOn?: Dayjs | null }>
      title={t('visits.steps.add')}
      initialValues={{ ownerId: visit.officerId ?? undefined }}
      onSubmit={async (values) => {
        await api.POST('/api/visits/{id}/next-steps', {
          params: { path: { id: visit.id } },
          body: { text: values.text, ownerId: values.ownerId ?? null, dueOn: day(values.dueOn) },
        });
        await refresh();
      }}
      onClose={onClose}
    >
      <Form.Item name="text" label={t('visits.fields.nextStep')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="ownerId" label={t('visits.fields.stepOwner')}>
        <Select showSearch optionFilterProp="label" loading={isPending} options={staff?.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('visits.fields.dueOn')}>
        <DatePicker style={{ width: '100%' }} inputReadOnly />
      </Form.Item>
    </FormModal>
  );
}

function NextSteps({ visit, extra }: { visit: Visit; extra?: ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshVisits();
  const [busy, setBusy] = useState<string | null>(null);
  const today = chinaToday();

  async function tick(stepId: string, done: boolean) {
    setBusy(stepId);
    try {
      await api.POST('/api/visits/{id}/next-steps/{stepId}', { params: { path: { id: visit.id, stepId } }, body: { done } });
      await refresh();
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setBusy(null);
    }
  }

  async function remove(stepId: string) {
    setBusy(stepId);
    try {
      await api.DELETE('/api/visits/{id}/next-steps/{stepId}', { params: { path: { id: visit.id, stepId } } });
      await refresh();
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setBusy(null);
    }
  }

  const mayRemove = visit.actions.includes('addStep');
  return (
    <Card size="small" title={t('visits.steps.title')} extra={extra}>
      <List
        size="small"
        dataSource={visit.nextSteps}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.steps.empty')} /> }}
        renderItem={(step) => (
          <List.Item
            key={step.id}
            style={{ paddingInline: 0 }}
            actions={
              mayRemove
                ? [
                    <Popconfirm key="remove" title={t('visits.steps.removeConfirm')} okText={t('visits.steps.remove')} okButtonProps={{ danger: true }} onConfirm={() => remove(step.id)}>
                      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('visits.steps.remove')} disabled={busy === step.id} />
                    </Popconfirm>,
                  ]
                : undefined
            }
          >
            <Checkbox checked={step.doneAt !== null} disabled={!step.mayTick || busy === step.id} onChange={(event) => void tick(step.id, event.target.checked)}>
              <Typography.Text delete={step.doneAt !== null} style={{ overflowWrap: 'anywhere' }}>
                {step.text}
              </Typography.Text>
              <br />
              <Typography.Text type={!step.doneAt && step.dueOn && step.dueOn < today ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                {[step.ownerName, step.dueOn ? t('visits.steps.dueOn', { date: step.dueOn }) : null].filter(Boolean).join(' · ')}
              </Typography.Text>
            </Checkbox>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The projects made from the visit that the reader sees, each a link. */
function ProjectsFromVisit({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('visits.projectsFrom.title')}>
      <List
        size="small"
        dataSource={visit.projects}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.projectsFrom.empty')} /> }}
        renderItem={(project) => (
          <List.Item key={project.id} style={{ paddingInline: 0 }}>
            <Link to={`/projects/${project.id}`} style={{ overflowWrap: 'anywhere' }}>
              {project.name}
            </Link>
            <StageTag stage={project.stage} />
          </List.Item>
        )}
      />
    </Card>
  );
}

/**
 * One visit: what was said, both sides, the concerns, the next steps to tick, the projects made from it and the
 * photos. The actions row is where later actions on a visit add their buttons (turning it into a project is one).
 */
export function VisitPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const refresh = useRefreshVisits();
  const me = useMe();
  const { data: visit, error, isPending, refetch } = useVisit(id);
  const [dialog, setDialog] = useState<'edit' | 'step' | 'project' | null>(null);
  const [deleting, setDeleting] = useState(false);

  async function remove() {
    setDeleting(true);
    try {
      await api.DELETE('/api/visits/{id}', { params: { path: { id } } });
      void message.success(t('visits.deleted'));
      await refresh();
      void navigate('/visits');
    } catch (failure) {
      void message.error(describeError(failure, t));
    } finally {
      setDeleting(false);
    }
  }

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !visit) return <Skeleton active />;
  const has = (action: Visit['actions'][number]) => visit.actions.includes(action);

  return (
    <>
      <PageHeader
        title={visit.enterpriseName}
        extra={
          <Link to="/visits">
            <Button icon={<ArrowLeftOutlined />}>{t('visits.back')}</Button>
          </Link>
        }
      >
        <Typography.Text type="secondary">{[visit.visitedOn, visit.place, visit.officerName].filter(Boolean).join(' · ')}</Typography.Text>
      </PageHeader>
      <Flex wrap gap={8} style={{ marginBottom: 16 }} className="visit-actions">
        {has('edit') && <Button onClick={() => setDialog('edit')}>{t('visits.actions.edit')}</Button>}
        {can(me, 'project.work') && <Button onClick={() => setDialog('project')}>{t('visits.actions.turnIntoProject')}</Button>}
        {has('delete') && (
          <Popconfirm title={t('visits.actions.deleteConfirm')} onConfirm={() => remove()} okText={t('common.yes')} cancelText={t('common.no')} okButtonProps={{ danger: true }}>
            <Button danger icon={<DeleteOutlined />} loading={deleting}>
              {t('visits.actions.delete')}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      <Flex wrap gap={16} align="flex-start">
        <Card size="small" style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('visits.fields.enterprise')}>
              <Link to={`/enterprises/${visit.enterpriseId}`}>{visit.enterpriseName}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('visits.fields.visitedOn')}>{visit.visitedOn}</Descriptions.Item>
            <Descriptions.Item label={t('visits.fields.place')}>{visit.place ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('visits.fields.team')}>{visit.teamName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('visits.fields.officer')}>{visit.officerName}</Descriptions.Item>
            <Descriptions.Item label={t('visits.fields.participants')}>{visit.participants.map((p) => p.name).join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('visits.fields.theirParticipants')}>
              {visit.theirParticipants.map((p) => (p.title ? `${p.name}（${p.title}）` : p.name)).join('、') || '—'}
            </Descriptions.Item>
            {visit.tripId && (
              <Descriptions.Item label={t('visits.fields.trip')}>
                <Link to={`/visits/trips/${visit.tripId}`}>{visit.tripName}</Link>
              </Descriptions.Item>
            )}
            {visit.leadId && (
              <Descriptions.Item label={t('visits.fields.lead')}>
                <Link to={`/leads/${visit.leadId}`}>{t('visits.openLead')}</Link>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('visits.fields.presented')}>
              <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{visit.presented ?? '—'}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('visits.fields.summary')}>
              <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{visit.summary ?? '—'}</span>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Flex vertical gap={16} style={{ flex: '1 1 320px', minWidth: 0 }}>
          <Card size="small" title={t('visits.fields.concerns')}>
            {visit.concerns.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('visits.noConcerns')} />
            ) : (
              <Space direction="vertical" style={{ width: '100%' }}>
                {visit.concerns.map((concern) => (
                  <div key={concern.tag}>
                    <Tag color={concernColors[concern.tag]}>{t(`visits.concerns.${concern.tag}`)}</Tag>
                    {concern.note && <Typography.Text style={{ overflowWrap: 'anywhere' }}>{concern.note}</Typography.Text>}
                  </div>
                ))}
              </Space>
            )}
          </Card>
          <NextSteps
            visit={visit}
            extra={
              has('addStep') && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog('step')}>
                  {t('visits.steps.add')}
                </Button>
              )
            }
          />
          {can(me, 'project.read') && <ProjectsFromVisit visit={visit} />}
          <Card size="small" title={t('visits.photos')}>
            <Attachments kind="visit" recordId={visit.id} />
          </Card>
        </Flex>
      </Flex>
      {dialog === 'edit' && <EditVisitModal visit={visit} onClose={() => setDialog(null)} />}
      {dialog === 'step' && <AddStepModal visit={visit} onClose={() => setDialog(null)} />}
      {dialog === 'project' && (
        <Suspense fallback={null}>
          <ProjectFormModal
            visit={visit}
            onClose={() => {
              setDialog(null);
              // Saved, the visit lists its new project.
              void refresh();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
