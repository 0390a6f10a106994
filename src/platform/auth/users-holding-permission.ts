import { and, arrayOverlaps, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import type { Permission, PermissionGrants } from './permissions.ts';
import { users } from './schema.ts';

/**
 * The ids of the enabled users whose roles grant the permission, e.g. everyone who answers a queue, to tell them
 * of a new item. Read from the composed table, so a grant changed there reaches the right people without a list
 * of roles kept anywhere else. `among` narrows the answer to some users (those with a page open here).
 */
export async function usersHoldingPermission(
  db: DbOrTx,
  table: PermissionGrants,
  permission: Permission,
  options: { among?: readonly string[] } = {},
): Promise<string[]> {
  const roles = table[permission] ?? [];
  if (roles.length === 0 || options.among?.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(arrayOverlaps(users.roles, [...roles]), eq(users.disabled, false), options.among ? inArray(users.id, [...options.among]) : undefined));
  return rows.map((row) => row.id);
}
