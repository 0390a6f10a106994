import { DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { policyLevels, useRefreshPolicies, type Policy, type PolicyLevel } from './api.ts';

const dayFields = ['issuedOn', 'effectiveOn', 'expiresOn', 'applicationOpensOn', 'applicationClosesOn'] as const;
const guideFields = ['guideTarget', 'guideConditions', 'guideAmount', 'guideHowToApply', 'guideContact'] as const;
type DayField = (typeof dayFields)[number];
type GuideField = (typeof guideFields)[number];

type PolicyForm = { title: string; issuer: string; level: PolicyLevel; documentNumber?: string; originalText?: string } & Record<DayField, Dayjs | null | undefined> &
  Partial<Record<GuideField, string>>;

const dayOf = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);

/** Creates a draft policy or edits one's details, original text and guide. One column, so it fits a phone. */
export function PolicyFormModal({ policy, onClose }: { policy?: Policy; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const refresh = useRefreshPolicies();

  async function save(values: PolicyForm) {
    const body = {
      title: values.title,
      issuer: values.issuer,
      level: values.level,
      documentNumber: values.documentNumber ?? '',
      issuedOn: dayOf(values.issuedOn)!,
      effectiveOn: dayOf(values.effectiveOn),
      expiresOn: dayOf(values.expiresOn),
      applicationOpensOn: dayOf(values.applicationOpensOn),
      applicationClosesOn: dayOf(values.applicationClosesOn),
      originalText: values.originalText ?? '',
      ...Object.fromEntries(guideFields.map((field) => [field, values[field] ?? ''])),
    };
    if (policy) {
      await api.PATCH('/api/policies/{id}', { params: { path: { id: policy.id } }, body });
      await refresh();
      return;
    }
    const created = await api.POST('/api/policies', { body });
    await refresh();
    void navigate(`/policies/${created.id}`);
  }

  const initialValues: Partial<PolicyForm> = policy
    ? {
        title: policy.title,
        issuer: policy.issuer,
        level: policy.level,
        documentNumber: policy.documentNumber ?? undefined,
        originalText: policy.originalText,
        ...Object.fromEntries(dayFields.map((field) => [field, policy[field] ? dayjs(policy[field]) : null])),
        ...Object.fromEntries(guideFields.map((field) => [field, policy[field] ?? undefined])),
      }
    : { level: 'district', issuedOn: dayjs() };

  return (
    <FormModal<PolicyForm> title={policy ? t('policy.form.editTitle') : t('policy.form.createTitle')} initialValues={initialValues} onSubmit={save} onClose={onClose}>
      <Form.Item name="title" label={t('policy.fields.title')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input.TextArea autoSize maxLength={200} />
      </Form.Item>
      <Form.Item name="issuer" label={t('policy.fields.issuer')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="level" label={t('policy.fields.level')}>
        <Select options={policyLevels.map((value) => ({ value, label: t(`policy.levels.${value}`) }))} />
      </Form.Item>
      <Form.Item name="documentNumber" label={t('policy.fields.documentNumber')}>
        <Input maxLength={60} />
      </Form.Item>
      {dayFields.map((field) => (
        <Form.Item key={field} name={field} label={t(`policy.fields.${field}`)} rules={field === 'issuedOn' ? [{ required: true, message: t('common.required') }] : []}>
          <DatePicker style={{ width: '100%' }} allowClear={field !== 'issuedOn'} />
        </Form.Item>
      ))}
      <Form.Item name="originalText" label={t('policy.fields.originalText')}>
        <Input.TextArea rows={6} maxLength={100_000} />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('policy.form.guideHint')}</Typography.Paragraph>
      {guideFields.map((field) => (
        <Form.Item key={field} name={field} label={t(`policy.fields.${field}`)}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4_000} />
        </Form.Item>
      ))}
    </FormModal>
  );
}
