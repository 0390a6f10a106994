import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { visitNextSteps, visits } from './schema.ts';
import type { VisitDetail } from './schemas.ts';
import { findVisibleVisit, mayDeleteVisit, mayEditVisit, type VisitUser } from './visit-policy.ts';
import { readParticipants, readVisits, selectSteps } from './visit-records.ts';

/** One visit the user sees, with both sides, its next steps and what the user may do; 404 for any other id. */
export async function getVisit(db: DbOrTx, user: VisitUser, id: string): Promise<VisitDetail> {
  const visit = await findVisibleVisit(db, user, id);
  const [[summary], participants, steps, editable] = await Promise.all([
    readVisits(db, eq(visits.id, id)),
    readParticipants(db, id),
    selectSteps(db, eq(visitNextSteps.visitId, id)),
    mayEditVisit(db, user, visit),
  ]);
  const records = user.permissions.includes('visit.record');
  return {
    ...summary!,
    participants,
    theirParticipants: visit.theirParticipants,
    presented: visit.presented,
    nextSteps: steps.map(({ visitId: _visitId, createdAt: _createdAt, ...step }) => ({ ...step, mayTick: editable || (records && step.ownerId === user.id) })),
    actions: [...(editable ? (['edit', 'addStep'] as const) : []), ...(mayDeleteVisit(user, visit) ? (['delete'] as const) : [])],
    updatedAt: visit.updatedAt,
  };
}
