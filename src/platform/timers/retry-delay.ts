const minute = 60_000;

/** How often a failing handler is run before its timer is given up. */
export const maxTimerAttempts = 6;

/**
 * How long after its n-th failure a timer is tried again: 1, 2, 4, 8, 16 minutes, doubling up to an hour, so that a
 * passing fault (a lock, a restart of the database) costs a minute and a lasting one does not spin.
 */
export function retryDelayAfter(failures: number): number {
  return Math.min(60 * minute, minute * 2 ** Math.max(0, failures - 1));
}
