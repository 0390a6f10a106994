import { chinaDayOf } from '../../platform/calendar/china-day.ts';

/** How long an owned open lead may go untouched before it returns to the pool, and the warning before. */
export interface IdleRule {
  returnDays: number;
  warningDays: number;
}

/** What of a lead decides when it returns to the pool: its last touch and the follow-up day its owner planned. */
export interface IdleClock {
  touchedAt: Date;
  /** A China day, `YYYY-MM-DD`, or null when none is planned. */
  nextFollowUpOn: string | null;
}

const day = 86_400_000;

/** The first instant after a China day (its next midnight in Asia/Shanghai, which keeps UTC+8 all year). */
const chinaDayEnd = (chinaDay: string): Date => new Date(Date.parse(`${chinaDay}T00:00:00+08:00`) + day);

/**
 * When an owned open lead returns to the pool if nobody touches it again: once it has been idle for the return
 * period and the follow-up day its owner planned, if any, has passed. A follow-up planned beyond the period keeps
 * the lead until that day is over, since the owner meant to wait for it; an earlier (or past) one changes nothing.
 */
export function returnsToPoolAt(lead: IdleClock, rule: Pick<IdleRule, 'returnDays'>): Date {
  const idleEnd = lead.touchedAt.getTime() + rule.returnDays * day;
  return new Date(lead.nextFollowUpOn === null ? idleEnd : Math.max(idleEnd, chinaDayEnd(lead.nextFollowUpOn).getTime()));
}

/**
 * "Its instant is at or before now", said of a lead's own columns so that a query reads it off an index on the
 * touch: touched at or before `touchedBy`, and no follow-up planned on or after `followUpBefore` (a China day).
 */
export interface IdleCutoff {
  touchedBy: Date;
  followUpBefore: string;
}

/**
 * The cutoffs of a run at `now`: leads past `returnBy` have reached `returnsToPoolAt`, those past `warnBy` the instant
 * their owner is warned (the warning period before the return, never before the touch that started the idle period). A day's end is at or before an instant exactly when the day is before the instant's
 * day, so the follow-up part compares China days.
 */
export function idleCutoffs(now: Date, rule: IdleRule): { returnBy: IdleCutoff; warnBy: IdleCutoff } {
  const cutoff = (daysAhead: number): IdleCutoff => ({
    touchedBy: new Date(now.getTime() - Math.max(rule.returnDays - daysAhead, 0) * day),
    followUpBefore: chinaDayOf(new Date(now.getTime() + daysAhead * day)),
  });
  return { returnBy: cutoff(0), warnBy: cutoff(rule.warningDays) };
}
