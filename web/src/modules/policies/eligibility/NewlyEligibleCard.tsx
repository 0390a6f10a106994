import { Card, Empty, List, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../app/api.ts';
import { formatDateTime } from '../../../components/format.ts';
import { ErrorResult } from '../../../components/results.tsx';
import { policyFitKeys } from './api.ts';

/**
 * A policy commissioner's home card: their enterprises that became eligible for an item in the last 30 days, to
 * call and help apply; an empty state for a commissioner with none (the home grid keeps the card's place).
 */
export function NewlyEligibleCard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery({
    queryKey: [...policyFitKeys.all, 'commissioner'],
    queryFn: ({ signal }) => api.GET('/api/policies/newly-eligible/mine', { signal }),
  });
  return (
    <Card title={t('policyFit.commissioner.title')} loading={!data && !error}>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : data?.items.length ? (
        <List
          size="small"
          dataSource={data.items}
          renderItem={(row) => (
            <List.Item key={`${row.itemId}:${row.enterpriseId}`} style={{ paddingInline: 0 }}>
              <Typography.Text style={{ overflowWrap: 'anywhere' }}>
                <Link to={`/enterprises/${row.enterpriseId}`} translate="no">
                  {row.enterpriseName}
                </Link>
                {' · '}
                <Link to={`/policies/${row.policyId}`}>{row.itemTitle}</Link>
                <Typography.Text type="secondary"> · {t('policyFit.commissioner.since', { day: formatDateTime(row.since) })}</Typography.Text>
              </Typography.Text>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policyFit.commissioner.none')} />
      )}
    </Card>
  );
}
