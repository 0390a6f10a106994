import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { checkEditionDates } from './check-competition-input.ts';
import { findEdition, readEditionDetail } from './competition-records.ts';
import { competitionEditions, competitionRounds } from './schema.ts';
import type { EditionDetail, EditionInput } from './schemas.ts';

/** Creates an edition (id null) or changes one; an edition once opened never returns to draft, as entrants saw it. */
export async function saveEdition(db: Db, actor: Actor, id: string | null, input: EditionInput, locale: Locale): Promise<EditionDetail> {
  const values = {
    name: input.name,
    year: input.year,
    state: input.state,
    startsOn: input.startsOn ?? null,
    endsOn: input.endsOn ?? null,
    description: input.description ?? null,
  };
  const savedId = await db.transaction(async (tx) => {
    if (id === null) {
      checkEditionDates(values, []);
      const [created] = await tx.insert(competitionEditions).values(values).returning();
      await recordAudit(tx, actor, { entityType: 'competitionEdition', entityId: created!.id, action: 'create', after: values });
      return created!.id;
    }
    const before = await findEdition(tx, id, { lock: true });
    if (before.state !== 'draft' && values.state === 'draft') throw new AppError(409, 'competition.edition.backToDraft');
    checkEditionDates(values, await tx.select({ name: competitionRounds.name, heldOn: competitionRounds.heldOn }).from(competitionRounds).where(eq(competitionRounds.editionId, id)));
    await tx.update(competitionEditions).set({ ...values, updatedAt: new Date() }).where(eq(competitionEditions.id, id));
    const { createdAt: _createdAt, updatedAt: _updatedAt, id: _id, ...previous } = before;
    await recordAudit(tx, actor, { entityType: 'competitionEdition', entityId: id, action: 'update', before: previous, after: values });
    return id;
  });
  return readEditionDetail(db, savedId, true, locale);
}
