import { Checkbox, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { EnterpriseSelect } from '../enterprises/pickers.tsx';
import { useRefreshSites } from './api.ts';

interface IntentForm {
  enterpriseMode: 'existing' | 'new';
  enterpriseId?: string;
  newName?: string;
  newCreditCode?: string;
  confirmDuplicate?: boolean;
  note?: string;
}

/** 意向: a tenant picked from the register, or a new enterprise created by the register in the same step. */
export function IntentModal({ unitId, onClose }: { unitId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshSites();
  return (
    <FormModal<IntentForm>
      title={t('sites.lease.intentTitle')}
      initialValues={{ enterpriseMode: 'existing' }}
      onSubmit={async (values) => {
        const tenant =
          values.enterpriseMode === 'new'
            ? { enterprise: { name: values.newName ?? '', creditCode: values.newCreditCode || null, confirmDuplicate: values.confirmDuplicate ?? false } }
            : { enterpriseId: values.enterpriseId };
        await api.POST('/api/sites/units/{id}/leases', { params: { path: { id: unitId } }, body: { ...tenant, note: values.note ?? '' } });
        await refresh();
      }}
      onClose={onClose}
    >
      <Form.Item name="enterpriseMode">
        <Radio.Group
          options={[
            { value: 'existing', label: t('sites.lease.existingTenant') },
            { value: 'new', label: t('sites.lease.newTenant') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['enterpriseMode']}>
        {({ getFieldValue }) =>
          getFieldValue('enterpriseMode') !== 'new' ? (
            <Form.Item name="enterpriseId" label={t('sites.lease.tenant')} rules={[{ required: true, message: t('common.required') }]}>
              <EnterpriseSelect placeholder={t('sites.lease.tenantSearch')} />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="newName" label={t('sites.lease.newTenantName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item name="newCreditCode" label={t('sites.lease.creditCode')}>
                <Input maxLength={18} />
              </Form.Item>
              <Form.Item name="confirmDuplicate" valuePropName="checked">
                <Checkbox>{t('sites.lease.confirmDuplicate')}</Checkbox>
              </Form.Item>
            </>
          )
        }
      </Form.Item>
      <Form.Item name="note" label={t('sites.lease.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
