import { asc, eq, inArray } from 'drizzle-orm';
import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import { users } from '../../platform/auth/schema.ts';
import { usersHoldingPermission } from '../../platform/auth/users-holding-permission.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { serviceDeskSettings } from './schema.ts';
import type { DeskSettings } from './schemas.ts';

/** The fallback owner and who may be named instead: the enabled users who handle requests. */
export async function getDeskSettings(db: DbOrTx, permissionTable: PermissionGrants): Promise<DeskSettings> {
  const [settings] = await db
    .select({ fallbackOwnerId: serviceDeskSettings.fallbackOwnerId, fallbackOwnerName: users.displayName })
    .from(serviceDeskSettings)
    .innerJoin(users, eq(users.id, serviceDeskSettings.fallbackOwnerId));
  const handlers = await usersHoldingPermission(db, permissionTable, 'serviceRequest.handle');
  const candidates = handlers.length
    ? await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, handlers)).orderBy(asc(users.displayName))
    : [];
  return { fallbackOwnerId: settings?.fallbackOwnerId ?? null, fallbackOwnerName: settings?.fallbackOwnerName ?? null, candidates };
}
