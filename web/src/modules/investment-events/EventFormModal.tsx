import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useTeams } from '../teams/api.ts';
import { eventKinds, useRefreshEvents, type EventBody, type EventDetail } from './api.ts';

/** Records an event or changes one: leaders any, an officer one of a team they lead (the server says so otherwise). */
export function EventFormModal({ event, onClose }: { event?: EventDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshEvents();
  const teams = useTeams(false);
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormModal<EventBody>
      title={event ? t('events.form.editTitle') : t('events.form.createTitle')}
      initialValues={
        event
          ? { name: event.name, kind: event.kind, heldOn: event.heldOn, city: event.city, venue: event.venue, organiser: event.organiser, organiserTeamId: event.organiserTeamId, notes: event.notes }
          : { kind: 'promotion' }
      }
      onSubmit={async (values) => {
        const body = { ...values, organiserTeamId: values.organiserTeamId ?? null };
        if (event) {
          await api.PATCH('/api/events/{id}', { params: { path: { id: event.id } }, body });
          await refresh();
          return;
        }
        const created = await api.POST('/api/events', { body });
        await refresh();
        void navigate(`/events/${created.id}`);
      }}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('events.fields.name')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="kind" label={t('events.fields.kind')} rules={required}>
        <Select options={eventKinds.map((value) => ({ value, label: t(`events.kinds.${value}`) }))} />
      </Form.Item>
      <Form.Item name="heldOn" label={t('events.fields.heldOn')} rules={required}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="city" label={t('events.fields.city')} rules={required}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="venue" label={t('events.fields.venue')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="organiser" label={t('events.fields.organiser')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="organiserTeamId" label={t('events.fields.organiserTeam')} extra={t('events.form.teamHint')}>
        <Select allowClear loading={teams.isPending} options={teams.data?.map((team) => ({ value: team.id, label: team.name }))} />
      </Form.Item>
      <Form.Item name="notes" label={t('events.fields.notes')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
