import { asc, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { users } from '../auth/schema.ts';
import { membershipsOn } from './memberships-on.ts';
import { teams } from './schema.ts';

/** Every team with its lead and its number of members on the day (Beijing), archived ones only when asked. */
export async function listTeams(db: DbOrTx, query: { day: string; includeArchived: boolean }) {
  const rows = await db
    .select()
    .from(teams)
    .where(query.includeArchived ? undefined : isNull(teams.archivedAt))
    .orderBy(asc(teams.name));
  const members = await membershipsOn(db, query.day, { teamIds: rows.map((team) => team.id) });
  const leadIds = members.filter((m) => m.role === 'lead').map((m) => m.userId);
  const leadNames = new Map(
    leadIds.length ? (await db.select({ id: users.id, displayName: users.displayName }).from(users).where(inArray(users.id, leadIds))).map((u) => [u.id, u.displayName]) : [],
  );
  return rows.map((team) => {
    const own = members.filter((m) => m.teamId === team.id);
    const lead = own.find((m) => m.role === 'lead');
    return {
      id: team.id,
      name: team.name,
      location: team.location,
      description: team.description,
      archived: team.archivedAt !== null,
      lead: lead ? { id: lead.userId, displayName: leadNames.get(lead.userId) ?? '' } : null,
      memberCount: own.length,
    };
  });
}
