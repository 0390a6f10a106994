import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { AppError } from '../http/errors.ts';
import { normalizeKey } from '../text/normalize.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { loginAttempts, users } from './schema.ts';
import { createSession } from './sessions.ts';

export const lockout = {
  windowMinutes: 15,
  /** Failed attempts on one username within the window before it is locked for the rest of the window. */
  maxFailuresPerUser: 5,
  /** Failed attempts from one address within the window, whatever the usernames, before it is refused. */
  maxFailuresPerIp: 50,
};

// Verifying against a real hash when the user is unknown keeps the response time from telling who exists.
const unknownUserHash = hashPassword('unknown user placeholder');

async function recentFailures(db: DbOrTx, column: typeof loginAttempts.usernameKey | typeof loginAttempts.ip, value: string) {
  const since = sql`now() - make_interval(mins => ${lockout.windowMinutes})`;
  const lastSuccess = db
    .select({ at: sql`max(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(and(eq(column, value), eq(loginAttempts.succeeded, true)));
  const [row] = await db
    .select({ failures: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(column, value),
        eq(loginAttempts.succeeded, false),
        gt(loginAttempts.at, since),
        sql`${loginAttempts.at} > coalesce((${lastSuccess}), '-infinity'::timestamptz)`,
      ),
    );
  return row?.failures ?? 0;
}

export async function logIn(
  db: DbOrTx,
  input: { username: string; password: string; ip: string; userAgent?: string; ttlHours: number },
) {
  const usernameKey = normalizeKey(input.username);
  const locked =
    (await recentFailures(db, loginAttempts.usernameKey, usernameKey)) >= lockout.maxFailuresPerUser ||
    (await recentFailures(db, loginAttempts.ip, input.ip)) >= lockout.maxFailuresPerIp;
  if (locked) {
    throw new AppError(429, 'auth.lockedOut', {
      params: { minutes: lockout.windowMinutes },
      headers: { 'retry-after': String(lockout.windowMinutes * 60) },
    });
  }

  const [user] = await db.select().from(users).where(eq(users.usernameKey, usernameKey));
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyPassword(await unknownUserHash, input.password).then(() => false);
  const succeeded = valid && !!user && !user.disabled;
  await db.insert(loginAttempts).values({ usernameKey, ip: input.ip, succeeded });
  if (!succeeded || !user) throw new AppError(401, 'auth.invalidCredentials');

  const session = await createSession(db, {
    userId: user.id,
    ttlHours: input.ttlHours,
    ip: input.ip,
    userAgent: input.userAgent,
  });
  return { ...session, userId: user.id };
}
