import { and, asc, count, desc, eq, gte, inArray, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { escapeLike } from '../../platform/db/escape-like.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { enterprises } from '../enterprises/schema.ts';
import { projectFilterCondition } from './project-filters.ts';
import { projectScopeOf, visibleProjects, type ProjectUser } from './project-policy.ts';
import { amountVerified, readProjects } from './project-records.ts';
import { workingStages } from './project-stages.ts';
import { projects } from './schema.ts';
import type { ProjectListQuery, ProjectSummary } from './schemas.ts';
import { stalledBefore, type StallRule } from './stall-rule.ts';

/** Projects longer than the rule allows in a working stage. */
export const stalledCondition = (now: Date, rule: StallRule) => and(inArray(projects.stage, [...workingStages]), lt(projects.stageEnteredAt, stalledBefore(now, rule)));

/**
 * A page of the projects the user sees, filtered (stage, manager, kind, verified amounts only, stalled, due or
 * within follow-up dates, and the filters the reports open it with, project-filters.ts) and searched by the
 * project's or the enterprise's name in either script. Most recently changed first; due ones the most overdue
 * first, stalled ones the longest first, the calendar by date.
 */
export async function listProjects(
  db: DbOrTx,
  user: ProjectUser,
  query: ProjectListQuery,
  locale: Locale,
  rule: StallRule,
  now: Date = new Date(),
): Promise<{ items: ProjectSummary[]; total: number; page: number; pageSize: number }> {
  const today = chinaToday();
  const scope = await projectScopeOf(db, user, today);
  const q = query.q ? `%${escapeLike(normalizeKey(query.q))}%` : '';
  const where = and(
    visibleProjects(scope),
    query.stage ? eq(projects.stage, query.stage) : undefined,
    projectFilterCondition(query),
    query.managerId ? eq(projects.managerId, query.managerId) : undefined,
    query.mine ? eq(projects.managerId, user.id) : undefined,
    query.kind ? eq(projects.kind, query.kind) : undefined,
    query.verifiedOnly ? amountVerified : undefined,
    query.stalled ? stalledCondition(now, rule) : undefined,
    query.due ? and(lte(projects.nextFollowUpOn, today), inArray(projects.stage, [...workingStages])) : undefined,
    query.followUpFrom ? gte(projects.nextFollowUpOn, query.followUpFrom) : undefined,
    query.followUpTo ? lte(projects.nextFollowUpOn, query.followUpTo) : undefined,
    q ? or(like(enterprises.searchText, q), like(sql`lower(${projects.name})`, q.toLowerCase())) : undefined,
  );
  const order: SQL[] = query.due
    ? [asc(projects.nextFollowUpOn), asc(projects.id)]
    : query.stalled
      ? [asc(projects.stageEnteredAt), asc(projects.id)]
      : query.followUpFrom || query.followUpTo
        ? [asc(projects.nextFollowUpOn), asc(projects.id)]
        : [desc(projects.updatedAt), desc(projects.id)];
  const [items, [total]] = await Promise.all([
    readProjects(db, where, locale, rule, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize, order }, now),
    db
      .select({ n: count() })
      .from(projects)
      .innerJoin(enterprises, eq(enterprises.id, projects.enterpriseId))
      .where(where),
  ]);
  return { items, total: total!.n, page: query.page, pageSize: query.pageSize };
}
