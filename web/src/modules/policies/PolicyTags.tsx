import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format.ts';
import { guideColors, stateColors, type GuideStatus, type PolicyState } from './api.ts';

export function PolicyStateTag({ state }: { state: PolicyState }) {
  const { t } = useTranslation();
  return <Tag color={stateColors[state]}>{t(`policy.states.${state}`)}</Tag>;
}

/** The guide's status, its deadline in the tooltip: the 7-working-day rule, flagged before and after it passes. */
export function GuideStatusTag({ status, dueAt }: { status: GuideStatus; dueAt: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('policy.list.guideDue', { at: formatDateTime(dueAt) })}>
      <Tag color={guideColors[status]}>{t(`policy.guideStatuses.${status}`)}</Tag>
    </Tooltip>
  );
}
