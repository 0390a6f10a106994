import { desc, eq } from 'drizzle-orm';
import { users } from '../auth/schema.ts';
import type { DbOrTx } from '../db/connection.ts';
import { notFound } from '../http/errors.ts';
import { teamMemberships, teams } from './schema.ts';

/** One team with every membership it has had, the current and coming ones first, then the past by recency. */
export async function getTeam(db: DbOrTx, id: string, day: string) {
  const [team] = await db.select().from(teams).where(eq(teams.id, id));
  if (!team) throw notFound();
  const memberships = await db
    .select({
      id: teamMemberships.id,
      userId: teamMemberships.userId,
      username: users.username,
      displayName: users.displayName,
      role: teamMemberships.role,
      startsOn: teamMemberships.startsOn,
      endsOn: teamMemberships.endsOn,
    })
    .from(teamMemberships)
    .innerJoin(users, eq(users.id, teamMemberships.userId))
    .where(eq(teamMemberships.teamId, id))
    .orderBy(desc(teamMemberships.startsOn), users.displayName);
  const status = (m: { startsOn: string; endsOn: string | null }) =>
    m.startsOn > day ? ('coming' as const) : m.endsOn !== null && m.endsOn < day ? ('past' as const) : ('current' as const);
  const order = { current: 0, coming: 1, past: 2 };
  return {
    id: team.id,
    name: team.name,
    location: team.location,
    description: team.description,
    archived: team.archivedAt !== null,
    memberships: memberships.map((m) => ({ ...m, status: status(m) })).sort((a, b) => order[a.status] - order[b.status]),
  };
}
