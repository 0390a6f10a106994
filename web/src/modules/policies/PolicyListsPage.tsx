import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Form, Input, List, Modal, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../app/access.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { describeError } from '../../components/describe-error.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EnterpriseSelect } from '../enterprises/pickers.tsx';
import { policyKeys, usePolicyLists, useRefreshPolicies, type PolicyList } from './api.ts';

const memberPageSize = 20;

/** A list's enterprises, a page at a time; a manager adds one by name and removes any. */
function MembersModal({ list, manages, onClose }: { list: PolicyList; manages: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshPolicies();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState<string>();
  const members = useQuery({
    queryKey: [...policyKeys.lists, list.id, 'members', page],
    queryFn: ({ signal }) => api.GET('/api/policy-lists/{id}/members', { params: { path: { id: list.id }, query: { page, pageSize: memberPageSize } }, signal }),
  });
  async function run(work: () => Promise<unknown>) {
    try {
      await work();
      await refresh();
    } catch (failure) {
      void message.error(describeError(failure, t));
    }
  }
  const path = { params: { path: { id: list.id } } };
  return (
    <Modal open title={list.name} footer={null} onCancel={onClose} destroyOnHidden>
      {manages && (
        <Flex gap={8} style={{ marginBottom: 12 }}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <EnterpriseSelect value={adding} onChange={setAdding} />
          </div>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            disabled={!adding}
            onClick={() => void run(async () => {
              await api.POST('/api/policy-lists/{id}/members', { ...path, body: { enterpriseId: adding! } });
              setAdding(undefined);
            })}
          >
            {t('policy.lists.addMember')}
          </Button>
        </Flex>
      )}
      <List
        size="small"
        loading={members.isFetching}
        dataSource={members.data?.items ?? []}
        locale={{ emptyText: t('policy.lists.noMembers') }}
        pagination={{ current: page, pageSize: memberPageSize, total: members.data?.total ?? 0, onChange: setPage, size: 'small', showSizeChanger: false, hideOnSinglePage: true }}
        renderItem={(member) => (
          <List.Item
            key={member.enterpriseId}
            actions={
              manages
                ? [
                    <Button
                      key="remove"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('policy.lists.removeMember', { name: member.name })}
                      onClick={() => void run(() => api.DELETE('/api/policy-lists/{id}/members/{enterpriseId}', { params: { path: { id: list.id, enterpriseId: member.enterpriseId } } }))}
                    />,
                  ]
                : []
            }
          >
            <Link to={`/enterprises/${member.enterpriseId}`} style={{ overflowWrap: 'anywhere' }}>
              {member.name}
            </Link>
          </List.Item>
        )}
      />
    </Modal>
  );
}

/** The lists a `list` condition names (a competition's winners, 瞪羚企业): kept by the policy office. */
export function PolicyListsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const manages = can(useMe(), 'policy.manage');
  const { data, isFetching } = usePolicyLists();
  const refresh = useRefreshPolicies();
  const [editing, setEditing] = useState<{ list?: PolicyList } | null>(null);
  const [open, setOpen] = useState<PolicyList | null>(null);

  async function save(values: { name: string; description?: string }) {
    const body = { name: values.name, description: values.description ?? '' };
    if (editing?.list) await api.PATCH('/api/policy-lists/{id}', { params: { path: { id: editing.list.id } }, body });
    else await api.POST('/api/policy-lists', { body });
    await refresh();
  }
  async function remove(list: PolicyList) {
    try {
      await api.DELETE('/api/policy-lists/{id}', { params: { path: { id: list.id } } });
      await refresh();
    } catch (failure) {
      void message.error(describeError(failure, t));
    }
  }

  return (
    <>
      <PageHeader
        title={t('policy.lists.title')}
        extra={
          <Flex wrap gap={8}>
            <Link to="/policies">
              <Button icon={<ArrowLeftOutlined />}>{t('policy.back')}</Button>
            </Link>
            {manages && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
                {t('policy.lists.create')}
              </Button>
            )}
          </Flex>
        }
      />
      <Card size="small">
        <List
          loading={isFetching}
          dataSource={data?.items ?? []}
          locale={{ emptyText: t('policy.lists.empty') }}
          renderItem={(list) => (
            <List.Item key={list.id}>
              <Flex vertical gap={4} style={{ minWidth: 0, width: '100%' }}>
                <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                  {list.name}
                </Typography.Text>
                {list.description && <Typography.Text type="secondary">{list.description}</Typography.Text>}
                <Flex wrap gap={4}>
                  <Button size="small" icon={<TeamOutlined />} onClick={() => setOpen(list)}>
                    {t('policy.lists.members', { count: list.memberCount })}
                  </Button>
                  {manages && (
                    <>
                      <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ list })}>
                        {t('policy.actions.edit')}
                      </Button>
                      <Popconfirm title={t('policy.lists.confirmDelete')} okText={t('common.yes')} cancelText={t('common.no')} onConfirm={() => remove(list)}>
                        <Button size="small" danger icon={<DeleteOutlined />}>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </>
                  )}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      </Card>
      {editing && (
        <FormModal<{ name: string; description?: string }>
          title={editing.list ? t('policy.lists.edit') : t('policy.lists.create')}
          initialValues={editing.list ? { name: editing.list.name, description: editing.list.description ?? undefined } : {}}
          onSubmit={save}
          onClose={() => setEditing(null)}
        >
          <Form.Item name="name" label={t('policy.lists.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="description" label={t('policy.lists.description')}>
            <Input.TextArea autoSize maxLength={1_000} />
          </Form.Item>
        </FormModal>
      )}
      {open && <MembersModal list={open} manages={manages} onClose={() => setOpen(null)} />}
    </>
  );
}
