import { and, eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { AppError, notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { findEditionToChange, findRoundOf, readEditionDetail } from './competition-records.ts';
import { competitionPhases } from './schema.ts';
import type { EditionDetail } from './schemas.ts';

/** Removes a phase of a round still planned; once the round runs, entries are reviewed in its phases. */
export async function deletePhase(db: Db, actor: Actor, editionId: string, roundId: string, phaseId: string, locale: Locale): Promise<EditionDetail> {
  await db.transaction(async (tx) => {
    await findEditionToChange(tx, editionId);
    const round = await findRoundOf(tx, editionId, roundId);
    const [phase] = await tx.delete(competitionPhases).where(and(eq(competitionPhases.id, phaseId), eq(competitionPhases.roundId, roundId))).returning();
    if (!phase) throw notFound();
    if (round.state !== 'planned') throw new AppError(409, 'competition.phase.onlyPlannedDeleted');
    await recordAudit(tx, actor, { entityType: 'competitionPhase', entityId: phaseId, action: 'delete', before: { kind: phase.kind, roundId } });
  });
  return readEditionDetail(db, editionId, true, locale);
}
