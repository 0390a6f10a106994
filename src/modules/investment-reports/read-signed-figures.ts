import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { teams } from '../../platform/teams/schema.ts';
import { signedBy, sumMonths, type SignedFigures } from '../investment-projects/counting-rules.ts';
import type { ProjectFilters } from '../investment-projects/project-filters.ts';
import type { ProjectUser } from '../investment-projects/project-policy.ts';
import { readCountedSignedProjects } from '../investment-projects/read-signed-summary.ts';
import { referenceData } from '../reference/reference-data.ts';
import { monthsOf, type ReportPeriod } from './report-period.ts';
import type { SignedReport } from './schemas.ts';

const none = '';
const zero: SignedFigures = { signed: 0, amountWan: 0, unverified: 0, unverifiedAmountWan: 0 };
const byAmount = (a: SignedFigures, b: SignedFigures) => b.amountWan - a.amountWan || b.signed - a.signed;

/**
 * Projects first signed in the period and the amount they count, by sector (GB/T 4754 section), district, team and
 * Beijing month, verified and unverified apart, or the unverified left out with `verifiedOnly`: the rows and the
 * rules of `GET /api/projects/summary` (readCountedSignedProjects, signedBy), so that the totals are the same.
 */
export async function readSignedFigures(
  db: DbOrTx,
  user: ProjectUser,
  period: ReportPeriod,
  filters: ProjectFilters & { verifiedOnly?: boolean },
  locale: Locale,
): Promise<SignedReport> {
  const { verifiedOnly, ...projectFilters } = filters;
  const rows = await readCountedSignedProjects(db, user, { ...projectFilters, from: period.from, to: period.to });
  const options = { verifiedOnly };
  const groups = (keyOf: (row: (typeof rows)[number]) => string | null) => [...signedBy(rows, (row) => keyOf(row) ?? none, options)].sort(([, a], [, b]) => byAmount(a, b));
  const teamIds = [...new Set(rows.map((row) => row.teamId).filter((id): id is string => id !== null))];
  const [names, teamRows] = await Promise.all([
    referenceData(db).then((reference) => reference.localized(locale)),
    teamIds.length ? db.select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, teamIds)) : [],
  ]);
  const teamNames = new Map(teamRows.map((team) => [team.id, team.name]));
  const months = signedBy(rows, (row) => row.firstSignedOn.slice(0, 7), options);
  return {
    period,
    total: sumMonths([...months.values()]),
    bySector: groups((row) => row.sector).map(([sector, figures]) => ({ sector: sector || null, name: sector ? (names.industryName(sector) ?? sector) : null, ...figures })),
    byRegion: groups((row) => row.regionCode).map(([code, figures]) => ({ regionCode: code || null, name: code ? (names.regionPath(code).at(-1)?.name ?? code) : null, ...figures })),
    byTeam: groups((row) => row.teamId).map(([id, figures]) => ({ teamId: id || null, name: id ? (teamNames.get(id) ?? null) : null, ...figures })),
    byMonth: monthsOf(period).map((month) => ({ month, ...(months.get(month) ?? zero) })),
  };
}
