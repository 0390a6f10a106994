import { Card, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '../../../components/results.tsx';
import { usePolicyTextMatches } from './api.ts';

const pageSize = 10;

/**
 * On a policy's page, for staff: the enterprises whose text matches a policy with no rule-based item, with the
 * shared words. Nothing for a policy its rules (or its being unpublished) decide.
 */
export function TextMatchesCard({ policyId }: { policyId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const { data, error, refetch, isFetching } = usePolicyTextMatches(policyId, page, pageSize);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (!data?.textMatched) return null;
  return (
    <Card size="small" title={t('policyFit.textMatchesTitle')}>
      <Typography.Paragraph type="secondary">{t('policyFit.textMatchesIntro')}</Typography.Paragraph>
      <List
        loading={isFetching}
        dataSource={data.items}
        locale={{ emptyText: t('policyFit.textMatchesEmpty') }}
        pagination={{ current: page, pageSize, total: data.total, onChange: setPage, showSizeChanger: false, size: 'small', hideOnSinglePage: true }}
        renderItem={(match) => (
          <List.Item key={match.enterpriseId}>
            <Flex vertical gap={4} style={{ minWidth: 0 }}>
              <Link to={`/enterprises/${match.enterpriseId}`} translate="no" style={{ overflowWrap: 'anywhere' }}>
                {match.enterpriseName}
              </Link>
              <Flex wrap gap={4} align="center">
                <Typography.Text type="secondary">{t('policyFit.sharedWords')}</Typography.Text>
                {match.terms.map((term) => (
                  <Tag key={term}>{term}</Tag>
                ))}
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
