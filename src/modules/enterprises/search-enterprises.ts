import { count } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import { referenceData } from '../reference/reference-data.ts';
import { tagsOf } from './enterprise-records.ts';
import { filterConditions, sortOrder } from './enterprise-filters.ts';
import type { EnterpriseScope } from './enterprise-scope.ts';
import { enterprises } from './schema.ts';
import type { EnterpriseFilters } from './schemas.ts';

export async function searchEnterprises(
  db: Db,
  scope: EnterpriseScope,
  query: EnterpriseFilters & { page: number; pageSize: number },
) {
  const reference = await referenceData(db);
  const where = filterConditions(reference, scope, query);
  const [rows, [totals]] = await Promise.all([
    db
      .select()
      .from(enterprises)
      .where(where)
      .orderBy(...sortOrder(query))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(enterprises).where(where),
  ]);
  const tagLists = await tagsOf(db, rows.map((r) => r.id));
  const items = rows.map((row) => ({
    id: row.id,
    name: row.name,
    creditCode: row.creditCode,
    industryCode: row.industryCode,
    industryName: row.industryCode ? (reference.industries.get(row.industryCode)?.name ?? null) : null,
    regionCode: row.regionCode,
    regionName: row.regionCode ? reference.regionPath(row.regionCode).map((p) => p.name).join(' / ') : null,
    sizeClass: row.sizeClass,
    registeredCapitalWan: row.registeredCapitalWan,
    foundedOn: row.foundedOn,
    tags: tagLists.get(row.id) ?? [],
    updatedAt: row.updatedAt,
  }));
  return { items, total: totals?.total ?? 0, page: query.page, pageSize: query.pageSize };
}
