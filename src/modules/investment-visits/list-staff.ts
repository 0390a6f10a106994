import { and, arrayOverlaps, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import { users } from '../../platform/auth/schema.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';

/** Enabled staff (no enterprise account) whose roles the composed table grants visit.read. */
export function staffCondition(table: PermissionGrants): SQL {
  const roles = table['visit.read'] ?? [];
  if (!roles.length) return sql`false`;
  return and(eq(users.disabled, false), isNull(users.enterpriseId), arrayOverlaps(users.roles, [...roles]))!;
}

/** The staff who may take part in a visit or own a next step, by name. */
export async function listStaff(db: DbOrTx, table: PermissionGrants): Promise<{ id: string; name: string }[]> {
  return db.select({ id: users.id, name: users.displayName }).from(users).where(staffCondition(table)).orderBy(asc(users.displayName));
}
