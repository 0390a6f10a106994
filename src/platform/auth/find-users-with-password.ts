import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { normalizeKey } from '../text/normalize.ts';
import { verifyPassword } from './password.ts';
import { users } from './schema.ts';

/** Which of these (enabled) accounts still sign in with this password, e.g. the demo accounts' public one. */
export async function findUsersWithPassword(db: DbOrTx, usernames: readonly string[], password: string): Promise<string[]> {
  if (usernames.length === 0) return [];
  const candidates = await db
    .select({ username: users.username, passwordHash: users.passwordHash })
    .from(users)
    .where(and(inArray(users.usernameKey, usernames.map(normalizeKey)), eq(users.disabled, false)));
  // One at a time: each verification takes 19 MiB, and this runs while the server starts.
  const matching: string[] = [];
  for (const user of candidates) {
    if (await verifyPassword(user.passwordHash, password)) matching.push(user.username);
  }
  return matching;
}
