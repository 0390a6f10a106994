import { Card, Empty, List, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../components/format.ts';
import { ErrorResult } from '../../components/results.tsx';
import { formatWan, usePolicyBenefits, type Payout } from './api.ts';

/** 政策兑现 on the enterprise's page: what it received under policies, in all and by year, and each payout. */
export function PolicyBenefitsCard({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, error, refetch } = usePolicyBenefits(enterpriseId, page);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  return (
    <Card size="small" title={t('policyApplications.benefits.title')}>
      {data.payouts.total === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policyApplications.benefits.empty')} />
      ) : (
        <>
          <Statistic title={t('policyApplications.benefits.total')} value={formatWan(data.totalWan)} suffix={t('policyApplications.wanUnit')} />
          <Typography.Paragraph type="secondary" style={{ marginBlock: 8 }}>
            {data.byYear.map((year) => t('policyApplications.benefits.year', { year: year.year, amount: formatWan(year.amountWan), count: year.count })).join(' · ')}
          </Typography.Paragraph>
          <List<Payout>
            size="small"
            dataSource={data.payouts.items}
            pagination={
              data.payouts.total > data.payouts.pageSize
                ? { current: page, pageSize: data.payouts.pageSize, total: data.payouts.total, onChange: setPage, size: 'small', showSizeChanger: false }
                : false
            }
            renderItem={(payout) => (
              <List.Item style={{ paddingInline: 0 }}>
                <List.Item.Meta
                  title={
                    payout.applicationId ? <Link to={`/policy-applications/${payout.applicationId}`}>{payout.itemTitle}</Link> : <span>{payout.itemTitle}</span>
                  }
                  description={
                    <>
                      <Tag color={payout.mode === 'automatic' ? 'green' : 'blue'}>{t(`policyApplications.modes.${payout.mode}`)}</Tag>
                      <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
                        {t('policyApplications.paidLine', { amount: formatWan(payout.amountWan), day: formatDate(payout.paidOn) })} · {payout.policyTitle}
                      </Typography.Text>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        </>
      )}
    </Card>
  );
}
