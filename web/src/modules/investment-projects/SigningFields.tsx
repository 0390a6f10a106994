import { Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { capitalOrigins } from './api.ts';
import { EventPicker } from '../investment-events/index.ts';
import { FileField } from './FileField.tsx';

/**
 * A signing's evidence: date, agreed amount, domestic or foreign capital, the agreement among the project's files, and
 * the promotion event it was signed at, if any.
 */
export function SigningFields({ projectId, notBefore }: { projectId: string; notBefore?: string | null }) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('common.required') }];
  return (
    <>
      <Form.Item name="signedOn" label={t('projects.evidence.signedOn')} rules={required}>
        <Input type="date" min={notBefore ?? undefined} />
      </Form.Item>
      <Form.Item name="amountWan" label={t('projects.evidence.amountWan')} extra={t('projects.evidence.amountHint')} rules={required}>
        <InputNumber min={0.01} max={100_000_000} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="capitalOrigin" label={t('projects.evidence.capitalOrigin')} rules={required}>
        <Radio.Group optionType="button" options={capitalOrigins.map((origin) => ({ value: origin, label: t(`projects.origins.${origin}`) }))} />
      </Form.Item>
      <Form.Item name="agreementFileId" label={t('projects.evidence.agreementFile')} rules={required}>
        <FileField projectId={projectId} />
      </Form.Item>
      <Form.Item name="eventId" label={t('events.picker.label')}>
        <EventPicker />
      </Form.Item>
    </>
  );
}
