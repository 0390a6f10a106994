import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { checkRoundDay } from './check-competition-input.ts';
import { findEditionToChange, findRoundOf, readEditionDetail } from './competition-records.ts';
import { competitionRounds } from './schema.ts';
import type { EditionDetail, RoundInput } from './schemas.ts';

/** Adds a round to the edition (roundId null) or changes one of its rounds, held within the edition's dates. */
export async function saveRound(db: Db, actor: Actor, editionId: string, roundId: string | null, input: RoundInput, locale: Locale): Promise<EditionDetail> {
  const values = { name: input.name, kind: input.kind, city: input.city, venue: input.venue ?? null, heldOn: input.heldOn, capacity: input.capacity, state: input.state };
  await db.transaction(async (tx) => {
    const edition = await findEditionToChange(tx, editionId);
    const before = roundId ? await findRoundOf(tx, editionId, roundId) : null;
    checkRoundDay(edition, values.heldOn);
    if (before) {
      await tx.update(competitionRounds).set({ ...values, updatedAt: new Date() }).where(eq(competitionRounds.id, before.id));
      const { createdAt: _createdAt, updatedAt: _updatedAt, id: _id, ...previous } = before;
      await recordAudit(tx, actor, { entityType: 'competitionRound', entityId: before.id, action: 'update', before: previous, after: values });
    } else {
      const [created] = await tx.insert(competitionRounds).values({ ...values, editionId }).returning();
      await recordAudit(tx, actor, { entityType: 'competitionRound', entityId: created!.id, action: 'create', after: { ...values, editionId } });
    }
  });
  return readEditionDetail(db, editionId, true, locale);
}
