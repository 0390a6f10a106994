import { asc, count, ilike } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { escapeLike } from '../../platform/db/escape-like.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { presentSites } from './site-records.ts';
import { sites } from './schema.ts';
import type { z } from 'zod';
import type { siteListQuery } from './schemas.ts';

/** A page of sites by name, each with its units and occupancy today; the first step of the location picker. */
export async function listSites(db: DbOrTx, query: z.output<typeof siteListQuery>, locale: Locale) {
  const where = query.q ? ilike(sites.nameKey, `%${escapeLike(normalizeKey(query.q))}%`) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(sites)
      .where(where)
      .orderBy(asc(sites.name), asc(sites.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(sites).where(where),
  ]);
  return { items: await presentSites(db, rows, locale, chinaToday()), total: total!.n, page: query.page, pageSize: query.pageSize };
}
