import { count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import { referenceData } from '../reference/reference-data.ts';
import { filterConditions } from './enterprise-filters.ts';
import type { EnterpriseScope } from './enterprise-scope.ts';
import { enterprises, enterpriseTags, tags } from './schema.ts';
import type { EnterpriseStats } from './schemas.ts';

/**
 * The register's totals for the home page in one answer: by region, by size class and by tag, over the live records
 * the caller may see. One scan of the register serves the first three (grouping sets); tags take a join.
 */
export async function countEnterprises(db: Db, scope: EnterpriseScope): Promise<EnterpriseStats> {
  const visible = filterConditions(await referenceData(db), scope, { sort: 'updatedAt' });
  const [groups, byTag] = await Promise.all([
    db
      .select({
        regionCode: enterprises.regionCode,
        sizeClass: enterprises.sizeClass,
        byRegion: sql<number>`GROUPING(${enterprises.regionCode})`.mapWith(Number),
        bySize: sql<number>`GROUPING(${enterprises.sizeClass})`.mapWith(Number),
        count: count(),
      })
      .from(enterprises)
      .where(visible)
      .groupBy(sql`GROUPING SETS ((${enterprises.regionCode}), (${enterprises.sizeClass}), ())`),
    db
      .select({ tagId: tags.id, count: sql<number>`count(${enterprises.id})`.mapWith(Number) })
      .from(tags)
      .leftJoin(enterpriseTags, eq(enterpriseTags.tagId, tags.id))
      .leftJoin(enterprises, sql`${enterprises.id} = ${enterpriseTags.enterpriseId} AND ${visible}`)
      .groupBy(tags.id)
      .orderBy(tags.name),
  ]);
  // GROUPING() is 0 for the column a row is grouped by, 1 for the others.
  return {
    total: groups.find((g) => g.byRegion === 1 && g.bySize === 1)?.count ?? 0,
    byRegion: groups.filter((g) => g.byRegion === 0).map((g) => ({ regionCode: g.regionCode, count: g.count })),
    bySizeClass: groups.filter((g) => g.bySize === 0).map((g) => ({ sizeClass: g.sizeClass, count: g.count })),
    byTag,
  };
}
