import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { isDayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useRefreshSites, type Lease, type LeaseAction } from './api.ts';

/** The path of each move under /api/sites/leases/{id}/, and the day its evidence carries. */
const moves = {
  sign: { path: 'sign', day: 'signedOn' },
  fitOut: { path: 'fit-out', day: 'fitOutOn' },
  open: { path: 'open', day: 'openedOn' },
  cancel: { path: 'cancel', day: null },
  end: { path: 'end', day: 'endedOn' },
} as const;

/**
 * The evidence a move needs, in one dialog whose fields are the evidence's own (so the server's field messages land
 * under them): 签约 its day, term, area and rent; fitting out and 开业 their day; ending its day and reason.
 */
export function LeaseMoveModal({ lease, action, unitArea, onClose }: { lease: Lease; action: LeaseAction; unitArea: number; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshSites();
  const move = moves[action];
  const required = [{ required: true, message: t('common.required') }];
  const datePicker = <DatePicker style={{ width: '100%' }} inputReadOnly />;
  const today = dayjs();
  const initialValues: Record<string, unknown> = move.day ? { [move.day]: today } : {};
  if (action === 'sign') Object.assign(initialValues, { termFrom: today, termTo: today.add(3, 'year').subtract(1, 'day'), area: unitArea });

  async function submit(values: Record<string, unknown>) {
    const body = Object.fromEntries(Object.entries(values).map(([key, value]) => [key, isDayjs(value) ? value.format('YYYY-MM-DD') : (value ?? null)]));
    await api.POST(`/api/sites/leases/{id}/${move.path}`, { params: { path: { id: lease.id } }, body: body as never });
    await refresh();
  }

  return (
    <FormModal<Record<string, unknown>> title={t(`sites.lease.moveTitles.${action}`)} initialValues={initialValues} onSubmit={submit} onClose={onClose}>
      {move.day && (
        <Form.Item name={move.day} label={t(`sites.lease.dayLabels.${action}`)} rules={required}>
          {datePicker}
        </Form.Item>
      )}
      {action === 'sign' && (
        <>
          <Form.Item name="termFrom" label={t('sites.lease.termFrom')} rules={required}>
            {datePicker}
          </Form.Item>
          <Form.Item name="termTo" label={t('sites.lease.termTo')} rules={required}>
            {datePicker}
          </Form.Item>
          <Form.Item name="area" label={t('sites.lease.area')} rules={required} extra={t('sites.lease.areaHint', { area: unitArea })}>
            <InputNumber min={0.01} step={1} style={{ width: '100%' }} suffix="m²" />
          </Form.Item>
          <Form.Item name="monthlyRent" label={t('sites.lease.monthlyRent')}>
            <InputNumber min={0} step={100} style={{ width: '100%' }} suffix={t('sites.lease.yuanPerMonth')} />
          </Form.Item>
        </>
      )}
      {(action === 'cancel' || action === 'end') && (
        <Form.Item name="reason" label={t('sites.lease.reason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      )}
    </FormModal>
  );
}
