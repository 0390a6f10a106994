import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatWan, type Application } from './api.ts';

/** The enterprise as the master record had it when applying: what the reviewers judge. */
export function Snapshot({ snapshot, suggestedAmountWan }: { snapshot: Application['snapshot']; suggestedAmountWan: number | null }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={1}>
      <Descriptions.Item label={t('policyApplications.fields.enterprise')}>{snapshot.name}</Descriptions.Item>
      <Descriptions.Item label={t('policyApplications.fields.creditCode')}>{snapshot.creditCode ?? t('policyApplications.unknown')}</Descriptions.Item>
      <Descriptions.Item label={t('policyApplications.fields.industry')}>{snapshot.industryCode ?? t('policyApplications.unknown')}</Descriptions.Item>
      <Descriptions.Item label={t('policyApplications.fields.region')}>{snapshot.regionCode ?? t('policyApplications.unknown')}</Descriptions.Item>
      {snapshot.figures.map((figure) => (
        <Descriptions.Item key={`${figure.indicator}-${figure.year}`} label={t('policyApplications.figure', { year: figure.year, indicator: t(`policyApplications.indicators.${figure.indicator}`) })}>
          {figure.value === null ? t('policyApplications.figureMissing') : figure.value.toLocaleString('zh-CN')}
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t('policyApplications.fields.suggestedAmount')}>
        {suggestedAmountWan === null ? t('policyApplications.unknown') : t('policyApplications.wan', { amount: formatWan(suggestedAmountWan) })}
      </Descriptions.Item>
    </Descriptions>
  );
}
