import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useRefreshTeams, type Team } from './api.ts';

interface TeamForm {
  name: string;
  location?: string;
  description?: string;
}

/** A new team, or a team's name, place and description. */
export function TeamFormModal({ team, onClose, onSaved }: { team?: Team; onClose: () => void; onSaved?: (team: Team) => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshTeams();

  async function save(values: TeamForm) {
    const body = { name: values.name, location: values.location ?? null, description: values.description ?? null };
    const saved = team ? await api.PATCH('/api/teams/{id}', { params: { path: { id: team.id } }, body }) : await api.POST('/api/teams', { body });
    await refresh();
    onSaved?.(saved);
  }

  return (
    <FormModal<TeamForm>
      title={team ? t('teams.editTitle', { name: team.name }) : t('teams.create')}
      initialValues={team ? { name: team.name, location: team.location ?? undefined, description: team.description ?? undefined } : {}}
      onSubmit={save}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('teams.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={100} placeholder={t('teams.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="location" label={t('teams.location')} extra={t('teams.locationHint')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="description" label={t('teams.description')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}
