import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { enterpriseEventKinds, useRefreshEnterpriseEvents, type EnterpriseEventBody, type EnterpriseEventDetail } from './api.ts';

type Values = Omit<EnterpriseEventBody, 'registrationDeadline'> & { registrationDeadline?: string | null };

/** `2027-03-01T18:00` in the browser's time as an instant, and back: the deadline's field. */
const instantOf = (local: string | null | undefined) => (local ? new Date(local).toISOString() : null);
const localOf = (instant: string | null) => {
  if (!instant) return null;
  const at = new Date(instant);
  return new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** Creates an event (a draft, opened from its page) or changes one. */
export function EnterpriseEventFormModal({ event, onClose }: { event?: EnterpriseEventDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshEnterpriseEvents();
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormModal<Values>
      title={event ? t('enterpriseEvents.form.editTitle') : t('enterpriseEvents.form.createTitle')}
      initialValues={
        event
          ? {
              kind: event.kind,
              title: event.title,
              organiser: event.organiser,
              place: event.place,
              startsOn: event.startsOn,
              endsOn: event.endsOn,
              capacity: event.capacity,
              registrationDeadline: localOf(event.registrationDeadline),
              description: event.description,
            }
          : { kind: 'study_tour' }
      }
      onSubmit={async (values) => {
        const body = { ...values, endsOn: values.endsOn || null, capacity: values.capacity ?? null, registrationDeadline: instantOf(values.registrationDeadline) };
        if (event) {
          await api.PATCH('/api/enterprise-events/{id}', { params: { path: { id: event.id } }, body });
          await refresh();
          return;
        }
        const created = await api.POST('/api/enterprise-events', { body });
        await refresh();
        void navigate(`/enterprise-events/${created.id}`);
      }}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t('enterpriseEvents.fields.kind')} rules={required}>
        <Select options={enterpriseEventKinds.map((value) => ({ value, label: t(`enterpriseEvents.kinds.${value}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('enterpriseEvents.fields.title')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="organiser" label={t('enterpriseEvents.fields.organiser')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="place" label={t('enterpriseEvents.fields.place')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="startsOn" label={t('enterpriseEvents.fields.startsOn')} rules={required}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="endsOn" label={t('enterpriseEvents.fields.endsOn')}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="capacity" label={t('enterpriseEvents.fields.capacity')} extra={t('enterpriseEvents.form.capacityHint')}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="registrationDeadline" label={t('enterpriseEvents.fields.registrationDeadline')}>
        <Input type="datetime-local" />
      </Form.Item>
      <Form.Item name="description" label={t('enterpriseEvents.fields.description')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}
