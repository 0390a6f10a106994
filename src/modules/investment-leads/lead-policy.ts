import { and, eq, type SQL } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';
import { teamScopeAllows, teamScopeCondition, teamScopeOf, type TeamScope } from '../../platform/teams/team-scope.ts';
import { leads, type Lead } from './schema.ts';

/** A member of staff as the lead policy sees them. */
export interface LeadUser {
  id: string;
  permissions: readonly Permission[];
}

/**
 * The leads a user sees on a China day (today by default): every one with lead.readAll; otherwise those of the
 * teams they belong to that day, their own, and the pool (no owner).
 */
export function leadScopeOf(db: DbOrTx, user: LeadUser, day: string = chinaToday()): Promise<TeamScope> {
  return teamScopeOf(db, user, user.permissions.includes('lead.readAll'), day);
}

/** The condition on leads that keeps the rows in the scope; undefined when all are. */
export function visibleLeads(scope: TeamScope): SQL | undefined {
  return teamScopeCondition(scope, { teamId: leads.teamId, ownerId: leads.ownerId, pool: true });
}

export const leadVisibleTo = (scope: TeamScope, lead: Pick<Lead, 'teamId' | 'ownerId'>) => teamScopeAllows(scope, lead, { pool: true });

/** A lead the scope sees, locked for the caller's transaction when asked; 404 exactly like a missing id otherwise. */
export async function findVisibleLead(db: DbOrTx, scope: TeamScope, id: string, options: { lock?: boolean } = {}): Promise<Lead> {
  const query = db.select().from(leads).where(and(eq(leads.id, id), visibleLeads(scope)));
  const [lead] = options.lock ? await query.for('update') : await query;
  if (!lead) throw notFound();
  return lead;
}

/**
 * Whether the user works this lead (follows it up, edits, releases, converts, drops): an officer whose own it is or
 * whose team keeps it, or an administrator. A lead in the pool is claimed first.
 */
export function mayWork(user: LeadUser, scope: TeamScope, lead: Pick<Lead, 'teamId' | 'ownerId'>): boolean {
  if (!user.permissions.includes('lead.work')) return false;
  if (scope.all) return true;
  if (lead.ownerId === user.id) return true;
  return lead.ownerId !== null && lead.teamId !== null && scope.teamIds.includes(lead.teamId);
}

/** The teams the user leads on the day: a team's lead assigns that team's leads, and pool leads to its members. */
export async function teamsLedBy(db: DbOrTx, userId: string, day: string): Promise<string[]> {
  return (await membershipsOn(db, day, { userIds: [userId], role: 'lead' })).map((m) => m.teamId);
}

/**
 * Whether the user may hand the lead to someone: holders of lead.assign any lead to any officer; a team's lead (on
 * the day) a lead of that team or of the pool, to a member of a team they lead. 403 otherwise.
 */
export async function assertMayAssign(db: DbOrTx, user: LeadUser, lead: Pick<Lead, 'teamId' | 'ownerId'>, assigneeId: string, day: string): Promise<void> {
  if (user.permissions.includes('lead.assign')) return;
  const led = await teamsLedBy(db, user.id, day);
  const leadInReach = lead.ownerId === null || (lead.teamId !== null && led.includes(lead.teamId));
  if (led.length && leadInReach) {
    const assigneeTeams = await membershipsOn(db, day, { userIds: [assigneeId], teamIds: led });
    if (assigneeTeams.length) return;
  }
  throw new AppError(403, 'lead.mayNotAssign');
}

/**
 * The lead as it is now, locked until the caller's transaction ends; found visible before, by `findVisibleLead`, so
 * that the loser of two simultaneous claims learns the lead was taken (409) rather than that it vanished.
 */
export async function lockLead(db: DbOrTx, id: string): Promise<Lead> {
  const [lead] = await db.select().from(leads).where(eq(leads.id, id)).for('update');
  if (!lead) throw notFound();
  return lead;
}

/** Visible leads that the user may not work on answer 403, with a reason they can read. */
export const mayNotWork = () => new AppError(403, 'lead.mayNotWork');
