import { CalendarOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Empty, List, Popconfirm, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api } from '../../app/api.ts';
import { useMe } from '../../app/auth.tsx';
import { useLiveInvalidate } from '../../app/live-stream.ts';
import { describeError } from '../../components/describe-error.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoading } from '../../components/PageLoading.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { teamRosterKey, useRoster, type Roster, type RosterShift } from './api.ts';
import { beijingClock, beijingDay, weekAfter } from './roster-time.ts';
import { ShiftFormModal } from './ShiftFormModal.tsx';
import { SwapFormModal } from './SwapFormModal.tsx';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** One shift with what the reader may do with it: plan it, ask someone to take it, answer or withdraw a swap. */
function ShiftCard({ roster, shift, showName, onEdit, onSwap }: { roster: Roster; shift: RosterShift; showName: boolean; onEdit: () => void; onSwap: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const queryClient = useQueryClient();
  const teamId = roster.team.id;
  const nextDay = beijingDay(shift.endsAt) !== beijingDay(shift.startsAt);

  async function act(change: () => Promise<unknown>) {
    try {
      await change();
      await queryClient.invalidateQueries({ queryKey: teamRosterKey(teamId) });
      void message.success(t('common.saved'));
    } catch (failure) {
      void message.error(describeError(failure, t));
    }
  }
  const swapAction = (action: 'accept' | 'decline' | 'cancel') => () =>
    act(() => api.POST(`/api/teams/{id}/swaps/{swapId}/${action}`, { params: { path: { id: teamId, swapId: shift.swap!.id } } }));

  const { swap } = shift;
  return (
    <div className="roster-shift" data-testid="roster-shift" style={{ padding: '4px 0' }}>
      <div>
        <Typography.Text strong>
          {beijingClock(shift.startsAt)}–{beijingClock(shift.endsAt)}
          {nextDay && <Typography.Text type="secondary"> {t('teams.roster.nextDay')}</Typography.Text>}
        </Typography.Text>
        {showName && (
          <Typography.Text style={{ marginInlineStart: 8 }} translate="no">
            {shift.displayName}
          </Typography.Text>
        )}
      </div>
      {shift.note && <Typography.Text type="secondary">{shift.note}</Typography.Text>}
      {swap && (
        <div>
          <Tag color="orange">{t('teams.roster.swapPending', { name: swap.askedName })}</Tag>
        </div>
      )}
      <Space size={0} wrap>
        {roster.canPlan && (
          <Button size="small" type="link" onClick={onEdit}>
            {t('common.edit')}
          </Button>
        )}
        {roster.canPlan && (
          <Popconfirm
            title={t('teams.roster.deleteConfirm')}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() => act(() => api.DELETE('/api/teams/{id}/shifts/{shiftId}', { params: { path: { id: teamId, shiftId: shift.id } } }))}
          >
            <Button size="small" type="link" danger>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        )}
        {!swap && shift.userId === me.id && (
          <Button size="small" type="link" onClick={onSwap}>
            {t('teams.roster.askSwap')}
          </Button>
        )}
        {swap?.askedUserId === me.id && (
          <>
            <Button size="small" type="link" onClick={swapAction('accept')}>
              {t('teams.roster.acceptSwap')}
            </Button>
            <Button size="small" type="link" onClick={swapAction('decline')}>
              {t('teams.roster.declineSwap')}
            </Button>
          </>
        )}
        {swap && (swap.requestedBy === me.id || roster.canPlan) && (
          <Button size="small" type="link" onClick={swapAction('cancel')}>
            {t('teams.roster.cancelSwap')}
          </Button>
        )}
      </Space>
    </div>
  );
}

/**
 * A team's on-call roster for a week: members × days at a desk, one day at a time as a list on a phone. The lead
 * and administrators plan it; members ask one another to take a shift. It follows others' changes live.
 */
export function RosterPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const { id: teamId } = useParams() as { id: string };
  const [search, setSearch] = useSearchParams();
  const week = search.get('week');
  const { data: roster, error, refetch } = useRoster(teamId, week);
  useLiveInvalidate('teams.roster', [teamRosterKey(teamId)]);
  const [editing, setEditing] = useState<{ shift?: RosterShift; day?: string } | null>(null);
  const [swapping, setSwapping] = useState<RosterShift | null>(null);
  const [chosenDay, setChosenDay] = useState<string | null>(null);

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (!roster) return <PageLoading />;

  const goToWeek = (count: number) => setSearch({ week: weekAfter(roster.days, count) });
  const shiftsOn = (day: string, userId?: string) => roster.shifts.filter((shift) => beijingDay(shift.startsAt) === day && (!userId || shift.userId === userId));
  const dayLabel = (day: string, index: number) => `${t(`teams.roster.weekdays.${weekdays[index]!}`)} ${day.slice(5)}`;
  const card = (shift: RosterShift, showName: boolean) => (
    <ShiftCard key={shift.id} roster={roster} shift={shift} showName={showName} onEdit={() => setEditing({ shift })} onSwap={() => setSwapping(shift)} />
  );
  const today = beijingDay(new Date().toISOString());
  const day = chosenDay && roster.days.includes(chosenDay) ? chosenDay : roster.days.includes(today) ? today : roster.days[0]!;

  return (
    <>
      <PageHeader
        title={t('teams.roster.title', { team: roster.team.name })}
        extra={
          roster.canPlan && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ day: isMobile ? day : undefined })}>
              {t('teams.roster.addShift')}
            </Button>
          )
        }
      />
      <Card
        title={
          <Space wrap>
            <Button icon={<LeftOutlined />} aria-label={t('teams.roster.previousWeek')} onClick={() => goToWeek(-1)} />
            <span data-testid="roster-week">
              {roster.days[0]} – {roster.days[6]}
            </span>
            <Button icon={<RightOutlined />} aria-label={t('teams.roster.nextWeek')} onClick={() => goToWeek(1)} />
            <Button icon={<CalendarOutlined />} onClick={() => setSearch({})}>
              {t('teams.roster.thisWeek')}
            </Button>
          </Space>
        }
      >
        {roster.members.length === 0 ? (
          <Empty description={t('teams.noMembers')} />
        ) : isMobile ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Segmented
              block
              value={day}
              onChange={(value) => setChosenDay(value)}
              options={roster.days.map((value, index) => ({ value, label: t(`teams.roster.weekdaysShort.${weekdays[index]!}`) }))}
            />
            <Typography.Text type="secondary">{dayLabel(day, roster.days.indexOf(day))}</Typography.Text>
            <List
              dataSource={shiftsOn(day)}
              locale={{ emptyText: <Empty description={t('teams.roster.emptyDay')} /> }}
              renderItem={(shift) => <List.Item>{card(shift, true)}</List.Item>}
            />
          </Space>
        ) : (
          <>
            {roster.shifts.length === 0 && <Empty description={t('teams.roster.emptyWeek')} style={{ marginBottom: 16 }} />}
            <Table
              rowKey="userId"
              size="small"
              pagination={false}
              tableLayout="fixed"
              dataSource={roster.members}
              scroll={{ x: 960 }}
              columns={[
                {
                  key: 'member',
                  title: t('teams.member'),
                  width: 120,
                  fixed: 'left',
                  render: (_, member) => (
                    <>
                      <span translate="no">{member.displayName}</span>
                      {member.role === 'lead' && <Tag color="gold" style={{ marginInlineStart: 4 }}>{t('teams.roles.lead')}</Tag>}
                    </>
                  ),
                },
                ...roster.days.map((value, index) => ({
                  key: value,
                  title: dayLabel(value, index),
                  render: (_: unknown, member: Roster['members'][number]) => shiftsOn(value, member.userId).map((shift) => card(shift, false)),
                })),
              ]}
            />
          </>
        )}
      </Card>
      {editing && <ShiftFormModal roster={roster} shift={editing.shift} day={editing.day} onClose={() => setEditing(null)} />}
      {swapping && <SwapFormModal roster={roster} shift={swapping} onClose={() => setSwapping(null)} />}
    </>
  );
}
