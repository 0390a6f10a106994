import { and, eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { findEditionToChange, readEditionDetail } from './competition-records.ts';
import { competitionPrizes } from './schema.ts';
import type { EditionDetail } from './schemas.ts';

/** Removes a prize of an edition not yet closed; a closed edition's prizes are what was awarded. */
export async function deletePrize(db: Db, actor: Actor, editionId: string, prizeId: string, locale: Locale): Promise<EditionDetail> {
  await db.transaction(async (tx) => {
    await findEditionToChange(tx, editionId);
    const [prize] = await tx.delete(competitionPrizes).where(and(eq(competitionPrizes.id, prizeId), eq(competitionPrizes.editionId, editionId))).returning();
    if (!prize) throw notFound();
    await recordAudit(tx, actor, { entityType: 'competitionPrize', entityId: prizeId, action: 'delete', before: { name: prize.name, roundId: prize.roundId, editionId } });
  });
  return readEditionDetail(db, editionId, true, locale);
}
