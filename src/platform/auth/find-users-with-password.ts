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
  const matches = await Promise.all(candidates.map(async (user) => ((await verifyPassword(user.passwordHash, password)) ? user.username : null)));
  return matches.filter((username): username is string => username !== null);
}
