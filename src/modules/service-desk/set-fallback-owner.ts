import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import { usersHoldingPermission } from '../../platform/auth/users-holding-permission.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import { getDeskSettings } from './get-desk-settings.ts';
import { serviceDeskSettings } from './schema.ts';
import type { DeskSettings } from './schemas.ts';

/**
 * Names the fallback owner, who takes the requests no rule routes: an enabled user who handles requests (400
 * otherwise). There is no clearing it, only naming another.
 */
export async function setFallbackOwner(db: DbOrTx, permissionTable: PermissionGrants, actor: Actor, userId: string): Promise<DeskSettings> {
  const handlers = await usersHoldingPermission(db, permissionTable, 'serviceRequest.handle');
  if (!handlers.includes(userId)) throw invalidInput([{ field: 'userId', message: 'serviceDesk.fallbackNotAgent' }]);
  await db.transaction(async (tx) => {
    const before = await getDeskSettings(tx, permissionTable);
    await tx
      .insert(serviceDeskSettings)
      .values({ fallbackOwnerId: userId })
      .onConflictDoUpdate({ target: serviceDeskSettings.singleton, set: { fallbackOwnerId: userId, updatedAt: new Date() } });
    await recordAudit(tx, actor, {
      entityType: 'service-desk-settings',
      entityId: 'fallback-owner',
      action: 'update',
      before: { fallbackOwnerId: before.fallbackOwnerId },
      after: { fallbackOwnerId: userId },
    });
  });
  return getDeskSettings(db, permissionTable);
}
