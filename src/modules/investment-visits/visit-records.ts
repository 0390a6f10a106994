import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/schema.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { teams } from '../../platform/teams/schema.ts';
import { enterprises } from '../enterprises/schema.ts';
import { concernTags, fieldTrips, visitConcerns, visitNextSteps, visitParticipants, visits, type ConcernTag } from './schema.ts';
import type { VisitSummary } from './schemas.ts';

const stepOwners = alias(users, 'step_owner');

/** Visits joined with the names they show. */
export function selectVisits(db: DbOrTx) {
  return db
    .select({
      id: visits.id,
      enterpriseId: visits.enterpriseId,
      enterpriseName: enterprises.name,
      leadId: visits.leadId,
      tripId: visits.tripId,
      tripName: fieldTrips.name,
      visitedOn: visits.visitedOn,
      place: visits.place,
      teamId: visits.teamId,
      teamName: teams.name,
      officerId: visits.officerId,
      officerName: visits.officerName,
      summary: visits.summary,
      createdAt: visits.createdAt,
    })
    .from(visits)
    .innerJoin(enterprises, eq(enterprises.id, visits.enterpriseId))
    .leftJoin(teams, eq(teams.id, visits.teamId))
    .leftJoin(fieldTrips, eq(fieldTrips.id, visits.tripId));
}

const tagOrder = (tag: ConcernTag) => concernTags.indexOf(tag);

/** The concerns of some visits, each visit's in the fixed order of the tags. */
export async function concernsOf(db: DbOrTx, visitIds: string[]): Promise<Map<string, { tag: ConcernTag; note: string | null }[]>> {
  const byVisit = new Map<string, { tag: ConcernTag; note: string | null }[]>();
  if (!visitIds.length) return byVisit;
  const rows = await db.select().from(visitConcerns).where(inArray(visitConcerns.visitId, visitIds));
  rows.sort((a, b) => tagOrder(a.tag) - tagOrder(b.tag));
  for (const row of rows) byVisit.set(row.visitId, [...(byVisit.get(row.visitId) ?? []), { tag: row.tag, note: row.note }]);
  return byVisit;
}

/** A page (or all) of the visits matching a condition, the latest first, with their concerns and open next steps. */
export async function readVisits(db: DbOrTx, where: SQL | undefined, page?: { limit: number; offset: number }): Promise<VisitSummary[]> {
  const query = selectVisits(db).where(where).orderBy(desc(visits.visitedOn), desc(visits.createdAt), desc(visits.id));
  const rows = page ? await query.limit(page.limit).offset(page.offset) : await query;
  const ids = rows.map((row) => row.id);
  const [concerns, open] = await Promise.all([
    concernsOf(db, ids),
    ids.length
      ? db
          .select({ visitId: visitNextSteps.visitId, n: sql<number>`count(*)::int` })
          .from(visitNextSteps)
          .where(and(inArray(visitNextSteps.visitId, ids), isNull(visitNextSteps.doneAt)))
          .groupBy(visitNextSteps.visitId)
      : [],
  ]);
  const openBy = new Map(open.map((row) => [row.visitId, row.n]));
  return rows.map((row) => ({ ...row, concerns: concerns.get(row.id) ?? [], openNextSteps: openBy.get(row.id) ?? 0 }));
}

export async function readParticipants(db: DbOrTx, visitId: string) {
  return db
    .select({ id: users.id, name: users.displayName })
    .from(visitParticipants)
    .innerJoin(users, eq(users.id, visitParticipants.userId))
    .where(eq(visitParticipants.visitId, visitId))
    .orderBy(asc(users.displayName));
}

/** Next steps with their owners' names: open ones by due date (undated last), then the done. */
export function selectSteps(db: DbOrTx, where: SQL | undefined) {
  return db
    .select({
      id: visitNextSteps.id,
      visitId: visitNextSteps.visitId,
      text: visitNextSteps.text,
      ownerId: visitNextSteps.ownerId,
      ownerName: stepOwners.displayName,
      dueOn: visitNextSteps.dueOn,
      doneAt: visitNextSteps.doneAt,
      createdAt: visitNextSteps.createdAt,
    })
    .from(visitNextSteps)
    .leftJoin(stepOwners, eq(stepOwners.id, visitNextSteps.ownerId))
    .where(where)
    .orderBy(sql`${visitNextSteps.doneAt} IS NOT NULL`, sql`${visitNextSteps.dueOn} ASC NULLS LAST`, asc(visitNextSteps.createdAt), asc(visitNextSteps.id));
}
