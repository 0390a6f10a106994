import { DatePicker, Form, Input, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { teamRosterKey, type Roster, type RosterShift } from './api.ts';
import { beijingClock, beijingDay, shiftInstants } from './roster-time.ts';

interface ShiftForm {
  userId: string;
  day: Dayjs;
  start: Dayjs;
  end: Dayjs;
  note?: string;
}

const clock = (value: Dayjs) => value.format('HH:mm');

/** Adds a shift to the roster or changes one: who, which day, from and until when (past midnight for a night). */
export function ShiftFormModal({ roster, shift, day, onClose }: { roster: Roster; shift?: RosterShift; day?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const teamId = roster.team.id;

  async function save(values: ShiftForm) {
    const body = { userId: values.userId, ...shiftInstants(values.day.format('YYYY-MM-DD'), clock(values.start), clock(values.end)), note: values.note ?? null };
    if (shift) await api.PATCH('/api/teams/{id}/shifts/{shiftId}', { params: { path: { id: teamId, shiftId: shift.id } }, body });
    else await api.POST('/api/teams/{id}/shifts', { params: { path: { id: teamId } }, body });
    await queryClient.invalidateQueries({ queryKey: teamRosterKey(teamId) });
  }

  const at = (time: string) => dayjs(time, 'HH:mm');
  return (
    <FormModal<ShiftForm>
      title={shift ? t('teams.roster.editShift') : t('teams.roster.addShift')}
      initialValues={
        shift
          ? { userId: shift.userId, day: dayjs(beijingDay(shift.startsAt)), start: at(beijingClock(shift.startsAt)), end: at(beijingClock(shift.endsAt)), note: shift.note ?? undefined }
          : { day: dayjs(day ?? roster.days[0]), start: at('08:00'), end: at('20:00') }
      }
      onSubmit={save}
      onClose={onClose}
    >
      <Form.Item name="userId" label={t('teams.member')} rules={[{ required: true, message: t('common.required') }]}>
        <Select aria-label={t('teams.member')} options={roster.members.map((member) => ({ value: member.userId, label: member.displayName }))} />
      </Form.Item>
      <Form.Item name="day" label={t('teams.roster.day')} rules={[{ required: true, message: t('common.required') }]}>
        <DatePicker style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item name="start" label={t('teams.roster.startsAt')} rules={[{ required: true, message: t('common.required') }]}>
        <TimePicker format="HH:mm" minuteStep={15} style={{ width: '100%' }} allowClear={false} needConfirm={false} />
      </Form.Item>
      <Form.Item name="end" label={t('teams.roster.endsAt')} extra={t('teams.roster.endsAtHint')} rules={[{ required: true, message: t('common.required') }]}>
        <TimePicker format="HH:mm" minuteStep={15} style={{ width: '100%' }} allowClear={false} needConfirm={false} />
      </Form.Item>
      <Form.Item name="note" label={t('teams.roster.note')}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
