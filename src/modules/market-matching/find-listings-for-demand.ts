import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { demandPolicy } from '../market/demand-policy.ts';
import type { MarketReader } from '../market/market-policy.ts';
import { demandForMatch } from '../market/to-match.ts';
import type { Demand } from '../matching/types.ts';
import type { LiveMatchIndex } from './live-match-index.ts';
import { matchReader, presentListingMatch } from './present-match.ts';

/** The published listings that best answer a demand, explained; for a demand the reader may see (404 otherwise). */
export async function findListingsForDemand(db: DbOrTx, index: LiveMatchIndex, reader: MarketReader, locale: Locale, id: string, top: number) {
  await demandPolicy.findVisible(db, reader, id);
  const demand = (await demandForMatch(db, id))!;
  return listingsFor(db, index, locale, demand, top);
}

/** Listings for a demand, published or still being written (the preview). */
export async function listingsFor(db: DbOrTx, index: LiveMatchIndex, locale: Locale, demand: Demand, top: number) {
  const matches = index.engine.listingsForDemand(demand, { top, explain: true });
  const reader = await matchReader(db, locale);
  return { items: matches.map((match) => presentListingMatch(reader, demand, match)) };
}
