import { and, asc, count, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { TeamScope } from '../../platform/teams/team-scope.ts';
import { teams } from '../../platform/teams/schema.ts';
import { serviceDailySummaries } from './schema.ts';
import type { SummaryListQuery, SummaryPage } from './summary-schemas.ts';

/**
 * The summaries produced, newest day first, of the teams in the scope, optionally of one team and a span of days;
 * with the teams the reader may pick from (a team outside the scope simply lists nothing).
 */
export async function listDailySummaries(db: DbOrTx, scope: TeamScope, query: SummaryListQuery): Promise<SummaryPage> {
  const inScope = scope.all ? undefined : scope.teamIds.length > 0 ? inArray(serviceDailySummaries.teamId, [...scope.teamIds]) : sql`false`;
  const where = and(
    inScope,
    query.teamId ? eq(serviceDailySummaries.teamId, query.teamId) : undefined,
    query.from ? gte(serviceDailySummaries.day, query.from) : undefined,
    query.to ? lte(serviceDailySummaries.day, query.to) : undefined,
  );
  const rows = await db
    .select({
      id: serviceDailySummaries.id,
      teamId: serviceDailySummaries.teamId,
      teamName: teams.name,
      day: serviceDailySummaries.day,
      producedAt: serviceDailySummaries.producedAt,
      created: sql<number>`(${serviceDailySummaries.figures}->>'created')::int`,
      resolved: sql<number>`(${serviceDailySummaries.figures}->>'resolved')::int`,
      open: sql<number>`jsonb_array_length(${serviceDailySummaries.figures}->'open')`,
    })
    .from(serviceDailySummaries)
    .innerJoin(teams, eq(teams.id, serviceDailySummaries.teamId))
    .where(where)
    .orderBy(desc(serviceDailySummaries.day), asc(teams.name))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const pickable = await db
    .selectDistinct({ id: teams.id, name: teams.name })
    .from(teams)
    .innerJoin(serviceDailySummaries, eq(serviceDailySummaries.teamId, teams.id))
    .where(inScope)
    .orderBy(asc(teams.name));
  const [totals] = await db.select({ total: count() }).from(serviceDailySummaries).where(where);
  return {
    items: rows,
    total: totals?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
    teams: pickable,
  };
}
