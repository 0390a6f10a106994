import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { countedAmountWan, signedByMonth, sumMonths, type CountedProject, type MonthFigures, type SignedFigures } from './counting-rules.ts';
import { projectFilterCondition, sectorOf, signedBetween, type ProjectFilters } from './project-filters.ts';
import { projectScopeOf, visibleProjects, type ProjectUser } from './project-policy.ts';
import { amountVerified, firstSignedOn } from './project-records.ts';
import type { ProjectKind } from './project-stages.ts';
import { projects } from './schema.ts';
import type { SummaryQuery } from './schemas.ts';

/** A signed project as the figures count it, with what reports group it by. */
export interface CountedSignedProject extends CountedProject {
  firstSignedOn: string;
  teamId: string | null;
  regionCode: string | null;
  /** The GB/T 4754 section letter of its industry. */
  sector: string | null;
}

/**
 * The projects the user sees that first signed within the days (counting rule 1), each once with the amount it
 * counts (rule 2: a capital increase by its increment) and whether that amount is verified (rule 4). One query;
 * the summary and the reports group these rows with the counting rules' `signedBy`.
 */
export async function readCountedSignedProjects(
  db: DbOrTx,
  user: ProjectUser,
  filters: Omit<ProjectFilters, 'signedFrom' | 'signedTo'> & { from?: string; to?: string; kind?: ProjectKind },
): Promise<CountedSignedProject[]> {
  const scope = await projectScopeOf(db, user);
  const { from, to, kind, ...others } = filters;
  const rows = await db
    .select({
      kind: projects.kind,
      agreedAmountWan: projects.agreedAmountWan,
      baseAmountWan: projects.baseAmountWan,
      firstSignedOn,
      verified: amountVerified,
      teamId: projects.teamId,
      regionCode: projects.regionCode,
      sector: sectorOf,
    })
    .from(projects)
    .where(and(visibleProjects(scope), signedBetween(from, to), projectFilterCondition(others), kind ? eq(projects.kind, kind) : undefined));
  return rows.map((row) => ({
    firstSignedOn: row.firstSignedOn!,
    countedWan: countedAmountWan(row),
    verification: row.verified ? 'verified' : 'unverified',
    teamId: row.teamId,
    regionCode: row.regionCode,
    sector: row.sector,
  }));
}

/**
 * Projects signed and the amount counted, by the month of their first signing (counting rules 1 and 2: each project
 * once, a capital increase by its increment), of the projects the user sees; `verifiedOnly` leaves out amounts
 * without an agreement file (rule 4), which are otherwise counted and reported apart. What reports build on.
 */
export async function readSignedSummary(db: DbOrTx, user: ProjectUser, query: SummaryQuery): Promise<{ months: MonthFigures[]; total: SignedFigures }> {
  const rows = await readCountedSignedProjects(db, user, { from: query.from, to: query.to, teamId: query.teamId, kind: query.kind });
  const months = signedByMonth(rows, { verifiedOnly: query.verifiedOnly });
  return { months, total: sumMonths(months) };
}
