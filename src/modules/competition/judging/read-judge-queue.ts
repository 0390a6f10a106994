import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { competitionAssignments, competitionEntries, competitionPhases, competitionRounds, competitionScores, type CompetitionJudge } from '../schema.ts';
import { assignedEntries, conflictTestOf } from './judge-records.ts';
import type { JudgeQueue } from './judge-schemas.ts';

/**
 * A judge's queue: the entries assigned to them in phases not yet closed, scored or not, by phase and number. An
 * entry they have a conflict of interest with is never listed; in an anonymised review the organisation is not shown.
 */
export async function readJudgeQueue(db: DbOrTx, judge: CompetitionJudge): Promise<JudgeQueue> {
  const [rows, scores, conflicted] = await Promise.all([
    assignedEntries(db)
      .where(and(eq(competitionAssignments.judgeId, judge.id), isNull(competitionPhases.closedAt)))
      .orderBy(asc(competitionRounds.heldOn), asc(competitionPhases.opensOn), asc(competitionEntries.number)),
    db.select().from(competitionScores).where(eq(competitionScores.judgeId, judge.id)),
    conflictTestOf(db, judge),
  ]);
  return {
    items: rows
      .filter((row) => !conflicted(row.entry))
      .map((row) => {
        const sheet = scores.find((score) => score.phaseId === row.phase.id && score.entryId === row.entry.id);
        return { phase: phaseForJudge(row), entry: entryForJudge(row), scored: sheet !== undefined, abstained: sheet?.abstained ?? false, total: sheet?.total ?? null };
      }),
  };
}

type Found = Awaited<ReturnType<typeof assignedEntries>>[number];

/** What a judge sees of a phase. */
export const phaseForJudge = ({ phase, roundName, editionName }: Found) => ({
  id: phase.id,
  kind: phase.kind,
  roundName,
  editionName,
  closesOn: phase.closesOn,
  anonymised: phase.anonymised,
});

/** What a judge sees of an entry: never its organisation in an anonymised review. */
export const entryForJudge = ({ phase, entry, trackName }: Found) => ({
  id: entry.id,
  number: entry.number,
  projectName: entry.projectName,
  organisationName: phase.anonymised ? null : entry.organisationName,
  trackName,
});
