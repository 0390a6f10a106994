import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import { users } from '../../../platform/auth/schema.ts';
import type { Db, Tx } from '../../../platform/db/connection.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { competitionAssignments, competitionConflicts, competitionJudges, competitionJudgeTracks, competitionPhases, competitionScores } from '../schema.ts';
import { assignJudges } from './assign-judges.ts';
import { entriesOfPhase, findPhaseOf, panelJudgeIds } from './judge-records.ts';
import type { PhaseJudging } from './judge-schemas.ts';
import { readPhaseJudging } from './read-phase-judging.ts';

/**
 * Gives the phase's entries their judges (`assignJudges`: by field, with balanced loads, never a conflict) among the
 * enabled judges of the phase's panel, or every enabled judge for a phase without one. Run again, it replaces the
 * assignments of the entries nobody has scored yet and keeps those of an entry already scored, so that no score loses
 * its judge. 409 once the phase is closed.
 */
export async function assignPhaseJudges(db: Db, actor: Actor, editionId: string, roundId: string, phaseId: string): Promise<PhaseJudging> {
  await db.transaction((tx) => assignPhaseJudgesWithin(tx, actor, editionId, roundId, phaseId));
  return readPhaseJudging(db, editionId, roundId, phaseId);
}

/** `assignPhaseJudges` inside the caller's transaction (the demo data assigns its phases so). */
export async function assignPhaseJudgesWithin(tx: Tx, actor: Actor, editionId: string, roundId: string, phaseId: string): Promise<void> {
  const { phase } = await findPhaseOf(tx, editionId, roundId, phaseId);
  const [locked] = await tx.select({ closedAt: competitionPhases.closedAt }).from(competitionPhases).where(eq(competitionPhases.id, phase.id)).for('update');
  if (locked!.closedAt) throw new AppError(409, 'competition.judging.phaseClosed');
  const scored = new Set((await tx.selectDistinct({ entryId: competitionScores.entryId }).from(competitionScores).where(eq(competitionScores.phaseId, phase.id))).map((row) => row.entryId));
  const toAssign = (await entriesOfPhase(tx, phase)).map(({ entry }) => entry).filter((entry) => !scored.has(entry.id));
  await tx.delete(competitionAssignments).where(and(eq(competitionAssignments.phaseId, phase.id), scored.size ? notInArray(competitionAssignments.entryId, [...scored]) : undefined));

  const panel = await panelJudgeIds(tx, phase.id);
  const judges = await tx
    .select({ id: competitionJudges.id, enterpriseId: competitionJudges.enterpriseId })
    .from(competitionJudges)
    .innerJoin(users, eq(users.id, competitionJudges.userId))
    .where(and(eq(users.disabled, false), panel.length ? inArray(competitionJudges.id, panel) : undefined));
  const judgeIds = judges.map((judge) => judge.id);
  const [tracks, declaredConflicts] = judgeIds.length && toAssign.length
    ? await Promise.all([
        tx.select().from(competitionJudgeTracks).where(inArray(competitionJudgeTracks.judgeId, judgeIds)),
        tx
          .select({ judgeId: competitionConflicts.judgeId, entryId: competitionConflicts.entryId })
          .from(competitionConflicts)
          .where(inArray(competitionConflicts.entryId, toAssign.map((entry) => entry.id))),
      ])
    : [[], []];
  const { assignments, shortfalls } = assignJudges({
    entries: toAssign.map((entry) => ({ entryId: entry.id, field: entry.trackId, organisationId: entry.enterpriseId })),
    judges: judges.map((judge) => ({
      judgeId: judge.id,
      organisationId: judge.enterpriseId,
      fields: tracks.filter((track) => track.judgeId === judge.id).map((track) => track.trackId),
    })),
    declaredConflicts,
    judgesPerEntry: phase.judgesPerEntry,
  });
  const rows = assignments.flatMap(({ entryId, judgeIds: chosen, outsideFieldJudgeIds }) =>
    chosen.map((judgeId) => ({ phaseId: phase.id, entryId, judgeId, outsideField: outsideFieldJudgeIds.includes(judgeId) })),
  );
  if (rows.length) await tx.insert(competitionAssignments).values(rows);
  await recordAudit(tx, actor, {
    entityType: 'competitionPhase',
    entityId: phase.id,
    action: 'assign-judges',
    after: { among: panel.length ? 'panel' : 'enabledJudges', judges: judgeIds.length, entries: toAssign.length, keptScoredEntries: scored.size, assignments: rows.length, shortfalls },
  });
}
