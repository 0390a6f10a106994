import { and, count, eq, isNull, lt, sql } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { enterprises } from '../enterprises/schema.ts';
import { visitNextSteps, visits } from './schema.ts';
import { visibleVisits, type VisitUser } from './visit-policy.ts';
import { selectSteps } from './visit-records.ts';

/** The home card: the user's open next steps (the most overdue first, a few), how many are open and how many overdue. */
export async function visitHome(db: DbOrTx, user: VisitUser, today: string = chinaToday()) {
  const mine = and(
    eq(visitNextSteps.ownerId, user.id),
    isNull(visitNextSteps.doneAt),
    sql`${visitNextSteps.visitId} IN (SELECT ${visits.id} FROM ${visits} WHERE ${visibleVisits(user)})`,
  );
  const [steps, [open], [overdue]] = await Promise.all([
    selectSteps(db, mine).limit(5),
    db.select({ n: count() }).from(visitNextSteps).where(mine),
    db
      .select({ n: count() })
      .from(visitNextSteps)
      .where(and(mine, lt(visitNextSteps.dueOn, today))),
  ]);
  const names = steps.length
    ? await db
        .select({ id: visits.id, enterpriseName: enterprises.name, visitedOn: visits.visitedOn })
        .from(visits)
        .innerJoin(enterprises, eq(enterprises.id, visits.enterpriseId))
        .where(sql`${visits.id} IN ${steps.map((s) => s.visitId)}`)
    : [];
  const byId = new Map(names.map((row) => [row.id, row]));
  return {
    steps: steps.map(({ createdAt: _createdAt, ...step }) => ({ ...step, enterpriseName: byId.get(step.visitId)!.enterpriseName, visitedOn: byId.get(step.visitId)!.visitedOn })),
    open: open!.n,
    overdue: overdue!.n,
  };
}
