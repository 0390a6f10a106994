import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { attachments } from '../../../platform/attachments/schema.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { businessPlanKind, pitchDeckKind } from '../entries/entry-attachments.ts';
import { findAssignedEntry } from '../judging/judge-records.ts';
import type { JudgedEntry } from '../judging/judge-schemas.ts';
import { entryForJudge, phaseForJudge } from '../judging/read-judge-queue.ts';
import { competitionScores, type CompetitionJudge } from '../schema.ts';

/**
 * An entry as its judge scores it: the phase's rubric, the entry (its organisation hidden in an anonymised review),
 * its files and the judge's own sheet. 404 unless assigned to the judge and free of any conflict of interest.
 */
export async function readJudgedEntry(db: DbOrTx, judge: CompetitionJudge, phaseId: string, entryId: string): Promise<JudgedEntry> {
  const found = await findAssignedEntry(db, judge, phaseId, entryId);
  const { phase, entry } = found;
  const [[sheet], files] = await Promise.all([
    db
      .select()
      .from(competitionScores)
      .where(and(eq(competitionScores.phaseId, phaseId), eq(competitionScores.entryId, entryId), eq(competitionScores.judgeId, judge.id))),
    db
      .select({ id: attachments.id, kind: attachments.recordKind, fileName: attachments.fileName, mediaType: attachments.mediaType, size: attachments.size })
      .from(attachments)
      .where(and(eq(attachments.recordId, entry.id), inArray(attachments.recordKind, [businessPlanKind.kind, pitchDeckKind.kind]), isNull(attachments.deletedAt)))
      .orderBy(asc(attachments.createdAt)),
  ]);
  return {
    phase: { ...phaseForJudge(found), rubric: phase.rubric, aggregation: phase.aggregation, closedAt: phase.closedAt },
    entry: {
      ...entryForJudge(found),
      stage: entry.stage,
      financing: entry.financing,
      teamSize: entry.teamSize,
      teamSummary: entry.teamSummary,
      summary: entry.summary,
    },
    files,
    sheet: sheet ? { abstained: sheet.abstained, criteria: sheet.criteria, total: sheet.total, comment: sheet.comment, updatedAt: sheet.updatedAt } : null,
    editable: phase.closedAt === null,
  };
}
