import { Card, Empty, List, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { StateTag } from './UnitDrawer.tsx';

/** A tenant's own leases: where each unit is, its state, term and days. */
export function TenanciesPage() {
  const { t } = useTranslation();
  const { data, error, isPending, refetch } = useQuery({ queryKey: ['sites', 'tenancies'], queryFn: ({ signal }) => api.GET('/api/sites/tenancies', { signal }) });
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title={t('sites.tenancies.title')} />
      <Card size="small">
        <List
          loading={isPending}
          dataSource={data}
          locale={{ emptyText: <Empty description={t('sites.tenancies.empty')} /> }}
          renderItem={(lease) => (
            <List.Item key={lease.id} style={{ paddingInline: 0 }}>
              <List.Item.Meta
                title={`${lease.siteName} · ${lease.buildingName} · ${lease.floorLabel} · ${lease.unitCode}`}
                description={
                  <Space size={[4, 4]} wrap>
                    <StateTag state={lease.state} />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {[
                        lease.termFrom && lease.termTo ? t('sites.lease.termShort', { from: lease.termFrom, to: lease.termTo }) : null,
                        lease.area !== null ? `${lease.area} m²` : null,
                        lease.openedOn ? t('sites.lease.openedShort', { day: lease.openedOn }) : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}
