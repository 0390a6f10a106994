import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import type { Db } from '../../../platform/db/connection.ts';
import { AppError, invalidInput } from '../../../platform/http/errors.ts';
import { findAssignedEntry } from '../judging/judge-records.ts';
import type { JudgedEntry, ScoreSheetInput } from '../judging/judge-schemas.ts';
import { competitionPhases, competitionScores, type CompetitionJudge } from '../schema.ts';
import { readJudgedEntry } from './read-judged-entry.ts';
import { checkScoreSheet, weightedScore, type ScoreSheet } from './weighted-score.ts';

/**
 * A judge gives (or changes) their score sheet of an entry in a phase: a score per criterion of the phase's rubric, or
 * an abstention, and a comment. Only an assigned judge free of conflict (404 otherwise), only until the phase closes
 * (409, the phase's row locked so that closing and scoring do not cross).
 */
export async function saveScoreSheet(db: Db, actor: Actor, judge: CompetitionJudge, phaseId: string, entryId: string, input: ScoreSheetInput): Promise<JudgedEntry> {
  await db.transaction(async (tx) => {
    await findAssignedEntry(tx, judge, phaseId, entryId);
    const [phase] = await tx.select().from(competitionPhases).where(eq(competitionPhases.id, phaseId)).for('update');
    if (phase!.closedAt) throw new AppError(409, 'competition.judging.phaseClosed');
    const sheet: ScoreSheet = input.abstained ? { abstained: true } : { abstained: false, scores: input.scores };
    const errors = checkScoreSheet(phase!.rubric, sheet);
    if (errors.length) throw invalidInput(errors);
    const values = {
      abstained: sheet.abstained,
      criteria: sheet.abstained ? {} : { ...sheet.scores },
      total: weightedScore(phase!.rubric, sheet),
      comment: input.comment ?? null,
    };
    await tx
      .insert(competitionScores)
      .values({ phaseId, entryId, judgeId: judge.id, ...values })
      .onConflictDoUpdate({ target: [competitionScores.phaseId, competitionScores.entryId, competitionScores.judgeId], set: { ...values, updatedAt: new Date() } });
    await recordAudit(tx, actor, { entityType: 'competitionEntry', entityId: entryId, action: 'score', after: { phaseId, judgeId: judge.id, ...values } });
  });
  return readJudgedEntry(db, judge, phaseId, entryId);
}
