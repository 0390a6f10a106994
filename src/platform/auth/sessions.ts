import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import type { CachedSession, SessionCache } from './session-cache.ts';
import { sessions, users } from './schema.ts';

export const sessionCookieName = 'qiao_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
  enterpriseId: string | null;
  locale: string | null;
  mustChangePassword: boolean;
}

export async function createSession(
  db: DbOrTx,
  input: { userId: string; ttlHours: number; ip?: string; userAgent?: string },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.insert(sessions).values({
    id: hashToken(token),
    userId: input.userId,
    csrfToken,
    expiresAt: new Date(Date.now() + input.ttlHours * 3_600_000),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 500),
  });
  return { token, csrfToken };
}

/** Touch at most once a minute so that reads do not turn into a write per request. */
const touchIntervalMs = 60_000;

/**
 * The session's user, or null when the token is unknown, expired, or its user disabled. Slides the expiry.
 * With a cache, a session seen before costs no round trip (see SessionCache for why that stays correct).
 */
export async function findSession(
  db: DbOrTx,
  token: string,
  ttlHours: number,
  cache?: SessionCache,
  options: { touch?: boolean } = {},
): Promise<CachedSession | null> {
  const touch = options.touch ?? true;
  const sessionId = hashToken(token);
  const now = Date.now();
  const cached = cache?.get(sessionId, now);
  if (cached) {
    if (touch) await touchIfIdle(db, cached, ttlHours, now);
    return cached;
  }
  const keep = cache?.beginRead();
  const [row] = await db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        roles: users.roles,
        enterpriseId: users.enterpriseId,
        locale: users.locale,
        mustChangePassword: users.mustChangePassword,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, sql`now()`), eq(users.disabled, false)));
  if (!row) return null;
  const found: CachedSession = {
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
    user: row.user satisfies SessionUser,
    lastSeenAt: row.lastSeenAt.getTime(),
    expiresAt: row.expiresAt.getTime(),
  };
  if (touch) await touchIfIdle(db, found, ttlHours, now);
  keep?.(found);
  return found;
}

async function touchIfIdle(db: DbOrTx, session: CachedSession, ttlHours: number, now: number) {
  if (now - session.lastSeenAt <= touchIntervalMs) return;
  // Marked first, so that requests arriving together on one cached session touch it once.
  session.lastSeenAt = now;
  session.expiresAt = now + ttlHours * 3_600_000;
  await db
    .update(sessions)
    .set({ lastSeenAt: new Date(now), expiresAt: new Date(session.expiresAt) })
    .where(eq(sessions.id, session.sessionId));
}

export async function deleteSession(db: DbOrTx, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

export async function deleteUserSessions(db: DbOrTx, userId: string, exceptSessionId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(exceptSessionId ? and(eq(sessions.userId, userId), sql`${sessions.id} <> ${exceptSessionId}`) : eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: DbOrTx): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
}
