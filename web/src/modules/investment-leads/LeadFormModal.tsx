import { Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { EnterpriseSelect, IndustryPicker } from '../enterprises/pickers.tsx';
import { leadPriorities, leadSources, useRefreshLeads, type Lead, type LeadPriority, type LeadSource } from './api.ts';

interface LeadForm {
  enterpriseMode: 'existing' | 'new';
  enterpriseId?: string;
  newName?: string;
  newCreditCode?: string;
  confirmDuplicate?: boolean;
  source: LeadSource;
  sourceNote?: string;
  industryCode?: string;
  chainSegment?: string;
  priority: LeadPriority;
  nextFollowUpOn?: Dayjs | null;
  inPool?: boolean;
}

const day = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/**
 * Creates a lead (for an enterprise picked from the register, or a new one made by the register's own create in the
 * same step) or edits one's details. One column, so it fits a phone.
 */
export function LeadFormModal({ lead, onClose }: { lead?: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshLeads();

  async function save(values: LeadForm) {
    const details = {
      source: values.source,
      sourceNote: values.sourceNote ?? '',
      industryCode: values.industryCode ?? '',
      chainSegment: values.chainSegment ?? '',
      priority: values.priority,
      nextFollowUpOn: day(values.nextFollowUpOn),
    };
    if (lead) {
      await api.PATCH('/api/leads/{id}', { params: { path: { id: lead.id } }, body: details });
      await refresh();
      return;
    }
    const enterprise =
      values.enterpriseMode === 'new'
        ? { enterprise: { name: values.newName ?? '', creditCode: values.newCreditCode || null, confirmDuplicate: values.confirmDuplicate ?? false } }
        : { enterpriseId: values.enterpriseId };
    const created = await api.POST('/api/leads', { body: { ...details, ...enterprise, inPool: values.inPool ?? false } });
    await refresh();
    void navigate(`/leads/${created.id}`);
  }

  return (
    <FormModal<LeadForm>
      title={lead ? t('leads.form.editTitle') : t('leads.form.createTitle')}
      initialValues={
        lead
          ? {
              source: lead.source,
              sourceNote: lead.sourceNote ?? undefined,
              industryCode: lead.industryCode ?? undefined,
              chainSegment: lead.chainSegment ?? undefined,
              priority: lead.priority,
              nextFollowUpOn: lead.nextFollowUpOn ? dayjs(lead.nextFollowUpOn) : null,
            }
          : { enterpriseMode: 'existing', source: 'visit', priority: 'normal' }
      }
      onSubmit={save}
      onClose={onClose}
    >
      {!lead && (
        <>
          <Form.Item name="enterpriseMode" label={t('leads.form.enterpriseMode')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'existing', label: t('leads.form.existing') },
                { value: 'new', label: t('leads.form.new') },
              ]}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['enterpriseMode']}>
            {({ getFieldValue }) =>
              getFieldValue('enterpriseMode') === 'new' ? (
                <>
                  <Form.Item name="newName" label={t('leads.form.newName')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name="newCreditCode" label={t('leads.form.newCreditCode')}>
                    <Input maxLength={40} />
                  </Form.Item>
                  <Form.Item name="confirmDuplicate" valuePropName="checked">
                    <Checkbox>{t('leads.form.confirmDuplicate')}</Checkbox>
                  </Form.Item>
                </>
              ) : (
                <Form.Item name="enterpriseId" label={t('leads.fields.enterprise')} rules={[{ required: true, message: t('common.required') }]}>
                  <EnterpriseSelect />
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
      <Form.Item name="source" label={t('leads.fields.source')} rules={[{ required: true, message: t('common.required') }]}>
        <Select options={leadSources.map((source) => ({ value: source, label: t(`leads.sources.${source}`) }))} />
      </Form.Item>
      <Form.Item name="sourceNote" label={t('leads.fields.sourceNote')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="industryCode" label={t('leads.fields.industry')} extra={lead ? undefined : t('leads.form.industryHint')}>
        <IndustryPicker />
      </Form.Item>
      <Form.Item name="chainSegment" label={t('leads.fields.chainSegment')}>
        <Input maxLength={200} placeholder={t('leads.form.chainSegmentPlaceholder')} />
      </Form.Item>
      <Form.Item name="priority" label={t('leads.fields.priority')}>
        <Radio.Group optionType="button" options={leadPriorities.map((priority) => ({ value: priority, label: t(`leads.priorities.${priority}`) }))} />
      </Form.Item>
      <Form.Item name="nextFollowUpOn" label={t('leads.fields.nextFollowUpOn')}>
        <DatePicker style={{ width: '100%' }} allowClear inputReadOnly />
      </Form.Item>
      {!lead && (
        <Form.Item name="inPool" valuePropName="checked">
          <Checkbox>{t('leads.form.inPool')}</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}
