import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { concernTags, visitNextSteps, visits } from './schema.ts';
import type { TripReport, VisitSummary } from './schemas.ts';
import { readTrip } from './trips.ts';
import { visibleVisits, type VisitUser } from './visit-policy.ts';
import { readVisits, selectSteps } from './visit-records.ts';

/** Every tag in the fixed order, with how many of the visits raised it and the notes they gave. */
export function tallyConcerns(list: readonly VisitSummary[]): TripReport['concerns'] {
  return concernTags.map((tag) => {
    const raised = list.flatMap((visit) => visit.concerns.filter((c) => c.tag === tag).map((c) => ({ visit, note: c.note })));
    return {
      tag,
      count: raised.length,
      notes: raised.filter((r) => r.note).map((r) => ({ visitId: r.visit.id, enterpriseName: r.visit.enterpriseName, note: r.note! })),
    };
  });
}

/**
 * A field trip's report for the user: its visits they see (the earliest first, as the trip went), the concerns
 * raised tallied by tag with their notes, and the next steps still open.
 */
export async function tripReport(db: DbOrTx, user: VisitUser, tripId: string): Promise<TripReport> {
  const trip = await readTrip(db, user, tripId);
  const list = (await readVisits(db, and(eq(visits.tripId, tripId), visibleVisits(user)))).reverse();
  const ids = list.map((visit) => visit.id);
  const byId = new Map(list.map((visit) => [visit.id, visit]));
  const steps = ids.length ? await selectSteps(db, and(inArray(visitNextSteps.visitId, ids), isNull(visitNextSteps.doneAt))) : [];
  return {
    trip,
    visits: list,
    concerns: tallyConcerns(list),
    openNextSteps: steps.map(({ createdAt: _createdAt, ...step }) => ({
      ...step,
      enterpriseName: byId.get(step.visitId)!.enterpriseName,
      visitedOn: byId.get(step.visitId)!.visitedOn,
    })),
  };
}
