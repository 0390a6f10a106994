import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput, notFound } from '../../platform/http/errors.ts';
import { monthsBetween, occupancySeries, type OccupancyPoint } from './occupancy.ts';
import { findSite } from './site-policy.ts';
import { buildingAreas, leaseSpansOf } from './site-records.ts';

const maxMonths = 60;

function monthsBefore(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + number - 1 - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * A site's (or one of its buildings') leased and open share month by month, from the leases' signing, opening and
 * ending days: by default from the month of the first signing (at least the last twelve months) to this month.
 */
export async function readOccupancySeries(db: DbOrTx, siteId: string, query: { from?: string; to?: string; buildingId?: string }): Promise<OccupancyPoint[]> {
  await findSite(db, siteId);
  const today = chinaToday();
  const areas = await buildingAreas(db, [siteId]);
  if (query.buildingId && !areas.some((a) => a.buildingId === query.buildingId)) throw notFound();
  const spans = await leaseSpansOf(db, [siteId], query.buildingId);
  const to = query.to ?? today.slice(0, 7);
  const firstSigning = spans.reduce<string | null>((first, s) => (s.signedOn && (!first || s.signedOn < first) ? s.signedOn : first), null)?.slice(0, 7);
  let from = query.from ?? [firstSigning ?? to, monthsBefore(to, 11)].sort()[0]!;
  if (from > to) throw invalidInput([{ field: 'from', message: 'site.occupancy.order' }]);
  if (monthsBetween(from, to).length > maxMonths) {
    if (query.from) throw invalidInput([{ field: 'from', message: 'site.occupancy.tooLong', params: { months: maxMonths } }]);
    from = monthsBefore(to, maxMonths - 1);
  }
  const totalArea = areas.filter((a) => !query.buildingId || a.buildingId === query.buildingId).reduce((n, a) => n + (a.area ?? 0), 0);
  return occupancySeries(totalArea, spans, from, to, today);
}
