/** How long an owned open lead may go untouched before it returns to the pool, and the warning before. */
export interface IdleRule {
  returnDays: number;
  warningDays: number;
}

const day = 86_400_000;

/**
 * The instants that decide a run of the pool job at `now`: leads touched before `returnBefore` go back to the pool;
 * those touched before `warnBefore` (and not yet warned of this touch) have their owner warned.
 */
export function idleCutoffs(now: Date, rule: IdleRule): { returnBefore: Date; warnBefore: Date } {
  return {
    returnBefore: new Date(now.getTime() - rule.returnDays * day),
    warnBefore: new Date(now.getTime() - Math.max(rule.returnDays - rule.warningDays, 0) * day),
  };
}

/** When a lead touched at `touchedAt` returns to the pool if nobody touches it again. */
export function returnsToPoolAt(touchedAt: Date, rule: Pick<IdleRule, 'returnDays'>): Date {
  return new Date(touchedAt.getTime() + rule.returnDays * day);
}
