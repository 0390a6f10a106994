import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { formatDate } from '../../components/format.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { useCalendarYears, type CalendarYear } from './api.ts';
import { CalendarYearFormModal } from './CalendarYearFormModal.tsx';

const dayMs = 86_400_000;
const daysIn = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / dayMs) + 1;

/** One year: its holidays with their days off, and the weekend days worked in their place. */
function YearCard({ year, onEdit }: { year: CalendarYear; onEdit?: () => void }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('workingCalendar.yearTitle', { year: year.year })}
      aria-label={t('workingCalendar.yearTitle', { year: year.year })}
      role="region"
      extra={
        onEdit && (
          <Button icon={<EditOutlined />} onClick={onEdit}>
            {t('common.edit')}
          </Button>
        )
      }
    >
      <List
        size="small"
        dataSource={year.holidays}
        locale={{ emptyText: t('workingCalendar.noHolidays') }}
        renderItem={(holiday) => (
          <List.Item>
            <Space wrap>
              <Typography.Text strong>{holiday.name}</Typography.Text>
              <span>
                {holiday.from === holiday.to ? formatDate(holiday.from) : `${formatDate(holiday.from)} – ${formatDate(holiday.to)}`}
              </span>
              <Typography.Text type="secondary">{t('workingCalendar.daysOff', { count: daysIn(holiday.from, holiday.to) })}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <div style={{ marginTop: 12 }}>
        <Typography.Text type="secondary">{t('workingCalendar.workdays')}：</Typography.Text>
        {year.workdays.length === 0 ? '—' : year.workdays.map((day) => <Tag key={day}>{formatDate(day)}</Tag>)}
      </div>
    </Card>
  );
}

/** 工作日历: the years of China's working calendar that deadlines and SLA clocks count on; administrators keep them. */
export function CalendarYearsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { data, error, isPending, refetch } = useCalendarYears();
  const [editing, setEditing] = useState<CalendarYear | 'new' | null>(null);
  const admin = can(me, 'calendar.admin');

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  const years = [...(data ?? [])].sort((a, b) => b.year - a.year);
  const suggestedYear = years[0] ? years[0].year + 1 : new Date().getFullYear();
  return (
    <>
      <PageHeader
        title={t('workingCalendar.title')}
        extra={
          admin && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('workingCalendar.add')}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('workingCalendar.intro')}
        </Typography.Paragraph>
      </PageHeader>
      {isPending ? (
        <Card loading />
      ) : years.length === 0 ? (
        <Empty description={t('workingCalendar.empty')} />
      ) : (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {years.map((year) => (
            <YearCard key={year.year} year={year} onEdit={admin ? () => setEditing(year) : undefined} />
          ))}
        </Space>
      )}
      {editing && <CalendarYearFormModal year={editing === 'new' ? undefined : editing} suggestedYear={suggestedYear} onClose={() => setEditing(null)} />}
    </>
  );
}
