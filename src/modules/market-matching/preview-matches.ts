import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { enterprises } from '../enterprises/schema.ts';
import type { MarketReader } from '../market/market-policy.ts';
import { marketFields } from '../market/schema.ts';
import { toMatchDemand } from '../market/to-match.ts';
import { regions } from '../reference/schema.ts';
import { listingsFor } from './find-listings-for-demand.ts';
import type { LiveMatchIndex } from './live-match-index.ts';
import type { MatchPreviewInput } from './schemas.ts';

/**
 * The best listings for a demand being written, read as the engine will read it once published: its first field,
 * and the region of the organisation the writer acts for. An unknown field id counts as none (the form checks it
 * on saving); a draft with no words yet matches nothing.
 */
export async function previewMatches(db: DbOrTx, index: LiveMatchIndex, reader: MarketReader, locale: Locale, draft: MatchPreviewInput) {
  if (!draft.title && !draft.summary && !draft.targets) return { items: [] };
  const [field] = draft.fieldIds.length
    ? await db.select({ name: marketFields.name }).from(marketFields).where(inArray(marketFields.id, draft.fieldIds.slice(0, 1)))
    : [];
  const [owner] = reader.enterpriseId
    ? await db
        .select({ region: regions.name })
        .from(enterprises)
        .leftJoin(regions, eq(regions.code, enterprises.regionCode))
        .where(eq(enterprises.id, reader.enterpriseId))
    : [];
  const demand = toMatchDemand({
    id: 'preview',
    kind: draft.kind,
    title: draft.title,
    summary: draft.summary,
    targets: draft.targets,
    budgetWan: draft.budgetWan,
    maturityNeeded: draft.maturityNeeded,
    stages: draft.stages,
    ticketMaxWan: draft.ticketMaxWan,
    modes: draft.modes,
    fieldName: field?.name ?? null,
    ownerRegion: owner?.region ?? null,
  });
  return listingsFor(db, index, locale, demand, draft.top);
}
