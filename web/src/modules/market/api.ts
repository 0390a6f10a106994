import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api.ts';
import type { BodyOf, Operation, ResponseOf } from '../../api/types.ts';
import { mergeByWaiting, waitingSince } from './review-queue.ts';
import { MATURITY_LEVELS, TRANSACTION_MODES } from '../../../../src/modules/matching/types.ts';

export type MarketField = ResponseOf<'/api/market/fields', 'get'>[number];
export type ListingPage = ResponseOf<'/api/market/listings', 'get'>;
export type Listing = ResponseOf<'/api/market/listings/{id}', 'get'>;
export type ListingBody = BodyOf<'/api/market/listings', 'post'>;
export type DemandPage = ResponseOf<'/api/market/demands', 'get'>;
export type Demand = ResponseOf<'/api/market/demands/{id}', 'get'>;
export type DemandBody = BodyOf<'/api/market/demands', 'post'>;
export type MarketHistory = ResponseOf<'/api/market/listings/{id}/history', 'get'>;
export type MarketState = Listing['state'];
export type Maturity = NonNullable<Listing['maturity']>;
export type TransactionMode = Listing['modes'][number];
export type Patent = Listing['patents'][number];
export type DemandKind = Demand['kind'];
export type IpOwnership = NonNullable<Demand['ipOwnership']>;

/** A market record kind as the web names it: its API path and its pages' path. */
export type MarketKind = 'listing' | 'demand';

// Maturity and modes are the matching engine's own lists (plain constants, no server code comes with them); the
// market's other lists live beside its tables, so they are spelled out here and checked against the API's types.
export const maturityLevels: readonly Maturity[] = MATURITY_LEVELS;
export const transactionModes: readonly TransactionMode[] = TRANSACTION_MODES;
/** Maturity values are the Chinese words the market states them in; each has a label key in every language. */
export const maturityKeys = { 实验室: 'lab', 小试: 'bench', 中试: 'pilot', 量产: 'production' } as const satisfies Record<Maturity, string>;
export const modeKeys = { 转让: 'transfer', 许可: 'license', 作价入股: 'equity', 合作开发: 'coDevelopment', 技术服务: 'service' } as const satisfies Record<TransactionMode, string>;
export const marketStates = ['draft', 'submitted', 'published', 'withdrawn', 'expired'] as const satisfies readonly MarketState[];
export const patentTypes = ['invention', 'utility-model', 'design', 'software-copyright'] as const satisfies readonly Patent['type'][];
export const patentStatuses = ['pending', 'granted', 'expired', 'invalid'] as const satisfies readonly Patent['status'][];
export const ipOwnerships = ['demander', 'provider', 'shared', 'negotiable'] as const satisfies readonly IpOwnership[];
export const demandKinds = ['technology', 'capital'] as const satisfies readonly DemandKind[];

export const stateColors: Record<MarketState, string> = { draft: 'default', submitted: 'orange', published: 'green', withdrawn: 'default', expired: 'red' };

export type MarketSort = NonNullable<NonNullable<Operation<'/api/market/listings', 'get'>['parameters']['query']>['sort']>;
export const marketSorts = ['createdAt', 'updatedAt', 'submittedAt'] as const satisfies readonly MarketSort[];

/** A list's filters and order; the listings' and the demands' own filters are left out of the other's request. */
export interface MarketListParams {
  state?: MarketState;
  fieldId?: string;
  ownerId?: string;
  q?: string;
  kind?: DemandKind;
  /** Listings at this stage or later. */
  minMaturity?: Maturity;
  /** Listings at this readiness level or higher. */
  minTrl?: number;
  /** Demands a technology at this stage answers. */
  maturity?: Maturity;
  sort?: MarketSort;
  order?: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const marketKeys = {
  all: ['market'] as const,
  fields: (language: string, includeInactive: boolean) => ['market', 'fields', language, includeInactive] as const,
  list: (kind: MarketKind, params: MarketListParams, language: string) => ['market', kind, 'list', language, params] as const,
  one: (kind: MarketKind, id: string, language: string) => ['market', kind, 'one', language, id] as const,
  history: (kind: MarketKind, id: string) => ['market', kind, 'history', id] as const,
  queue: (language: string) => ['market', 'queue', language] as const,
};

/** The fields, named in the current language; deactivated ones too for the administrators' page and old records. */
export function useMarketFields(options: { includeInactive?: boolean } = {}) {
  const language = useTranslation().i18n.language;
  const includeInactive = options.includeInactive ?? false;
  return useQuery({
    queryKey: marketKeys.fields(language, includeInactive),
    queryFn: () => api.GET('/api/market/fields', { params: { query: includeInactive ? { includeInactive: 'true' } : {} } }),
  });
}

export function useListings(params: MarketListParams, options: { enabled?: boolean } = {}) {
  const language = useTranslation().i18n.language;
  const { kind: _kind, maturity: _maturity, ...query } = params;
  return useQuery({
    queryKey: marketKeys.list('listing', params, language),
    queryFn: ({ signal }) => api.GET('/api/market/listings', { params: { query }, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useDemands(params: MarketListParams, options: { enabled?: boolean } = {}) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: marketKeys.list('demand', params, language),
    queryFn: ({ signal }) => {
      const { minMaturity: _minMaturity, minTrl: _minTrl, ...query } = params;
      return api.GET('/api/market/demands', { params: { query }, signal });
    },
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useListing(id: string) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: marketKeys.one('listing', id, language),
    queryFn: ({ signal }) => api.GET('/api/market/listings/{id}', { params: { path: { id } }, signal }),
  });
}

export function useDemand(id: string) {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: marketKeys.one('demand', id, language),
    queryFn: ({ signal }) => api.GET('/api/market/demands/{id}', { params: { path: { id } }, signal }),
  });
}

export function useMarketHistory(kind: MarketKind, id: string) {
  return useQuery({
    queryKey: marketKeys.history(kind, id),
    queryFn: ({ signal }) =>
      kind === 'listing'
        ? api.GET('/api/market/listings/{id}/history', { params: { path: { id } }, signal })
        : api.GET('/api/market/demands/{id}/history', { params: { path: { id } }, signal }),
  });
}

/** Takes a workflow action; reject carries `{ reason }`. Answers the record as it now stands. */
export function takeAction(kind: MarketKind, id: string, action: string, evidence?: Record<string, unknown>) {
  const params = { path: { id, action } };
  return kind === 'listing'
    ? api.POST('/api/market/listings/{id}/actions/{action}', { params, body: evidence ?? null })
    : api.POST('/api/market/demands/{id}/actions/{action}', { params, body: evidence ?? null });
}

/** After a write: every market list, record, history and the queue load again. */
export function useRefreshMarket() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: marketKeys.all });
}

/** How many of each kind the review queue shows at most: the longest waiting. */
const queueSize = 100;

export type QueueItem = ({ kind: 'listing'; record: ListingPage['items'][number] } | { kind: 'demand'; record: DemandPage['items'][number] }) & { waitingSince: string };

/** The operator's queue: submitted listings and demands, the longest waiting first, with how many wait in all. */
export function useReviewQueue() {
  const language = useTranslation().i18n.language;
  return useQuery({
    queryKey: marketKeys.queue(language),
    queryFn: async ({ signal }) => {
      const query = { state: 'submitted' as const, sort: 'submittedAt' as const, order: 'asc' as const, page: 1, pageSize: queueSize };
      const [listings, demands] = await Promise.all([
        api.GET('/api/market/listings', { params: { query }, signal }),
        api.GET('/api/market/demands', { params: { query }, signal }),
      ]);
      const items = mergeByWaiting<QueueItem>(
        listings.items.map((record) => ({ kind: 'listing', record, waitingSince: waitingSince(record) })),
        demands.items.map((record) => ({ kind: 'demand', record, waitingSince: waitingSince(record) })),
      );
      return { items, total: listings.total + demands.total, truncated: listings.total > queueSize || demands.total > queueSize, shown: queueSize };
    },
  });
}
