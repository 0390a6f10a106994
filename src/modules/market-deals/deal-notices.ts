import { and, eq, inArray, ne } from 'drizzle-orm';
import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import { users } from '../../platform/auth/schema.ts';
import { usersHoldingPermission } from '../../platform/auth/users-holding-permission.ts';
import type { Tx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { notify, type Notice } from '../../platform/notifications/notify.ts';

export const introductionLink = (id: string) => `/market/introductions/${id}`;
export const dealLink = (id: string) => `/market/deals/${id}`;

/**
 * Tells the users of the organisations (and, with `brokers`, the operators) of a step, in the write's transaction;
 * never the one who took it.
 */
export async function notifyDealParties(
  tx: Tx,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  permissionTable: PermissionGrants,
  audience: { organisationIds: readonly string[]; brokers: boolean; actorId: string | null },
  notice: Omit<Notice, 'userIds'>,
): Promise<void> {
  const members = audience.organisationIds.length
    ? await tx
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.enterpriseId, [...audience.organisationIds]), eq(users.disabled, false), audience.actorId ? ne(users.id, audience.actorId) : undefined))
    : [];
  const brokers = audience.brokers ? await usersHoldingPermission(tx, permissionTable, 'deal.broker') : [];
  const userIds = [...new Set([...members.map((row) => row.id), ...brokers])].filter((id) => id !== audience.actorId);
  if (userIds.length === 0) return;
  await notify(tx, ctx, { ...notice, userIds });
}
