import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal.tsx';

/** The staff's moves that take evidence, and what each asks for. */
export type EvidenceAction = 'return' | 'approve' | 'publicize' | 'reject' | 'pay';

interface EvidenceForm {
  reasons?: string;
  reason?: string;
  note?: string;
  approvedAmountWan?: number;
  amountWan?: number;
  noticeEndsOn?: Dayjs;
  paidOn?: Dayjs;
  evidenceFileId?: string;
}

const day = (value: Dayjs | undefined) => value?.format('YYYY-MM-DD');

/**
 * The dialog of a move that needs words, an amount, a day or the payment voucher: the reasons of a return or a
 * rejection, the approved amount, the end of the 公示, the payout.
 */
export function EvidenceModal({
  action,
  defaultAmountWan,
  files,
  onSubmit,
  onClose,
}: {
  action: EvidenceAction;
  defaultAmountWan: number | null;
  files: { id: string; fileName: string }[];
  onSubmit: (evidence: Record<string, unknown>) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('common.required') }];
  const send = (values: EvidenceForm) => {
    switch (action) {
      case 'return':
        return onSubmit({ reasons: values.reasons?.trim() });
      case 'reject':
        return onSubmit({ reason: values.reason?.trim() });
      case 'approve':
        return onSubmit({ approvedAmountWan: values.approvedAmountWan, note: values.note?.trim() || undefined });
      case 'publicize':
        return onSubmit({ noticeEndsOn: day(values.noticeEndsOn) });
      case 'pay':
        return onSubmit({ amountWan: values.amountWan, paidOn: day(values.paidOn), evidenceFileId: values.evidenceFileId });
    }
  };
  return (
    <FormModal<EvidenceForm>
      title={t(`policyApplications.actions.${action}`)}
      initialValues={{ approvedAmountWan: defaultAmountWan ?? undefined, amountWan: defaultAmountWan ?? undefined, noticeEndsOn: dayjs().add(7, 'day'), paidOn: dayjs() }}
      onSubmit={send}
      onClose={onClose}
    >
      {action === 'return' && (
        <Form.Item name="reasons" label={t('policyApplications.fields.returnReasons')} rules={required}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3 }} />
        </Form.Item>
      )}
      {action === 'reject' && (
        <Form.Item name="reason" label={t('policyApplications.fields.rejectionReason')} rules={required}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 3 }} />
        </Form.Item>
      )}
      {action === 'approve' && (
        <>
          <Form.Item name="approvedAmountWan" label={t('policyApplications.fields.approvedAmount')} rules={required}>
            <InputNumber min={0.0001} max={1_000_000} style={{ width: '100%' }} addonAfter={t('policyApplications.wanUnit')} />
          </Form.Item>
          <Form.Item name="note" label={t('policyApplications.fields.note')}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
          </Form.Item>
        </>
      )}
      {action === 'publicize' && (
        <Form.Item name="noticeEndsOn" label={t('policyApplications.fields.noticeEndsOn')} rules={required}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      )}
      {action === 'pay' && (
        <>
          <Form.Item name="amountWan" label={t('policyApplications.fields.paidAmount')} rules={required}>
            <InputNumber min={0.0001} max={1_000_000} style={{ width: '100%' }} addonAfter={t('policyApplications.wanUnit')} />
          </Form.Item>
          <Form.Item name="paidOn" label={t('policyApplications.fields.paidOn')} rules={required}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="evidenceFileId" label={t('policyApplications.fields.voucher')} extra={t('policyApplications.voucherHint')} rules={required}>
            <Select options={files.map((file) => ({ value: file.id, label: file.fileName }))} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
