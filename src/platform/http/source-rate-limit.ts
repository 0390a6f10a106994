import { AppError } from './errors.ts';

/**
 * A cap on the requests one source address makes in a minute, kept by each instance in its own memory: public routes
 * (the market portal, the competition's registration) answer anyone, and this stops one address from scraping them,
 * inflating view counts or flooding a form, without a database round trip per anonymous request. Several instances each allow the cap, which is the point of a cap, not a quota.
 * The counts are dropped at every minute's turn, so memory holds at most one minute's addresses.
 */
export function sourceRateLimit(perMinute: number, now: () => number = Date.now) {
  let minute = -1;
  const counts = new Map<string, number>();
  return (source: string): void => {
    const current = Math.floor(now() / 60_000);
    if (current !== minute) {
      counts.clear();
      minute = current;
    }
    const count = (counts.get(source) ?? 0) + 1;
    counts.set(source, count);
    if (count > perMinute) {
      const retryAfter = 60 - Math.floor(now() / 1000) % 60;
      throw new AppError(429, 'problem.tooManyRequests', { headers: { 'retry-after': String(retryAfter) } });
    }
  };
}
