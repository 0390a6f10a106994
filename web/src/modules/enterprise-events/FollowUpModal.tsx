import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useFollowUpOwners, useRefreshEnterpriseEvents, type EnterpriseEventDetail } from './api.ts';
import type { BodyOf } from '../../api/types.ts';

type FollowUpBody = BodyOf<'/api/enterprise-events/{id}/follow-ups', 'post'>;
type FollowUp = EnterpriseEventDetail['followUps'][number];

/**
 * A follow-up action on the event: what, who does it and by when, optionally about one of its firms when added.
 * Given one, changes its text, owner and due day; a done one keeps its owner and day until reopened, as the server
 * requires.
 */
export function FollowUpModal({ event, followUp, onClose }: { event: EnterpriseEventDetail; followUp?: FollowUp; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshEnterpriseEvents();
  const owners = useFollowUpOwners(true);
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  const done = Boolean(followUp?.doneAt);
  const doneHint = done ? t('enterpriseEvents.followUps.reopenToChange') : undefined;
  const ownerOptions = owners.data?.items.map((owner) => ({ value: owner.id, label: owner.name }));
  // An owner no longer among the staff to choose (an account since disabled) still shows by name.
  if (followUp && ownerOptions && !ownerOptions.some((option) => option.value === followUp.ownerId)) ownerOptions.push({ value: followUp.ownerId, label: followUp.ownerName });
  return (
    <FormModal<FollowUpBody>
      title={t(followUp ? 'enterpriseEvents.followUps.edit' : 'enterpriseEvents.followUps.add')}
      initialValues={followUp && { description: followUp.description, ownerId: followUp.ownerId, dueOn: followUp.dueOn }}
      onSubmit={async ({ description, ownerId, dueOn, enterpriseId }) => {
        if (followUp) await api.PATCH('/api/enterprise-events/follow-ups/{id}', { params: { path: { id: followUp.id } }, body: done ? { description } : { description, ownerId, dueOn } });
        else await api.POST('/api/enterprise-events/{id}/follow-ups', { params: { path: { id: event.id } }, body: { description, ownerId, dueOn, enterpriseId: enterpriseId ?? null } });
        await refresh();
      }}
      onClose={onClose}
    >
      <Form.Item name="description" label={t('enterpriseEvents.followUps.description')} rules={required}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="ownerId" label={t('enterpriseEvents.followUps.owner')} rules={[{ required: true, message: t('common.required') }]} extra={doneHint}>
        <Select
          disabled={done}
          showSearch={{ optionFilterProp: 'label' }}
          loading={owners.isPending}
          options={ownerOptions}
        />
      </Form.Item>
      <Form.Item name="dueOn" label={t('enterpriseEvents.followUps.dueOn')} rules={required}>
        <Input type="date" disabled={done} />
      </Form.Item>
      {!followUp && (
        <Form.Item name="enterpriseId" label={t('enterpriseEvents.followUps.firm')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={event.participants.map((p) => ({ value: p.enterpriseId, label: p.enterpriseName }))} />
        </Form.Item>
      )}
    </FormModal>
  );
}
