import { and, arrayContains, asc, eq } from 'drizzle-orm';
import { users } from '../../../platform/auth/schema.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { invalidInput } from '../../../platform/http/errors.ts';

/** Who may own the leads a round's entries become: the active officers, who work leads. */
const activeOfficers = and(arrayContains(users.roles, ['officer']), eq(users.disabled, false));

/** The officers the organiser may hand a closed round's leads to, by name. */
export async function listLeadOwners(db: DbOrTx): Promise<{ items: { id: string; name: string }[] }> {
  return { items: await db.select({ id: users.id, name: users.displayName }).from(users).where(activeOfficers).orderBy(asc(users.displayName)) };
}

/** 400 on `leadOwnerId` unless it names an active officer. */
export async function checkLeadOwner(db: DbOrTx, ownerId: string) {
  const [officer] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, ownerId), activeOfficers));
  if (!officer) throw invalidInput([{ field: 'leadOwnerId', message: 'competition.results.ownerNotOfficer' }]);
}
