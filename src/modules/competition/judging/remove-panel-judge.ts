import { and, eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import type { Db } from '../../../platform/db/connection.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import { competitionAssignments, competitionPhaseJudges, competitionScores } from '../schema.ts';
import type { PanelJudgeIds } from './add-panel-judge.ts';
import { findPhaseOf } from './judge-records.ts';
import type { PhaseJudging } from './judge-schemas.ts';
import { readPhaseJudging } from './read-phase-judging.ts';

/**
 * Takes a judge off a phase's panel, with the entries they were given in it (the organiser assigns again to fill the
 * gaps). Refused (409) once they scored or abstained on an entry of the phase, as their sheets count in its results,
 * and once the phase is closed; 404 for a judge not on the panel. The phase's row is locked, as scoring locks it,
 * so that a sheet saved meanwhile is seen.
 */
export async function removePanelJudge(db: Db, actor: Actor, ids: PanelJudgeIds): Promise<PhaseJudging> {
  await db.transaction(async (tx) => {
    const { phase } = await findPhaseOf(tx, ids.editionId, ids.roundId, ids.phaseId, { lock: true });
    if (phase.closedAt) throw new AppError(409, 'competition.judging.phaseClosed');
    const ofTheJudge = <T extends typeof competitionPhaseJudges | typeof competitionAssignments | typeof competitionScores>(table: T) =>
      and(eq(table.phaseId, phase.id), eq(table.judgeId, ids.judgeId));
    const [member] = await tx.select({ judgeId: competitionPhaseJudges.judgeId }).from(competitionPhaseJudges).where(ofTheJudge(competitionPhaseJudges));
    if (!member) throw notFound();
    const scored = await tx.$count(competitionScores, ofTheJudge(competitionScores));
    if (scored > 0) throw new AppError(409, 'competition.judging.panelJudgeScored', { params: { count: scored } });
    const unassigned = await tx.delete(competitionAssignments).where(ofTheJudge(competitionAssignments)).returning();
    await tx.delete(competitionPhaseJudges).where(ofTheJudge(competitionPhaseJudges));
    await recordAudit(tx, actor, { entityType: 'competitionPhase', entityId: phase.id, action: 'remove-panel-judge', before: { judgeId: ids.judgeId, assignments: unassigned.length } });
  });
  return readPhaseJudging(db, ids.editionId, ids.roundId, ids.phaseId);
}
