import { and, count, eq, lt, lte } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { idleCutoffs, type IdleRule } from './lead-idle.ts';
import { leads } from './schema.ts';

/** An officer's home cards: their open leads due a follow-up today or overdue, and those soon back in the pool. */
export async function readLeadHome(db: DbOrTx, userId: string, rule: IdleRule, now: Date = new Date()): Promise<{ dueFollowUps: number; returningSoon: number }> {
  const mine = and(eq(leads.ownerId, userId), eq(leads.status, 'open'));
  const [[due], [soon]] = await Promise.all([
    db.select({ n: count() }).from(leads).where(and(mine, lte(leads.nextFollowUpOn, chinaToday()))),
    db.select({ n: count() }).from(leads).where(and(mine, lt(leads.touchedAt, idleCutoffs(now, rule).warnBefore))),
  ]);
  return { dueFollowUps: due!.n, returningSoon: soon!.n };
}
