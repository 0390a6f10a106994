import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/record-audit.ts';
import type { Permission, PermissionGrants } from '../../platform/auth/permissions.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import { membershipsOn } from '../../platform/teams/memberships-on.ts';
import { teams } from '../../platform/teams/schema.ts';
import { createEnterpriseWithin } from '../enterprises/create-enterprise.ts';
import { enterpriseExists } from '../enterprises/enterprise-exists.ts';
import type { createEnterpriseBody } from '../enterprises/schemas.ts';
import { leadScopeOf, visibleLeads } from '../investment-leads/lead-policy.ts';
import { leads } from '../investment-leads/schema.ts';
import type { z } from 'zod';
import { fieldTrips } from './schema.ts';
import type { NextStepInput, UpdateVisitInput } from './schemas.ts';
import { assertStaff, readsAllVisits, visibleTrips, type VisitUser } from './visit-policy.ts';

type Staff = VisitUser & Actor & { id: string; permissions: readonly Permission[] };

/** 400 on the field when a visit is dated after today (China). */
export function assertNotFuture(visitedOn: string | undefined): void {
  if (visitedOn && visitedOn > chinaToday()) throw invalidInput([{ field: 'visitedOn', message: 'visit.inFuture' }]);
}

/** Each concern tag and each participant at most once; 400 on the field otherwise. */
export function assertNoRepeats(input: Pick<UpdateVisitInput, 'concerns' | 'participantIds'>): void {
  const tags = input.concerns?.map((c) => c.tag) ?? [];
  if (new Set(tags).size !== tags.length) throw invalidInput([{ field: 'concerns', message: 'visit.concernTwice' }]);
  const people = input.participantIds ?? [];
  if (new Set(people).size !== people.length) throw invalidInput([{ field: 'participantIds', message: 'visit.participantTwice' }]);
}

/** An existing enterprise (not merged away), or a new one made by the register's own create in the caller's transaction. */
export async function resolveVisitEnterprise(
  tx: Tx,
  actor: Staff,
  input: { enterpriseId?: string; enterprise?: z.output<typeof createEnterpriseBody> },
): Promise<string> {
  if (input.enterprise) {
    return (await createEnterpriseWithin(tx, actor, input.enterprise)).id;
  }
  if (!(await enterpriseExists(tx, input.enterpriseId!))) throw invalidInput([{ field: 'enterpriseId', message: 'visit.enterpriseNotFound' }]);
  return input.enterpriseId!;
}

/**
 * The team that keeps the visit: the one given (an active team the recorder belonged to on the day, unless they read
 * every team's visits), or the recorder's first team on the day, or none.
 */
export async function resolveVisitTeam(tx: Tx, actor: Staff, teamId: string | null | undefined, day: string): Promise<string | null> {
  const mine = (await membershipsOn(tx, day, { userIds: [actor.id] })).map((m) => m.teamId);
  if (teamId === undefined) return mine[0] ?? null;
  if (teamId === null) return null;
  const [team] = await tx.select({ id: teams.id }).from(teams).where(and(eq(teams.id, teamId), isNull(teams.archivedAt)));
  if (!team) throw invalidInput([{ field: 'teamId', message: 'visit.teamUnknown' }]);
  if (!readsAllVisits(actor) && !mine.includes(team.id)) throw invalidInput([{ field: 'teamId', message: 'visit.teamNotYours' }]);
  return team.id;
}

/** A trip the recorder sees whose dates hold the visit's day; 400 on the field otherwise. */
export async function resolveVisitTrip(tx: Tx, actor: Staff, tripId: string | null | undefined, day: string): Promise<string | null | undefined> {
  if (!tripId) return tripId;
  const [trip] = await tx.select().from(fieldTrips).where(and(eq(fieldTrips.id, tripId), visibleTrips(actor)));
  if (!trip) throw invalidInput([{ field: 'tripId', message: 'visit.tripNotFound' }]);
  if (day < trip.startsOn || day > trip.endsOn) throw invalidInput([{ field: 'visitedOn', message: 'visit.outsideTrip' }]);
  return trip.id;
}

/** A lead of this enterprise that the recorder sees today (the leads' own rule); 400 on the field otherwise. */
export async function resolveVisitLead(tx: Tx, actor: Staff, leadId: string | null | undefined, enterpriseId: string): Promise<string | null | undefined> {
  if (!leadId) return leadId;
  const scope = actor.permissions.includes('lead.read') ? await leadScopeOf(tx, actor) : null;
  const [lead] = scope
    ? await tx
        .select({ id: leads.id })
        .from(leads)
        .where(and(eq(leads.id, leadId), eq(leads.enterpriseId, enterpriseId), visibleLeads(scope)))
    : [];
  if (!lead) throw invalidInput([{ field: 'leadId', message: 'visit.leadNotFound' }]);
  return lead.id;
}

/** The staff named by the input: participants and the owners of next steps. */
export async function assertVisitStaff(tx: Tx, table: PermissionGrants, participantIds: readonly string[] | undefined, steps: readonly NextStepInput[] = []) {
  await assertStaff(tx, table, participantIds ?? [], 'participantIds');
  for (const [index, step] of steps.entries()) if (step.ownerId) await assertStaff(tx, table, [step.ownerId], `nextSteps.${index}.ownerId`);
}
