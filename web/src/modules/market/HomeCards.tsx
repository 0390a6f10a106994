import { Card, Empty, List, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../app/auth.tsx';
import { useDemands, useListings, useReviewQueue } from './api.ts';
import { StateTag } from './display.tsx';
import { ReviewQueueList } from './ReviewQueuePage.tsx';

/** The operator's queue on the home page: how many wait, and the longest waiting. */
export function ReviewQueueCard() {
  const { t } = useTranslation();
  const { data } = useReviewQueue();
  return (
    <Card title={t('market.home.queueTitle')} extra={<Link to="/market/review">{t('market.home.all')}</Link>}>
      <Statistic title={t('market.home.queueCount')} value={data?.total ?? '—'} />
      <ReviewQueueList limit={5} />
    </Card>
  );
}

const recent = { page: 1, pageSize: 5 };

/** An owner's listings and demands with their states, the latest change first. */
export function MyMarketCard() {
  const { t } = useTranslation();
  const me = useMe();
  const ownerId = me.enterpriseId ?? undefined;
  const listings = useListings({ ...recent, ownerId }, { enabled: Boolean(ownerId) });
  const demands = useDemands({ ...recent, ownerId }, { enabled: Boolean(ownerId) });
  // Reviewers without an organisation own nothing; their card is the queue.
  if (!ownerId) return null;
  const rows = [
    ...(listings.data?.items ?? []).map((record) => ({ path: `/market/listings/${record.id}`, record })),
    ...(demands.data?.items ?? []).map((record) => ({ path: `/market/demands/${record.id}`, record })),
  ].sort((a, b) => b.record.updatedAt.localeCompare(a.record.updatedAt));
  return (
    <Card title={t('market.home.mineTitle')} extra={<Link to="/market/mine">{t('market.home.all')}</Link>}>
      <List
        loading={listings.isPending || demands.isPending}
        dataSource={rows.slice(0, 6)}
        locale={{ emptyText: <Empty description={t('market.home.mineEmpty')} /> }}
        renderItem={({ path, record }) => (
          <List.Item key={path} extra={record.state === 'draft' && record.rejectionReason ? <Tag color="red">{t('market.home.sentBack')}</Tag> : <StateTag state={record.state} />}>
            <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
              <Link to={path}>{record.title}</Link>
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
