import { and, eq } from 'drizzle-orm';
import { chinaDayOf, chinaToday } from '../calendar/china-day.ts';
import { isoWeekOf } from '../calendar/iso-week.ts';
import type { DbOrTx, Tx } from '../db/connection.ts';
import { isExclusionViolation } from '../db/unique-violation.ts';
import { AppError, invalidInput, notFound } from '../http/errors.ts';
import { announceChange } from '../live/announce-change.ts';
import { membershipsOn } from '../teams/memberships-on.ts';
import { teams } from '../teams/schema.ts';
import type { WorkflowActor } from '../workflow/workflow.ts';
import { teamShifts, type TeamShift } from './schema.ts';

/** Who acts on a roster: a signed-in member of staff with their permissions. */
export type RosterActor = Pick<WorkflowActor, 'id' | 'name' | 'permissions'>;

/** The live topic of rosters; its ids are teams'. */
export const rosterTopic = 'teams.roster';

/** Whether the actor leads the team today or holds `roster.plan`. */
export async function canPlan(db: DbOrTx, actor: RosterActor, teamId: string): Promise<boolean> {
  if (actor.permissions.includes('roster.plan')) return true;
  if (!actor.id) return false;
  return (await membershipsOn(db, chinaToday(), { teamIds: [teamId], userIds: [actor.id], role: 'lead' })).length > 0;
}

export async function findTeam(db: DbOrTx, teamId: string) {
  const [team] = await db.select({ id: teams.id, name: teams.name }).from(teams).where(eq(teams.id, teamId));
  if (!team) throw notFound();
  return team;
}

/** A shift of this team, locked for the rest of the transaction; a shift of another team answers 404 like none. */
export async function lockShift(tx: Tx, teamId: string, shiftId: string): Promise<TeamShift> {
  const [shift] = await tx
    .select()
    .from(teamShifts)
    .where(and(eq(teamShifts.id, shiftId), eq(teamShifts.teamId, teamId)))
    .for('update');
  if (!shift) throw notFound();
  return shift;
}

export interface ShiftTimes {
  startsAt: Date;
  endsAt: Date;
}

const dayMs = 86_400_000;

/** A shift ends after it starts and lasts at most a day (the table checks it too). */
export function checkShiftLength({ startsAt, endsAt }: ShiftTimes) {
  const length = endsAt.getTime() - startsAt.getTime();
  if (length <= 0 || length > dayMs) throw invalidInput([{ field: 'endsAt', message: 'roster.shiftLength' }]);
}

/** The person must belong to the team on the China day the shift starts and on the one it ends (past midnight). */
export async function checkShiftMember(db: DbOrTx, teamId: string, userId: string, { startsAt, endsAt }: ShiftTimes, field = 'userId') {
  const days = [...new Set([chinaDayOf(startsAt), chinaDayOf(new Date(endsAt.getTime() - 1))])];
  for (const day of days) {
    if ((await membershipsOn(db, day, { teamIds: [teamId], userIds: [userId] })).length === 0) {
      throw invalidInput([{ field, message: 'roster.notMember' }]);
    }
  }
}

/** Runs a write of shifts, turning the database's refusal of one person's overlapping shifts into a 409. */
export async function refusingOverlap<T>(write: () => Promise<T>, field = 'startsAt'): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isExclusionViolation(error, 'team_shifts_no_overlap')) {
      throw new AppError(409, 'roster.shiftOverlaps', { fields: [{ field, message: 'roster.shiftOverlaps' }] });
    }
    throw error;
  }
}

export async function requirePlanner(db: DbOrTx, actor: RosterActor, teamId: string) {
  if (!(await canPlan(db, actor, teamId))) throw new AppError(403, 'roster.notPlanner');
}

/** Every reader of the roster refetches the team's week. */
export const announceRosterChange = (tx: Tx, teamId: string) => announceChange(tx, { topic: rosterTopic, ids: [teamId], audience: { permission: 'team.read' } });

/** A Beijing date and time for notices: `2026-12-07 20:00`. */
export const beijingTime = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** Where a notice about a shift leads: its team's roster, at its week. */
export const rosterLink = (shift: Pick<TeamShift, 'teamId' | 'startsAt'>) => `/teams/${shift.teamId}/roster?week=${isoWeekOf(chinaDayOf(shift.startsAt))}`;
