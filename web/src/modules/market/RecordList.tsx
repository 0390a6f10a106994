import { List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../components/format.ts';
import type { DemandPage, ListingPage } from './api.ts';
import { StateTag, useMarketLabels } from './display.tsx';

type Listing = ListingPage['items'][number];
type Demand = DemandPage['items'][number];

/** A listing's facts in one line of tags: field, maturity, price. */
function ListingFacts({ listing }: { listing: Listing }) {
  const labels = useMarketLabels();
  return (
    <>
      {listing.field && <Tag>{listing.field.name}</Tag>}
      {listing.maturity && <Tag color="blue">{labels.maturity(listing.maturity)}</Tag>}
      <Tag color="gold">{labels.price(listing.priceWan)}</Tag>
    </>
  );
}

function DemandFacts({ demand }: { demand: Demand }) {
  const { t } = useTranslation();
  const labels = useMarketLabels();
  return (
    <>
      <Tag color={demand.kind === 'capital' ? 'purple' : 'cyan'}>{t(`market.kinds.${demand.kind}`)}</Tag>
      {demand.fields.slice(0, 3).map((field) => (
        <Tag key={field.id}>{field.name}</Tag>
      ))}
      {demand.kind === 'technology' && demand.budgetWan !== null && <Tag color="gold">{labels.amount(demand.budgetWan)}</Tag>}
      {demand.kind === 'capital' && (demand.ticketMinWan !== null || demand.ticketMaxWan !== null) && (
        <Tag color="gold">{labels.ticket(demand.ticketMinWan, demand.ticketMaxWan)}</Tag>
      )}
    </>
  );
}

type Props = {
  loading: boolean;
  empty: ReactNode;
  /** Show each record's state (lists of one's own, and the reviewers' lists of every state). */
  showState: boolean;
  onPage: (page: number) => void;
} & ({ kind: 'listing'; page: ListingPage | undefined } | { kind: 'demand'; page: DemandPage | undefined });

/**
 * Listings or demands as one column of rows, which fits a phone as it fits a desk: title, state, the facts that
 * decide whether to read on, the summary's first lines, the owner.
 */
export function RecordList(props: Props) {
  const { t } = useTranslation();
  const { page, loading, empty, showState, onPage } = props;
  const items: (Listing | Demand)[] = page?.items ?? [];
  return (
    <List<Listing | Demand>
      loading={loading}
      dataSource={items}
      locale={{ emptyText: empty }}
      pagination={
        page && page.total > page.pageSize
          ? { current: page.page, pageSize: page.pageSize, total: page.total, onChange: onPage, size: 'small', showSizeChanger: false }
          : false
      }
      renderItem={(record) => (
        <List.Item key={record.id} style={{ paddingInline: 4 }}>
          <List.Item.Meta
            title={
              <span style={{ overflowWrap: 'anywhere' }}>
                <Link to={`/market/${props.kind}s/${record.id}`}>{record.title}</Link>
                {showState && (
                  <span style={{ marginInlineStart: 8 }}>
                    <StateTag state={record.state} />
                  </span>
                )}
              </span>
            }
            description={
              <>
                <div style={{ marginBottom: 4 }}>
                  {props.kind === 'listing' ? <ListingFacts listing={record as Listing} /> : <DemandFacts demand={record as Demand} />}
                </div>
                <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 4 }}>
                  {record.summary}
                </Typography.Paragraph>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {record.owner.name} ·{' '}
                  {record.state === 'published' && record.expiresAt
                    ? t('market.list.expires', { date: formatDate(record.expiresAt) })
                    : t('market.list.updated', { date: formatDate(record.updatedAt) })}
                </Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
