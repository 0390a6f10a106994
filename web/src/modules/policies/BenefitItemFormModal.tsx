import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiProblem } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { benefitKinds, deliveryModes, useRefreshPolicies, type BenefitItem, type BenefitKind } from './api.ts';
import { AmountBuilder, amountRuleOf, conditionOf, ConditionsBuilder, type AmountForm, type ConditionForm } from './RuleBuilder.tsx';

interface ItemForm {
  title: string;
  kind: BenefitKind;
  delivery: BenefitItem['delivery'];
  description?: string;
  requiredFiles?: string[];
  conditions?: ConditionForm[];
  amount?: AmountForm;
}

/** The form's picture of a saved amount rule. */
function amountFormOf(rule: BenefitItem['amountRule']): AmountForm {
  if (rule.kind === 'share') return { ...rule, capWan: rule.capWan ?? null };
  return rule;
}

/**
 * The server names a rule's faults by their place in the rule (`rule.all.2.tagIds.1`); the form shows each under
 * the field of its condition (`conditions.2.tagIds`).
 */
function onConditionFields(failure: unknown): unknown {
  if (!(failure instanceof ApiProblem) || failure.errors.length === 0) return failure;
  const errors = failure.errors.map((error) => ({ ...error, field: error.field.replace(/^rule\.all\.(\d+)(\.[A-Za-z]+)?.*$/, 'conditions.$1$2').replace(/^conditions\.(\d+)$/, 'conditions.$1.kind') }));
  return new ApiProblem(failure.status, { ...failure.body, errors });
}

/**
 * Adds a benefit item to a policy or edits one: title, kind, delivery, its conditions built field by field, the
 * amount rule, the files an application carries. The server's field messages land on the condition they name.
 */
export function BenefitItemFormModal({ policyId, item, onClose }: { policyId: string; item?: BenefitItem; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshPolicies();

  async function save(values: ItemForm) {
    const body = {
      title: values.title,
      kind: values.kind,
      delivery: values.delivery,
      description: values.description ?? '',
      requiredFiles: values.requiredFiles ?? [],
      rule: { all: (values.conditions ?? []).map(conditionOf) },
      amountRule: amountRuleOf(values.amount),
    };
    try {
      if (item) await api.PATCH('/api/policies/{id}/items/{itemId}', { params: { path: { id: policyId, itemId: item.id } }, body });
      else await api.POST('/api/policies/{id}/items', { params: { path: { id: policyId } }, body });
    } catch (failure) {
      throw onConditionFields(failure);
    }
    await refresh();
  }

  const initialValues: Partial<ItemForm> = item
    ? {
        title: item.title,
        kind: item.kind,
        delivery: item.delivery,
        description: item.description ?? undefined,
        requiredFiles: item.requiredFiles,
        conditions: item.rule.all as ConditionForm[],
        amount: amountFormOf(item.amountRule),
      }
    : { kind: 'subsidy', delivery: 'application', requiredFiles: [], conditions: [], amount: { kind: 'none' } };

  return (
    <FormModal<ItemForm> title={item ? t('policy.form.itemEditTitle') : t('policy.form.itemCreateTitle')} initialValues={initialValues} onSubmit={save} onClose={onClose}>
      <Form.Item name="title" label={t('policy.form.itemTitle')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="kind" label={t('policy.form.kind')}>
        <Select options={benefitKinds.map((value) => ({ value, label: t(`policy.kinds.${value}`) }))} />
      </Form.Item>
      <Form.Item name="delivery" label={t('policy.form.delivery')} extra={t('policy.form.deliveryHint')}>
        <Radio.Group options={deliveryModes.map((value) => ({ value, label: t(`policy.deliveries.${value}`) }))} />
      </Form.Item>
      <ConditionsBuilder />
      <AmountBuilder />
      <Form.Item name="requiredFiles" label={t('policy.form.requiredFiles')} extra={t('policy.form.requiredFilesHint')}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['，', ',']} />
      </Form.Item>
      <Form.Item name="description" label={t('policy.form.description')}>
        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4_000} />
      </Form.Item>
    </FormModal>
  );
}
