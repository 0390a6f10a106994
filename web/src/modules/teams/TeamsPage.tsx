import { CalendarOutlined, DeleteOutlined, EditOutlined, InboxOutlined, PlusOutlined, RollbackOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Descriptions, Drawer, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../app/api.ts';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { describeError } from '../../components/describe-error.ts';
import { formatDate } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { RowAction } from '../../components/RowAction.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { useRefreshTeams, useTeam, useTeams, type Membership, type TeamSummary } from './api.ts';
import { MembershipFormModal } from './MembershipFormModal.tsx';
import { TeamFormModal } from './TeamFormModal.tsx';
import { TeamTargets } from './TeamTargets.tsx';

const statusColors: Record<Membership['status'], string> = { current: 'green', coming: 'blue', past: 'default' };

/** One team: its details and everyone who has belonged to it, when, and as what; administrators change them here. */
function TeamDrawer({ teamId, onClose }: { teamId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const isMobile = useIsMobile();
  const refresh = useRefreshTeams();
  const { data: team, error, refetch } = useTeam(teamId);
  const [editingTeam, setEditingTeam] = useState(false);
  const [editingMembership, setEditingMembership] = useState<Membership | 'new' | null>(null);
  const admin = can(me, 'team.admin');

  async function act(change: () => Promise<unknown>) {
    try {
      await change();
      await refresh();
      void message.success(t('common.saved'));
    } catch (failure) {
      void message.error(describeError(failure, t));
    }
  }

  const period = (m: Membership) => `${formatDate(m.startsOn)} – ${m.endsOn ? formatDate(m.endsOn) : t('teams.untilFurtherNotice')}`;
  return (
    <Drawer open onClose={onClose} width={isMobile ? '100%' : 720} title={team?.name ?? t('teams.title')} destroyOnHidden>
      {error && <ErrorResult error={error} onRetry={() => void refetch()} />}
      {team && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('teams.location')}>{team.location ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('teams.description')}>{team.description ?? '—'}</Descriptions.Item>
            {team.archived && (
              <Descriptions.Item label={t('teams.state')}>
                <Tag>{t('teams.archived')}</Tag>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Link to={`/teams/${team.id}/roster`}>
            <Button icon={<CalendarOutlined />}>{t('teams.roster.open')}</Button>
          </Link>
          {admin && (
            <Space wrap>
              {!team.archived && (
                <Button icon={<EditOutlined />} onClick={() => setEditingTeam(true)}>
                  {t('common.edit')}
                </Button>
              )}
              {!team.archived && (
                <Button type="primary" icon={<UserAddOutlined />} onClick={() => setEditingMembership('new')}>
                  {t('teams.addMember')}
                </Button>
              )}
              <Popconfirm
                title={team.archived ? t('teams.restoreConfirm') : t('teams.archiveConfirm')}
                okText={team.archived ? t('teams.restore') : t('teams.archive')}
                cancelText={t('common.cancel')}
                onConfirm={() => act(() => api.PATCH('/api/teams/{id}', { params: { path: { id: team.id } }, body: { archived: !team.archived } }))}
              >
                <Button icon={team.archived ? <RollbackOutlined /> : <InboxOutlined />}>{team.archived ? t('teams.restore') : t('teams.archive')}</Button>
              </Popconfirm>
            </Space>
          )}
          <Table<Membership>
            rowKey="id"
            size="small"
            dataSource={team.memberships}
            pagination={false}
            tableLayout="fixed"
            locale={{ emptyText: <Empty description={t('teams.noMembers')} /> }}
            columns={[
              {
                key: 'name',
                title: t('teams.member'),
                ellipsis: true,
                render: (_, m) => (
                  <>
                    <span translate="no">{m.displayName}</span>
                    {m.role === 'lead' && <Tag color="gold" style={{ marginInlineStart: 8 }}>{t('teams.roles.lead')}</Tag>}
                    {isMobile && <div><Typography.Text type="secondary">{period(m)}</Typography.Text></div>}
                  </>
                ),
              },
              ...(isMobile ? [] : [{ key: 'period', title: t('teams.period'), width: 230, render: (_: unknown, m: Membership) => period(m) }]),
              { key: 'status', title: t('teams.status'), width: 80, render: (_, m) => <Tag color={statusColors[m.status]}>{t(`teams.statuses.${m.status}`)}</Tag> },
              ...(admin && !team.archived
                ? [
                    {
                      key: 'actions',
                      title: t('common.actions'),
                      width: isMobile ? 72 : 150,
                      render: (_: unknown, m: Membership) => (
                        <Space size={0}>
                          <RowAction label={t('common.edit')} icon={<EditOutlined />} iconOnly={isMobile} onClick={() => setEditingMembership(m)} />
                          <Popconfirm
                            title={t('teams.removeConfirm', { name: m.displayName })}
                            description={t('teams.removeHint')}
                            okText={t('common.delete')}
                            okButtonProps={{ danger: true }}
                            cancelText={t('common.cancel')}
                            onConfirm={() => act(() => api.DELETE('/api/teams/{id}/memberships/{membershipId}', { params: { path: { id: team.id, membershipId: m.id } } }))}
                          >
                            <RowAction label={t('common.delete')} icon={<DeleteOutlined />} iconOnly={isMobile} danger />
                          </Popconfirm>
                        </Space>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <TeamTargets teamId={team.id} />
        </Space>
      )}
      {team && editingTeam && <TeamFormModal team={team} onClose={() => setEditingTeam(false)} />}
      {team && editingMembership && (
        <MembershipFormModal teamId={team.id} membership={editingMembership === 'new' ? undefined : editingMembership} onClose={() => setEditingMembership(null)} />
      )}
    </Drawer>
  );
}

/** 团队: promotion sections, field offices and service teams, with who is in them today. */
export function TeamsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const isMobile = useIsMobile();
  const [includeArchived, setIncludeArchived] = useState(false);
  const { data, error, isPending, refetch } = useTeams(includeArchived);
  const [openTeam, setOpenTeam] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader
        title={t('teams.title')}
        extra={
          can(me, 'team.admin') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('teams.create')}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('teams.intro')}
        </Typography.Paragraph>
      </PageHeader>
      <Card extra={<Checkbox checked={includeArchived} onChange={(event) => setIncludeArchived(event.target.checked)}>{t('teams.showArchived')}</Checkbox>}>
        <Table<TeamSummary>
          rowKey="id"
          loading={isPending}
          dataSource={data}
          pagination={false}
          tableLayout="fixed"
          onRow={(team) => ({ onClick: () => setOpenTeam(team.id), style: { cursor: 'pointer' } })}
          locale={{ emptyText: <Empty description={t('teams.empty')} /> }}
          columns={[
            {
              key: 'name',
              title: t('teams.name'),
              ellipsis: true,
              render: (_, team) => (
                <>
                  <Typography.Link onClick={() => setOpenTeam(team.id)}>{team.name}</Typography.Link>
                  {team.archived && <Tag style={{ marginInlineStart: 8 }}>{t('teams.archived')}</Tag>}
                </>
              ),
            },
            ...(isMobile ? [] : [{ key: 'location', title: t('teams.location'), dataIndex: 'location', width: 140, ellipsis: true, render: (place: string | null) => place ?? '—' }]),
            { key: 'lead', title: t('teams.roles.lead'), width: isMobile ? 90 : 140, ellipsis: true, render: (_, team) => team.lead?.displayName ?? '—' },
            { key: 'members', title: t('teams.members'), width: isMobile ? 64 : 100, align: 'right', dataIndex: 'memberCount' },
          ]}
        />
      </Card>
      {openTeam && <TeamDrawer teamId={openTeam} onClose={() => setOpenTeam(null)} />}
      {creating && <TeamFormModal onClose={() => setCreating(false)} onSaved={(team) => setOpenTeam(team.id)} />}
    </>
  );
}
