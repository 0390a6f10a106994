import { and, eq, gte, isNotNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { countedAmountWan, signedByMonth, sumMonths, type MonthFigures } from './counting-rules.ts';
import { projectScopeOf, visibleProjects, type ProjectUser } from './project-policy.ts';
import { amountVerified, firstSignedOn } from './project-records.ts';
import { projects } from './schema.ts';
import type { SummaryQuery } from './schemas.ts';

/**
 * Projects signed and the amount counted, by the month of their first signing (counting rules 1 and 2: each project
 * once, a capital increase by its increment), of the projects the user sees; `verifiedOnly` leaves out amounts
 * without an agreement file (rule 4), which are otherwise counted and reported apart. What reports build on.
 */
export async function readSignedSummary(db: DbOrTx, user: ProjectUser, query: SummaryQuery): Promise<{ months: MonthFigures[]; total: Omit<MonthFigures, 'month'> }> {
  const scope = await projectScopeOf(db, user);
  const first = sql<string>`${firstSignedOn}`;
  const rows = await db
    .select({
      kind: projects.kind,
      agreedAmountWan: projects.agreedAmountWan,
      baseAmountWan: projects.baseAmountWan,
      firstSignedOn,
      verified: amountVerified,
    })
    .from(projects)
    .where(
      and(
        visibleProjects(scope),
        isNotNull(projects.agreedAmountWan),
        query.teamId ? eq(projects.teamId, query.teamId) : undefined,
        query.kind ? eq(projects.kind, query.kind) : undefined,
        query.from ? gte(first, query.from) : undefined,
        query.to ? lte(first, query.to) : undefined,
      ),
    );
  const months = signedByMonth(
    rows.map((row) => ({ firstSignedOn: row.firstSignedOn, countedWan: countedAmountWan(row), verification: row.verified ? 'verified' : 'unverified' })),
    { verifiedOnly: query.verifiedOnly },
  );
  const total = sumMonths(months);
  return { months, total };
}
