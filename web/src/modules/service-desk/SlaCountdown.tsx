import { Tag, Tooltip } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format.ts';

const minute = 60_000;

/** The current time, moving on each minute: what a countdown needs, without a render every second. */
function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), minute);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** A span of time in the reader's language: minutes under an hour, hours and minutes under a day, then days. */
export function formatSpan(t: TFunction, ms: number): string {
  const minutes = Math.floor(ms / minute);
  if (minutes < 60) return t('serviceDesk.sla.minutes', { minutes });
  if (minutes < 24 * 60) return t('serviceDesk.sla.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
  return t('serviceDesk.sla.days', { days: Math.floor(minutes / (24 * 60)), hours: Math.floor((minutes % (24 * 60)) / 60) });
}

/**
 * A queue row's countdown to its nearest deadline, refreshed each minute: red once overdue, orange from its
 * warning. Counted on the wall clock; the request page gives the working time left on the policy's calendar.
 */
export function SlaCountdown({ dueAt, warnAt }: { dueAt: string; warnAt: string | null }) {
  const { t } = useTranslation();
  const now = useMinuteClock();
  const left = new Date(dueAt).getTime() - now;
  const color = left <= 0 ? 'red' : warnAt && new Date(warnAt).getTime() <= now ? 'orange' : 'default';
  return (
    <Tooltip title={t('serviceDesk.sla.due', { at: formatDateTime(dueAt) })}>
      <Tag color={color}>{left <= 0 ? t('serviceDesk.sla.overdue', { time: formatSpan(t, -left) }) : t('serviceDesk.sla.remaining', { time: formatSpan(t, left) })}</Tag>
    </Tooltip>
  );
}
