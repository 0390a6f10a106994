import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import { chinaToday } from '../../../platform/calendar/china-day.ts';
import type { Db } from '../../../platform/db/connection.ts';
import { AppError, invalidInput } from '../../../platform/http/errors.ts';
import { findEditionToChange } from '../competition-records.ts';
import { findPhaseOf } from '../judging/judge-records.ts';
import { competitionPhases } from '../schema.ts';
import { advancementRuleOf } from './phase-ranking.ts';

/**
 * Publishes the public notice (公示) of a closed phase's advancing entries until the last day objections are taken
 * (today or later); once. Audited.
 */
export async function publishNotice(db: Db, actor: Actor, ids: { editionId: string; roundId: string; phaseId: string }, noticeEndsOn: string) {
  await db.transaction(async (tx) => {
    await findEditionToChange(tx, ids.editionId);
    const { phase } = await findPhaseOf(tx, ids.editionId, ids.roundId, ids.phaseId, { lock: true });
    if (!phase.closedAt) throw new AppError(409, 'competition.results.notClosed');
    if (advancementRuleOf(phase) === null) throw new AppError(409, 'competition.results.nothingAdvances');
    if (phase.noticePublishedAt) throw new AppError(409, 'competition.results.alreadyPublished');
    if (noticeEndsOn < chinaToday()) throw invalidInput([{ field: 'noticeEndsOn', message: 'competition.results.noticeEndsInPast' }]);
    const noticePublishedAt = new Date();
    await tx.update(competitionPhases).set({ noticePublishedAt, noticeEndsOn }).where(eq(competitionPhases.id, phase.id));
    await recordAudit(tx, actor, { entityType: 'competitionPhase', entityId: phase.id, action: 'publishNotice', after: { noticePublishedAt, noticeEndsOn } });
  });
}
