import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format.ts';
import type { ServiceRequest } from './api.ts';
import { formatSpan } from './SlaCountdown.tsx';

type RequestSla = NonNullable<ServiceRequest['sla']>;
type TargetStatus = NonNullable<RequestSla['firstResponse']>;

const stateColors: Record<TargetStatus['state'], string> = {
  running: 'blue',
  at_risk: 'orange',
  breached: 'red',
  met: 'green',
  met_late: 'volcano',
  paused: 'purple',
};

function Target({ label, status }: { label: string; status: TargetStatus }) {
  const { t } = useTranslation();
  const counting = status.state === 'running' || status.state === 'at_risk' || status.state === 'breached';
  return (
    <Flex wrap gap={4} align="center">
      <Typography.Text>{label}</Typography.Text>
      <Tag color={stateColors[status.state]}>{t(`serviceDesk.sla.states.${status.state}`)}</Tag>
      {status.dueAt && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('serviceDesk.sla.due', { at: formatDateTime(status.dueAt) })}
        </Typography.Text>
      )}
      {counting && (
        <Typography.Text type={status.overdueMs > 0 ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
          {status.overdueMs > 0 ? t('serviceDesk.sla.overdue', { time: formatSpan(t, status.overdueMs) }) : t('serviceDesk.sla.remaining', { time: formatSpan(t, status.remainingMs) })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** The request's service targets in its current cycle: each one's state, deadline and working time left or over. */
export function SlaTargets({ sla }: { sla: RequestSla }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      {sla.firstResponse && <Target label={t('serviceDesk.sla.firstResponse')} status={sla.firstResponse} />}
      {sla.resolution && <Target label={t('serviceDesk.sla.resolution')} status={sla.resolution} />}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t(`serviceDesk.sla.calendars.${sla.calendar}`)}
        {sla.cycle > 1 && ` · ${t('serviceDesk.sla.cycle', { cycle: sla.cycle })}`}
      </Typography.Text>
    </Flex>
  );
}
