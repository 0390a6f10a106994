import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { FormModal } from '../../components/FormModal.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { useRefreshCalendarYears, type CalendarYear } from './api.ts';

interface YearForm {
  year: number;
  holidays: { name: string; from: Dayjs; to: Dayjs }[];
  workdays: Dayjs[];
}

const dayOf = (value: Dayjs) => value.format('YYYY-MM-DD');

/** A new year of the calendar, or a year's holidays and make-up working days corrected; the server checks the whole. */
export function CalendarYearFormModal({ year, suggestedYear, onClose }: { year?: CalendarYear; suggestedYear: number; onClose: () => void }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const refresh = useRefreshCalendarYears();
  const required = { required: true, message: t('common.required') };

  async function save(values: YearForm) {
    const body = {
      holidays: (values.holidays ?? []).map((holiday) => ({ name: holiday.name, from: dayOf(holiday.from), to: dayOf(holiday.to) })),
      workdays: (values.workdays ?? []).map(dayOf),
    };
    await api.PUT('/api/calendar/years/{year}', { params: { path: { year: year?.year ?? values.year } }, body });
    await refresh();
  }

  const initialValues: Partial<YearForm> = year
    ? {
        year: year.year,
        holidays: year.holidays.map((holiday) => ({ name: holiday.name, from: dayjs(holiday.from), to: dayjs(holiday.to) })),
        workdays: year.workdays.map((day) => dayjs(day)),
      }
    : { year: suggestedYear, holidays: [], workdays: [] };

  return (
    <FormModal<YearForm> title={year ? t('workingCalendar.editTitle', { year: year.year }) : t('workingCalendar.add')} initialValues={initialValues} onSubmit={save} onClose={onClose}>
      {!year && (
        <Form.Item name="year" label={t('workingCalendar.year')} rules={[required]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Typography.Title level={5}>{t('workingCalendar.holidays')}</Typography.Title>
      <Form.List name="holidays">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="start" wrap={isMobile} style={{ display: 'flex', marginBottom: 8 }} aria-label={t('workingCalendar.holidayNumber', { number: index + 1 })} role="group">
                <Form.Item name={[field.name, 'name']} rules={[{ ...required, whitespace: true }]} style={{ marginBottom: 0 }}>
                  <Input maxLength={40} placeholder={t('workingCalendar.holidayName')} aria-label={t('workingCalendar.holidayName')} style={{ width: isMobile ? 140 : 150 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'from']} rules={[required]} style={{ marginBottom: 0 }}>
                  <DatePicker placeholder={t('workingCalendar.from')} aria-label={t('workingCalendar.from')} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'to']} rules={[required]} style={{ marginBottom: 0 }}>
                  <DatePicker placeholder={t('workingCalendar.to')} aria-label={t('workingCalendar.to')} style={{ width: 140 }} />
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
              {t('workingCalendar.addHoliday')}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={5}>{t('workingCalendar.workdays')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('workingCalendar.workdaysHint')}</Typography.Paragraph>
      <Form.List name="workdays">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="start" style={{ display: 'flex', marginBottom: 8 }}>
                <Form.Item name={field.name} rules={[required]} style={{ marginBottom: 0 }}>
                  <DatePicker placeholder={t('workingCalendar.workdayNumber', { number: index + 1 })} aria-label={t('workingCalendar.workdayNumber', { number: index + 1 })} style={{ width: 200 }} />
                </Form.Item>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add()}>
              {t('workingCalendar.addWorkday')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
