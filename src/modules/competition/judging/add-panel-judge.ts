import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import type { Db } from '../../../platform/db/connection.ts';
import { AppError, notFound } from '../../../platform/http/errors.ts';
import { competitionJudges, competitionPhaseJudges } from '../schema.ts';
import { findPhaseOf } from './judge-records.ts';
import type { PhaseJudging } from './judge-schemas.ts';
import { readPhaseJudging } from './read-phase-judging.ts';

export interface PanelJudgeIds {
  editionId: string;
  roundId: string;
  phaseId: string;
  judgeId: string;
}

/**
 * Puts a judge on a phase's panel (the judges present at its roadshow, say); from then on the phase is assigned among
 * its panel only. Adding a member again changes nothing; 404 for an unknown judge, 409 once the phase is closed.
 */
export async function addPanelJudge(db: Db, actor: Actor, ids: PanelJudgeIds): Promise<PhaseJudging> {
  await db.transaction(async (tx) => {
    const { phase } = await findPhaseOf(tx, ids.editionId, ids.roundId, ids.phaseId, { lock: true });
    if (phase.closedAt) throw new AppError(409, 'competition.judging.phaseClosed');
    const [judge] = await tx.select({ id: competitionJudges.id }).from(competitionJudges).where(eq(competitionJudges.id, ids.judgeId));
    if (!judge) throw notFound();
    const added = await tx.insert(competitionPhaseJudges).values({ phaseId: phase.id, judgeId: judge.id }).onConflictDoNothing().returning();
    if (added.length) await recordAudit(tx, actor, { entityType: 'competitionPhase', entityId: phase.id, action: 'add-panel-judge', after: { judgeId: judge.id } });
  });
  return readPhaseJudging(db, ids.editionId, ids.roundId, ids.phaseId);
}
