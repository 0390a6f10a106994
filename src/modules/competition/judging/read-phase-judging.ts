import { and, asc, eq, exists } from 'drizzle-orm';
import { users } from '../../../platform/auth/schema.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { competitionAssignments, competitionJudges, competitionScores } from '../schema.ts';
import { entriesOfPhase, findPhaseOf, panelJudgeIds, readJudges } from './judge-records.ts';
import type { PhaseJudging } from './judge-schemas.ts';

/**
 * A phase's judging as the organiser follows it: its panel and whom the assignment draws on, each entry's judges
 * (those outside its field flagged) and shortfall, each judge's load and how many they scored, and the scores still
 * missing.
 */
export async function readPhaseJudging(db: DbOrTx, editionId: string, roundId: string, phaseId: string): Promise<PhaseJudging> {
  const { phase, roundName } = await findPhaseOf(db, editionId, roundId, phaseId);
  const panelIds = await panelJudgeIds(db, phase.id);
  const [entries, assignments, scores, panel, enabledJudges] = await Promise.all([
    entriesOfPhase(db, phase),
    db
      .select({ entryId: competitionAssignments.entryId, judgeId: competitionAssignments.judgeId, outsideField: competitionAssignments.outsideField, displayName: users.displayName })
      .from(competitionAssignments)
      .innerJoin(competitionJudges, eq(competitionJudges.id, competitionAssignments.judgeId))
      .innerJoin(users, eq(users.id, competitionJudges.userId))
      .where(eq(competitionAssignments.phaseId, phase.id))
      .orderBy(asc(users.displayName), asc(competitionAssignments.judgeId)),
    db.select({ entryId: competitionScores.entryId, judgeId: competitionScores.judgeId, abstained: competitionScores.abstained }).from(competitionScores).where(eq(competitionScores.phaseId, phase.id)),
    panelIds.length ? readJudges(db, panelIds) : [],
    db.$count(competitionJudges, exists(db.select({ id: users.id }).from(users).where(and(eq(users.id, competitionJudges.userId), eq(users.disabled, false))))),
  ]);
  const scoreOf = (entryId: string, judgeId: string) => scores.find((score) => score.entryId === entryId && score.judgeId === judgeId);
  const judged = assignments.map((assignment) => ({ ...assignment, score: scoreOf(assignment.entryId, assignment.judgeId) }));
  const judgeIds = [...new Set(judged.map((assignment) => assignment.judgeId))];
  const phaseEntries = entries.map(({ entry, trackName }) => {
    const own = judged.filter((assignment) => assignment.entryId === entry.id);
    return {
      entryId: entry.id,
      number: entry.number,
      projectName: entry.projectName,
      organisationName: entry.organisationName,
      trackName,
      judges: own.map(({ judgeId, displayName, outsideField, score }) => ({ judgeId, displayName, outsideField, scored: score !== undefined, abstained: score?.abstained ?? false })),
      shortfall: Math.max(0, phase.judgesPerEntry - own.length),
    };
  });
  return {
    phaseId: phase.id,
    kind: phase.kind,
    roundName,
    judgesPerEntry: phase.judgesPerEntry,
    closedAt: phase.closedAt,
    panel,
    assignedAmong: panel.length ? 'panel' : 'enabledJudges',
    assignableJudges: panel.length ? panel.filter((judge) => !judge.disabled).length : enabledJudges,
    judges: judgeIds.map((judgeId) => {
      const own = judged.filter((assignment) => assignment.judgeId === judgeId);
      return {
        judgeId,
        displayName: own[0]!.displayName,
        assigned: own.length,
        scored: own.filter((assignment) => assignment.score).length,
        outsideField: own.filter((assignment) => assignment.outsideField).length,
      };
    }),
    entries: phaseEntries,
    missingScores: phaseEntries.flatMap((entry) =>
      entry.judges.filter((judge) => !judge.scored).map(({ judgeId, displayName }) => ({ entryId: entry.entryId, number: entry.number, projectName: entry.projectName, judgeId, displayName })),
    ),
  };
}
