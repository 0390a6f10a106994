import { EditOutlined, HistoryOutlined, KeyOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Badge, Button, Card, Grid, Input, Pagination, Select, Space, Table, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { roles, type Role } from '../../app/access.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { formatDateTime } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RecordHistoryDrawer } from '../../components/RecordHistoryDrawer.tsx';
import { describeError } from '../../components/describe-error.ts';
import { ErrorResult } from '../../components/results.tsx';
import { RoleTags } from '../../components/RoleTags.tsx';
import { RowAction } from '../../components/RowAction.tsx';
import { topBarHeight } from '../../components/top-bar.ts';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { isLanguage, languageNames, translateOr } from '../../i18n/index.ts';
import { useEnterprise } from '../enterprises/api.ts';
import { UserFormModal } from './UserFormModal.tsx';
import { usersKey, type User } from './users-api.ts';

function EnterpriseName({ id }: { id: string }) {
  const { data } = useEnterprise(id);
  return (
    <Link to={`/enterprises/${id}`} translate="no">
      {data?.name ?? '…'}
    </Link>
  );
}

function StatusBadge({ user }: { user: User }) {
  const { t } = useTranslation();
  return user.disabled ? <Badge status="default" text={t('users.disabled')} /> : <Badge status="success" text={t('users.active')} />;
}

/** Sets a temporary password after confirmation and shows it once, to be handed over in person. */
function useResetPassword() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  return (user: User) =>
    modal.confirm({
      title: t('users.resetConfirmTitle', { name: user.displayName }),
      content: t('users.resetConfirmDetail'),
      okText: t('users.resetPassword'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const { temporaryPassword } = await api.POST('/api/users/{id}/reset-password', { params: { path: { id: user.id } } });
          await queryClient.invalidateQueries({ queryKey: usersKey });
          modal.success({
            title: t('users.temporaryPasswordTitle', { name: user.displayName }),
            content: (
              <>
                <Typography.Paragraph copyable={{ text: temporaryPassword, tooltips: [t('common.copy'), t('common.copied')] }} code className="temporary-password" data-testid="temporary-password">
                  {temporaryPassword}
                </Typography.Paragraph>
                <Typography.Paragraph type="secondary">{t('users.temporaryPasswordOnce')}</Typography.Paragraph>
              </>
            ),
            okText: t('common.close'),
          });
        } catch (error) {
          void message.error(describeError(error, t));
        }
      },
    });
}

function userFieldValue(field: string, value: unknown): string | undefined {
  if (field === 'locale' && isLanguage(value)) return languageNames[value];
  if (field === 'roles' && Array.isArray(value)) return value.map((role) => translateOr(`roles.${String(role)}`, String(role))).join(', ');
  return undefined;
}

export function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const isMobile = useIsMobile();
  const screens = Grid.useBreakpoint();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [historyOf, setHistoryOf] = useState<User | null>(null);
  const resetPassword = useResetPassword();
  const query = { q: q || undefined, role, page, pageSize };
  const { data, error, isFetching, refetch } = useQuery({
    queryKey: [...usersKey, query],
    queryFn: ({ signal }) => api.GET('/api/users', { params: { query }, signal }),
    placeholderData: keepPreviousData,
  });

  // In the table the actions are icons (named for screen readers, with a tooltip), so that every column fits.
  const actions = (user: User, iconOnly: boolean) => (
    <Space size={0}>
      <RowAction label={t('common.edit')} icon={<EditOutlined />} iconOnly={iconOnly} onClick={() => setEditing(user)} />
      <RowAction label={t('users.resetPassword')} icon={<KeyOutlined />} iconOnly={iconOnly} onClick={() => resetPassword(user)} disabled={user.id === me.id} />
      <RowAction label={t('users.history')} icon={<HistoryOutlined />} iconOnly={iconOnly} onClick={() => setHistoryOf(user)} />
    </Space>
  );

  // Every column fits the table's width (no sideways scrolling, no pinned column over the others); the
  // secondary ones appear as room allows.
  const columns: TableProps<User>['columns'] = [
    { key: 'username', title: t('users.username'), dataIndex: 'username', width: 130, ellipsis: true, render: (name: string) => <span translate="no">{name}</span> },
    { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName', ellipsis: true, render: (name: string) => <span translate="no">{name}</span> },
    ...(screens.lg ? [{ key: 'roles', title: t('users.roles'), dataIndex: 'roles', width: 210, render: (userRoles: string[]) => <RoleTags roles={userRoles} /> }] : []),
    ...(screens.xl
      ? [{ key: 'enterprise', title: t('users.enterprise'), dataIndex: 'enterpriseId', width: 190, ellipsis: true, render: (id: string | null) => (id ? <EnterpriseName id={id} /> : '—') }]
      : []),
    {
      key: 'status',
      title: t('users.status'),
      width: 130,
      render: (_, user) => (
        <Space orientation="vertical" size={0}>
          <StatusBadge user={user} />
          {user.mustChangePassword && <Typography.Text type="secondary">{t('users.mustChangePassword')}</Typography.Text>}
        </Space>
      ),
    },
    ...(screens.xxl ? [{ key: 'createdAt', title: t('users.createdAt'), dataIndex: 'createdAt', width: 150, render: formatDateTime }] : []),
    { key: 'actions', title: t('common.actions'), width: 120, render: (_, user) => actions(user, true) },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('users.create')}
          </Button>
        }
      />
      <Card size="small" className="filter-card">
        <div className="search-row">
          <Input.Search
            allowClear
            enterButton
            placeholder={t('users.searchPlaceholder')}
            aria-label={t('users.searchPlaceholder')}
            onSearch={(value) => {
              setQ(value.trim());
              setPage(1);
            }}
          />
          <Select<Role>
            allowClear
            placeholder={t('users.allRoles')}
            value={role}
            onChange={(value) => {
              setRole(value);
              setPage(1);
            }}
            options={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
            aria-label={t('users.roles')}
            style={{ minWidth: 140 }}
          />
        </div>
      </Card>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : isMobile ? (
        <Space orientation="vertical" size="small" style={{ width: '100%' }}>
          {data?.items.map((user) => (
            <Card key={user.id} size="small" title={<span translate="no">{user.displayName}</span>} extra={<StatusBadge user={user} />}>
              <div className="enterprise-card-meta">{user.username}</div>
              <RoleTags roles={user.roles} />
              {user.enterpriseId && (
                <div className="enterprise-card-meta">
                  <EnterpriseName id={user.enterpriseId} />
                </div>
              )}
              {actions(user, false)}
            </Card>
          ))}
          {data && data.total > pageSize && <Pagination simple current={page} pageSize={pageSize} total={data.total} onChange={setPage} className="mobile-pagination" />}
        </Space>
      ) : (
        <Table<User>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data?.items}
          loading={isFetching}
          tableLayout="fixed"
          sticky={{ offsetHeader: topBarHeight }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total,
            showSizeChanger: true,
            showTotal: (total) => t('users.total', { count: total }),
            onChange: (nextPage, nextSize) => {
              setPage(nextSize === pageSize ? nextPage : 1);
              setPageSize(nextSize);
            },
          }}
        />
      )}
      {editing && <UserFormModal user={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      <RecordHistoryDrawer
        record={historyOf && { entityType: 'user', entityId: historyOf.id }}
        title={historyOf && t('users.historyOf', { name: historyOf.displayName })}
        onClose={() => setHistoryOf(null)}
        fieldLabel={(field) => translateOr(`users.fields.${field}`, field)}
        formatValue={userFieldValue}
      />
    </>
  );
}
