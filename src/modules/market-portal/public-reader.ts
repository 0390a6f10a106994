import type { MarketReader } from '../market/market-policy.ts';

/**
 * Someone not signed in, as the market's policies read a caller: no permissions and no organisation, so that
 * `visibleRows` gives exactly the published records and `findVisible` answers 404 for any other id, as for a
 * missing one.
 */
export const publicReader: MarketReader = { permissions: [], enterpriseId: null };
