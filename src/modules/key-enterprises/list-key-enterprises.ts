import { and, asc, countDistinct, eq, ilike, sql } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { enterprises } from '../enterprises/schema.ts';
import { currentLinksOf, linkInForceOn } from './key-enterprise-links.ts';
import { keyEnterpriseLinks as links } from './schema.ts';
import type { KeyEnterpriseListQuery } from './schemas.ts';

/** The key enterprises today, by name, with who is linked to each; filtered by a linked leader or commissioner. */
export async function listKeyEnterprises(db: DbOrTx, query: KeyEnterpriseListQuery, today: string = chinaToday()) {
  const linkedAs = (role: 'leader' | 'commissioner', userId: string) =>
    sql`EXISTS (SELECT 1 FROM ${links} AS l WHERE l.enterprise_id = ${enterprises.id} AND l.role = ${role} AND l.user_id = ${userId}
      AND l.starts_on <= ${today} AND (l.ends_on IS NULL OR l.ends_on >= ${today}))`;
  const where = and(
    linkInForceOn(today),
    query.leaderId ? linkedAs('leader', query.leaderId) : undefined,
    query.commissionerId ? linkedAs('commissioner', query.commissionerId) : undefined,
    query.q ? ilike(enterprises.name, `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .selectDistinct({ enterpriseId: enterprises.id, name: enterprises.name })
      .from(links)
      .innerJoin(enterprises, eq(enterprises.id, links.enterpriseId))
      .where(where)
      .orderBy(asc(enterprises.name), asc(enterprises.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: countDistinct(links.enterpriseId) }).from(links).innerJoin(enterprises, eq(enterprises.id, links.enterpriseId)).where(where),
  ]);
  const current = await currentLinksOf(db, rows.map((row) => row.enterpriseId), today);
  return {
    items: rows.map((row) => ({ ...row, links: current.get(row.enterpriseId) ?? [] })),
    total: total?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

