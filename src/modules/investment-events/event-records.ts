import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import { teams } from '../../platform/teams/schema.ts';
import { promotionEvents } from './schema.ts';

/** Events with their organising team's name, as lists and the page show them. */
export function selectEvents(db: DbOrTx, where: SQL | undefined) {
  return db
    .select({
      id: promotionEvents.id,
      name: promotionEvents.name,
      kind: promotionEvents.kind,
      heldOn: promotionEvents.heldOn,
      city: promotionEvents.city,
      venue: promotionEvents.venue,
      organiser: promotionEvents.organiser,
      organiserTeamId: promotionEvents.organiserTeamId,
      organiserTeamName: teams.name,
      notes: promotionEvents.notes,
      createdAt: promotionEvents.createdAt,
      updatedAt: promotionEvents.updatedAt,
    })
    .from(promotionEvents)
    .leftJoin(teams, eq(teams.id, promotionEvents.organiserTeamId))
    .where(where);
}

/** The organising team must exist and not be archived: 400 on the field otherwise. */
export async function checkOrganiserTeam(db: DbOrTx, teamId: string | null | undefined): Promise<void> {
  if (!teamId) return;
  const [team] = await db.select({ id: teams.id }).from(teams).where(and(eq(teams.id, teamId), isNull(teams.archivedAt)));
  if (!team) throw invalidInput([{ field: 'organiserTeamId', message: 'event.teamUnknown' }]);
}
