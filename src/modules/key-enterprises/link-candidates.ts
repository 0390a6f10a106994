import { and, arrayOverlaps, asc, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import { staffRoles } from '../../platform/auth/roles.ts';
import { users } from '../../platform/auth/schema.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import type { LinkRole } from './link-roles.ts';

/**
 * Who may be linked in a role: enabled staff (no organisation's account); for the leader link, a leader account.
 * The one condition for the picker and for the check on a new link.
 */
const linkableIn = (role: LinkRole) =>
  and(eq(users.disabled, false), isNull(users.enterpriseId), arrayOverlaps(users.roles, role === 'leader' ? ['leader'] : [...staffRoles]))!;

/** The people the picker offers for a role, by name or username, at most 20. */
export async function listLinkCandidates(db: DbOrTx, query: { role: LinkRole; q?: string }) {
  const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const items = await db
    .select({ id: users.id, name: users.displayName, username: users.username })
    .from(users)
    .where(and(linkableIn(query.role), pattern ? or(ilike(users.displayName, pattern), ilike(users.username, pattern)) : undefined))
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(20);
  return { items };
}

/** The person a new link names, by name; 400 on `userId` when they may not be linked in the role. */
export async function findLinkPerson(db: DbOrTx, userId: string, role: LinkRole): Promise<{ id: string; name: string }> {
  const [person] = await db
    .select({ id: users.id, name: users.displayName, roles: users.roles, linkable: sql<boolean>`${linkableIn(role)}` })
    .from(users)
    .where(eq(users.id, userId));
  if (!person?.linkable) {
    const notALeader = person && role === 'leader' && !person.roles.includes('leader');
    throw invalidInput([{ field: 'userId', message: notALeader ? 'keyEnterprise.notALeader' : 'keyEnterprise.personUnknown' }]);
  }
  return { id: person.id, name: person.name };
}
