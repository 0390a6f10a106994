import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Permission, PermissionGrants } from '../../platform/auth/permissions.ts';
import { users } from '../../platform/auth/schema.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { AppError, invalidInput, notFound } from '../../platform/http/errors.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';
import { teamScopeConditionDuring } from '../../platform/teams/team-scope.ts';
import { staffCondition } from './list-staff.ts';
import { fieldTrips, visitNextSteps, visitParticipants, visits, type FieldTrip, type Visit } from './schema.ts';

/** A member of staff as the visit policy sees them. */
export interface VisitUser {
  id: string;
  permissions: readonly Permission[];
}

export const readsAllVisits = (user: VisitUser) => user.permissions.includes('visit.readAll');

/**
 * The visits a user sees, as one condition (it reads the teams itself, so a timeline source can use it): none
 * without visit.read; every undeleted one with visit.readAll; otherwise those of a team the user belonged to on
 * the visit's day (a field office's rotating staff see the visits of their months there), those they recorded,
 * took part in, or owe a next step of.
 */
export function visibleVisits(user: VisitUser): SQL {
  if (!user.permissions.includes('visit.read')) return sql`false`;
  const deleted = isNull(visits.deletedAt);
  if (readsAllVisits(user)) return deleted;
  const p = visitParticipants;
  const s = visitNextSteps;
  return and(
    deleted,
    or(
      teamScopeConditionDuring(user, false, { from: visits.visitedOn, to: visits.visitedOn }, { teamId: visits.teamId, ownerId: visits.officerId }),
      sql`EXISTS (SELECT 1 FROM ${p} WHERE ${p.visitId} = ${visits.id} AND ${p.userId} = ${user.id})`,
      sql`EXISTS (SELECT 1 FROM ${s} WHERE ${s.visitId} = ${visits.id} AND ${s.ownerId} = ${user.id})`,
    ),
  )!;
}

/** A visit the user sees, locked for the caller's transaction when asked; 404 exactly like a missing id otherwise. */
export async function findVisibleVisit(db: DbOrTx, user: VisitUser, id: string, options: { lock?: boolean } = {}): Promise<Visit> {
  const query = db.select().from(visits).where(and(eq(visits.id, id), visibleVisits(user)));
  const [visit] = options.lock ? await query.for('update') : await query;
  if (!visit) throw notFound();
  return visit;
}

/** Whether the user led the visit's team on the visit's day. */
async function ledTeamOnDay(db: DbOrTx, user: VisitUser, visit: Pick<Visit, 'teamId' | 'visitedOn'>): Promise<boolean> {
  if (!visit.teamId) return false;
  return (await membershipsOn(db, visit.visitedOn, { userIds: [user.id], teamIds: [visit.teamId], role: 'lead' })).length > 0;
}

/** Who may change a visit and add next steps: its recorder, its team's lead on its day, or an administrator (who records and reads all). */
export async function mayEditVisit(db: DbOrTx, user: VisitUser, visit: Pick<Visit, 'teamId' | 'visitedOn' | 'officerId'>): Promise<boolean> {
  if (!user.permissions.includes('visit.record')) return false;
  if (visit.officerId === user.id || readsAllVisits(user)) return true;
  return ledTeamOnDay(db, user, visit);
}

/** Only the recorder deletes a visit. */
export const mayDeleteVisit = (user: VisitUser, visit: Pick<Visit, 'officerId'>) => user.permissions.includes('visit.record') && visit.officerId === user.id;

export const mayNotEdit = () => new AppError(403, 'visit.mayNotEdit');

/** The field trips a user sees: every one with visit.readAll; otherwise their own and those of a team they belonged to during the trip. */
export function visibleTrips(user: VisitUser): SQL | undefined {
  if (!user.permissions.includes('visit.read')) return sql`false`;
  return teamScopeConditionDuring(user, readsAllVisits(user), { from: fieldTrips.startsOn, to: fieldTrips.endsOn }, { teamId: fieldTrips.teamId, ownerId: fieldTrips.createdById });
}

export async function findVisibleTrip(db: DbOrTx, user: VisitUser, id: string): Promise<FieldTrip> {
  const [trip] = await db.select().from(fieldTrips).where(and(eq(fieldTrips.id, id), visibleTrips(user)));
  if (!trip) throw notFound();
  return trip;
}

/**
 * Checks that every id names an enabled member of staff who reads visits (the roles the composed permission table
 * grants visit.read), and answers 400 on the field otherwise: a participant or a step's owner.
 */
export async function assertStaff(db: DbOrTx, table: PermissionGrants, ids: readonly string[], field: string): Promise<void> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return;
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, wanted), staffCondition(table)));
  if (found.length !== wanted.length) throw invalidInput([{ field, message: 'visit.userUnknown' }]);
}
