import { asc, eq, isNull } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { noValue } from '../investment-projects/project-filters.ts';
import { referenceData } from '../reference/reference-data.ts';
import { occupancyOn, occupancySeries, type Occupancy } from '../sites/occupancy.ts';
import { sites } from '../sites/schema.ts';
import { buildingAreas, leaseSpansOf } from '../sites/site-records.ts';
import type { ReportPeriod } from './report-period.ts';
import type { OccupancyReport } from './schemas.ts';

const shareOf = ({ totalArea, leasedArea, leasedShare, openShare }: Occupancy) => ({ totalArea, leasedArea, leasedShare, openShare });

/**
 * Every site's leased share today and at the end of each month of the period up to this one, by the sites module's
 * own functions (occupancyOn, occupancySeries); in the district when one is asked for. Three queries however many
 * sites. Every member of staff who reads reports reads every site (sites.read).
 */
export async function readSiteOccupancy(db: DbOrTx, period: ReportPeriod, regionCode: string | undefined, locale: Locale, today: string = chinaToday()): Promise<OccupancyReport> {
  const rows = await db
    .select({ id: sites.id, name: sites.name, regionCode: sites.regionCode })
    .from(sites)
    .where(regionCode === undefined ? undefined : regionCode === noValue ? isNull(sites.regionCode) : eq(sites.regionCode, regionCode))
    .orderBy(asc(sites.name));
  const ids = rows.map((row) => row.id);
  const [areas, spans, names] = await Promise.all([buildingAreas(db, ids), leaseSpansOf(db, ids), referenceData(db).then((reference) => reference.localized(locale))]);
  const lastMonth = [period.to.slice(0, 7), today.slice(0, 7)].sort()[0]!;
  const firstMonth = period.from.slice(0, 7);
  return {
    period,
    sites: rows.map((site) => {
      const totalArea = areas.filter((area) => area.siteId === site.id).reduce((sum, area) => sum + (area.area ?? 0), 0);
      const leases = spans.filter((span) => span.siteId === site.id);
      return {
        siteId: site.id,
        name: site.name,
        regionCode: site.regionCode,
        regionName: site.regionCode ? (names.regionPath(site.regionCode).at(-1)?.name ?? null) : null,
        ...shareOf(occupancyOn(totalArea, leases, today)),
        months: firstMonth <= lastMonth ? occupancySeries(totalArea, leases, firstMonth, lastMonth, today).map((point) => ({ month: point.month, ...shareOf(point) })) : [],
      };
    }),
  };
}
