import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { localizedName } from '../../platform/i18n/localized-name.ts';
import { teams } from '../../platform/teams/schema.ts';
import { sites } from '../sites/schema.ts';
import { serviceCategories, serviceRoutingRules } from './schema.ts';
import type { RoutingRuleView } from './schemas.ts';

/** Every routing rule with the names of what it matches and the team it sends to. */
export async function listRoutingRules(db: DbOrTx, locale: Locale): Promise<RoutingRuleView[]> {
  const rows = await db
    .select({
      rule: serviceRoutingRules,
      category: { nameZhCn: serviceCategories.nameZhCn, nameZhTw: serviceCategories.nameZhTw, nameEn: serviceCategories.nameEn },
      siteName: sites.name,
      teamName: teams.name,
    })
    .from(serviceRoutingRules)
    .innerJoin(teams, eq(teams.id, serviceRoutingRules.teamId))
    .leftJoin(serviceCategories, eq(serviceCategories.code, serviceRoutingRules.categoryCode))
    .leftJoin(sites, eq(sites.id, serviceRoutingRules.siteId))
    .orderBy(asc(serviceCategories.position), asc(sites.name), asc(serviceRoutingRules.createdAt));
  return rows.map(({ rule, category, siteName, teamName }) => ({
    id: rule.id,
    categoryCode: rule.categoryCode,
    categoryName: category ? localizedName(locale, category) : null,
    siteId: rule.siteId,
    siteName,
    teamId: rule.teamId,
    teamName,
  }));
}
