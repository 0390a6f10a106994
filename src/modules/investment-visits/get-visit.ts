import { and, asc, eq } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { projectScopeOf, visibleProjects } from '../investment-projects/project-policy.ts';
import { projects } from '../investment-projects/schema.ts';
import { visitNextSteps, visits } from './schema.ts';
import type { VisitDetail } from './schemas.ts';
import { findVisibleVisit, mayDeleteVisit, mayEditVisit, type VisitUser } from './visit-policy.ts';
import { readParticipants, readVisits, selectSteps } from './visit-records.ts';

/** The projects made from the visit that the user sees (none without project.read). */
async function readProjectsFrom(db: DbOrTx, user: VisitUser, visitId: string): Promise<VisitDetail['projects']> {
  if (!user.permissions.includes('project.read')) return [];
  const scope = await projectScopeOf(db, user, chinaToday());
  return db
    .select({ id: projects.id, name: projects.name, stage: projects.stage })
    .from(projects)
    .where(and(eq(projects.originVisitId, visitId), visibleProjects(scope)))
    .orderBy(asc(projects.createdAt), asc(projects.id));
}

/** One visit the user sees, with both sides, its next steps and what the user may do; 404 for any other id. */
export async function getVisit(db: DbOrTx, user: VisitUser, id: string): Promise<VisitDetail> {
  const visit = await findVisibleVisit(db, user, id);
  const [[summary], participants, steps, editable, madeProjects] = await Promise.all([
    readVisits(db, eq(visits.id, id)),
    readParticipants(db, id),
    selectSteps(db, eq(visitNextSteps.visitId, id)),
    mayEditVisit(db, user, visit),
    readProjectsFrom(db, user, id),
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
    projects: madeProjects,
  };
}
