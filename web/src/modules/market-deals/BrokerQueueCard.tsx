import { Card, Empty, List, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../components/format.ts';
import { ErrorResult } from '../../components/results.tsx';
import { dealColors, useBrokerQueue } from './api.ts';

interface Entry {
  key: string;
  path: string;
  title: string;
  tags: ReactNode;
  detail: string;
}

/** One part of the queue: its count, then the oldest entries, each a link to its page. */
function QueuePart({ title, count, entries, empty }: { title: string; count: number | undefined; entries: Entry[]; empty: string }) {
  return (
    <section style={{ marginBottom: 16 }}>
      <Statistic title={title} value={count ?? '—'} />
      <List<Entry>
        size="small"
        dataSource={entries}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
        renderItem={(entry) => (
          <List.Item key={entry.key} style={{ paddingInline: 0 }}>
            <List.Item.Meta
              title={
                <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
                  <Link to={entry.path}>{entry.title}</Link>
                </Typography.Text>
              }
              description={
                <>
                  {entry.tags}
                  <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                    {entry.detail}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </section>
  );
}

/**
 * The operator's brokering queue on the home page: introductions waiting for an owner's decision (to follow up),
 * registered deals waiting for the operator's confirmation of completion, and open deals where nothing moved and
 * nobody wrote for the configured number of days, the oldest first.
 */
export function BrokerQueueCard() {
  const { t } = useTranslation();
  const { data, error, refetch } = useBrokerQueue();
  return (
    <Card title={t('marketDeals.home.queueTitle')} extra={<Link to="/market/introductions">{t('marketDeals.home.all')}</Link>}>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : (
        <>
          <QueuePart
            title={t('marketDeals.home.waitingIntroductions')}
            count={data?.introductions.total}
            empty={t('marketDeals.home.noWaitingIntroductions')}
            entries={(data?.introductions.items ?? []).map((item) => ({
              key: item.id,
              path: `/market/introductions/${item.id}`,
              title: item.listing.title,
              tags: item.origin === 'proposal' ? <Tag>{t('marketDeals.proposal')}</Tag> : null,
              detail: t('marketDeals.home.askedBy', { party: item.party.name, date: formatDate(item.createdAt) }),
            }))}
          />
          <QueuePart
            title={t('marketDeals.home.awaitingCompletion')}
            count={data?.awaitingCompletion.total}
            empty={t('marketDeals.home.noAwaitingCompletion')}
            entries={(data?.awaitingCompletion.items ?? []).map((item) => ({
              key: item.id,
              path: `/market/deals/${item.id}`,
              title: item.listing.title,
              tags: <Tag color={dealColors.registered}>{t('marketDeals.stages.registered')}</Tag>,
              detail: t('marketDeals.home.registeredOn', { seller: item.seller, buyer: item.buyer, date: formatDate(item.registeredAt) }),
            }))}
          />
          <QueuePart
            title={t('marketDeals.home.stalledDeals', { days: data?.stalledDeals.stallDays ?? '…' })}
            count={data?.stalledDeals.total}
            empty={t('marketDeals.home.noStalledDeals')}
            entries={(data?.stalledDeals.items ?? []).map((item) => ({
              key: item.id,
              path: `/market/deals/${item.id}`,
              title: item.listing.title,
              tags: <Tag color={dealColors[item.state]}>{t(`marketDeals.stages.${item.state}`)}</Tag>,
              detail: t('marketDeals.home.quietSince', { seller: item.seller, buyer: item.buyer, date: formatDate(item.lastActivityAt) }),
            }))}
          />
        </>
      )}
    </Card>
  );
}
