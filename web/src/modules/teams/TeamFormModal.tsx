import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { useShowFormProblem } from '../../components/form-problems.ts';
import { useRefreshTeams, type Team } from './api.ts';

interface TeamForm {
  name: string;
  location?: string;
  description?: string;
}

/** A new team, or a team's name, place and description. */
export function TeamFormModal({ team, onClose, onSaved }: { team?: Team; onClose: () => void; onSaved?: (team: Team) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const refresh = useRefreshTeams();
  const [form] = Form.useForm<TeamForm>();
  const showProblem = useShowFormProblem(form);
  const [saving, setSaving] = useState(false);

  async function save(values: TeamForm) {
    setSaving(true);
    try {
      const body = { name: values.name, location: values.location ?? null, description: values.description ?? null };
      const saved = team
        ? await api.PATCH('/api/teams/{id}', { params: { path: { id: team.id } }, body })
        : await api.POST('/api/teams', { body });
      await refresh();
      void message.success(t('common.saved'));
      onSaved?.(saved);
      onClose();
    } catch (failure) {
      showProblem(failure);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={team ? t('teams.editTitle', { name: team.name }) : t('teams.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form<TeamForm>
        form={form}
        layout="vertical"
        initialValues={team ? { name: team.name, location: team.location ?? undefined, description: team.description ?? undefined } : {}}
        onFinish={(values) => void save(values)}
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
      </Form>
    </Modal>
  );
}
