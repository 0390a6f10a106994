import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Form, InputNumber, Radio, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { figureIndicators, type FigureIndicator } from '../../../../src/modules/enterprises/figure-indicators.ts';
import type { AmountRule, Comparison, Condition, ConditionKind, FigureYear } from '../../../../src/modules/policies/rules/rule-schemas.ts';
import { sizeClasses, useIndustryTree, useRegionTree, type IndustryNode, type RegionNode, type SizeClass } from '../enterprises/api.ts';
import { TagPicker } from '../enterprises/pickers.tsx';
import { usePolicyLists } from './api.ts';

const conditionKinds: readonly ConditionKind[] = ['industry', 'region', 'tags', 'sizeClass', 'age', 'registeredCapital', 'indicator', 'list'];
const comparisons: readonly Comparison[] = ['gte', 'gt', 'lte', 'lt'];

/** A condition as the form holds it: every kind's fields optional, the year with both of its forms. */
export interface ConditionForm {
  kind?: ConditionKind;
  codes?: string[];
  tagIds?: string[];
  match?: 'any' | 'all';
  classes?: SizeClass[];
  minYears?: number | null;
  maxYears?: number | null;
  minWan?: number | null;
  maxWan?: number | null;
  indicator?: FigureIndicator;
  year?: { kind?: FigureYear['kind']; year?: number | null; years?: number | null };
  comparison?: Comparison;
  value?: number | null;
  listId?: string;
}

export interface AmountForm {
  kind: AmountRule['kind'];
  amountWan?: number | null;
  indicator?: FigureIndicator;
  year?: ConditionForm['year'];
  percent?: number | null;
  capWan?: number | null;
}

const present = (value: number | null | undefined): value is number => typeof value === 'number';
const yearOf = (year: ConditionForm['year']): FigureYear =>
  year?.kind === 'fixed' ? { kind: 'fixed', year: year.year ?? new Date().getFullYear() - 1 } : { kind: 'yearsBack', years: year?.years ?? 1 };
const bound = <K extends string>(key: K, value: number | null | undefined) => (present(value) ? ({ [key]: value } as Record<K, number>) : {});

/** The condition the form describes, with only its kind's fields; the server checks the rest. */
export function conditionOf(form: ConditionForm): Condition {
  switch (form.kind) {
    case 'industry':
      return { kind: 'industry', codes: form.codes ?? [] };
    case 'region':
      return { kind: 'region', codes: form.codes ?? [] };
    case 'tags':
      return { kind: 'tags', tagIds: form.tagIds ?? [], match: form.match ?? 'any' };
    case 'sizeClass':
      return { kind: 'sizeClass', classes: form.classes ?? [] };
    case 'age':
      return { kind: 'age', ...bound('minYears', form.minYears), ...bound('maxYears', form.maxYears) };
    case 'registeredCapital':
      return { kind: 'registeredCapital', ...bound('minWan', form.minWan), ...bound('maxWan', form.maxWan) };
    case 'indicator':
      return { kind: 'indicator', indicator: form.indicator ?? 'revenue', year: yearOf(form.year), comparison: form.comparison ?? 'gte', value: form.value ?? 0 };
    case 'list':
    default:
      return { kind: 'list', listId: form.listId ?? '' };
  }
}

export function amountRuleOf(form: AmountForm | undefined): AmountRule {
  if (form?.kind === 'fixed') return { kind: 'fixed', amountWan: form.amountWan ?? 0 };
  if (form?.kind === 'share') {
    return { kind: 'share', indicator: form.indicator ?? 'rdSpending', year: yearOf(form.year), percent: form.percent ?? 0, ...bound('capWan', form.capWan) };
  }
  return { kind: 'none' };
}

interface TreeOption {
  value: string;
  title: string;
  children?: TreeOption[];
}

const industryOptions = (nodes: readonly IndustryNode[]): TreeOption[] =>
  nodes.map((node) => ({ value: node.code, title: `${node.code} ${node.name}`, children: node.children?.length ? industryOptions(node.children) : undefined }));
const regionOptions = (nodes: readonly RegionNode[]): TreeOption[] =>
  nodes.map((node) => ({ value: node.code, title: node.name, children: node.children?.length ? regionOptions(node.children) : undefined }));

/** Several codes of a tree (industries under GB/T 4754, regions under GB/T 2260), any level, found by typing. */
function CodesPicker({ tree, loading, ...props }: { tree: TreeOption[]; loading: boolean; value?: string[]; onChange?: (value: string[]) => void; id?: string }) {
  const { t } = useTranslation();
  return (
    <TreeSelect
      {...props}
      multiple
      treeData={tree}
      loading={loading}
      showSearch
      treeNodeFilterProp="title"
      allowClear
      style={{ width: '100%' }}
      listHeight={320}
      notFoundContent={t('common.noMatches')}
    />
  );
}

/** The year a figure is read for: a calendar year, or counted back from the year of checking. */
function YearFields({ path, labels }: { path: (string | number)[]; labels: { kind: string; fixed: string; back: string } }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const kind = Form.useWatch([...path, 'kind'], form) as FigureYear['kind'] | undefined;
  return (
    <>
      <Form.Item name={[...path, 'kind']} label={labels.kind} initialValue="yearsBack">
        <Radio.Group optionType="button" options={(['yearsBack', 'fixed'] as const).map((value) => ({ value, label: t(`policy.builder.yearKinds.${value}`) }))} />
      </Form.Item>
      {kind === 'fixed' ? (
        <Form.Item name={[...path, 'year']} label={labels.fixed} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      ) : (
        <Form.Item name={[...path, 'years']} label={labels.back} extra={t('policy.builder.yearsBackHint')} initialValue={1}>
          <InputNumber min={0} max={5} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      )}
    </>
  );
}

/** One condition's fields, by its kind; every field labelled with the condition's number, so each is found by its name. */
function ConditionFields({ index }: { index: number }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const kind = Form.useWatch(['conditions', index, 'kind'], form) as ConditionKind | undefined;
  const industries = useIndustryTree();
  const regions = useRegionTree();
  const lists = usePolicyLists();
  const industryTree = useMemo(() => industryOptions(industries.data ?? []), [industries.data]);
  const regionTree = useMemo(() => regionOptions(regions.data ?? []), [regions.data]);
  const n = index + 1;
  const required = [{ required: true, message: t('common.required') }];
  const amountField = (name: string, label: string) => (
    <Form.Item name={[index, name]} label={label}>
      <InputNumber min={0} style={{ width: '100%' }} />
    </Form.Item>
  );
  switch (kind) {
    case 'industry':
      return (
        <Form.Item name={[index, 'codes']} label={t('policy.builder.industries', { n })} rules={required}>
          <CodesPicker tree={industryTree} loading={industries.isPending} />
        </Form.Item>
      );
    case 'region':
      return (
        <Form.Item name={[index, 'codes']} label={t('policy.builder.regions', { n })} rules={required}>
          <CodesPicker tree={regionTree} loading={regions.isPending} />
        </Form.Item>
      );
    case 'tags':
      return (
        <>
          <Form.Item name={[index, 'tagIds']} label={t('policy.builder.tags', { n })} rules={required}>
            <TagPicker />
          </Form.Item>
          <Form.Item name={[index, 'match']} label={t('policy.builder.tagMatch', { n })} initialValue="any">
            <Radio.Group optionType="button" options={[{ value: 'any', label: t('policy.builder.matchAny') }, { value: 'all', label: t('policy.builder.matchAll') }]} />
          </Form.Item>
        </>
      );
    case 'sizeClass':
      return (
        <Form.Item name={[index, 'classes']} label={t('policy.builder.sizeClasses', { n })} rules={required}>
          <Checkbox.Group options={sizeClasses.map((value) => ({ value, label: t(`policy.sizeClasses.${value}`) }))} />
        </Form.Item>
      );
    case 'age':
      return (
        <Flex wrap gap={8}>
          <div style={{ flex: '1 1 140px' }}>{amountField('minYears', t('policy.builder.minYears', { n }))}</div>
          <div style={{ flex: '1 1 140px' }}>{amountField('maxYears', t('policy.builder.maxYears', { n }))}</div>
        </Flex>
      );
    case 'registeredCapital':
      return (
        <Flex wrap gap={8}>
          <div style={{ flex: '1 1 140px' }}>{amountField('minWan', t('policy.builder.minWan', { n }))}</div>
          <div style={{ flex: '1 1 140px' }}>{amountField('maxWan', t('policy.builder.maxWan', { n }))}</div>
        </Flex>
      );
    case 'indicator':
      return (
        <>
          <Form.Item name={[index, 'indicator']} label={t('policy.builder.indicator', { n })} rules={required}>
            <Select options={figureIndicators.map((value) => ({ value, label: t(`policy.indicators.${value}`) }))} />
          </Form.Item>
          <YearFields
            path={[index, 'year']}
            labels={{ kind: t('policy.builder.yearKind', { n }), fixed: t('policy.builder.fixedYear', { n }), back: t('policy.builder.yearsBack', { n }) }}
          />
          <Form.Item name={[index, 'comparison']} label={t('policy.builder.comparison', { n })} initialValue="gte">
            <Select options={comparisons.map((value) => ({ value, label: t(`policy.comparisons.${value}`) }))} />
          </Form.Item>
          <Form.Item name={[index, 'value']} label={t('policy.builder.value', { n })} rules={required}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </>
      );
    case 'list':
      return (
        <Form.Item name={[index, 'listId']} label={t('policy.builder.list', { n })} rules={required}>
          <Select
            loading={lists.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={(lists.data?.items ?? []).map((list) => ({ value: list.id, label: list.name }))}
            notFoundContent={t('common.noMatches')}
          />
        </Form.Item>
      );
    default:
      return null;
  }
}

/**
 * An item's conditions as an officer builds them, with no code: add a condition, choose its kind, fill its fields.
 * All must hold; the server checks that every tag, list, industry and region named exists.
 */
export function ConditionsBuilder() {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('policy.builder.conditions')}>
      <Form.List name="conditions">
        {(items, { add, remove }) => (
          <Flex vertical gap={8}>
            {items.map((item, index) => (
              <Card
                key={item.key}
                size="small"
                title={t('policy.builder.condition', { n: index + 1 })}
                extra={<Button type="text" danger icon={<DeleteOutlined />} aria-label={t('policy.builder.removeCondition', { n: index + 1 })} onClick={() => remove(item.name)} />}
              >
                <Form.Item name={[item.name, 'kind']} label={t('policy.builder.conditionKind', { n: index + 1 })} rules={[{ required: true, message: t('common.required') }]}>
                  <Select options={conditionKinds.map((value) => ({ value, label: t(`policy.builder.kinds.${value}`) }))} />
                </Form.Item>
                <ConditionFields index={item.name} />
              </Card>
            ))}
            {items.length < 30 && (
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                {t('policy.builder.addCondition')}
              </Button>
            )}
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** What the item pays: nothing countable, a fixed sum, or a share of a figure with an optional cap. */
export function AmountBuilder() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const kind = Form.useWatch(['amount', 'kind'], form) as AmountRule['kind'] | undefined;
  return (
    <>
      <Form.Item name={['amount', 'kind']} label={t('policy.builder.amountKind')}>
        <Radio.Group optionType="button" options={(['none', 'fixed', 'share'] as const).map((value) => ({ value, label: t(`policy.builder.amountKinds.${value}`) }))} />
      </Form.Item>
      {kind === 'fixed' && (
        <Form.Item name={['amount', 'amountWan']} label={t('policy.builder.amountWan')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={0} style={{ width: '100%' }} />
        </Form.Item>
      )}
      {kind === 'share' && (
        <>
          <Form.Item name={['amount', 'indicator']} label={t('policy.builder.shareIndicator')} rules={[{ required: true, message: t('common.required') }]}>
            <Select options={figureIndicators.map((value) => ({ value, label: t(`policy.indicators.${value}`) }))} />
          </Form.Item>
          <YearFields path={['amount', 'year']} labels={{ kind: t('policy.builder.shareYearKind'), fixed: t('policy.builder.shareFixedYear'), back: t('policy.builder.shareYearsBack') }} />
          <Form.Item name={['amount', 'percent']} label={t('policy.builder.percent')} rules={[{ required: true, message: t('common.required') }]}>
            <InputNumber min={0} max={100} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name={['amount', 'capWan']} label={t('policy.builder.capWan')}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
    </>
  );
}
