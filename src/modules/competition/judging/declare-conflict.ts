import { and, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../../platform/audit/record-audit.ts';
import type { Db } from '../../../platform/db/connection.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { competitionAssignments, competitionConflicts, competitionEntries, competitionPhases, competitionScores, type CompetitionJudge } from '../schema.ts';
import type { ConflictInput } from './judge-schemas.ts';

/**
 * A judge declares a conflict of interest on an entry, named by its registration number so that it can be done
 * before seeing anything of it. From then on the entry leaves their queue, every route about it answers them 404,
 * and their assignments and scores of it in phases still open are withdrawn (a conflicted judge's score counts for
 * nothing); declaring again replaces the reason.
 */
export async function declareConflict(db: Db, actor: Actor, judge: CompetitionJudge, input: ConflictInput): Promise<void> {
  await db.transaction(async (tx) => {
    const [entry] = await tx.select({ id: competitionEntries.id }).from(competitionEntries).where(eq(competitionEntries.number, input.entryNumber));
    if (!entry) throw notFound();
    await tx
      .insert(competitionConflicts)
      .values({ judgeId: judge.id, entryId: entry.id, reason: input.reason })
      .onConflictDoUpdate({ target: [competitionConflicts.judgeId, competitionConflicts.entryId], set: { reason: input.reason, declaredAt: new Date() } });
    const openPhases = tx.select({ id: competitionPhases.id }).from(competitionPhases).where(isNull(competitionPhases.closedAt));
    const ofTheJudge = <T extends typeof competitionAssignments | typeof competitionScores>(table: T) =>
      and(eq(table.judgeId, judge.id), eq(table.entryId, entry.id), inArray(table.phaseId, openPhases));
    await tx.delete(competitionScores).where(ofTheJudge(competitionScores));
    await tx.delete(competitionAssignments).where(ofTheJudge(competitionAssignments));
    await recordAudit(tx, actor, { entityType: 'competitionEntry', entityId: entry.id, action: 'declare-conflict', after: { judgeId: judge.id, reason: input.reason } });
  });
}
