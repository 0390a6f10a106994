import { and, eq, gt, lte } from 'drizzle-orm';
import { users } from '../auth/schema.ts';
import type { PermissionGrants } from '../auth/permissions.ts';
import { usersHoldingPermission } from '../auth/users-holding-permission.ts';
import { chinaDayOf } from '../calendar/china-day.ts';
import type { DbOrTx } from '../db/connection.ts';
import { membershipsOn } from '../teams/memberships-on.ts';
import { teamShifts } from './schema.ts';

/** The team's lead on the China day of an instant (none, or one), unless their account is disabled. */
async function leadAt(db: DbOrTx, teamId: string, at: Date): Promise<string[]> {
  const leads = (await membershipsOn(db, chinaDayOf(at), { teamIds: [teamId], role: 'lead' })).map((membership) => membership.userId);
  if (leads.length === 0) return [];
  const [lead] = await db.select({ disabled: users.disabled }).from(users).where(eq(users.id, leads[0]!));
  return lead?.disabled ? [] : leads;
}

/** Whoever holds a shift at the instant; a disabled account answers nothing, so it is as if no one did. */
async function shiftHoldersAt(db: DbOrTx, teamId: string, at: Date): Promise<string[]> {
  const rows = await db
    .selectDistinct({ userId: teamShifts.userId })
    .from(teamShifts)
    .innerJoin(users, eq(users.id, teamShifts.userId))
    .where(and(eq(teamShifts.teamId, teamId), lte(teamShifts.startsAt, at), gt(teamShifts.endsAt, at), eq(users.disabled, false)));
  return rows.map((row) => row.userId);
}

/**
 * Who answers for the team at an instant: the people on shift then (a shift holds from its start, included, to
 * its end, excluded), or the team's lead when no one is, so that a request is never routed to nobody while the
 * team has a lead.
 */
export async function onShiftAt(db: DbOrTx, teamId: string, at: Date): Promise<string[]> {
  const onShift = await shiftHoldersAt(db, teamId, at);
  return onShift.length > 0 ? onShift : leadAt(db, teamId, at);
}

export type EscalationStep = 'onShift' | 'lead' | 'director';

/**
 * Whom a late request of the team is escalated to at an instant, step by step: those on shift (the lead when no
 * one is), then the team's lead, then the directors (holders of `roster.director`). A step naming no one, or
 * exactly the people of the step before, is left out, so that nobody is told twice for one escalation.
 */
export async function escalationChainAt(
  db: DbOrTx,
  teamId: string,
  at: Date,
  permissionTable: PermissionGrants,
): Promise<{ step: EscalationStep; userIds: string[] }[]> {
  // One after another: `db` may be a transaction, whose one connection runs one query at a time.
  const onShift = await onShiftAt(db, teamId, at);
  const lead = await leadAt(db, teamId, at);
  const directors = await usersHoldingPermission(db, permissionTable, 'roster.director');
  const steps = [
    { step: 'onShift' as const, userIds: onShift },
    { step: 'lead' as const, userIds: lead },
    { step: 'director' as const, userIds: directors.sort() },
  ];
  const sameAs = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));
  return steps.filter((step, index) => step.userIds.length > 0 && !(index > 0 && sameAs(step.userIds, steps[index - 1]!.userIds)));
}
