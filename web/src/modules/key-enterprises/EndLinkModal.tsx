import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useRefreshKeyEnterprises, type EnterpriseLink } from './api.ts';

/** Ends a link on its last day (today unless changed); it stays in the history. */
export function EndLinkModal({ link, onClose }: { link: EnterpriseLink; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshKeyEnterprises();

  async function save(values: { endsOn: Dayjs }) {
    await api.POST('/api/key-enterprises/links/{id}/end', { params: { path: { id: link.id } }, body: { endsOn: values.endsOn.format('YYYY-MM-DD') } });
    await refresh();
  }

  return (
    <FormModal<{ endsOn: Dayjs }> title={t('keyEnterprises.endLinkOf', { name: link.name })} initialValues={{ endsOn: dayjs() }} onSubmit={save} onClose={onClose}>
      <Form.Item name="endsOn" label={t('keyEnterprises.lastDay')} rules={[{ required: true, message: t('common.required') }]}>
        <DatePicker style={{ width: '100%' }} inputReadOnly />
      </Form.Item>
    </FormModal>
  );
}
