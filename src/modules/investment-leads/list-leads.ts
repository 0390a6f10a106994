import { and, asc, count, desc, eq, inArray, isNotNull, isNull, like, lte, sql, type SQL } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import type { TeamScope } from '../../platform/teams/team-scope.ts';
import { enterprises } from '../enterprises/schema.ts';
import { referenceData } from '../reference/reference-data.ts';
import { pastCutoff, returnsToPoolOrder } from './idle-lead-conditions.ts';
import { idleCutoffs, type IdleRule } from './lead-idle.ts';
import { leadScopeOf, visibleLeads, type LeadUser } from './lead-policy.ts';
import { readLeads } from './lead-records.ts';
import { leads } from './schema.ts';
import type { LeadListQuery, LeadSummary } from './schemas.ts';
import { escapeLike } from '../../platform/db/escape-like.ts';


function tabCondition(tab: LeadListQuery['tab'], scope: TeamScope, userId: string): SQL | undefined {
  switch (tab) {
    case 'mine':
      return eq(leads.ownerId, userId);
    case 'team':
      if (scope.all) return isNotNull(leads.ownerId);
      return scope.teamIds.length ? and(isNotNull(leads.ownerId), inArray(leads.teamId, [...scope.teamIds])) : sql`false`;
    case 'pool':
      return isNull(leads.ownerId);
    case 'all':
      return undefined;
  }
}

/**
 * A page of the leads the user sees on one tab (theirs, their teams', the pool, or all), filtered and searched by
 * the enterprise's name in either script; the pool shows open leads unless a status is asked for. Most recently
 * touched first, unless only due or soon-returning leads are asked for.
 */
export async function listLeads(
  db: DbOrTx,
  user: LeadUser,
  query: LeadListQuery,
  locale: Locale,
  rule: IdleRule,
  now: Date = new Date(),
): Promise<{ items: LeadSummary[]; total: number; page: number; pageSize: number }> {
  const today = chinaToday();
  const scope = await leadScopeOf(db, user, today);
  const q = query.q ? normalizeKey(query.q) : '';
  const industry = query.industry ? ((await referenceData(db)).resolveIndustryCode(query.industry) ?? query.industry.toUpperCase()) : '';
  const status = query.status ?? (query.tab === 'pool' || query.due || query.returningSoon ? 'open' : undefined);
  const where = and(
    visibleLeads(scope),
    tabCondition(query.tab, scope, user.id),
    status ? eq(leads.status, status) : undefined,
    query.source ? eq(leads.source, query.source) : undefined,
    query.priority ? eq(leads.priority, query.priority) : undefined,
    industry ? like(leads.industryCode, `${escapeLike(industry)}%`) : undefined,
    query.due ? lte(leads.nextFollowUpOn, today) : undefined,
    query.returningSoon ? and(isNotNull(leads.ownerId), pastCutoff(idleCutoffs(now, rule).warnBy)) : undefined,
    q ? like(enterprises.searchText, `%${escapeLike(q)}%`) : undefined,
  );
  const [items, [total]] = await Promise.all([
    readLeads(db, where, locale, rule, {
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
      // Due follow-ups the most overdue first, leads soon back in the pool the soonest first.
      order: query.due ? [asc(leads.nextFollowUpOn), asc(leads.id)] : query.returningSoon ? [asc(returnsToPoolOrder(rule)), asc(leads.id)] : [desc(leads.touchedAt), desc(leads.id)],
    }),
    db
      .select({ n: count() })
      .from(leads)
      .innerJoin(enterprises, eq(enterprises.id, leads.enterpriseId))
      .where(where),
  ]);
  return { items, total: total!.n, page: query.page, pageSize: query.pageSize };
}
