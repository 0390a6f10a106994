import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { AppError } from '../../platform/http/errors.ts';
import { findEdition } from './competition-records.ts';
import { competitionEditions } from './schema.ts';

/** Deletes a draft edition with its parts; one that was opened is the record of what entrants were offered. */
export async function deleteEdition(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const edition = await findEdition(tx, id, { lock: true });
    if (edition.state !== 'draft') throw new AppError(409, 'competition.edition.onlyDraftsDeleted');
    await tx.delete(competitionEditions).where(eq(competitionEditions.id, id));
    await recordAudit(tx, actor, { entityType: 'competitionEdition', entityId: id, action: 'delete', before: { name: edition.name, year: edition.year } });
  });
}
