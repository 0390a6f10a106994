import { and, eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { checkPrizeRanks } from './check-competition-input.ts';
import { findEditionToChange, findRoundOf, readEditionDetail } from './competition-records.ts';
import { competitionPrizes } from './schema.ts';
import type { EditionDetail, PrizeInput } from './schemas.ts';

/** Adds a prize to the edition or one of its rounds (prizeId null), or changes one; a round of another edition is 404. */
export async function savePrize(db: Db, actor: Actor, editionId: string, prizeId: string | null, input: PrizeInput, locale: Locale): Promise<EditionDetail> {
  const values = {
    roundId: input.roundId,
    name: input.name,
    rankFrom: input.rankFrom,
    rankTo: input.rankTo,
    amountWan: input.amountWan,
    description: input.description ?? null,
  };
  checkPrizeRanks(values);
  await db.transaction(async (tx) => {
    await findEditionToChange(tx, editionId);
    if (values.roundId) await findRoundOf(tx, editionId, values.roundId);
    const [before] = prizeId ? await tx.select().from(competitionPrizes).where(and(eq(competitionPrizes.id, prizeId), eq(competitionPrizes.editionId, editionId))) : [];
    if (prizeId && !before) throw notFound();
    if (before) {
      await tx.update(competitionPrizes).set(values).where(eq(competitionPrizes.id, before.id));
      const { createdAt: _createdAt, id: _id, editionId: _editionId, ...previous } = before;
      await recordAudit(tx, actor, { entityType: 'competitionPrize', entityId: before.id, action: 'update', before: previous, after: values });
    } else {
      const [created] = await tx.insert(competitionPrizes).values({ ...values, editionId }).returning();
      await recordAudit(tx, actor, { entityType: 'competitionPrize', entityId: created!.id, action: 'create', after: { ...values, editionId } });
    }
  });
  return readEditionDetail(db, editionId, true, locale);
}
