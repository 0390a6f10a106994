import { and, asc, count, eq, isNull, lt, sql } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { enterprises } from '../enterprises/schema.ts';
import { enterpriseEventFollowUps as followUps, enterpriseEvents as events } from './schema.ts';

/** Open follow-ups shown on the card; the counts say how many more there are. */
const shown = 5;

/** The home card: the caller's open follow-ups (the most overdue first, a few), how many are open and how many overdue. */
export async function listMyFollowUps(db: DbOrTx, ownerId: string, today: string = chinaToday()) {
  const mine = and(eq(followUps.ownerId, ownerId), isNull(followUps.doneAt));
  const [items, [counts]] = await Promise.all([
    db
      .select({ id: followUps.id, eventId: followUps.eventId, eventTitle: events.title, enterpriseName: enterprises.name, description: followUps.description, dueOn: followUps.dueOn })
      .from(followUps)
      .innerJoin(events, eq(events.id, followUps.eventId))
      .leftJoin(enterprises, eq(enterprises.id, followUps.enterpriseId))
      .where(mine)
      .orderBy(asc(followUps.dueOn), asc(followUps.createdAt), asc(followUps.id))
      .limit(shown),
    db
      .select({ open: count(), overdue: sql<number>`count(*) FILTER (WHERE ${lt(followUps.dueOn, today)})`.mapWith(Number) })
      .from(followUps)
      .where(mine),
  ]);
  return { items: items.map((item) => ({ ...item, overdue: item.dueOn < today })), open: counts!.open, overdue: counts!.overdue };
}
