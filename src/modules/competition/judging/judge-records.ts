import { and, asc, eq, inArray } from 'drizzle-orm';
import { users } from '../../../platform/auth/schema.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { notFound } from '../../../platform/http/errors.ts';
import { enterprises } from '../../enterprises/schema.ts';
import { inRunningOrder } from '../competition-records.ts';
import {
  competitionAssignments,
  competitionConflicts,
  competitionEditions,
  competitionEntries,
  competitionJudges,
  competitionJudgeTracks,
  competitionPhaseJudges,
  competitionPhaseResults,
  competitionPhases,
  competitionRounds,
  competitionTracks,
  type CompetitionEntry,
  type CompetitionJudge,
  type CompetitionPhase,
} from '../schema.ts';
import { conflictOfInterest } from './conflicts-of-interest.ts';
import type { JudgeView } from './judge-schemas.ts';

/** The judges with their accounts, organisations and tracks, by name; all of them unless ids are given. */
export async function readJudges(db: DbOrTx, ids?: readonly string[]): Promise<JudgeView[]> {
  const rows = await db
    .select({ judge: competitionJudges, username: users.username, displayName: users.displayName, disabled: users.disabled, enterpriseName: enterprises.name })
    .from(competitionJudges)
    .innerJoin(users, eq(users.id, competitionJudges.userId))
    .leftJoin(enterprises, eq(enterprises.id, competitionJudges.enterpriseId))
    .where(ids ? inArray(competitionJudges.id, [...ids]) : undefined)
    .orderBy(asc(users.displayName), asc(competitionJudges.id));
  const tracks = rows.length
    ? await db
        .select({ judgeId: competitionJudgeTracks.judgeId, id: competitionTracks.id, name: competitionTracks.name, editionId: competitionTracks.editionId })
        .from(competitionJudgeTracks)
        .innerJoin(competitionTracks, eq(competitionTracks.id, competitionJudgeTracks.trackId))
        .where(inArray(competitionJudgeTracks.judgeId, rows.map((row) => row.judge.id)))
        .orderBy(asc(competitionTracks.name))
    : [];
  return rows.map(({ judge, ...account }) => ({
    id: judge.id,
    userId: judge.userId,
    username: account.username,
    displayName: account.displayName,
    disabled: account.disabled,
    title: judge.title,
    organisationName: judge.organisationName,
    enterpriseId: judge.enterpriseId,
    enterpriseName: account.enterpriseName,
    tracks: tracks.filter((track) => track.judgeId === judge.id).map(({ id, name, editionId }) => ({ id, name, editionId })),
  }));
}

/** The ids of a phase's panel, the judges chosen for it; none when every enabled judge may be given its entries. */
export async function panelJudgeIds(db: DbOrTx, phaseId: string): Promise<string[]> {
  const rows = await db.select({ judgeId: competitionPhaseJudges.judgeId }).from(competitionPhaseJudges).where(eq(competitionPhaseJudges.phaseId, phaseId));
  return rows.map((row) => row.judgeId);
}

/** The judge profile of a signed-in user; 404 for an account with the judge role whose profile was never made. */
export async function findJudgeOfUser(db: DbOrTx, userId: string): Promise<CompetitionJudge> {
  const [judge] = await db.select().from(competitionJudges).where(eq(competitionJudges.userId, userId));
  if (!judge) throw notFound();
  return judge;
}

/** The judge's conflict test: an entry they declared a conflict on, or one of their own organisation. */
export async function conflictTestOf(db: DbOrTx, judge: CompetitionJudge): Promise<(entry: Pick<CompetitionEntry, 'id' | 'enterpriseId'>) => boolean> {
  const declared = await db.select({ judgeId: competitionConflicts.judgeId, entryId: competitionConflicts.entryId }).from(competitionConflicts).where(eq(competitionConflicts.judgeId, judge.id));
  const conflictOf = conflictOfInterest(declared);
  return (entry) => conflictOf({ judgeId: judge.id, organisationId: judge.enterpriseId }, { entryId: entry.id, organisationId: entry.enterpriseId }) !== null;
}

/**
 * An entry of a phase assigned to the judge, with the phase, its round and edition and the entry's track. A judge
 * not assigned it, or with a conflict of interest on it, finds nothing: 404, exactly as for a missing one.
 */
export async function findAssignedEntry(db: DbOrTx, judge: CompetitionJudge, phaseId: string, entryId: string) {
  const [found] = await assignedEntries(db).where(
    and(eq(competitionAssignments.phaseId, phaseId), eq(competitionAssignments.entryId, entryId), eq(competitionAssignments.judgeId, judge.id)),
  );
  if (!found || (await conflictTestOf(db, judge))(found.entry)) throw notFound();
  return found;
}

/** Assignments with their phase, round and edition names, entry and the entry's track, for a condition to narrow. */
export function assignedEntries(db: DbOrTx) {
  return db
    .select({ phase: competitionPhases, roundName: competitionRounds.name, editionName: competitionEditions.name, entry: competitionEntries, trackName: competitionTracks.name })
    .from(competitionAssignments)
    .innerJoin(competitionPhases, eq(competitionPhases.id, competitionAssignments.phaseId))
    .innerJoin(competitionRounds, eq(competitionRounds.id, competitionPhases.roundId))
    .innerJoin(competitionEditions, eq(competitionEditions.id, competitionRounds.editionId))
    .innerJoin(competitionEntries, eq(competitionEntries.id, competitionAssignments.entryId))
    .innerJoin(competitionTracks, eq(competitionTracks.id, competitionEntries.trackId))
    .$dynamic();
}

/** Of the entry ids, those assigned to the user as a judge in some phase and free of conflict: they read its files. */
export async function entryIdsJudgedBy(db: DbOrTx, userId: string, entryIds: readonly string[]): Promise<string[]> {
  const [judge] = await db.select().from(competitionJudges).where(eq(competitionJudges.userId, userId));
  if (!judge) return [];
  const [rows, conflicted] = await Promise.all([
    db
      .selectDistinct({ id: competitionEntries.id, enterpriseId: competitionEntries.enterpriseId })
      .from(competitionAssignments)
      .innerJoin(competitionEntries, eq(competitionEntries.id, competitionAssignments.entryId))
      .where(and(eq(competitionAssignments.judgeId, judge.id), inArray(competitionAssignments.entryId, [...entryIds]))),
    conflictTestOf(db, judge),
  ]);
  return rows.filter((entry) => !conflicted(entry)).map((entry) => entry.id);
}

/** A phase of a round of the edition, with its round, the phase locked for a write when asked; 404 for a missing one or one of another round or edition. */
export async function findPhaseOf(db: DbOrTx, editionId: string, roundId: string, phaseId: string, options: { lock?: boolean } = {}) {
  const query = db
    .select({ phase: competitionPhases, round: competitionRounds, roundName: competitionRounds.name })
    .from(competitionPhases)
    .innerJoin(competitionRounds, eq(competitionRounds.id, competitionPhases.roundId))
    .where(and(eq(competitionPhases.id, phaseId), eq(competitionRounds.id, roundId), eq(competitionRounds.editionId, editionId)));
  const [found] = options.lock ? await query.for('update', { of: competitionPhases }) : await query;
  if (!found) throw notFound();
  return found;
}

/**
 * The entries a phase judges, by number: the round's eligible entries in its first phase; in a later one, those that
 * advanced from the phase before it (none until that phase is closed).
 */
export async function entriesOfPhase(db: DbOrTx, phase: CompetitionPhase) {
  const phases = inRunningOrder(await db.select().from(competitionPhases).where(eq(competitionPhases.roundId, phase.roundId)));
  const previous = phases[phases.findIndex((other) => other.id === phase.id) - 1];
  const columns = { entry: competitionEntries, trackName: competitionTracks.name };
  const query = db.select(columns).from(competitionEntries).innerJoin(competitionTracks, eq(competitionTracks.id, competitionEntries.trackId)).$dynamic();
  const chosen = previous
    ? query
        .innerJoin(competitionPhaseResults, and(eq(competitionPhaseResults.entryId, competitionEntries.id), eq(competitionPhaseResults.phaseId, previous.id)))
        .where(and(eq(competitionPhaseResults.advanced, true), eq(competitionEntries.roundId, phase.roundId)))
    : query.where(and(eq(competitionEntries.roundId, phase.roundId), eq(competitionEntries.state, 'eligible')));
  return chosen.orderBy(asc(competitionEntries.number));
}
