import type { ServiceRequestPriority, ServiceRequestState } from './schema.ts';

/**
 * The counting behind the desk's daily summary (一天一总结), as plain functions: the request rows are read by
 * `produce-daily-summary.ts`, and what is counted from them is decided here.
 */

/** How many and how long: the middle and the 90th percentile of a set of durations, in minutes. */
export interface DurationFigures {
  count: number;
  /** Null when nothing was counted. */
  medianMinutes: number | null;
  p90Minutes: number | null;
}

/** Targets decided during the day: met on time, or breached (due and not met then, or met late); see `slaOutcome`. */
export interface SlaCount {
  met: number;
  breached: number;
}

/** A request still open when the summary was produced, for the meeting to go through. */
export interface OpenItem {
  requestId: string;
  reference: string;
  categoryCode: string;
  priority: ServiceRequestPriority;
  state: ServiceRequestState;
  /** ISO instant. */
  createdAt: string;
  ownerName: string | null;
  /** Where its SLA stood when produced: at risk (past the warning) or breached; null when on time or unmeasured. */
  sla: 'at_risk' | 'breached' | null;
}

/** The current cycle's deadlines as the request stores them (null where no clock counts). */
export interface OpenItemDeadlines {
  slaResponseWarnAt: Date | null;
  slaResponseDueAt: Date | null;
  slaResolutionWarnAt: Date | null;
  slaResolutionDueAt: Date | null;
}

/** Where an open item's SLA stands at `now`: breached once a deadline passed, at risk once a warning did. */
export function openItemSla(deadlines: OpenItemDeadlines, now: Date): OpenItem['sla'] {
  const passed = (at: Date | null) => at !== null && at.getTime() <= now.getTime();
  if (passed(deadlines.slaResponseDueAt) || passed(deadlines.slaResolutionDueAt)) return 'breached';
  if (passed(deadlines.slaResponseWarnAt) || passed(deadlines.slaResolutionWarnAt)) return 'at_risk';
  return null;
}

/** One place and category that came up again and again. */
export interface RepeatedProblem {
  categoryCode: string;
  /** The site and building as the register names them, or the enterprise's own words. */
  locationLabel: string;
  count: number;
  requests: { requestId: string; reference: string }[];
}

/** One team's day as stored in `service_daily_summaries.figures` and shown on the summary page. */
export interface DailySummaryFigures {
  /** Requests opened during the day. */
  created: number;
  /** Requests resolved during the day (and not reopened since). */
  resolved: number;
  /** Null when none of the team's requests had an SLA policy, so nothing was measured. */
  sla: { firstResponse: SlaCount; resolution: SlaCount } | null;
  /** From opening to the first response, of the requests first answered during the day. */
  firstResponse: DurationFigures;
  /** From opening to resolution, of the requests resolved during the day. */
  resolution: DurationFigures;
  open: OpenItem[];
  /** Over the days `repeatedProblemDays` ending with this one. */
  repeated: RepeatedProblem[];
}

/** How far back repeated problems are looked for: a week, so that Monday's meeting sees last week's pattern. */
export const repeatedProblemDays = 7;
/** From how many requests the same place and category count as a repeated problem. */
export const repeatedProblemMinimum = 2;

/**
 * The value below which `share` of the values lie, interpolated between the two nearest (as Excel's
 * PERCENTILE.INC, so the exported workbook's readers can check it); null for no values.
 */
export function percentile(values: readonly number[], share: number): number | null {
  if (!(share >= 0 && share <= 1)) throw new Error(`percentile share ${share} is not between 0 and 1`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * share;
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below);
}

const roundToTenth = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

export function durationFigures(minutes: readonly number[]): DurationFigures {
  return { count: minutes.length, medianMinutes: roundToTenth(percentile(minutes, 0.5)), p90Minutes: roundToTenth(percentile(minutes, 0.9)) };
}

/** The minutes between two instants. */
export const minutesBetween = (from: Date, to: Date): number => (to.getTime() - from.getTime()) / 60_000;

/** A target as the SLA clock reports it: when due (null while a pause hides it) and when met. */
export interface SlaTargetTimes {
  dueAt: Date | null;
  metAt: Date | null;
}

/**
 * When and how a target was decided, seen at `now`: met when met by its due time (or with no due time known),
 * breached at its due time when met later or not at all by `now`; null while still undecided.
 */
export function slaOutcome(target: SlaTargetTimes, now: Date): { outcome: 'met' | 'breached'; at: Date } | null {
  const { dueAt, metAt } = target;
  if (metAt && (dueAt === null || metAt.getTime() <= dueAt.getTime())) return { outcome: 'met', at: metAt };
  if (dueAt && dueAt.getTime() <= now.getTime() && (metAt === null || metAt.getTime() > dueAt.getTime())) return { outcome: 'breached', at: dueAt };
  return null;
}

/** A request as repeated problems group it: a place of the register (its key an id) or the enterprise's words. */
export interface ProblemSighting {
  requestId: string;
  reference: string;
  categoryCode: string;
  locationKey: string;
  locationLabel: string;
}

/**
 * The places and categories that came up at least `minimum` times, most often first (then by category and place,
 * so that the list reads the same each time); each with its requests in the order given.
 */
export function repeatedProblems(sightings: readonly ProblemSighting[], minimum: number = repeatedProblemMinimum): RepeatedProblem[] {
  const groups = new Map<string, RepeatedProblem>();
  for (const sighting of sightings) {
    const key = JSON.stringify([sighting.categoryCode, sighting.locationKey]);
    const group = groups.get(key) ?? { categoryCode: sighting.categoryCode, locationLabel: sighting.locationLabel, count: 0, requests: [] };
    group.count += 1;
    group.requests.push({ requestId: sighting.requestId, reference: sighting.reference });
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((group) => group.count >= minimum)
    .sort((a, b) => b.count - a.count || a.categoryCode.localeCompare(b.categoryCode) || a.locationLabel.localeCompare(b.locationLabel));
}
