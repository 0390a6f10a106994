import { desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import { enterprises } from '../enterprises/schema.ts';
import { linkInForceOn } from './key-enterprise-links.ts';
import { keyEnterpriseLinks as links } from './schema.ts';

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
