import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useFollowUpOwners, useRefreshEnterpriseEvents, type EnterpriseEventDetail } from './api.ts';
import type { BodyOf } from '../../api/types.ts';

type FollowUpBody = BodyOf<'/api/enterprise-events/{id}/follow-ups', 'post'>;

/** A follow-up action on the event: what, who does it and by when, optionally about one of its firms. */
export function FollowUpModal({ event, onClose }: { event: EnterpriseEventDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshEnterpriseEvents();
  const owners = useFollowUpOwners(true);
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  return (
    <FormModal<FollowUpBody>
      title={t('enterpriseEvents.followUps.add')}
      onSubmit={async (values) => {
        await api.POST('/api/enterprise-events/{id}/follow-ups', { params: { path: { id: event.id } }, body: { ...values, enterpriseId: values.enterpriseId ?? null } });
        await refresh();
      }}
      onClose={onClose}
    >
      <Form.Item name="description" label={t('enterpriseEvents.followUps.description')} rules={required}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="ownerId" label={t('enterpriseEvents.followUps.owner')} rules={[{ required: true, message: t('common.required') }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} loading={owners.isPending} options={owners.data?.items.map((owner) => ({ value: owner.id, label: owner.name }))} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('enterpriseEvents.followUps.dueOn')} rules={required}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="enterpriseId" label={t('enterpriseEvents.followUps.firm')}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={event.participants.map((p) => ({ value: p.enterpriseId, label: p.enterpriseName }))} />
      </Form.Item>
    </FormModal>
  );
}
