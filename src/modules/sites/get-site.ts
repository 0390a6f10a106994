import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { occupancyOn } from './occupancy.ts';
import { findSite, mayManageSite, type SiteUser } from './site-policy.ts';
import { buildingAreas, leaseSpansOf, presentSites } from './site-records.ts';
import type { SiteDetail } from './schemas.ts';

/** One site with its buildings, each building's and the site's occupancy today, and whether the caller keeps it. */
export async function getSite(db: DbOrTx, user: SiteUser, id: string, locale: Locale): Promise<SiteDetail> {
  const today = chinaToday();
  const site = await findSite(db, id);
  const [[summary], areas, spans, mayManage] = await Promise.all([
    presentSites(db, [site], locale, today),
    buildingAreas(db, [id]),
    leaseSpansOf(db, [id]),
    mayManageSite(db, user, site, today),
  ]);
  const buildings = areas.map((b) => ({
    id: b.buildingId,
    name: b.name,
    units: b.units,
    occupancy: occupancyOn(b.area ?? 0, spans.filter((s) => s.buildingId === b.buildingId), today),
  }));
  return { ...summary!, buildings, mayManage };
}
