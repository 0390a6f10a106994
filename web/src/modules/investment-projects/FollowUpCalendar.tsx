import { Badge, Calendar, Flex, List, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/results.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { useProjects, type ProjectSummary } from './api.ts';
import { StageTag } from './StageTag.tsx';

/** The follow-up calendar: each project on its next follow-up date; at phone width the month and the chosen day's list. */
export function FollowUpCalendar({ mine }: { mine: boolean }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [month, setMonth] = useState(() => dayjs());
  const [picked, setPicked] = useState<Dayjs>(() => dayjs());
  const from = month.startOf('month').subtract(7, 'day').format('YYYY-MM-DD');
  const to = month.endOf('month').add(14, 'day').format('YYYY-MM-DD');
  const { data, error, refetch } = useProjects({ mine: mine ? 'true' : undefined, followUpFrom: from, followUpTo: to, page: 1, pageSize: 200 });
  const on = (day: Dayjs) => (data?.items ?? []).filter((project) => project.nextFollowUpOn === day.format('YYYY-MM-DD'));

  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  const dayList = (items: ProjectSummary[]) => (
    <List
      size="small"
      dataSource={items}
      locale={{ emptyText: t('projects.calendar.none') }}
      renderItem={(project) => (
        <List.Item key={project.id} style={{ paddingInline: 0 }}>
          <Flex wrap gap={4} align="center">
            <Link to={`/projects/${project.id}`}>{project.name}</Link>
            <StageTag stage={project.stage} />
            <Typography.Text type="secondary">{project.managerName}</Typography.Text>
          </Flex>
        </List.Item>
      )}
    />
  );
  return (
    <Flex vertical gap={12}>
      <Calendar
        fullscreen={!isMobile}
        onPanelChange={(value) => setMonth(value)}
        onSelect={(value) => {
          setPicked(value);
          if (!value.isSame(month, 'month')) setMonth(value);
        }}
        cellRender={(value, info) => {
          if (info.type !== 'date') return info.originNode;
          const items = on(value);
          if (!items.length) return null;
          return isMobile ? (
            <Badge count={items.length} size="small" />
          ) : (
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {items.slice(0, 3).map((project) => (
                <li key={project.id}>
                  <Badge status={project.stalled ? 'error' : 'processing'} text={<Link to={`/projects/${project.id}`}>{project.name}</Link>} />
                </li>
              ))}
              {items.length > 3 && <li>{t('projects.calendar.more', { count: items.length - 3 })}</li>}
            </ul>
          );
        }}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('projects.calendar.on', { date: picked.format('YYYY-MM-DD') })}
      </Typography.Title>
      {dayList(on(picked))}
    </Flex>
  );
}
