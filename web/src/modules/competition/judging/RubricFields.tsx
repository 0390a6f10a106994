import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { aggregationMethods } from '../../../../../src/modules/competition/scoring/aggregate-scores.ts';

/** A criterion's name: the default four in the reader's language, any other as the organiser wrote it. */
export function useCriterionName() {
  const { t, i18n } = useTranslation();
  return (key: string) => (i18n.exists(`competition.judging.criteria.${key}`) ? t(`competition.judging.criteria.${key}` as 'competition.judging.criteria.team') : key);
}

/** The judging fields of a phase's form: its rubric's criteria and weights, aggregation, judges per entry, anonymity. */
export function RubricFields() {
  const { t } = useTranslation();
  const criterionName = useCriterionName();
  const required = [{ required: true, message: t('common.required') }];
  return (
    <>
      <Typography.Text strong>{t('competition.judging.rubric')}</Typography.Text>
      <Form.List name={['rubric', 'criteria']}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'key']} rules={required} getValueProps={(value: string) => ({ value: value && criterionName(value) })}>
                  <Input placeholder={t('competition.judging.criterion')} aria-label={t('competition.judging.criterion')} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'weight']} rules={required}>
                  <InputNumber min={0} max={100} addonAfter="%" aria-label={t('competition.judging.weight')} style={{ width: 110 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'maxScore']} rules={required}>
                  <InputNumber min={1} max={1000} addonBefore={t('competition.judging.outOf')} aria-label={t('competition.judging.outOf')} style={{ width: 130 }} />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} aria-label={t('competition.judging.removeCriterion')} onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Form.Item extra={t('competition.judging.weightsHint')}>
              <Button icon={<PlusOutlined />} onClick={() => add({ key: '', weight: 0, maxScore: 10 })}>
                {t('competition.judging.addCriterion')}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Form.Item name="aggregation" label={t('competition.judging.aggregation')} rules={required}>
        <Select options={aggregationMethods.map((value) => ({ value, label: t(`competition.judging.aggregations.${value}`) }))} />
      </Form.Item>
      <Form.Item name="judgesPerEntry" label={t('competition.judging.judgesPerEntry')} rules={required}>
        <InputNumber min={1} max={50} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="anonymised" label={t('competition.judging.anonymised')} valuePropName="checked" extra={t('competition.judging.anonymisedHint')}>
        <Switch />
      </Form.Item>
    </>
  );
}
