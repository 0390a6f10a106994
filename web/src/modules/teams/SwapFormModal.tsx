import { Form, Input, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { teamRosterKey, type Roster, type RosterShift } from './api.ts';

interface SwapForm {
  askedUserId: string;
  note?: string;
}

/** The holder of a shift asks another member of the team to take it. */
export function SwapFormModal({ roster, shift, onClose }: { roster: Roster; shift: RosterShift; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const others = roster.members.filter((member) => member.userId !== shift.userId);
  return (
    <FormModal<SwapForm>
      title={t('teams.roster.askSwap')}
      onSubmit={async (values) => {
        await api.POST('/api/teams/{id}/shifts/{shiftId}/swaps', { params: { path: { id: roster.team.id, shiftId: shift.id } }, body: { askedUserId: values.askedUserId, note: values.note ?? null } });
        await queryClient.invalidateQueries({ queryKey: teamRosterKey(roster.team.id) });
      }}
      onClose={onClose}
    >
      <Form.Item name="askedUserId" label={t('teams.roster.askWho')} rules={[{ required: true, message: t('common.required') }]}>
        <Select aria-label={t('teams.roster.askWho')} options={others.map((member) => ({ value: member.userId, label: member.displayName }))} />
      </Form.Item>
      <Form.Item name="note" label={t('teams.roster.note')}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
