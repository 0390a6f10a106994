import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { listingPolicy } from '../market/listing-policy.ts';
import type { MarketReader } from '../market/market-policy.ts';
import { listingForMatch } from '../market/to-match.ts';
import type { LiveMatchIndex } from './live-match-index.ts';
import { matchReader, presentDemandMatch } from './present-match.ts';

/**
 * The published demands, technology and capital, that a listing best answers, explained; for a listing the reader
 * may see (404 otherwise).
 */
export async function findDemandsForListing(db: DbOrTx, index: LiveMatchIndex, reader: MarketReader, locale: Locale, id: string, top: number) {
  await listingPolicy.findVisible(db, reader, id);
  const listing = (await listingForMatch(db, id))!;
  const matches = index.engine.demandsForListing(listing, { top, explain: true });
  const names = await matchReader(db, locale);
  return { items: matches.map((match) => presentDemandMatch(names, listing, match)) };
}
