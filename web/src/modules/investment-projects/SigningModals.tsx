import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useRefreshProjects, type CapitalOrigin, type Project } from './api.ts';
import { FileField } from './FileField.tsx';
import { SigningFields } from './SigningFields.tsx';

interface ResignForm {
  signedOn: string;
  amountWan: number;
  capitalOrigin: CapitalOrigin;
  agreementFileId: string;
  eventId?: string | null;
  reason?: string;
}

/** A re-signing: recorded and shown, never counted again; a different amount needs its reason. */
export function ResignModal({ project, onClose }: { project: Project; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshProjects();
  return (
    <FormModal<ResignForm>
      title={t('projects.actions.resign')}
      initialValues={{ amountWan: project.agreedAmountWan ?? undefined, capitalOrigin: project.capitalOrigin ?? undefined }}
      onSubmit={async (values) => {
        await api.POST('/api/projects/{id}/signings', { params: { path: { id: project.id } }, body: { ...values, reason: values.reason || undefined } });
        await refresh();
      }}
      onClose={onClose}
    >
      <SigningFields projectId={project.id} notBefore={project.firstSignedOn} />
      <Form.Item name="reason" label={t('projects.evidence.amountReason')} extra={t('projects.evidence.amountReasonHint')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

interface AmountForm {
  amountWan: number;
  reason: string;
  agreementFileId?: string;
}

/** Changes the agreed amount: only with a reason, kept in the history; without an agreement it shows unverified. */
export function ChangeAmountModal({ project, onClose }: { project: Project; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshProjects();
  return (
    <FormModal<AmountForm>
      title={t('projects.actions.changeAmount')}
      initialValues={{ amountWan: project.agreedAmountWan ?? undefined }}
      onSubmit={async (values) => {
        await api.POST('/api/projects/{id}/amount', { params: { path: { id: project.id } }, body: values });
        await refresh();
      }}
      onClose={onClose}
    >
      <Form.Item name="amountWan" label={t('projects.evidence.amountWan')} rules={[{ required: true, message: t('common.required') }]}>
        <InputNumber min={0.01} max={100_000_000} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="reason" label={t('projects.evidence.amountReason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item name="agreementFileId" label={t('projects.evidence.supplementaryFile')} extra={t('projects.evidence.supplementaryHint')}>
        <FileField projectId={project.id} />
      </Form.Item>
    </FormModal>
  );
}
