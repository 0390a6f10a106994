import { Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { unitUses, useRefreshSites, type AddUnitsBody } from './api.ts';

type Pattern = NonNullable<AddUnitsBody['pattern']>;

/** "Floors 1–5, units 01–20 on each, 80 m²": a block of units added in one go, all or none. */
export function AddUnitsModal({ buildingId, buildingName, onClose }: { buildingId: string; buildingName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshSites();
  const number = (name: keyof Pattern, label: string, min: number, max: number) => (
    <Form.Item name={['pattern', name]} label={label} rules={[{ required: true, message: t('common.required') }]} style={{ flex: '1 1 120px' }}>
      <InputNumber min={min} max={max} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
  return (
    <FormModal<{ pattern: Pattern }>
      title={t('sites.bulk.title', { building: buildingName })}
      initialValues={{ pattern: { floorFrom: 1, floorTo: 1, unitFrom: 1, unitTo: 10, prefix: '', area: 80, use: 'office' } }}
      onSubmit={async (values) => {
        await api.POST('/api/sites/buildings/{id}/units', { params: { path: { id: buildingId } }, body: { pattern: { ...values.pattern, prefix: values.pattern.prefix ?? '' } } });
        await refresh();
      }}
      onClose={onClose}
    >
      <Flex wrap gap={8}>
        {number('floorFrom', t('sites.bulk.floorFrom'), -10, 200)}
        {number('floorTo', t('sites.bulk.floorTo'), -10, 200)}
      </Flex>
      <Flex wrap gap={8}>
        {number('unitFrom', t('sites.bulk.unitFrom'), 1, 99)}
        {number('unitTo', t('sites.bulk.unitTo'), 1, 99)}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('sites.bulk.codeHint')}
      </Typography.Paragraph>
      <Flex wrap gap={8}>
        <Form.Item name={['pattern', 'area']} label={t('sites.unit.area')} rules={[{ required: true, message: t('common.required') }]} style={{ flex: '1 1 120px' }}>
          <InputNumber min={0.01} style={{ width: '100%' }} suffix="m²" />
        </Form.Item>
        <Form.Item name={['pattern', 'use']} label={t('sites.unit.use')} rules={[{ required: true, message: t('common.required') }]} style={{ flex: '1 1 120px' }}>
          <Select options={unitUses.map((value) => ({ value, label: t(`sites.uses.${value}`) }))} />
        </Form.Item>
      </Flex>
      <Form.Item name={['pattern', 'prefix']} label={t('sites.bulk.prefix')}>
        <Input maxLength={10} placeholder="A-" />
      </Form.Item>
    </FormModal>
  );
}
