import { and, arrayContains, count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { demandPolicy } from './demand-policy.ts';
import { marketConditions, type MarketFilters } from './market-filters.ts';
import type { MarketReader } from './market-policy.ts';
import { demands, type DemandRow } from './schema.ts';

/** A page of the demands the reader may see, newest change first; present them with presentDemands. */
export async function searchDemands(
  db: DbOrTx,
  reader: MarketReader,
  query: MarketFilters & { fieldId?: string; kind?: DemandRow['kind']; page: number; pageSize: number },
): Promise<{ rows: DemandRow[]; total: number }> {
  const conditions = marketConditions(demands, demandPolicy, reader, query);
  if (query.fieldId) conditions.push(arrayContains(demands.fieldIds, [query.fieldId]));
  if (query.kind) conditions.push(eq(demands.kind, query.kind));
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(demands)
      .where(where)
      .orderBy(desc(demands.updatedAt), desc(demands.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(demands).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}
