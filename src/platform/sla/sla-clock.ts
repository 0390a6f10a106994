import { addWorkingTime, workingTimeBetween, type Pause, type WorkingCalendar } from '../calendar/working-calendar.ts';
import type { SlaCycle } from './sla-cycle.ts';

/** A policy's targets in working minutes on its calendar; null where the policy sets none. */
export interface SlaTargets {
  firstResponseMinutes: number | null;
  resolutionMinutes: number | null;
}

export const slaStates = ['running', 'at_risk', 'breached', 'met', 'met_late', 'paused'] as const;
/**
 * Where a target stands: `running` before its warning, `at_risk` from the warning (75 % of the target by default),
 * `breached` once due and not met (even while paused: the pause came too late), `met` / `met_late` once met on or
 * after its due time, `paused` while the request waits on the enterprise.
 */
export type SlaState = (typeof slaStates)[number];

export interface SlaTargetStatus {
  state: SlaState;
  /** Null while a pause lasts and the deadline was not reached before it (it is not known yet). */
  dueAt: Date | null;
  /** When the warning falls due; null like `dueAt`. Already past once at risk. */
  warnAt: Date | null;
  metAt: Date | null;
  /** Working time left to the deadline, at `now` or when met; 0 once overdue. */
  remainingMs: number;
  /** Working time past the deadline, at `now` or when met; 0 while within it. */
  overdueMs: number;
}

export interface SlaStatus {
  firstResponse: SlaTargetStatus | null;
  resolution: SlaTargetStatus | null;
}

export interface SlaClockInput {
  calendar: WorkingCalendar;
  targets: SlaTargets;
  cycle: SlaCycle;
  /** The share of a target after which it is at risk. */
  warningShare?: number;
  now: Date;
}

export const defaultWarningShare = 0.75;
const minute = 60_000;

/** The pauses as they stood at `end`: one still open then is open; one starting later did not happen yet. */
function pausesUntil(pauses: readonly Pause[], end: Date): Pause[] {
  return pauses.flatMap((pause) => {
    if (pause.from.getTime() >= end.getTime()) return [];
    return [{ from: pause.from, to: pause.to && pause.to.getTime() <= end.getTime() ? pause.to : null }];
  });
}

function targetStatus(calendar: WorkingCalendar, cycle: SlaCycle, minutes: number, metAt: Date | null, warningShare: number, now: Date): SlaTargetStatus {
  const amount = minutes * minute;
  // A met target is judged as it stood when met: a pause then open ends there.
  const end = metAt ?? now;
  const pauses = pausesUntil(cycle.pauses, end).map((pause) => (metAt && pause.to === null ? { from: pause.from, to: metAt } : pause));
  const dueAt = addWorkingTime(calendar, cycle.startedAt, amount, pauses);
  const warnAt = addWorkingTime(calendar, cycle.startedAt, Math.round(amount * warningShare), pauses);
  const left = amount - workingTimeBetween(calendar, cycle.startedAt, end, pauses);
  const remainingMs = Math.max(0, left);
  const overdueMs = Math.max(0, -left);
  const reached = (at: Date | null) => at !== null && at.getTime() <= end.getTime();
  const state = ((): SlaState => {
    if (metAt) return reached(dueAt) && metAt.getTime() > dueAt!.getTime() ? 'met_late' : 'met';
    if (reached(dueAt)) return 'breached';
    if (pauses.at(-1)?.to === null) return 'paused';
    return reached(warnAt) ? 'at_risk' : 'running';
  })();
  return { state, dueAt, warnAt, metAt, remainingMs, overdueMs };
}

/**
 * A cycle's SLA at `now`, target by target, on the policy's calendar. The first response counts as met by the
 * resolution when nobody answered before it. Paused time does not count; the deadline of a paused clock is not
 * known until it runs again, unless it was passed before the pause.
 */
export function evaluateSla({ calendar, targets, cycle, warningShare = defaultWarningShare, now }: SlaClockInput): SlaStatus {
  if (!(warningShare > 0 && warningShare < 1)) throw new Error(`warning share ${warningShare} is not between 0 and 1`);
  const firstResponseMetAt = cycle.firstRespondedAt ?? cycle.resolvedAt;
  return {
    firstResponse:
      targets.firstResponseMinutes === null ? null : targetStatus(calendar, cycle, targets.firstResponseMinutes, firstResponseMetAt, warningShare, now),
    resolution: targets.resolutionMinutes === null ? null : targetStatus(calendar, cycle, targets.resolutionMinutes, cycle.resolvedAt, warningShare, now),
  };
}
