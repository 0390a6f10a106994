import { List, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../components/format.ts';
import { dealColors, type DealPage, type DealSummary } from './api.ts';

/** Deals as one column of rows, which fits a phone: the listing, the stage, the parties, the amount once signed. */
export function DealList({ page, loading, empty, onPage }: { page: DealPage | undefined; loading: boolean; empty: ReactNode; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <List<DealSummary>
      loading={loading}
      dataSource={page?.items}
      locale={{ emptyText: empty }}
      pagination={
        page && page.total > page.pageSize
          ? { current: page.page, pageSize: page.pageSize, total: page.total, onChange: onPage, size: 'small', showSizeChanger: false }
          : false
      }
      renderItem={(deal) => (
        <List.Item key={deal.id} onClick={() => void navigate(`/market/deals/${deal.id}`)} style={{ cursor: 'pointer', paddingInline: 8 }}>
          <List.Item.Meta
            title={
              <a href={`/market/deals/${deal.id}`} onClick={(event) => event.preventDefault()}>
                {deal.listing.title}
              </a>
            }
            description={
              <>
                <Tag color={dealColors[deal.state]}>{t(`marketDeals.stages.${deal.state}`)}</Tag>
                {deal.amountWan !== null && <Tag>{t('marketDeals.amount', { amount: deal.amountWan })}</Tag>}
                <Typography.Text type="secondary" style={{ fontSize: 12, overflowWrap: 'anywhere' }}>
                  {deal.seller.name} ⇄ {deal.buyer.name} · {formatDateTime(deal.updatedAt)}
                </Typography.Text>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}
