import { and, gte, isNotNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import { countedAmountWan, roundWan } from './counting-rules.ts';
import { effectiveCredits, periodDays, rankCredits, type CreditShare } from './credit-rules.ts';
import { firstSignedOn } from './project-records.ts';
import { holderNames, setCreditsOf } from './read-project-credits.ts';
import { projects } from './schema.ts';
import type { CreditRankings, RankingsQuery } from './schemas.ts';

const unassigned = 'none';

/**
 * The key a share is ranked under. By officer: the officer, or the team for a share given to a team as a whole. By
 * team: the team, and an officer's share goes to the project's keeping team (nobody's without one).
 */
function rankingKey(share: CreditShare, by: RankingsQuery['by'], projectTeamId: string | null): string {
  if (by === 'officer') return share.userId ? `user:${share.userId}` : `team:${share.teamId}`;
  const teamId = share.teamId ?? projectTeamId;
  return teamId ? `team:${teamId}` : unassigned;
}

/**
 * Rankings of a period (a year, a quarter or a month of the counted first signing, China days): each officer's or
 * team's credited projects (count × share) and counted amount (万元 × share), over every project whatever the
 * reader's teams, so that everyone's figures are the leaders'. The rows add up exactly to `total`, which is the
 * period's total of the summary (`GET /api/projects/summary`, read by a reader of every project).
 */
export async function readCreditRankings(db: DbOrTx, query: RankingsQuery): Promise<CreditRankings> {
  const days = periodDays(query.period);
  if (!days) throw invalidInput([{ field: 'period', message: 'project.rankings.periodInvalid' }]);
  const first = sql<string>`${firstSignedOn}`;
  const rows = await db
    .select({ id: projects.id, kind: projects.kind, agreedAmountWan: projects.agreedAmountWan, baseAmountWan: projects.baseAmountWan, managerId: projects.managerId, teamId: projects.teamId })
    .from(projects)
    .where(and(isNotNull(projects.agreedAmountWan), gte(first, days.from), lte(first, days.to)));
  const set = await setCreditsOf(db, rows.map((row) => row.id));
  const credited = rows.map((row) => {
    const merged = new Map<string, number>();
    for (const share of effectiveCredits(set.get(row.id) ?? [], row)) {
      const key = rankingKey(share, query.by, row.teamId);
      merged.set(key, (merged.get(key) ?? 0) + share.percent);
    }
    return { countedWan: countedAmountWan(row), credits: [...merged].map(([key, percent]) => ({ key, percent })) };
  });
  const figures = rankCredits(credited, unassigned);
  const ids = (prefix: string) => figures.flatMap((f) => (f.key.startsWith(prefix) ? [f.key.slice(prefix.length)] : []));
  const names = await holderNames(db, ids('user:'), ids('team:'));
  const rankings = figures
    .map(({ key, ...row }) => {
      const [kind, id] = key === unassigned ? (['none', null] as const) : (key.split(':') as ['user' | 'team', string]);
      const name = kind === 'user' ? names.users.get(id!) : kind === 'team' ? names.teams.get(id!) : null;
      return { kind, id, name: name ?? null, ...row };
    })
    .sort((a, b) => b.amountWan - a.amountWan || b.projects - a.projects || (a.name ?? '').localeCompare(b.name ?? '', 'zh-CN'));
  return {
    period: query.period,
    from: days.from,
    to: days.to,
    by: query.by,
    rows: rankings,
    total: { signed: rows.length, amountWan: roundWan(credited.reduce((sum, p) => sum + p.countedWan, 0)) },
  };
}
