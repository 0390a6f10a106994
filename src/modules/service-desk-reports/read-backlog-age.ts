import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { serviceRequests } from '../service-desk/schema.ts';
import { countByAge } from './backlog-age.ts';
import { ageInDays, countedRequests, openNow } from './report-conditions.ts';
import { teamKey, teamNamesOf, teamOfKey } from './report-names.ts';
import type { BacklogReport, DeskReportQuery } from './schemas.ts';

/**
 * The requests open now (new, accepted, in progress or waiting on the enterprise) by how long they have been open,
 * in total and per team, the team with the most first. The period does not apply: the backlog is today's.
 */
export async function readBacklogAge(db: DbOrTx, filters: DeskReportQuery): Promise<BacklogReport> {
  const at = new Date();
  const { rows } = await db.execute<{ team_id: string | null; days: number; count: number }>(sql`
    SELECT ${serviceRequests.teamId} AS team_id, ${ageInDays} AS days, count(*)::int AS count
    FROM ${serviceRequests}
    WHERE ${countedRequests(filters)} AND ${openNow}
    GROUP BY 1, 2`);
  const byTeam = new Map<string, typeof rows>();
  for (const row of rows) {
    const key = teamKey(row.team_id);
    byTeam.set(key, [...(byTeam.get(key) ?? []), row]);
  }
  const names = await teamNamesOf(db, rows.map((row) => row.team_id));
  const teams = [...byTeam]
    .map(([key, teamRows]) => {
      const teamId = teamOfKey(key);
      const ages = countByAge(teamRows);
      return { teamId, name: teamId ? (names.get(teamId) ?? null) : null, open: teamRows.reduce((sum, row) => sum + row.count, 0), ages };
    })
    .sort((a, b) => b.open - a.open || (a.name ?? '').localeCompare(b.name ?? '', 'zh-CN'));
  return { at, total: { open: rows.reduce((sum, row) => sum + row.count, 0), ages: countByAge(rows) }, teams };
}
