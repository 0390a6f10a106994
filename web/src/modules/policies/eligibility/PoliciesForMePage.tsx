import { Empty, Flex, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorResult } from '../../../components/results.tsx';
import { useMyPolicyFit, type FitStatus } from './api.ts';
import { ItemFitView } from './ItemFitView.tsx';
import { MayConcernSection } from './MayConcernSection.tsx';

/**
 * "Policies for me" (政策计算器) for an organisation's users, phone width first: the items it fits, then those it may
 * fit once a missing fact is given, each condition explained; the others on demand.
 */
export function PoliciesForMePage() {
  const { t } = useTranslation();
  const { data, error, refetch, isPending } = useMyPolicyFit();
  const [status, setStatus] = useState<FitStatus | 'fitting'>('fitting');
  const items = (data?.items ?? []).filter((item) => (status === 'fitting' ? item.status !== 'ineligible' : item.status === status));
  const count = (of: FitStatus) => data?.items.filter((item) => item.status === of).length ?? 0;
  return (
    <>
      <PageHeader title={t('policyFit.forMeTitle')}>
        <Typography.Text type="secondary">{t('policyFit.forMeIntro')}</Typography.Text>
      </PageHeader>
      <Segmented
        block
        value={status}
        onChange={(value) => setStatus(value as FitStatus | 'fitting')}
        options={[
          { value: 'fitting', label: t('policyFit.tabs.fitting', { count: count('eligible') + count('possible') }) },
          { value: 'eligible', label: t('policyFit.tabs.eligible', { count: count('eligible') }) },
          { value: 'ineligible', label: t('policyFit.tabs.ineligible', { count: count('ineligible') }) },
        ]}
        style={{ marginBottom: 12 }}
      />
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : isPending ? null : items.length ? (
        <Flex vertical gap={12}>
          {items.map((item) => (
            <ItemFitView key={item.itemId} item={item} names={data.names} />
          ))}
        </Flex>
      ) : (
        <Empty description={t('policyFit.empty')} />
      )}
      <MayConcernSection />
    </>
  );
}
