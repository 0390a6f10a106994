import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/results.tsx';
import { useMyListingFunnels, type ListingFunnelPage } from './api.ts';

type Item = ListingFunnelPage['items'][number];
const counts = ['views', 'matchedDemands', 'introductionRequests', 'accepted', 'signedDeals'] as const;

/** A listing's funnel on one wrapping line, which fits a phone. */
function FunnelLine({ funnel }: { funnel: Item['funnel'] }) {
  const { t } = useTranslation();
  return (
    <Space size={[12, 0]} wrap>
      {counts.map((step) => (
        <span key={step}>
          <Typography.Text type="secondary">{t(`marketDeals.funnel.${step}`)} </Typography.Text>
          <Typography.Text strong>{funnel[step]}</Typography.Text>
        </span>
      ))}
      {funnel.contractAmountWan > 0 && <Tag color="green">{t('marketDeals.amount', { amount: funnel.contractAmountWan })}</Tag>}
    </Space>
  );
}

/** An owner's home card: the organisation's listings, the latest changed first, each with what the market did for it. */
export function ListingFunnelsCard() {
  const { t } = useTranslation();
  const { data, isPending, error, refetch } = useMyListingFunnels({ page: 1, pageSize: 5 });
  return (
    <Card title={t('marketDeals.home.funnelsTitle')} extra={<Link to="/market/mine">{t('marketDeals.home.all')}</Link>}>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <List<Item>
          loading={isPending}
          dataSource={data?.items}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('marketDeals.home.noListings')} /> }}
          renderItem={({ listing, funnel }) => (
            <List.Item key={listing.id} style={{ paddingInline: 0 }}>
              <List.Item.Meta
                title={
                  <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                    <Link to={`/market/listings/${listing.id}`}>{listing.title}</Link> <Tag>{t(`market.states.${listing.state}`)}</Tag>
                  </Typography.Text>
                }
                description={<FunnelLine funnel={funnel} />}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
