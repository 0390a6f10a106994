import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/connection.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { conflict, notFound } from '../http/errors.ts';
import { normalizeKey } from '../text/normalize.ts';
import { teams, type Team } from './schema.ts';

export interface TeamChanges {
  name?: string;
  location?: string | null;
  description?: string | null;
  /** Archive (true) or bring back (false). */
  archived?: boolean;
}

/** Creates a team (no id) or changes one; a name another team has, in either script, answers 409 team.nameTaken. */
export async function saveTeam(db: DbOrTx, actor: Actor, id: string | null, changes: TeamChanges): Promise<Team> {
  const { archived, ...fields } = changes;
  const values = {
    ...fields,
    ...(fields.name !== undefined ? { nameKey: normalizeKey(fields.name) } : {}),
    ...(archived !== undefined ? { archivedAt: archived ? new Date() : null } : {}),
  };
  try {
    return await db.transaction(async (tx) => {
      if (id === null) {
        const [created] = await tx
          .insert(teams)
          .values({ ...values, name: fields.name!, nameKey: normalizeKey(fields.name!) })
          .returning();
        await recordAudit(tx, actor, { entityType: 'team', entityId: created!.id, action: 'create', after: created });
        return created!;
      }
      const [before] = await tx.select().from(teams).where(eq(teams.id, id)).for('update');
      if (!before) throw notFound();
      // Archiving twice keeps the first date.
      if (archived && before.archivedAt) delete values.archivedAt;
      const [after] = await tx.update(teams).set({ ...values, updatedAt: new Date() }).where(eq(teams.id, id)).returning();
      await recordAudit(tx, actor, { entityType: 'team', entityId: id, action: 'update', before, after });
      return after!;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'teams_name_key_unique')) throw conflict('team.nameTaken');
    throw error;
  }
}
