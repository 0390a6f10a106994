import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { sessions, users } from '../auth/schema.ts';
import type { DbOrTx } from '../db/connection.ts';

/**
 * Of these sessions, those that still stand, with when each expires (ms). Read without touching them: a page left
 * open on its stream is not the user's activity, and must not keep their session alive.
 */
export async function sessionExpiries(db: DbOrTx, sessionIds: string[]): Promise<Map<string, number>> {
  if (sessionIds.length === 0) return new Map();
  const rows = await db
    .select({ id: sessions.id, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(inArray(sessions.id, sessionIds), gt(sessions.expiresAt, sql`now()`), eq(users.disabled, false)));
  return new Map(rows.map((row) => [row.id, row.expiresAt.getTime()]));
}
