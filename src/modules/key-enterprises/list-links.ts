import { alias } from 'drizzle-orm/pg-core';
import { and, asc, countDistinct, desc, eq, ilike, sql } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import { enterprises } from '../enterprises/schema.ts';
import { currentLinksOf, linkInForceOn } from './key-enterprise-links.ts';
import { keyEnterpriseLinks as links } from './schema.ts';
import type { KeyEnterpriseListQuery } from './schemas.ts';

const person = alias(users, 'person');
const creator = alias(users, 'creator');
const ender = alias(users, 'ender');

/** Every link of an enterprise, past, current and planned, the latest start first; 404 for an unknown enterprise. */
export async function listEnterpriseLinks(db: DbOrTx, enterpriseId: string, today: string = chinaToday()) {
  const [enterprise] = await db.select({ id: enterprises.id }).from(enterprises).where(eq(enterprises.id, enterpriseId));
  if (!enterprise) throw notFound();
  const items = await db
    .select({
      id: links.id,
      enterpriseId: links.enterpriseId,
      userId: links.userId,
      name: person.displayName,
      role: links.role,
      startsOn: links.startsOn,
      endsOn: links.endsOn,
      note: links.note,
      current: sql<boolean>`${linkInForceOn(today)}`,
      createdByName: creator.displayName,
      createdAt: links.createdAt,
      endedByName: ender.displayName,
      endedAt: links.endedAt,
    })
    .from(links)
    .innerJoin(person, eq(person.id, links.userId))
    .leftJoin(creator, eq(creator.id, links.createdById))
    .leftJoin(ender, eq(ender.id, links.endedById))
    .where(eq(links.enterpriseId, enterpriseId))
    .orderBy(desc(links.startsOn), desc(links.createdAt));
  return { items };
}

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

