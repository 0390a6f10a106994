import { isIPv6 } from 'node:net';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { AppError } from '../http/errors.ts';
import { loginFailureCounters } from './schema.ts';

/**
 * OWASP's advice for password guessing and credential stuffing: count failures per account and source, and per
 * source; a success on one account clears nothing but that account's count from that source. The account alone is
 * never locked, so a stranger's guesses against `admin` cannot keep the real administrator out.
 */
export const loginThrottle = {
  windowMinutes: 15,
  /** Failures on one account from one source within the window, after which that pair is refused. */
  maxFailuresPerAccountAndSource: 5,
  /** Failures from one source within the window, whatever the accounts, after which the source is refused. */
  maxFailuresPerSource: 50,
};

export interface Attempt {
  /** The normalised username. */
  account: string;
  /** The client's IP address (the proxy's, unless TRUST_PROXY is set behind one). */
  source: string;
}

/**
 * The source a counter is kept for: an IPv4 address, or an IPv6 address's /64 network, since one subscriber
 * usually holds a whole /64 and could otherwise take a fresh address for every few guesses.
 */
export function throttleSource(ip: string): string {
  const address = ip.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail] = address.split('::');
  const groupsOf = (part: string) => (part ? part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : []);
  const headGroups = groupsOf(head);
  const tailGroups = groupsOf(tail ?? '');
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/**
 * Counts the attempt before checking the password, so that concurrent guesses cannot all pass the limit; a
 * success takes its own count back. Throws 429 once either limit is passed, without checking the password.
 */
export async function throttleAttempt(db: DbOrTx, { account, source: ip }: Attempt, check: () => Promise<boolean>): Promise<boolean> {
  const attempt = { account, source: throttleSource(ip) };
  const windowEnd = sql`now() + make_interval(mins => ${loginThrottle.windowMinutes})`;
  const expired = sql`${loginFailureCounters.expiresAt} <= now()`;
  const counts = await db
    .insert(loginFailureCounters)
    .values([
      { scope: 'source', account: '', source: attempt.source, failures: 1, expiresAt: windowEnd },
      { scope: 'account-source', account: attempt.account, source: attempt.source, failures: 1, expiresAt: windowEnd },
    ])
    .onConflictDoUpdate({
      target: [loginFailureCounters.scope, loginFailureCounters.account, loginFailureCounters.source],
      set: {
        failures: sql`case when ${expired} then 1 else ${loginFailureCounters.failures} + 1 end`,
        expiresAt: sql`case when ${expired} then excluded.expires_at else ${loginFailureCounters.expiresAt} end`,
      },
    })
    .returning({
      scope: loginFailureCounters.scope,
      failures: loginFailureCounters.failures,
      secondsLeft: sql<number>`ceil(extract(epoch from ${loginFailureCounters.expiresAt} - now()))::int`,
    });
  const limits = { source: loginThrottle.maxFailuresPerSource, 'account-source': loginThrottle.maxFailuresPerAccountAndSource };
  const exceeded = counts.filter((count) => count.failures > limits[count.scope]);
  if (exceeded.length > 0) {
    const seconds = Math.max(1, ...exceeded.map((count) => count.secondsLeft));
    throw new AppError(429, 'auth.lockedOut', {
      params: { minutes: Math.ceil(seconds / 60) },
      headers: { 'retry-after': String(seconds) },
    });
  }

  const succeeded = await check();
  if (succeeded) await forgiveAttempt(db, attempt);
  return succeeded;
}

/** A success was no failure: the source's count goes back by one, and the account's from this source is cleared. */
async function forgiveAttempt(db: DbOrTx, attempt: Attempt) {
  await db
    .update(loginFailureCounters)
    .set({ failures: sql`greatest(${loginFailureCounters.failures} - 1, 0)` })
    .where(and(eq(loginFailureCounters.scope, 'source'), eq(loginFailureCounters.account, ''), eq(loginFailureCounters.source, attempt.source)));
  await db
    .delete(loginFailureCounters)
    .where(
      and(
        eq(loginFailureCounters.scope, 'account-source'),
        eq(loginFailureCounters.account, attempt.account),
        eq(loginFailureCounters.source, attempt.source),
      ),
    );
}

export async function deleteExpiredLoginCounters(db: DbOrTx): Promise<void> {
  await db.delete(loginFailureCounters).where(lt(loginFailureCounters.expiresAt, sql`now()`));
}
