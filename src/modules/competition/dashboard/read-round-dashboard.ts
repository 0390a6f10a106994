import { asc, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { findRoundOf, inRunningOrder } from '../competition-records.ts';
import { readPhaseJudging } from '../judging/read-phase-judging.ts';
import { competitionEntries, competitionPhases, competitionTracks } from '../schema.ts';
import type { RoundDashboard } from './dashboard-schemas.ts';

const registrationDay = sql<string>`to_char(${competitionEntries.createdAt} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`;

/**
 * A round's dashboard: its registrations by track, source, state and day, and each phase's review progress read by
 * the judging page's own `readPhaseJudging`, so that the two never count differently.
 */
export async function readRoundDashboard(db: DbOrTx, editionId: string, roundId: string): Promise<RoundDashboard> {
  const round = await findRoundOf(db, editionId, roundId);
  const ofRound = eq(competitionEntries.roundId, round.id);
  const [byTrack, bySource, byState, byDay, phases] = await Promise.all([
    db
      .select({ trackId: competitionTracks.id, trackName: competitionTracks.name, count: count() })
      .from(competitionEntries)
      .innerJoin(competitionTracks, eq(competitionTracks.id, competitionEntries.trackId))
      .where(ofRound)
      .groupBy(competitionTracks.id, competitionTracks.name)
      .orderBy(asc(competitionTracks.name)),
    db.select({ key: competitionEntries.source, count: count() }).from(competitionEntries).where(ofRound).groupBy(competitionEntries.source).orderBy(asc(competitionEntries.source)),
    db.select({ key: competitionEntries.state, count: count() }).from(competitionEntries).where(ofRound).groupBy(competitionEntries.state).orderBy(asc(competitionEntries.state)),
    db.select({ day: registrationDay, count: count() }).from(competitionEntries).where(ofRound).groupBy(registrationDay).orderBy(registrationDay),
    db.select().from(competitionPhases).where(eq(competitionPhases.roundId, round.id)),
  ]);
  const progress = await Promise.all(
    inRunningOrder(phases).map(async (phase) => {
      const judging = await readPhaseJudging(db, editionId, round.id, phase.id);
      const assigned = judging.judges.reduce((sum, judge) => sum + judge.assigned, 0);
      const scored = judging.judges.reduce((sum, judge) => sum + judge.scored, 0);
      return {
        phaseId: phase.id,
        kind: phase.kind,
        closedAt: phase.closedAt,
        assigned,
        scored,
        missing: judging.missingScores.length,
        judges: judging.judges,
        missingScores: judging.missingScores,
      };
    }),
  );
  return {
    editionId,
    roundId: round.id,
    roundName: round.name,
    roundState: round.state,
    entryCount: byTrack.reduce((sum, track) => sum + track.count, 0),
    byTrack,
    bySource,
    byState,
    byDay,
    phases: progress,
  };
}
