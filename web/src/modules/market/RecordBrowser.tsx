import { Card, Empty, Flex, Input, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../app/access.ts';
import { useMe } from '../../app/auth.tsx';
import { ErrorResult } from '../../components/results.tsx';
import { demandKinds, marketStates, maturityKeys, maturityLevels, useDemands, useListings, useMarketFields, type MarketKind, type MarketListParams, type MarketSort } from './api.ts';
import { filtersFromSearch, filtersToSearch, type MarketListFilters } from './list-params.ts';
import { RecordList } from './RecordList.tsx';

const pageSize = 20;

/** The orders offered, as `sort:order`; the first is the API's own. The submission's only where drafts are listed too. */
const orders = ['updatedAt:desc', 'updatedAt:asc', 'createdAt:desc', 'createdAt:asc'] as const;
const reviewOrders = ['submittedAt:asc', 'submittedAt:desc'] as const;
type OrderKey = (typeof orders)[number] | (typeof reviewOrders)[number];
type OrderLabel = OrderKey extends `${infer Sort}:${infer Order}` ? `${Sort}-${Order}` : never;
const trlLevels = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/**
 * Listings or demands with their filters, kept in the address. `published` is the market as everyone sees it;
 * `mine` is every state of the records of the user's organisation, or, for reviewers without one, of every
 * organisation.
 */
export function RecordBrowser({ kind, scope, emptyText }: { kind: MarketKind; scope: 'published' | 'mine'; emptyText: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const { data: fields } = useMarketFields({ includeInactive: true });
  const reviewer = can(me, `${kind}.review`);
  const orderOptions: readonly OrderKey[] = scope === 'mine' ? [...orders, ...reviewOrders] : orders;
  const asked = `${filters.sort ?? 'updatedAt'}:${filters.order ?? 'desc'}` as OrderKey;
  // An order the page does not offer (an address from elsewhere) is not applied: the list and the control agree.
  const orderKey = orderOptions.includes(asked) ? asked : 'updatedAt:desc';
  const [sort, order] = orderKey.split(':') as [MarketSort, 'asc' | 'desc'];
  const params: MarketListParams = {
    q: filters.q,
    fieldId: filters.fieldId,
    kind: kind === 'demand' ? filters.kind : undefined,
    minMaturity: kind === 'listing' ? filters.maturity : undefined,
    minTrl: kind === 'listing' ? filters.minTrl : undefined,
    maturity: kind === 'demand' ? filters.maturity : undefined,
    sort,
    order,
    state: scope === 'published' ? 'published' : filters.state,
    ownerId: scope === 'mine' ? (me.enterpriseId ?? undefined) : undefined,
    page: filters.page,
    pageSize,
  };
  const enabled = scope === 'published' || Boolean(me.enterpriseId) || reviewer;
  const listings = useListings(params, { enabled: enabled && kind === 'listing' });
  const demands = useDemands(params, { enabled: enabled && kind === 'demand' });
  const query = kind === 'listing' ? listings : demands;
  const change = (next: Partial<MarketListFilters>) => setSearch(filtersToSearch({ ...filters, page: 1, ...next }, search), { replace: true });
  const filtered = Boolean(filters.q || filters.fieldId || filters.kind || filters.maturity || filters.minTrl || (scope === 'mine' && filters.state));
  const stage = (maturity: keyof typeof maturityKeys) => t(`market.maturity.${maturityKeys[maturity]}`);

  if (!enabled) return <Empty description={t('market.mine.noOrganisation')} />;
  if (query.error) return <ErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  const listProps = {
    loading: query.isFetching && !query.data,
    showState: scope === 'mine',
    onPage: (page: number) => change({ page }),
    empty: <Empty description={filtered ? t('market.list.noMatches') : emptyText} />,
  };
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        <Input.Search
          key={filters.q ?? ''}
          allowClear
          defaultValue={filters.q}
          placeholder={t('market.list.search')}
          aria-label={t('market.list.search')}
          onSearch={(value) => change({ q: value.trim() || undefined })}
          style={{ flex: '1 1 240px', maxWidth: 420 }}
        />
        <Select
          allowClear
          value={filters.fieldId}
          onChange={(fieldId: string | undefined) => change({ fieldId })}
          placeholder={t('market.list.anyField')}
          aria-label={t('market.fields.field')}
          options={fields?.map((field) => ({ value: field.id, label: field.name }))}
          showSearch={{ optionFilterProp: 'label' }}
          style={{ flex: '0 1 180px', minWidth: 140 }}
        />
        {scope === 'mine' && (
          <Select
            allowClear
            value={filters.state}
            onChange={(state: MarketListFilters['state']) => change({ state })}
            placeholder={t('market.list.anyState')}
            aria-label={t('market.fields.state')}
            options={marketStates.map((state) => ({ value: state, label: t(`market.states.${state}`) }))}
            style={{ flex: '0 1 140px', minWidth: 120 }}
          />
        )}
        {kind === 'listing' ? (
          <>
            <Select
              allowClear
              value={filters.maturity}
              onChange={(maturity: MarketListFilters['maturity']) => change({ maturity })}
              placeholder={t('market.list.anyMaturity')}
              aria-label={t('market.list.minMaturity')}
              options={maturityLevels.map((value) => ({ value, label: t('market.list.atLeast', { stage: stage(value) }) }))}
              style={{ flex: '0 1 150px', minWidth: 130 }}
            />
            <Select
              allowClear
              value={filters.minTrl}
              onChange={(minTrl: number | undefined) => change({ minTrl })}
              placeholder={t('market.list.anyTrl')}
              aria-label={t('market.list.minTrlLabel')}
              options={trlLevels.map((level) => ({ value: level, label: t('market.list.minTrl', { level }) }))}
              style={{ flex: '0 1 150px', minWidth: 130 }}
            />
          </>
        ) : (
          <Select
            allowClear
            value={filters.maturity}
            onChange={(maturity: MarketListFilters['maturity']) => change({ maturity })}
            placeholder={t('market.list.anyMaturityNeeded')}
            aria-label={t('market.list.answersLabel')}
            title={t('market.list.answersHint')}
            options={maturityLevels.map((value) => ({ value, label: t('market.list.answers', { stage: stage(value) }) }))}
            style={{ flex: '0 1 170px', minWidth: 140 }}
          />
        )}
        <Select<OrderKey>
          value={orderKey}
          onChange={(value) => {
            const [sort, order] = value.split(':') as [MarketSort, 'asc' | 'desc'];
            change(value === 'updatedAt:desc' ? { sort: undefined, order: undefined } : { sort, order });
          }}
          aria-label={t('market.list.order')}
          options={orderOptions.map((value) => ({ value, label: t(`market.list.orders.${value.replace(':', '-') as OrderLabel}`) }))}
          style={{ flex: '0 1 150px', minWidth: 130 }}
        />
        {kind === 'demand' && (
          <Segmented
            value={filters.kind ?? 'all'}
            onChange={(value) => change({ kind: value === 'all' ? undefined : (value as MarketListFilters['kind']) })}
            options={[{ value: 'all', label: t('market.list.anyKind') }, ...demandKinds.map((value) => ({ value, label: t(`market.kinds.${value}`) }))]}
          />
        )}
      </Flex>
      <Card size="small">
        {kind === 'listing' ? <RecordList kind="listing" page={listings.data} {...listProps} /> : <RecordList kind="demand" page={demands.data} {...listProps} />}
      </Card>
    </Flex>
  );
}
