import { and, asc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { LinkRole } from './link-roles.ts';
import { keyEnterpriseLinks as links } from './schema.ts';

/** A person linked to an enterprise on a day. */
export interface CurrentLink {
  linkId: string;
  enterpriseId: string;
  userId: string;
  name: string;
  role: LinkRole;
  startsOn: string;
  endsOn: string | null;
}

/** The links in force on a China day: begun by then and not ended before it. */
export const linkInForceOn = (day: string): SQL => and(lte(links.startsOn, day), or(isNull(links.endsOn), gte(links.endsOn, day)))!;

/** Whether the enterprise is a key enterprise on the day (today by default): someone is linked to it then. */
export async function isKeyEnterprise(db: DbOrTx, enterpriseId: string, day: string = chinaToday()): Promise<boolean> {
  const [row] = await db
    .select({ id: links.id })
    .from(links)
    .where(and(eq(links.enterpriseId, enterpriseId), linkInForceOn(day)))
    .limit(1);
  return row !== undefined;
}

/**
 * The leaders and commissioners linked to each of the enterprises on the day (today by default), in one query
 * however many are asked: every id asked for is a key of the answer, an enterprise no one is linked to with none.
 * The leader comes first, then the commissioners by name.
 */
export async function currentLinksOf(db: DbOrTx, enterpriseIds: readonly string[], day: string = chinaToday()): Promise<Map<string, CurrentLink[]>> {
  const answer = new Map<string, CurrentLink[]>(enterpriseIds.map((id) => [id, []]));
  if (!enterpriseIds.length) return answer;
  const rows = await db
    .select({
      linkId: links.id,
      enterpriseId: links.enterpriseId,
      userId: links.userId,
      name: users.displayName,
      role: links.role,
      startsOn: links.startsOn,
      endsOn: links.endsOn,
    })
    .from(links)
    .innerJoin(users, eq(users.id, links.userId))
    .where(and(inArray(links.enterpriseId, [...new Set(enterpriseIds)]), linkInForceOn(day)))
    .orderBy(sql`${links.role} = 'leader' DESC`, asc(users.displayName), asc(links.id));
  for (const row of rows) answer.get(row.enterpriseId)!.push(row);
  return answer;
}

/** The enterprises the person is linked to on the day (today by default), with the role of each link. */
export async function enterprisesLinkedTo(db: DbOrTx, userId: string, day: string = chinaToday()): Promise<{ enterpriseId: string; role: LinkRole }[]> {
  return db
    .select({ enterpriseId: links.enterpriseId, role: links.role })
    .from(links)
    .where(and(eq(links.userId, userId), linkInForceOn(day)))
    .orderBy(asc(links.startsOn), asc(links.id));
}
