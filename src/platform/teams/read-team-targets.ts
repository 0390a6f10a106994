import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { notFound } from '../http/errors.ts';
import type { Locale } from '../i18n/locale.ts';
import { translate } from '../i18n/messages.ts';
import { teams, teamTargets } from './schema.ts';
import type { TeamMeasure } from './team-measures.ts';

export interface TeamTargetProgress {
  measure: string;
  label: string;
  unit: TeamMeasure['unit'];
  /** Null when no target is set for the year. */
  target: number | null;
  progress: number;
  /** progress ÷ target, null without a positive target. */
  share: number | null;
}

/** Every measure of the composition for each team in a year: its target if set, and the progress counted so far. */
export async function readTargetsOfTeams(
  db: DbOrTx,
  measures: ReadonlyMap<string, TeamMeasure>,
  query: { teamIds: readonly string[]; year: number; locale: Locale },
): Promise<Map<string, TeamTargetProgress[]>> {
  const { teamIds, year, locale } = query;
  const byTeam = new Map<string, TeamTargetProgress[]>(teamIds.map((id) => [id, []]));
  if (teamIds.length === 0) return byTeam;
  const [targets, progress] = await Promise.all([
    db.select().from(teamTargets).where(and(inArray(teamTargets.teamId, [...teamIds]), eq(teamTargets.year, year))),
    Promise.all([...measures.values()].map(async (measure) => [measure.key, await measure.progress(db, { teamIds, year })] as const)),
  ]);
  const targetOf = new Map(targets.map((row) => [`${row.teamId}:${row.measure}`, row.target]));
  const progressOf = new Map(progress);
  for (const [teamId, rows] of byTeam) {
    for (const measure of measures.values()) {
      const target = targetOf.get(`${teamId}:${measure.key}`) ?? null;
      const done = progressOf.get(measure.key)?.get(teamId) ?? 0;
      rows.push({ measure: measure.key, label: translate(locale, measure.label), unit: measure.unit, target, progress: done, share: target ? done / target : null });
    }
  }
  return byTeam;
}

/** One team's targets and progress in a year; 404 for a team that does not exist. */
export async function readTeamTargets(db: DbOrTx, measures: ReadonlyMap<string, TeamMeasure>, teamId: string, year: number, locale: Locale) {
  const [team] = await db.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId));
  if (!team) throw notFound();
  return (await readTargetsOfTeams(db, measures, { teamIds: [teamId], year, locale })).get(teamId)!;
}
