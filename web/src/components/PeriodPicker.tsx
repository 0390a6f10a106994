import { DatePicker, Flex } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from './use-is-mobile.ts';

export type Period = [Dayjs | null, Dayjs | null] | null;

interface PeriodPickerProps {
  value?: Period;
  onChange?: (period: Period) => void;
  picker?: 'date' | 'month';
  allowClear?: boolean;
  'aria-label'?: string;
  style?: CSSProperties;
}

/**
 * A period of days or months. On a computer antd's range picker; on a phone, where that picker opens two months side
 * by side (about 590 px), two pickers of one panel each, from and to, which fit a 375 px screen. Either way the value
 * is the range picker's pair, so a form or a page handles both alike.
 */
export function PeriodPicker({ value, onChange, picker = 'date', allowClear = true, style, ...rest }: PeriodPickerProps) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  if (!mobile) {
    return <DatePicker.RangePicker picker={picker} value={value} onChange={(dates) => onChange?.(dates)} allowClear={allowClear} style={style} aria-label={rest['aria-label']} />;
  }
  const [from, to] = value ?? [null, null];
  // Both ends cleared is no period, as the range picker's clear gives.
  const change = (next: [Dayjs | null, Dayjs | null]) => onChange?.(next[0] === null && next[1] === null ? null : next);
  return (
    <Flex gap={8} style={{ width: '100%', ...style }} role="group" aria-label={rest['aria-label']}>
      <DatePicker
        picker={picker}
        value={from}
        onChange={(day) => change([day, to !== null && day !== null && to.isBefore(day) ? day : to])}
        allowClear={allowClear}
        placeholder={t('common.periodFrom')}
        aria-label={t('common.periodFrom')}
        style={{ flex: 1, minWidth: 0 }}
      />
      <DatePicker
        picker={picker}
        value={to}
        onChange={(day) => change([from !== null && day !== null && from.isAfter(day) ? day : from, day])}
        allowClear={allowClear}
        placeholder={t('common.periodTo')}
        aria-label={t('common.periodTo')}
        style={{ flex: 1, minWidth: 0 }}
      />
    </Flex>
  );
}
