import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { maturityLevels, patentStatuses, patentTypes, transactionModes, useMarketFields, type Maturity, type TransactionMode } from './api.ts';
import { useMarketLabels } from './display.tsx';

interface SelectProps<T> {
  value?: T;
  onChange?: (value: T) => void;
  id?: string;
  placeholder?: string;
}

/**
 * The active fields to file a record under; a field the record already has stays offered (and named) after it was
 * deactivated, so that editing does not drop it.
 */
export function FieldSelect({ value, onChange, id, placeholder, multiple }: SelectProps<string | string[] | null> & { multiple?: boolean }) {
  const { t } = useTranslation();
  const { data, isPending } = useMarketFields({ includeInactive: true });
  const chosen = new Set(Array.isArray(value) ? value : value ? [value] : []);
  const options = (data ?? []).filter((field) => field.active || chosen.has(field.id)).map((field) => ({ value: field.id, label: field.name }));
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value ?? (multiple ? [] : undefined)}
      onChange={(next: string | string[] | undefined) => onChange?.(next ?? null)}
      loading={isPending}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      options={options}
      placeholder={placeholder ?? t('market.form.pickField')}
      notFoundContent={t('common.noMatches')}
    />
  );
}

export function MaturitySelect({ value, onChange, id, placeholder, multiple }: SelectProps<Maturity | Maturity[] | null> & { multiple?: boolean }) {
  const { t } = useTranslation();
  const labels = useMarketLabels();
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value ?? (multiple ? [] : undefined)}
      onChange={(next: Maturity | Maturity[] | undefined) => onChange?.(next ?? null)}
      allowClear
      options={maturityLevels.map((level) => ({ value: level, label: labels.maturity(level) }))}
      placeholder={placeholder ?? t('market.form.pickMaturity')}
    />
  );
}

export function ModesSelect({ value, onChange, id }: SelectProps<TransactionMode[]>) {
  const labels = useMarketLabels();
  return (
    <Select
      id={id}
      mode="multiple"
      value={value ?? []}
      onChange={(next: TransactionMode[]) => onChange?.(next)}
      allowClear
      options={transactionModes.map((mode) => ({ value: mode, label: labels.mode(mode) }))}
    />
  );
}

/** Rows of a list editor: fields side by side on a desk, stacked on a phone (the flex wraps). */
const rowStyle = { width: '100%' } as const;
const cellStyle = { flex: '1 1 160px', marginBottom: 8 } as const;

/** Whom to talk to: name, phone, e-mail; a row without a name is an error, not silently dropped. */
export function ContactsEditor() {
  const { t } = useTranslation();
  return (
    <Form.List name="contacts">
      {(rows, { add, remove }) => (
        <Flex vertical gap={8}>
          {rows.map((row) => (
            <Card size="small" key={row.key}>
              <Flex wrap gap={8} align="start" style={rowStyle}>
                <Form.Item name={[row.name, 'name']} style={cellStyle} rules={[{ required: true, whitespace: true, message: t('market.form.contactNameRequired') }]}>
                  <Input maxLength={100} placeholder={t('market.fields.contactName')} aria-label={t('market.fields.contactName')} />
                </Form.Item>
                <Form.Item name={[row.name, 'phone']} style={cellStyle}>
                  <Input maxLength={50} inputMode="tel" placeholder={t('market.fields.contactPhone')} aria-label={t('market.fields.contactPhone')} />
                </Form.Item>
                <Form.Item name={[row.name, 'email']} style={cellStyle} rules={[{ type: 'email', message: t('market.form.emailInvalid') }]}>
                  <Input maxLength={200} inputMode="email" placeholder={t('market.fields.contactEmail')} aria-label={t('market.fields.contactEmail')} />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label={t('market.form.remove')} onClick={() => remove(row.name)} />
              </Flex>
            </Card>
          ))}
          {rows.length < 10 && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t('market.form.addContact')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}

/** A listing's patents and software copyrights: number, type, status. */
export function PatentsEditor() {
  const { t } = useTranslation();
  return (
    <Form.List name="patents">
      {(rows, { add, remove }) => (
        <Flex vertical gap={8}>
          {rows.map((row) => (
            <Card size="small" key={row.key}>
              <Flex wrap gap={8} align="start" style={rowStyle}>
                <Form.Item name={[row.name, 'number']} style={cellStyle} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
                  <Input maxLength={50} placeholder={t('market.fields.patentNumber')} aria-label={t('market.fields.patentNumber')} />
                </Form.Item>
                <Form.Item name={[row.name, 'type']} style={cellStyle} rules={[{ required: true, message: t('common.required') }]}>
                  <Select
                    placeholder={t('market.fields.patentType')}
                    aria-label={t('market.fields.patentType')}
                    options={patentTypes.map((type) => ({ value: type, label: t(`market.patentTypes.${type}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[row.name, 'status']} style={cellStyle} rules={[{ required: true, message: t('common.required') }]}>
                  <Select
                    placeholder={t('market.fields.patentStatus')}
                    aria-label={t('market.fields.patentStatus')}
                    options={patentStatuses.map((status) => ({ value: status, label: t(`market.patentStatuses.${status}`) }))}
                  />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label={t('market.form.remove')} onClick={() => remove(row.name)} />
              </Flex>
            </Card>
          ))}
          {rows.length < 50 && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ type: 'invention', status: 'granted' })}>
              {t('market.form.addPatent')}
            </Button>
          )}
        </Flex>
      )}
    </Form.List>
  );
}
