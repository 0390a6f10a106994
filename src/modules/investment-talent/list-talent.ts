import { and, arrayContains, asc, count, eq, inArray, like, lte, type SQL } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { escapeLike } from '../../platform/db/escape-like.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { talentRecords } from './schema.ts';
import type { TalentListQuery, TalentSummary } from './schemas.ts';
import { talentScopeOf, visibleTalent, type TalentUser } from './talent-policy.ts';
import { readTalent } from './talent-records.ts';
import { workingTalentStages } from './talent-stages.ts';

/**
 * A page of the talent records the user sees, filtered (stage, kind, a need, team, owner, linked project, follow-ups
 * due) and searched by name, institution or field in either script; most recently changed first, due ones the most
 * overdue first.
 */
export async function listTalent(
  db: DbOrTx,
  user: TalentUser,
  query: TalentListQuery,
  locale: Locale,
): Promise<{ items: TalentSummary[]; total: number; page: number; pageSize: number }> {
  const today = chinaToday();
  const scope = await talentScopeOf(db, user, today);
  const q = query.q ? `%${escapeLike(normalizeKey(query.q))}%` : '';
  const where = and(
    visibleTalent(scope),
    query.stage ? eq(talentRecords.stage, query.stage) : undefined,
    query.kind ? eq(talentRecords.kind, query.kind) : undefined,
    query.need ? arrayContains(talentRecords.needs, [query.need]) : undefined,
    query.teamId ? eq(talentRecords.teamId, query.teamId) : undefined,
    query.ownerId ? eq(talentRecords.ownerId, query.ownerId) : undefined,
    query.mine ? eq(talentRecords.ownerId, user.id) : undefined,
    query.projectId ? eq(talentRecords.projectId, query.projectId) : undefined,
    query.due ? and(lte(talentRecords.nextFollowUpOn, today), inArray(talentRecords.stage, [...workingTalentStages])) : undefined,
    q ? like(talentRecords.searchText, q) : undefined,
  );
  const order: SQL[] | undefined = query.due ? [asc(talentRecords.nextFollowUpOn), asc(talentRecords.id)] : undefined;
  const [items, [total]] = await Promise.all([
    readTalent(db, where, locale, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize, ...(order ? { order } : {}) }),
    db.select({ n: count() }).from(talentRecords).where(where),
  ]);
  return { items, total: total!.n, page: query.page, pageSize: query.pageSize };
}
