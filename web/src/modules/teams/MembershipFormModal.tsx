import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { staffRoles } from '../../../../src/platform/auth/roles.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useDebounced } from '../../components/use-debounced.ts';
import { teamRoles, useRefreshTeams, type Membership, type TeamRole } from './api.ts';

interface MembershipForm {
  userId: string;
  role: TeamRole;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
}

const day = (value: Dayjs) => value.format('YYYY-MM-DD');

/** Staff accounts by name, for choosing a member; only staff may join a team. */
function StaffPicker({ value, onChange }: { value?: string; onChange?: (id: string) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search, 250);
  const { data, isFetching } = useQuery({
    queryKey: ['teams', 'staff', q],
    queryFn: ({ signal }) => api.GET('/api/users', { params: { query: { q: q || undefined, page: 1, pageSize: 20 } }, signal }),
  });
  const options = (data?.items ?? [])
    .filter((user) => !user.disabled && user.roles.some((role) => (staffRoles as readonly string[]).includes(role)))
    .map((user) => ({ value: user.id, label: `${user.displayName} (${user.username})` }));
  return (
    <Select
      showSearch
      value={value}
      onChange={onChange}
      onSearch={setSearch}
      filterOption={false}
      loading={isFetching}
      options={options}
      placeholder={t('teams.memberPlaceholder')}
      aria-label={t('teams.member')}
    />
  );
}

/** Adds someone to a team for a period, or changes a membership's role and period (ending it is its last day). */
export function MembershipFormModal({ teamId, membership, onClose }: { teamId: string; membership?: Membership; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshTeams();

  async function save(values: MembershipForm) {
    const period = { role: values.role, startsOn: day(values.startsOn), endsOn: values.endsOn ? day(values.endsOn) : null };
    if (membership) {
      await api.PATCH('/api/teams/{id}/memberships/{membershipId}', { params: { path: { id: teamId, membershipId: membership.id } }, body: period });
    } else {
      await api.POST('/api/teams/{id}/memberships', { params: { path: { id: teamId } }, body: { ...period, userId: values.userId } });
    }
    await refresh();
  }

  return (
    <FormModal<MembershipForm>
      title={membership ? t('teams.editMembership', { name: membership.displayName }) : t('teams.addMember')}
      initialValues={
        membership
          ? { userId: membership.userId, role: membership.role, startsOn: dayjs(membership.startsOn), endsOn: membership.endsOn ? dayjs(membership.endsOn) : null }
          : { role: 'member', startsOn: dayjs() }
      }
      onSubmit={save}
      onClose={onClose}
    >
      {!membership && (
        <Form.Item name="userId" label={t('teams.member')} rules={[{ required: true, message: t('common.required') }]}>
          <StaffPicker />
        </Form.Item>
      )}
      <Form.Item name="role" label={t('teams.role')}>
        <Select options={teamRoles.map((role) => ({ value: role, label: t(`teams.roles.${role}`) }))} />
      </Form.Item>
      <Form.Item name="startsOn" label={t('teams.startsOn')} rules={[{ required: true, message: t('common.required') }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="endsOn" label={t('teams.endsOn')} extra={t('teams.endsOnHint')}>
        <DatePicker style={{ width: '100%' }} allowClear />
      </Form.Item>
    </FormModal>
  );
}
