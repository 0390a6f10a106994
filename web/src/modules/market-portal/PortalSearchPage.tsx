import { Card, Empty, Input, Pagination, Segmented, Select, Skeleton, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorResult } from '../../components/results.tsx';
import { formatDate } from '../../components/format.ts';
import { portalPageSize, usePortalDemands, usePortalFields, usePortalListings, type PortalKind, type PortalSearch, type PublicDemand } from './api.ts';
import { formatWan, valueLabel } from './labels.ts';
import { PortalFrame } from './PortalFrame.tsx';

/** The search as the address holds it, so that a result page can be shared and the back button returns to it. */
function useSearchInAddress(): [PortalSearch, (change: Partial<PortalSearch>) => void] {
  const [params, setParams] = useSearchParams();
  const kind = params.get('kind');
  const search: PortalSearch = {
    q: params.get('q') || undefined,
    fieldId: params.get('field') || undefined,
    kind: kind === 'technology' || kind === 'capital' ? kind : undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  const update = (change: Partial<PortalSearch>) => {
    // Any change but the page's own starts again from the first page.
    const next = { ...search, page: 1, ...change };
    const entries = { q: next.q, field: next.fieldId, kind: next.kind, page: next.page > 1 ? String(next.page) : undefined };
    setParams(Object.fromEntries(Object.entries(entries).filter((entry): entry is [string, string] => Boolean(entry[1]))));
  };
  return [search, update];
}

interface ResultCard {
  id: string;
  title: string;
  summary: string;
  meta: ReactNode;
}

function Results({ kind, query, cards }: { kind: PortalKind; query: { isPending: boolean; error: unknown; refetch: () => unknown; data?: { total: number } }; cards: ResultCard[] }) {
  const { t } = useTranslation();
  const [search, update] = useSearchInAddress();
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <Skeleton active />;
  if (cards.length === 0) return <Empty description={t('portal.empty')} />;
  return (
    <>
      <Typography.Text type="secondary">{t('portal.total', { count: query.data?.total ?? 0 })}</Typography.Text>
      <Space direction="vertical" size={12} style={{ width: '100%', marginTop: 8 }}>
        {cards.map((card) => (
          <Link key={card.id} to={`/portal/${kind}/${card.id}`} className="portal-card-link">
            <Card size="small" hoverable title={<span className="portal-card-title">{card.title}</span>}>
              <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ marginBottom: 8 }}>
                {card.summary}
              </Typography.Paragraph>
              {card.meta}
            </Card>
          </Link>
        ))}
      </Space>
      <Pagination
        style={{ marginTop: 16, textAlign: 'center' }}
        simple
        current={search.page}
        pageSize={portalPageSize}
        total={Math.min(query.data?.total ?? 0, portalPageSize * 100)}
        onChange={(page) => update({ page })}
      />
    </>
  );
}

function ListingResults({ search }: { search: PortalSearch }) {
  const { t } = useTranslation();
  const query = usePortalListings(search);
  const cards = (query.data?.items ?? []).map((listing) => ({
    id: listing.id,
    title: listing.title,
    summary: listing.summary,
    meta: (
      <Space size={[4, 4]} wrap>
        <Tag color="blue">{listing.owner.name}</Tag>
        {listing.field && <Tag>{listing.field.name}</Tag>}
        {listing.maturity && <Tag>{valueLabel('maturities', listing.maturity)}</Tag>}
        <Tag color="gold">{formatWan(t, listing.priceWan)}</Tag>
      </Space>
    ),
  }));
  return <Results kind="listings" query={query} cards={cards} />;
}

function DemandResults({ search }: { search: PortalSearch }) {
  const { t } = useTranslation();
  const query = usePortalDemands(search);
  const cards = (query.data?.items ?? []).map((demand: PublicDemand) => ({
    id: demand.id,
    title: demand.title,
    summary: demand.summary,
    meta: (
      <Space size={[4, 4]} wrap>
        <Tag color={demand.kind === 'capital' ? 'purple' : 'green'}>{t(`portal.kinds.${demand.kind}`)}</Tag>
        <Tag color="blue">{demand.owner.name}</Tag>
        {demand.fields.slice(0, 2).map((field) => (
          <Tag key={field.id}>{field.name}</Tag>
        ))}
        <Typography.Text type="secondary">{t('portal.published', { date: formatDate(demand.publishedAt) })}</Typography.Text>
      </Space>
    ),
  }));
  return <Results kind="demands" query={query} cards={cards} />;
}

/** The portal's front page: published listings or demands, searched in either script and filtered by field. */
function PortalSearchPage({ kind }: { kind: PortalKind }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, update] = useSearchInAddress();
  const fields = usePortalFields();
  return (
    <PortalFrame>
      <Typography.Paragraph type="secondary">{t('portal.tagline')}</Typography.Paragraph>
      <Segmented
        block
        value={kind}
        onChange={(value) => void navigate(value === 'listings' ? '/portal' : '/portal/demands')}
        options={[
          { value: 'listings', label: t('portal.listings') },
          { value: 'demands', label: t('portal.demands') },
        ]}
      />
      <Space direction="vertical" size={8} style={{ width: '100%', margin: '12px 0' }}>
        <Input.Search key={search.q ?? ''} defaultValue={search.q} placeholder={t('portal.search')} allowClear maxLength={100} enterButton onSearch={(value) => update({ q: value.trim() || undefined })} />
        <Space.Compact block>
          <Select
            style={{ width: '100%' }}
            value={search.fieldId ?? ''}
            loading={fields.isPending}
            onChange={(value: string) => update({ fieldId: value || undefined })}
            options={[{ value: '', label: t('portal.allFields') }, ...(fields.data ?? []).map((field) => ({ value: field.id, label: field.name }))]}
            showSearch
            optionFilterProp="label"
          />
          {kind === 'demands' && (
            <Select
              style={{ width: '100%' }}
              value={search.kind ?? ''}
              onChange={(value: string) => update({ kind: value === 'technology' || value === 'capital' ? value : undefined })}
              options={[
                { value: '', label: t('portal.allKinds') },
                { value: 'technology', label: t('portal.kinds.technology') },
                { value: 'capital', label: t('portal.kinds.capital') },
              ]}
            />
          )}
        </Space.Compact>
      </Space>
      {kind === 'listings' ? <ListingResults search={search} /> : <DemandResults search={search} />}
    </PortalFrame>
  );
}

export function PortalListingsPage() {
  return <PortalSearchPage kind="listings" />;
}

export function PortalDemandsPage() {
  return <PortalSearchPage kind="demands" />;
}
