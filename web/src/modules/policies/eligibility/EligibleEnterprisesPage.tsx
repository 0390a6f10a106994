import { List, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader.tsx';
import { ErrorResult } from '../../../components/results.tsx';
import { useEligibleEnterprises } from './api.ts';

const pageSize = 20;

/** One item's eligible and possibly eligible enterprises over the whole register, by name, each opening its record. */
export function EligibleEnterprisesPage() {
  const { t } = useTranslation();
  const { itemId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const status = search.get('status') === 'possible' ? 'possible' : 'eligible';
  const page = Number(search.get('page') ?? 1) || 1;
  const { data, error, refetch, isFetching } = useEligibleEnterprises(itemId, status, page, pageSize);
  const show = (next: { status?: string; page?: number }) =>
    setSearch((current) => {
      const copy = new URLSearchParams(current);
      if (next.status) copy.set('status', next.status);
      copy.set('page', String(next.page ?? 1));
      return copy;
    });
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} recordInAddress />;
  return (
    <>
      <PageHeader title={data?.itemTitle ?? t('policyFit.eligibleTitle')}>
        {data && <Link to={`/policies/${data.policyId}`}>{data.policyTitle}</Link>}
      </PageHeader>
      <Typography.Paragraph type="secondary">{t('policyFit.eligibleIntro')}</Typography.Paragraph>
      <Tabs
        activeKey={status}
        onChange={(key) => show({ status: key })}
        items={(['eligible', 'possible'] as const).map((key) => ({ key, label: t(`policyFit.eligibleTabs.${key}`, { count: data?.counts[key] ?? 0 }) }))}
      />
      <List
        loading={isFetching}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t(`policyFit.eligibleEmpty.${status}`) }}
        pagination={{ current: page, pageSize, total: data?.total ?? 0, onChange: (next) => show({ page: next }), showSizeChanger: false, size: 'small' }}
        renderItem={(enterprise) => (
          <List.Item key={enterprise.id}>
            <Link to={`/enterprises/${enterprise.id}`} translate="no">
              {enterprise.name}
            </Link>
          </List.Item>
        )}
      />
    </>
  );
}
