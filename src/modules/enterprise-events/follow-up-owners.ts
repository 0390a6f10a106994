import { and, arrayOverlaps, asc, eq, isNull } from 'drizzle-orm';
import { staffRoles } from '../../platform/auth/roles.ts';
import { users } from '../../platform/auth/schema.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';

/** Who may own a follow-up: enabled staff, no organisation's account. One condition for the picker and the check. */
const mayOwn = and(eq(users.disabled, false), isNull(users.enterpriseId), arrayOverlaps(users.roles, [...staffRoles]));

/** Every member of staff a follow-up may be given to, by name. */
export async function listFollowUpOwners(db: DbOrTx) {
  const items = await db.select({ id: users.id, name: users.displayName }).from(users).where(mayOwn).orderBy(asc(users.displayName), asc(users.id));
  return { items };
}

export async function mayOwnFollowUp(db: DbOrTx, userId: string): Promise<boolean> {
  const [owner] = await db.select({ id: users.id }).from(users).where(and(eq(users.id, userId), mayOwn));
  return Boolean(owner);
}
