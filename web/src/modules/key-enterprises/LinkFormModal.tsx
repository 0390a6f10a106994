import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { linkRoles, useRefreshKeyEnterprises, type LinkRole } from './api.ts';
import { PersonPicker } from './PersonPicker.tsx';

interface LinkForm {
  role: LinkRole;
  userId: string;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  note?: string;
}

const day = (value: Dayjs) => value.format('YYYY-MM-DD');

/** Links a leader or a policy commissioner to the enterprise from a day, optionally to a last day. */
export function LinkFormModal({ enterpriseId, onClose }: { enterpriseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshKeyEnterprises();

  async function save(values: LinkForm) {
    await api.POST('/api/enterprises/{id}/key-links', {
      params: { path: { id: enterpriseId } },
      body: { userId: values.userId, role: values.role, startsOn: day(values.startsOn), endsOn: values.endsOn ? day(values.endsOn) : null, note: values.note || null },
    });
    await refresh();
  }

  return (
    <FormModal<LinkForm> title={t('keyEnterprises.addLink')} initialValues={{ role: 'commissioner', startsOn: dayjs() }} onSubmit={save} onClose={onClose}>
      <Form.Item name="role" label={t('keyEnterprises.role')}>
        <Radio.Group optionType="button" options={linkRoles.map((role) => ({ value: role, label: t(`keyEnterprises.roles.${role}`) }))} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(before, after) => before.role !== after.role}>
        {({ getFieldValue }) => (
          <Form.Item name="userId" label={t('keyEnterprises.person.label')} rules={[{ required: true, message: t('common.required') }]}>
            <PersonPicker role={getFieldValue('role') as LinkRole} />
          </Form.Item>
        )}
      </Form.Item>
      <Form.Item name="startsOn" label={t('keyEnterprises.startsOn')} rules={[{ required: true, message: t('common.required') }]}>
        <DatePicker style={{ width: '100%' }} inputReadOnly />
      </Form.Item>
      <Form.Item name="endsOn" label={t('keyEnterprises.endsOn')} extra={t('keyEnterprises.endsOnHint')}>
        <DatePicker style={{ width: '100%' }} allowClear inputReadOnly />
      </Form.Item>
      <Form.Item name="note" label={t('keyEnterprises.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
