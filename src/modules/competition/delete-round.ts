import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { findEditionToChange, findRoundOf, readEditionDetail } from './competition-records.ts';
import { competitionRounds } from './schema.ts';
import type { EditionDetail } from './schemas.ts';

/** Removes a round still planned, with its phases and prizes; one that has opened is the record of its entries. */
export async function deleteRound(db: Db, actor: Actor, editionId: string, roundId: string, locale: Locale): Promise<EditionDetail> {
  await db.transaction(async (tx) => {
    await findEditionToChange(tx, editionId);
    const round = await findRoundOf(tx, editionId, roundId);
    if (round.state !== 'planned') throw new AppError(409, 'competition.round.onlyPlannedDeleted');
    await tx.delete(competitionRounds).where(eq(competitionRounds.id, roundId));
    await recordAudit(tx, actor, { entityType: 'competitionRound', entityId: roundId, action: 'delete', before: { name: round.name, heldOn: round.heldOn, editionId } });
  });
  return readEditionDetail(db, editionId, true, locale);
}
