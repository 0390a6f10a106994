import { and, asc, eq, gte, isNull, lt, lte, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { addDays, daysOfIsoWeek } from '../calendar/iso-week.ts';
import type { DbOrTx } from '../db/connection.ts';
import { invalidInput } from '../http/errors.ts';
import { teamMemberships } from '../teams/schema.ts';
import { canPlan, findTeam, type RosterActor } from './roster-rules.ts';
import { shiftSwaps, teamShifts } from './schema.ts';

/** Midnight in Beijing at the start of a China day. */
const chinaMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

/**
 * A team's roster for one ISO week: its days, the people who belong to the team on any of them, the shifts that
 * start in the week (a night shift shown on the day it starts) with a swap waiting for an answer, and whether the
 * reader may plan it.
 */
export async function readRoster(db: DbOrTx, actor: RosterActor, teamId: string, week: string) {
  const days = daysOfIsoWeek(week);
  if (!days) throw invalidInput([{ field: 'week', message: 'roster.badWeek' }]);
  const team = await findTeam(db, teamId);
  const [first, last] = [days[0]!, days[6]!];

  const members = await db
    .selectDistinct({ userId: teamMemberships.userId, displayName: users.displayName, role: teamMemberships.role })
    .from(teamMemberships)
    .innerJoin(users, eq(users.id, teamMemberships.userId))
    .where(and(eq(teamMemberships.teamId, teamId), lte(teamMemberships.startsOn, last), or(isNull(teamMemberships.endsOn), gte(teamMemberships.endsOn, first))))
    .orderBy(asc(teamMemberships.role), asc(users.displayName));

  const asked = alias(users, 'asked');
  const shifts = await db
    .select({
      id: teamShifts.id,
      userId: teamShifts.userId,
      displayName: users.displayName,
      startsAt: teamShifts.startsAt,
      endsAt: teamShifts.endsAt,
      note: teamShifts.note,
      swapId: shiftSwaps.id,
      swapRequestedBy: shiftSwaps.requestedBy,
      swapAskedUserId: shiftSwaps.askedUserId,
      swapAskedName: asked.displayName,
      swapNote: shiftSwaps.note,
    })
    .from(teamShifts)
    .innerJoin(users, eq(users.id, teamShifts.userId))
    .leftJoin(shiftSwaps, and(eq(shiftSwaps.shiftId, teamShifts.id), eq(shiftSwaps.state, 'pending')))
    .leftJoin(asked, eq(asked.id, shiftSwaps.askedUserId))
    .where(and(eq(teamShifts.teamId, teamId), gte(teamShifts.startsAt, chinaMidnight(first)), lt(teamShifts.startsAt, chinaMidnight(addDays(last, 1)))))
    .orderBy(asc(teamShifts.startsAt), asc(users.displayName));

  return {
    team,
    week,
    days,
    canPlan: await canPlan(db, actor, teamId),
    // One row per person: someone who was a member and the lead in one week is listed once, as lead first.
    members: members.filter((member, index) => members.findIndex((other) => other.userId === member.userId) === index),
    shifts: shifts.map(({ swapId, swapRequestedBy, swapAskedUserId, swapAskedName, swapNote, ...shift }) => ({
      ...shift,
      swap: swapId ? { id: swapId, requestedBy: swapRequestedBy!, askedUserId: swapAskedUserId!, askedName: swapAskedName!, note: swapNote } : null,
    })),
  };
}
