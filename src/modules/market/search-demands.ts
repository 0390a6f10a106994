import { and, arrayContains, count, eq, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { MATURITY_LEVELS, type Maturity } from '../matching/types.ts';
import { demandPolicy } from './demand-policy.ts';
import { marketConditions, marketOrder, type MarketFilters, type MarketOrder } from './market-filters.ts';
import type { MarketReader } from './market-policy.ts';
import { demands, type DemandRow } from './schema.ts';

/**
 * A page of the demands the reader may see, in the order asked for (by default the newest change first); present
 * them with presentDemands. The owner of a technology at some stage filters by it: the technology demands that need
 * that stage or an earlier one (their needed maturity is the least they accept, as the matching reads it), and the
 * capital demands that invest in that stage. A demand stating neither is not known to fit and is left out.
 */
export async function searchDemands(
  db: DbOrTx,
  reader: MarketReader,
  query: MarketFilters & Partial<MarketOrder> & { fieldId?: string; kind?: DemandRow['kind']; maturity?: Maturity; page: number; pageSize: number },
): Promise<{ rows: DemandRow[]; total: number }> {
  const conditions = marketConditions(demands, demandPolicy, reader, query);
  if (query.fieldId) conditions.push(arrayContains(demands.fieldIds, [query.fieldId]));
  if (query.kind) conditions.push(eq(demands.kind, query.kind));
  if (query.maturity) {
    const answered = MATURITY_LEVELS.slice(0, MATURITY_LEVELS.indexOf(query.maturity) + 1);
    conditions.push(
      or(
        and(eq(demands.kind, 'technology'), inArray(demands.maturityNeeded, answered)),
        and(eq(demands.kind, 'capital'), arrayContains(demands.stages, [query.maturity])),
      )!,
    );
  }
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(demands)
      .where(where)
      .orderBy(...marketOrder(demands, query))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(demands).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}
