import { and, asc, desc, inArray, isNull, sql } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { enterprises } from '../enterprises/schema.ts';
import { visits } from '../investment-visits/schema.ts';
import { visibleVisits } from '../investment-visits/visit-policy.ts';
import { currentLinksOf, enterprisesLinkedTo } from './key-enterprise-links.ts';
import type { LinkRole } from './link-roles.ts';
import type { OpenRequest, OpenRequestsProvider } from './open-requests.ts';

const recentVisitsEach = 3;

/**
 * A linked leader's or commissioner's key enterprises today: who else is linked, the latest visits (the link is
 * why they read them here; a visit opens only for its readers, `mayOpen`) and the open requests the providers
 * list. The same few queries however many enterprises.
 */
export async function readMyKeyEnterprises(
  db: DbOrTx,
  reader: { id: string; permissions: readonly Permission[] },
  locale: Locale,
  providers: readonly OpenRequestsProvider[],
  today: string = chinaToday(),
) {
  const mine = await enterprisesLinkedTo(db, reader.id, today);
  const enterpriseIds = [...new Set(mine.map((link) => link.enterpriseId))];
  if (!enterpriseIds.length) return { items: [] };
  const [names, current, recentVisits, requests] = await Promise.all([
    db.select({ id: enterprises.id, name: enterprises.name }).from(enterprises).where(inArray(enterprises.id, enterpriseIds)).orderBy(asc(enterprises.name)),
    currentLinksOf(db, enterpriseIds, today),
    db
      .select({
        id: visits.id,
        enterpriseId: visits.enterpriseId,
        visitedOn: visits.visitedOn,
        officerName: visits.officerName,
        summary: visits.summary,
        mayOpen: sql<boolean>`coalesce(${visibleVisits(reader)}, false)`,
      })
      .from(
        db
          .select({ id: visits.id, rank: sql<number>`row_number() OVER (PARTITION BY ${visits.enterpriseId} ORDER BY ${visits.visitedOn} DESC, ${visits.createdAt} DESC)`.as('rank') })
          .from(visits)
          .where(and(inArray(visits.enterpriseId, enterpriseIds), isNull(visits.deletedAt)))
          .as('ranked'),
      )
      .innerJoin(visits, sql`${visits.id} = ranked.id`)
      .where(sql`ranked.rank <= ${recentVisitsEach}`)
      .orderBy(desc(visits.visitedOn), desc(visits.createdAt)),
    Promise.all(providers.map((provide) => provide(db, { enterpriseIds, reader, locale }))),
  ]);
  const requestsOf = groupBy(requests.flat(), (request) => request.enterpriseId);
  const visitsOf = groupBy(recentVisits, (visit) => visit.enterpriseId);
  return {
    items: names.map(({ id, name }) => ({
      enterpriseId: id,
      name,
      roles: [...new Set(mine.filter((link) => link.enterpriseId === id).map((link) => link.role))] as LinkRole[],
      links: current.get(id) ?? [],
      recentVisits: visitsOf.get(id) ?? [],
      openRequests: (requestsOf.get(id) ?? []).sort((a: OpenRequest, b: OpenRequest) => b.openedAt.getTime() - a.openedAt.getTime()),
    })),
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return groups;
}

