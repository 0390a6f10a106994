/** What the occupancy figures read of a lease: its area and the days it was signed, opened and ended. */
export interface LeaseSpan {
  area: number | null;
  signedOn: string | null;
  openedOn: string | null;
  endedOn: string | null;
}

export interface Occupancy {
  /** Square metres of every unit. */
  totalArea: number;
  /** Square metres under a lease signed by the day and not ended (签约, 装修, 开业). */
  leasedArea: number;
  /** Square metres of those open for business by the day. */
  openArea: number;
  /** leasedArea ÷ totalArea, 0 when there is no area. */
  leasedShare: number;
  openShare: number;
}

const share = (part: number, total: number) => (total > 0 ? part / total : 0);
// Areas carry two decimals: sum them in hundredths, so that the figures are exact.
const hundredths = (area: number | null) => Math.round((area ?? 0) * 100);

/**
 * The occupancy of a set of units with the given total area on a China calendar day (YYYY-MM-DD): a lease counts
 * as leased from its signing day and as open from its opening day, until the day it ended.
 */
export function occupancyOn(totalArea: number, leases: readonly LeaseSpan[], day: string): Occupancy {
  let leased = 0;
  let open = 0;
  for (const lease of leases) {
    if (lease.endedOn !== null && lease.endedOn <= day) continue;
    if (lease.signedOn !== null && lease.signedOn <= day) leased += hundredths(lease.area);
    if (lease.openedOn !== null && lease.openedOn <= day) open += hundredths(lease.area);
  }
  const total = hundredths(totalArea);
  return { totalArea: total / 100, leasedArea: leased / 100, openArea: open / 100, leasedShare: share(leased, total), openShare: share(open, total) };
}

/** 'YYYY-MM' of each month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const label = `${year}-${String(month).padStart(2, '0')}`;
    if (label > to) break;
    months.push(label);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The last day of a month 'YYYY-MM'. */
export function monthEnd(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, number, 0)).toISOString().slice(0, 10);
}

export interface OccupancyPoint extends Occupancy {
  month: string;
  /** The day the figures are of: the month's last, or today for the month under way. */
  day: string;
}

/** Month by month from `from` to `to` (YYYY-MM): the occupancy at each month's end, or today in the current month. */
export function occupancySeries(totalArea: number, leases: readonly LeaseSpan[], from: string, to: string, today: string): OccupancyPoint[] {
  return monthsBetween(from, to).map((month) => {
    const end = monthEnd(month);
    const day = end > today ? today : end;
    return { month, day, ...occupancyOn(totalArea, leases, day) };
  });
}
