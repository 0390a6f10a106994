import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Descriptions, Empty, Flex, List, Popconfirm, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { mayMoveState } from '../../../../src/modules/enterprise-events/event-rules.ts';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { enterpriseEventStates, eventDays, participantStatuses, stateColours, statusColours, useEnterpriseEvent, type EnterpriseEventDetail, type EnterpriseEventState } from './api.ts';
import { EnterpriseEventFormModal } from './EnterpriseEventFormModal.tsx';
import { FollowUpModal } from './FollowUpModal.tsx';
import { InviteModal } from './InviteModal.tsx';
import { useEventWrite } from './use-event-write.ts';

type Participant = EnterpriseEventDetail['participants'][number];
type FollowUp = EnterpriseEventDetail['followUps'][number];

/** One event: its details and state, the firms with their status and attendance, and its follow-up actions. */
export function EnterpriseEventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const { data: event, error, isPending, refetch } = useEnterpriseEvent(id);
  const [editing, setEditing] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [addingFollowUp, setAddingFollowUp] = useState(false);
  const [editedFollowUp, setEditedFollowUp] = useState<FollowUp>();
  const [selected, setSelected] = useState<string[]>([]);
  const { busy, run } = useEventWrite();
  const { message } = App.useApp();

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  if (isPending || !event) return <Skeleton active />;
  const path = { params: { path: { id: event.id } } };
  const honourList = event.kind === 'honour_list';
  const marksAttendance = event.mayManage && !honourList && event.state !== 'draft';
  // A draft is where an event starts, never where it moves to.
  const moves = enterpriseEventStates.filter((to): to is Exclude<EnterpriseEventState, 'draft'> => to !== 'draft' && to !== event.state && mayMoveState(event.state, to));
  const mark = (status: 'attended' | 'absent', enterpriseIds: string[]) =>
    run(async () => {
      await api.POST('/api/enterprise-events/{id}/attendance', { ...path, body: { entries: enterpriseIds.map((enterpriseId) => ({ enterpriseId, status })) } });
      setSelected([]);
      void message.success(t('common.saved'));
    });

  return (
    <>
      <PageHeader
        title={event.title}
        extra={
          <Flex wrap gap={8}>
            {event.mayManage &&
              moves.map((to) => (
                <Button key={to} loading={busy} type={to === 'open' ? 'primary' : 'default'} onClick={() => void run(() => api.PATCH('/api/enterprise-events/{id}', { ...path, body: { state: to } }))}>
                  {t(`enterpriseEvents.moves.${to}`)}
                </Button>
              ))}
            {event.mayManage && <Button onClick={() => setEditing(true)}>{t('enterpriseEvents.edit')}</Button>}
            <Link to="/enterprise-events">
              <Button icon={<ArrowLeftOutlined />}>{t('enterpriseEvents.back')}</Button>
            </Link>
          </Flex>
        }
      >
        <Flex wrap gap={4}>
          <Tag>{t(`enterpriseEvents.kinds.${event.kind}`)}</Tag>
          <Tag color={stateColours[event.state]}>{t(`enterpriseEvents.states.${event.state}`)}</Tag>
        </Flex>
      </PageHeader>
      <Card size="small" title={t('enterpriseEvents.details')}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('enterpriseEvents.fields.days')}>{eventDays(event)}</Descriptions.Item>
          <Descriptions.Item label={t('enterpriseEvents.fields.place')}>{event.place ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('enterpriseEvents.fields.organiser')}>{event.organiser ?? '—'}</Descriptions.Item>
          {!honourList && <Descriptions.Item label={t('enterpriseEvents.fields.capacity')}>{event.capacity ?? t('enterpriseEvents.unlimited')}</Descriptions.Item>}
          {!honourList && (
            <Descriptions.Item label={t('enterpriseEvents.fields.registrationDeadline')}>{event.registrationDeadline ? new Date(event.registrationDeadline).toLocaleString() : '—'}</Descriptions.Item>
          )}
          {event.description && (
            <Descriptions.Item label={t('enterpriseEvents.fields.description')}>
              <span style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{event.description}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card
        size="small"
        style={{ marginTop: 16 }}
        title={honourList ? t('enterpriseEvents.listedFirms') : t('enterpriseEvents.participants')}
        extra={
          event.mayManage &&
          event.state !== 'done' && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setInviting(true)}>
              {honourList ? t('enterpriseEvents.invite.listTitle') : t('enterpriseEvents.invite.title')}
            </Button>
          )
        }
      >
        {!honourList && (
          <Flex wrap gap={4} style={{ marginBottom: 8 }}>
            {participantStatuses.map((status) => (
              <Tag key={status} color={statusColours[status]}>
                {t(`enterpriseEvents.statuses.${status}`)} {event.counts[status]}
              </Tag>
            ))}
          </Flex>
        )}
        {marksAttendance && selected.length > 0 && (
          <Flex wrap gap={8} style={{ marginBottom: 8 }}>
            <Button size="small" loading={busy} onClick={() => void mark('attended', selected)}>
              {t('enterpriseEvents.attendance.markSelectedAttended', { count: selected.length })}
            </Button>
            <Button size="small" loading={busy} onClick={() => void mark('absent', selected)}>
              {t('enterpriseEvents.attendance.markSelectedAbsent', { count: selected.length })}
            </Button>
          </Flex>
        )}
        <Table<Participant>
          rowKey="enterpriseId"
          size="small"
          pagination={event.participants.length > 50 ? { pageSize: 50, size: 'small' } : false}
          scroll={{ x: 560 }}
          dataSource={event.participants}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={honourList ? t('enterpriseEvents.noneListed') : t('enterpriseEvents.noneInvited')} /> }}
          rowSelection={marksAttendance ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) } : undefined}
          columns={[
            ...(honourList ? [{ key: 'rank', title: t('enterpriseEvents.fields.rank'), width: 64, render: (_: unknown, p: Participant) => p.rank ?? '—' }] : []),
            { key: 'firm', title: t('enterpriseEvents.fields.firm'), render: (_, p) => <Link to={`/enterprises/${p.enterpriseId}`}>{p.enterpriseName}</Link> },
            honourList
              ? { key: 'citation', title: t('enterpriseEvents.fields.citation'), render: (_, p) => p.citation ?? '—' }
              : { key: 'status', title: t('enterpriseEvents.fields.status'), render: (_, p) => <Tag color={statusColours[p.status]}>{t(`enterpriseEvents.statuses.${p.status}`)}</Tag> },
            { key: 'contact', title: t('enterpriseEvents.fields.contactPerson'), render: (_, p) => p.contactPerson ?? '—' },
            ...(marksAttendance
              ? [
                  {
                    key: 'attendance',
                    title: t('enterpriseEvents.attendance.title'),
                    render: (_: unknown, p: Participant) => (
                      <Flex gap={4}>
                        <Button size="small" disabled={p.status === 'attended'} loading={busy} onClick={() => void mark('attended', [p.enterpriseId])}>
                          {t('enterpriseEvents.attendance.attended')}
                        </Button>
                        <Button size="small" disabled={p.status === 'absent'} loading={busy} onClick={() => void mark('absent', [p.enterpriseId])}>
                          {t('enterpriseEvents.attendance.absent')}
                        </Button>
                      </Flex>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card
        size="small"
        style={{ marginTop: 16 }}
        title={t('enterpriseEvents.followUps.title')}
        extra={
          event.mayManage && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAddingFollowUp(true)}>
              {t('enterpriseEvents.followUps.add')}
            </Button>
          )
        }
      >
        <List
          dataSource={event.followUps}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('enterpriseEvents.followUps.empty')} /> }}
          renderItem={(followUp) => {
            const mayClose = event.mayManage || followUp.ownerId === me.id;
            const overdue = !followUp.doneAt && followUp.dueOn < new Date().toISOString().slice(0, 10);
            return (
              <List.Item
                key={followUp.id}
                style={{ paddingInline: 0 }}
                actions={
                  event.mayManage
                    ? [
                        <Button
                          key="edit"
                          size="small"
                          type="text"
                          icon={<EditOutlined />}
                          disabled={busy}
                          aria-label={t('enterpriseEvents.followUps.edit')}
                          onClick={() => setEditedFollowUp(followUp)}
                        />,
                        <Popconfirm
                          key="delete"
                          title={t('enterpriseEvents.followUps.deleteConfirm')}
                          onConfirm={() => run(() => api.DELETE('/api/enterprise-events/follow-ups/{id}', { params: { path: { id: followUp.id } } }))}
                        >
                          <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={busy} aria-label={t('enterpriseEvents.followUps.delete')} />
                        </Popconfirm>,
                      ]
                    : undefined
                }
              >
                <Flex gap={8} align="flex-start" style={{ width: '100%' }}>
                  <Checkbox
                    checked={followUp.doneAt !== null}
                    disabled={!mayClose || busy}
                    aria-label={t('enterpriseEvents.followUps.done')}
                    onChange={(change) => void run(() => api.POST('/api/enterprise-events/follow-ups/{id}/done', { params: { path: { id: followUp.id } }, body: { done: change.target.checked } }))}
                  />
                  <Flex vertical style={{ minWidth: 0 }}>
                    <Typography.Text delete={followUp.doneAt !== null} style={{ overflowWrap: 'anywhere' }}>
                      {followUp.description}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[followUp.enterpriseName, followUp.ownerName, t('enterpriseEvents.followUps.due', { day: followUp.dueOn })].filter(Boolean).join(' · ')}
                      {overdue && (
                        <Tag color="red" style={{ marginInlineStart: 8 }}>
                          {t('enterpriseEvents.followUps.overdue')}
                        </Tag>
                      )}
                    </Typography.Text>
                  </Flex>
                </Flex>
              </List.Item>
            );
          }}
        />
      </Card>
      {editing && <EnterpriseEventFormModal event={event} onClose={() => setEditing(false)} />}
      {inviting && <InviteModal event={event} onClose={() => setInviting(false)} />}
      {addingFollowUp && <FollowUpModal event={event} onClose={() => setAddingFollowUp(false)} />}
      {editedFollowUp && <FollowUpModal event={event} followUp={editedFollowUp} onClose={() => setEditedFollowUp(undefined)} />}
    </>
  );
}
