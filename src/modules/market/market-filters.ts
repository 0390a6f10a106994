import { asc, desc, eq, like, sql, type SQL } from 'drizzle-orm';
import { normalizeKey } from '../../platform/text/normalize.ts';
import type { MarketPolicy, MarketReader } from './market-policy.ts';
import type { demands, listings, MarketState } from './schema.ts';
import type { marketSorts } from './schemas.ts';
import { escapeLike } from '../../platform/db/escape-like.ts';


export interface MarketFilters {
  state?: MarketState;
  ownerId?: string;
  q?: string;
}

export interface MarketOrder {
  sort: (typeof marketSorts)[number];
  order: 'asc' | 'desc';
}

/**
 * The conditions listings and demands are filtered by alike, the policy's first: a filter narrows what the reader
 * may see and never widens it. The text is matched as a search key, so 青島 finds 青岛.
 */
export function marketConditions(table: typeof listings | typeof demands, policy: MarketPolicy, reader: MarketReader, filters: MarketFilters): SQL[] {
  const conditions: (SQL | undefined)[] = [policy.visibleRows(reader)];
  if (filters.state) conditions.push(eq(table.state, filters.state));
  if (filters.ownerId) conditions.push(eq(table.ownerId, filters.ownerId));
  const q = filters.q ? normalizeKey(filters.q) : '';
  if (q) conditions.push(like(table.searchText, `%${escapeLike(q)}%`));
  return conditions.filter((condition): condition is SQL => condition !== undefined);
}

/**
 * The order of a market list: the chosen time either way, then the id the same way, so that the order is total and
 * paging neither repeats nor skips a record. Records never submitted have no submission time and come last in both
 * directions (PostgreSQL would put them first in a descending order). Unless told, the newest change first.
 */
export function marketOrder(table: typeof listings | typeof demands, { sort = 'updatedAt', order = 'desc' }: Partial<MarketOrder>): SQL[] {
  const direction = order === 'asc' ? asc : desc;
  const time = sort === 'submittedAt' ? sql`${table.submittedAt} ${sql.raw(order)} NULLS LAST` : direction(table[sort]);
  return [time, direction(table.id)];
}
