import { and, arrayContains, asc, eq, inArray, isNull } from 'drizzle-orm';
import { users } from '../../../platform/auth/schema.ts';
import { chinaToday } from '../../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { invalidInput } from '../../../platform/http/errors.ts';
import { membershipsOn } from '../../../platform/teams/memberships-on.ts';
import { teams } from '../../../platform/teams/schema.ts';
import type { LeadOffer } from '../landing/offer-entries-as-leads.ts';
import type { LeadOfferInput, LeadOwners } from './results-schemas.ts';

/** Who may own the leads a round's entries become: the active officers, who work leads. */
const activeOfficers = and(arrayContains(users.roles, ['officer']), eq(users.disabled, false));

/** The open teams of the ids given, or every open team, by name. */
function openTeams(db: DbOrTx, ids?: readonly string[]) {
  return db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(and(isNull(teams.archivedAt), ids ? inArray(teams.id, [...ids]) : undefined))
    .orderBy(asc(teams.name));
}

/** The open teams a person belongs to today, by name: the first keeps their leads unless the organiser chooses. */
async function teamIdsOfToday(db: DbOrTx, userId: string): Promise<string[]> {
  const memberships = await membershipsOn(db, chinaToday(), { userIds: [userId] });
  return memberships.length ? (await openTeams(db, memberships.map((m) => m.teamId))).map((team) => team.id) : [];
}

/**
 * The officers the organiser may hand a closed round's leads to, by name, each with the teams they belong to today
 * (the first is the leads' team unless another is chosen), and the open teams that may keep the leads.
 */
export async function listLeadOwners(db: DbOrTx): Promise<LeadOwners> {
  const [officers, allTeams] = await Promise.all([db.select({ id: users.id, name: users.displayName }).from(users).where(activeOfficers).orderBy(asc(users.displayName)), openTeams(db)]);
  const memberships = await membershipsOn(db, chinaToday(), { userIds: officers.map((officer) => officer.id) });
  const open = new Set(allTeams.map((team) => team.id));
  return {
    items: officers.map((officer) => ({ ...officer, teamIds: memberships.filter((m) => m.userId === officer.id && open.has(m.teamId)).map((m) => m.teamId) })),
    teams: allTeams,
  };
}

/** 400 on `leadOwnerId` unless it names an active officer. */
async function checkLeadOwner(db: DbOrTx, ownerId: string) {
  const [officer] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, ownerId), activeOfficers));
  if (!officer) throw invalidInput([{ field: 'leadOwnerId', message: 'competition.results.ownerNotOfficer' }]);
}

/**
 * The organiser's choice of who receives a round's leads, checked: the owner an active officer (or nobody: the pool);
 * the team that keeps them, as the leads module's visibility follows it, an open team, one the owner belongs to today
 * when there is an owner; left out, the owner's first team today (none for the pool). 400 on the field otherwise.
 */
export async function resolveLeadOffer(db: DbOrTx, input: LeadOfferInput): Promise<LeadOffer> {
  if (input.leadOwnerId) await checkLeadOwner(db, input.leadOwnerId);
  const ownerTeamIds = input.leadOwnerId ? await teamIdsOfToday(db, input.leadOwnerId) : [];
  let teamId = input.leadTeamId === undefined ? (ownerTeamIds[0] ?? null) : input.leadTeamId;
  if (input.leadTeamId) {
    const [team] = await openTeams(db, [input.leadTeamId]);
    if (!team) throw invalidInput([{ field: 'leadTeamId', message: 'competition.results.teamUnknown' }]);
    if (input.leadOwnerId && !ownerTeamIds.includes(team.id)) throw invalidInput([{ field: 'leadTeamId', message: 'competition.results.teamNotOwners' }]);
    teamId = team.id;
  }
  return { ownerId: input.leadOwnerId, teamId, nextFollowUpOn: input.nextFollowUpOn };
}
