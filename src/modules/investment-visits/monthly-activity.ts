import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { chinaThisMonth, daysOfMonth } from '../../platform/calendar/china-month.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { concernTags, visits, type ConcernTag } from './schema.ts';
import type { MonthlyActivity } from './schemas.ts';
import { visibleVisits, type VisitUser } from './visit-policy.ts';
import { concernsOf, selectVisits } from './visit-records.ts';

export interface ActivityVisit {
  id: string;
  visitedOn: string;
  officerId: string | null;
  officerName: string;
  teamId: string | null;
  teamName: string | null;
  enterpriseId: string;
  enterpriseName: string;
  place: string | null;
  concerns: ConcernTag[];
}

const noConcerns = () => Object.fromEntries(concernTags.map((tag) => [tag, 0])) as Record<ConcernTag, number>;

function figures(group: readonly ActivityVisit[]) {
  const concerns = noConcerns();
  for (const visit of group) for (const tag of visit.concerns) concerns[tag] += 1;
  return { visits: group.length, enterprises: new Set(group.map((v) => v.enterpriseId)).size, concerns };
}

function groupBy<K>(list: readonly ActivityVisit[], key: (visit: ActivityVisit) => K): Map<K, ActivityVisit[]> {
  const groups = new Map<K, ActivityVisit[]>();
  for (const visit of list) groups.set(key(visit), [...(groups.get(key(visit)) ?? []), visit]);
  return groups;
}

/** The visits of a China month the user sees (one team's, when asked), the earliest first, with their concern tags. */
export async function visitsOfMonth(db: DbOrTx, user: VisitUser, month: string, teamId?: string): Promise<ActivityVisit[]> {
  const { first, last } = daysOfMonth(month);
  const rows = await selectVisits(db)
    .where(and(visibleVisits(user), gte(visits.visitedOn, first), lte(visits.visitedOn, last), teamId ? eq(visits.teamId, teamId) : undefined))
    .orderBy(asc(visits.visitedOn), asc(visits.createdAt), asc(visits.id));
  const concerns = await concernsOf(db, rows.map((row) => row.id));
  return rows.map((row) => ({ ...row, concerns: (concerns.get(row.id) ?? []).map((c) => c.tag) }));
}

/**
 * A China month's activity among the visits the user sees: visits and distinct enterprises per officer (the
 * recorder) and per team, the concerns raised by tag, and visits per day.
 */
export async function monthlyActivity(db: DbOrTx, user: VisitUser, query: { month?: string; teamId?: string }): Promise<MonthlyActivity & { list: ActivityVisit[] }> {
  const month = query.month ?? chinaThisMonth();
  const { first, last } = daysOfMonth(month);
  const list = await visitsOfMonth(db, user, month, query.teamId);
  const total = figures(list);
  const officers = [...groupBy(list, (v) => v.officerId ?? `name:${v.officerName}`).values()]
    .map((group) => ({ officerId: group[0]!.officerId, officerName: group[0]!.officerName, ...figures(group) }))
    .sort((a, b) => b.visits - a.visits || a.officerName.localeCompare(b.officerName, 'zh-CN'));
  const teamRows = [...groupBy(list, (v) => v.teamId).values()]
    .map((group) => ({
      teamId: group[0]!.teamId,
      teamName: group[0]!.teamName,
      officers: new Set(group.map((v) => v.officerId ?? v.officerName)).size,
      ...figures(group),
    }))
    .sort((a, b) => b.visits - a.visits || (a.teamName ?? '').localeCompare(b.teamName ?? '', 'zh-CN'));
  const days: { day: string; visits: number }[] = [];
  for (let at = Date.parse(`${first}T00:00:00Z`); at <= Date.parse(`${last}T00:00:00Z`); at += 86_400_000) {
    const day = new Date(at).toISOString().slice(0, 10);
    days.push({ day, visits: list.filter((v) => v.visitedOn === day).length });
  }
  return {
    month,
    from: first,
    to: last,
    totals: { visits: total.visits, enterprises: total.enterprises, officers: officers.length },
    officers,
    teams: teamRows,
    concerns: concernTags.map((tag) => ({ tag, count: total.concerns[tag] })),
    days,
    list,
  };
}
