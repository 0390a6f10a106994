import { Card, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../components/results.tsx';
import { useEnterprisePolicyFit } from './api.ts';
import { ItemFitView } from './ItemFitView.tsx';

/** On an enterprise's page, for staff: the items it fits or may fit, explained, so an officer can tell it what to give. */
export function PolicyFitCard({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useEnterprisePolicyFit(enterpriseId);
  const fitting = data?.items.filter((item) => item.status !== 'ineligible') ?? [];
  return (
    <Card title={t('policyFit.cardTitle')} loading={!data && !error}>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : fitting.length ? (
        <Flex vertical gap={12}>
          {fitting.map((item) => (
            <ItemFitView key={item.itemId} item={item} names={data!.names} />
          ))}
        </Flex>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('policyFit.cardEmpty')} />
      )}
    </Card>
  );
}
