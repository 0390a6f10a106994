import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, InputNumber, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { describeError } from '../../components/describe-error.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useTeams } from '../teams/api.ts';
import { deskKeys, priorityColors, useCannedReplies, useCategories, usePlaces, type SlaPolicy } from './api.ts';

function useAdminWrite() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return async (write: () => Promise<unknown>) => {
    try {
      await write();
      await queryClient.invalidateQueries({ queryKey: deskKeys.all });
      return true;
    } catch (failure) {
      void message.error(describeError(failure, t));
      return false;
    }
  };
}

function RoutingRules() {
  const { t, i18n } = useTranslation();
  const write = useAdminWrite();
  const rules = useQuery({ queryKey: deskKeys.rules(i18n.language), queryFn: () => api.GET('/api/service-desk/routing-rules') });
  const categories = useCategories();
  const places = usePlaces();
  const teams = useTeams(false);
  const [rule, setRule] = useState<{ categoryCode?: string; siteId?: string; teamId?: string }>({});
  if (rules.error) return <ErrorResult error={rules.error} onRetry={() => void rules.refetch()} />;
  return (
    <Card size="small" title={t('serviceDesk.admin.routing')}>
      <Typography.Paragraph type="secondary">{t('serviceDesk.admin.routingHint')}</Typography.Paragraph>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t('serviceDesk.fields.category')}
          value={rule.categoryCode}
          onChange={(categoryCode) => setRule({ ...rule, categoryCode })}
          options={(categories.data ?? []).map((category) => ({ value: category.code, label: category.name }))}
        />
        <Select
          allowClear
          style={{ minWidth: 200 }}
          placeholder={t('serviceDesk.admin.site')}
          value={rule.siteId}
          onChange={(siteId) => setRule({ ...rule, siteId })}
          options={(places.data ?? []).map((place) => ({ value: place.id, label: place.name }))}
        />
        <Select
          style={{ minWidth: 200 }}
          placeholder={t('serviceDesk.fields.team')}
          value={rule.teamId}
          onChange={(teamId) => setRule({ ...rule, teamId })}
          options={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!rule.teamId || (!rule.categoryCode && !rule.siteId)}
          onClick={() =>
            void write(() =>
              api.POST('/api/service-desk/routing-rules', { body: { categoryCode: rule.categoryCode ?? null, siteId: rule.siteId ?? null, teamId: rule.teamId! } }),
            ).then((done) => done && setRule({}))
          }
        >
          {t('serviceDesk.admin.addRule')}
        </Button>
      </Flex>
      <Table
        size="small"
        rowKey="id"
        loading={rules.isPending}
        dataSource={rules.data}
        pagination={false}
        columns={[
          { title: t('serviceDesk.fields.category'), dataIndex: 'categoryName', render: (name: string | null) => name ?? t('serviceDesk.admin.any') },
          { title: t('serviceDesk.admin.site'), dataIndex: 'siteName', render: (name: string | null) => name ?? t('serviceDesk.admin.any') },
          { title: t('serviceDesk.fields.team'), dataIndex: 'teamName' },
          {
            key: 'delete',
            render: (_, item) => (
              <Popconfirm title={t('serviceDesk.admin.deleteRule')} onConfirm={() => write(() => api.DELETE('/api/service-desk/routing-rules/{id}', { params: { path: { id: item.id } } }))}>
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}

function FallbackOwner() {
  const { t } = useTranslation();
  const write = useAdminWrite();
  const settings = useQuery({ queryKey: deskKeys.settings, queryFn: () => api.GET('/api/service-desk/settings') });
  if (settings.error) return <ErrorResult error={settings.error} onRetry={() => void settings.refetch()} />;
  return (
    <Card size="small" title={t('serviceDesk.admin.fallbackOwner')}>
      <Typography.Paragraph type="secondary">{t('serviceDesk.admin.fallbackHint')}</Typography.Paragraph>
      <Select
        style={{ minWidth: 240 }}
        loading={settings.isPending}
        value={settings.data?.fallbackOwnerId ?? undefined}
        placeholder={t('serviceDesk.admin.fallbackOwner')}
        aria-label={t('serviceDesk.admin.fallbackOwner')}
        onChange={(userId: string) => void write(() => api.PUT('/api/service-desk/settings/fallback-owner', { body: { userId } }))}
        options={(settings.data?.candidates ?? []).map((user) => ({ value: user.id, label: user.name }))}
      />
    </Card>
  );
}

function CannedReplies() {
  const { t } = useTranslation();
  const write = useAdminWrite();
  const replies = useCannedReplies(true);
  const teams = useTeams(false);
  const [form] = Form.useForm<{ teamId?: string; title: string; body: string }>();
  if (replies.error) return <ErrorResult error={replies.error} onRetry={() => void replies.refetch()} />;
  return (
    <Card size="small" title={t('serviceDesk.admin.cannedReplies')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          void write(() => api.POST('/api/service-desk/canned-replies', { body: { teamId: values.teamId ?? null, title: values.title, body: values.body } })).then(
            (done) => done && form.resetFields(),
          )
        }
      >
        <Flex wrap gap={8}>
          <Form.Item name="teamId" style={{ minWidth: 200 }}>
            <Select allowClear placeholder={t('serviceDesk.admin.everyTeam')} options={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))} />
          </Form.Item>
          <Form.Item name="title" rules={[{ required: true, whitespace: true, message: t('common.required') }]} style={{ minWidth: 200 }}>
            <Input maxLength={100} placeholder={t('serviceDesk.admin.replyTitle')} />
          </Form.Item>
        </Flex>
        <Form.Item name="body" rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea maxLength={5000} autoSize={{ minRows: 2, maxRows: 6 }} placeholder={t('serviceDesk.admin.replyBody')} />
        </Form.Item>
        <Button htmlType="submit" icon={<PlusOutlined />}>
          {t('serviceDesk.admin.addReply')}
        </Button>
      </Form>
      <Table
        size="small"
        rowKey="id"
        style={{ marginTop: 12 }}
        loading={replies.isPending}
        dataSource={replies.data}
        pagination={false}
        columns={[
          { title: t('serviceDesk.fields.team'), dataIndex: 'teamName', render: (name: string | null) => name ?? t('serviceDesk.admin.everyTeam') },
          { title: t('serviceDesk.admin.replyTitle'), dataIndex: 'title' },
          { title: t('serviceDesk.admin.replyBody'), dataIndex: 'body', ellipsis: true },
          {
            key: 'delete',
            render: (_, item) => (
              <Popconfirm title={t('serviceDesk.admin.deleteReply')} onConfirm={() => write(() => api.DELETE('/api/service-desk/canned-replies/{id}', { params: { path: { id: item.id } } }))}>
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}

type SlaPolicyForm = Pick<SlaPolicy, 'firstResponseMinutes' | 'resolutionMinutes' | 'calendar'>;

function SlaPolicyFormModal({ policy, onClose }: { policy: SlaPolicy; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  async function save(values: SlaPolicyForm) {
    await api.PUT('/api/service-desk/sla-policies/{id}', { params: { path: { id: policy.id } }, body: values });
    await queryClient.invalidateQueries({ queryKey: deskKeys.all });
  }
  const required = [{ required: true, message: t('common.required') }];
  return (
    <FormModal<SlaPolicyForm>
      title={`${policy.categoryName ?? t('serviceDesk.admin.any')} · ${t(`serviceDesk.priorities.${policy.priority}`)}`}
      initialValues={policy}
      onSubmit={save}
      onClose={onClose}
    >
      <Form.Item name="firstResponseMinutes" label={t('serviceDesk.admin.firstResponseMinutes')} rules={required}>
        <InputNumber min={1} max={129600} />
      </Form.Item>
      <Form.Item name="resolutionMinutes" label={t('serviceDesk.admin.resolutionMinutes')} rules={required}>
        <InputNumber min={1} max={129600} />
      </Form.Item>
      <Form.Item name="calendar" label={t('serviceDesk.admin.slaCalendar')} rules={required}>
        <Select options={(['always', 'business'] as const).map((value) => ({ value, label: t(`serviceDesk.sla.calendars.${value}`) }))} />
      </Form.Item>
    </FormModal>
  );
}

/** The SLA policies: targets by priority, and per category where one has its own. */
function SlaPolicies() {
  const { t, i18n } = useTranslation();
  const policies = useQuery({ queryKey: deskKeys.slaPolicies(i18n.language), queryFn: () => api.GET('/api/service-desk/sla-policies') });
  const [editing, setEditing] = useState<SlaPolicy | null>(null);
  if (policies.error) return <ErrorResult error={policies.error} onRetry={() => void policies.refetch()} />;
  return (
    <Card size="small" title={t('serviceDesk.admin.slaPolicies')}>
      <Typography.Paragraph type="secondary">{t('serviceDesk.admin.slaHint')}</Typography.Paragraph>
      <Table<SlaPolicy>
        size="small"
        rowKey="id"
        loading={policies.isPending}
        dataSource={policies.data}
        pagination={false}
        columns={[
          {
            title: t('serviceDesk.fields.priority'),
            dataIndex: 'priority',
            render: (priority: SlaPolicy['priority']) => <Tag color={priorityColors[priority]}>{t(`serviceDesk.priorities.${priority}`)}</Tag>,
          },
          { title: t('serviceDesk.fields.category'), dataIndex: 'categoryName', render: (name: string | null) => name ?? t('serviceDesk.admin.any') },
          { title: t('serviceDesk.admin.firstResponseMinutes'), dataIndex: 'firstResponseMinutes' },
          { title: t('serviceDesk.admin.resolutionMinutes'), dataIndex: 'resolutionMinutes' },
          { title: t('serviceDesk.admin.slaCalendar'), dataIndex: 'calendar', render: (calendar: SlaPolicy['calendar']) => t(`serviceDesk.sla.calendars.${calendar}`) },
          {
            key: 'edit',
            render: (_, policy) => <Button size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => setEditing(policy)} />,
          },
        ]}
      />
      {editing && <SlaPolicyFormModal policy={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}

/** 服务台设置: the fallback owner, routing rules, SLA policies and canned replies; the categories have their own page. */
export function DeskAdminPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('serviceDesk.admin.title')} />
      <Flex vertical gap={16}>
        <FallbackOwner />
        <RoutingRules />
        <SlaPolicies />
        <CannedReplies />
      </Flex>
    </>
  );
}
