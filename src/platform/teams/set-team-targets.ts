import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit, type Actor } from '../audit/record-audit.ts';
import type { DbOrTx } from '../db/connection.ts';
import { invalidInput, notFound } from '../http/errors.ts';
import { teams, teamTargets } from './schema.ts';
import type { TeamMeasure } from './team-measures.ts';

/**
 * Sets a team's targets for a year, measure by measure: a number sets it, null removes it, a measure left out
 * keeps its target. Audited with the targets before and after; a measure no module declares answers 400.
 */
export async function setTeamTargets(
  db: DbOrTx,
  actor: Actor,
  measures: ReadonlyMap<string, TeamMeasure>,
  input: { teamId: string; year: number; targets: Record<string, number | null> },
): Promise<void> {
  const { teamId, year, targets } = input;
  const unknown = Object.keys(targets).filter((key) => !measures.has(key));
  if (unknown.length) throw invalidInput(unknown.map((key) => ({ field: `targets.${key}`, message: 'team.unknownMeasure' })));
  await db.transaction(async (tx) => {
    const [team] = await tx.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId)).for('update');
    if (!team) throw notFound();
    const ofYear = and(eq(teamTargets.teamId, teamId), eq(teamTargets.year, year));
    const before = await tx.select({ measure: teamTargets.measure, target: teamTargets.target }).from(teamTargets).where(ofYear);
    const removed = Object.entries(targets).flatMap(([measure, target]) => (target === null ? [measure] : []));
    if (removed.length) await tx.delete(teamTargets).where(and(ofYear, inArray(teamTargets.measure, removed)));
    for (const [measure, target] of Object.entries(targets)) {
      if (target === null) continue;
      await tx
        .insert(teamTargets)
        .values({ teamId, year, measure, target })
        .onConflictDoUpdate({ target: [teamTargets.teamId, teamTargets.year, teamTargets.measure], set: { target, updatedAt: new Date() } });
    }
    const after = await tx.select({ measure: teamTargets.measure, target: teamTargets.target }).from(teamTargets).where(ofYear);
    await recordAudit(tx, actor, { entityType: 'team', entityId: teamId, action: 'set-targets', before: { year, targets: before }, after: { year, targets: after } });
  });
}
