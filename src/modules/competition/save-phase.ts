import { and, eq, ne } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { invalidInput, notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { checkPhase } from './check-competition-input.ts';
import { advancementOf, findEditionToChange, findRoundOf, readEditionDetail } from './competition-records.ts';
import { competitionPhases } from './schema.ts';
import { checkRubric } from './scoring/weighted-score.ts';
import type { EditionDetail, PhaseInput } from './schemas.ts';

/** Adds a phase to a round of the edition (phaseId null) or changes one, in turn with the round's other phases. */
export async function savePhase(db: Db, actor: Actor, editionId: string, roundId: string, phaseId: string | null, input: PhaseInput, locale: Locale): Promise<EditionDetail> {
  const values = {
    kind: input.kind,
    opensOn: input.opensOn ?? null,
    closesOn: input.closesOn ?? null,
    advanceTopN: input.advancement?.kind === 'topN' ? input.advancement.count : null,
    advanceMinScore: input.advancement?.kind === 'minScore' ? input.advancement.score : null,
    rubric: input.rubric,
    aggregation: input.aggregation,
    judgesPerEntry: input.judgesPerEntry,
    anonymised: input.anonymised,
  };
  const rubricErrors = checkRubric(input.rubric);
  if (rubricErrors.length) throw invalidInput(rubricErrors.map((error) => ({ ...error, field: `rubric.${error.field}` })));
  await db.transaction(async (tx) => {
    await findEditionToChange(tx, editionId);
    await findRoundOf(tx, editionId, roundId);
    const [before] = phaseId ? await tx.select().from(competitionPhases).where(and(eq(competitionPhases.id, phaseId), eq(competitionPhases.roundId, roundId))) : [];
    if (phaseId && !before) throw notFound();
    const others = await tx
      .select()
      .from(competitionPhases)
      .where(and(eq(competitionPhases.roundId, roundId), phaseId ? ne(competitionPhases.id, phaseId) : undefined));
    checkPhase(values, others);
    const audited = { ...values, advancement: input.advancement };
    if (before) {
      await tx.update(competitionPhases).set(values).where(eq(competitionPhases.id, before.id));
      const { rubric, aggregation, judgesPerEntry, anonymised } = before;
      const previous = { kind: before.kind, opensOn: before.opensOn, closesOn: before.closesOn, advancement: advancementOf(before), rubric, aggregation, judgesPerEntry, anonymised };
      await recordAudit(tx, actor, { entityType: 'competitionPhase', entityId: before.id, action: 'update', before: previous, after: audited });
    } else {
      const [created] = await tx.insert(competitionPhases).values({ ...values, roundId }).returning();
      await recordAudit(tx, actor, { entityType: 'competitionPhase', entityId: created!.id, action: 'create', after: { ...audited, roundId } });
    }
  });
  return readEditionDetail(db, editionId, true, locale);
}
