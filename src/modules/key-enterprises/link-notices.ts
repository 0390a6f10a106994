import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { enterprises } from '../enterprises/schema.ts';
import type { LinkRole } from './link-roles.ts';

/**
 * Tells the person of their link made or ended, in the write's transaction (`keyEnterprise.notice.<what>.<role>`
 * with the enterprise's name and the day), leading to the enterprise's page. Not when they made the change themselves.
 */
export async function notifyLinkedPerson(
  tx: Tx,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  what: 'linked' | 'ended',
  link: { id: string; enterpriseId: string; userId: string; role: LinkRole; day: string },
  actorId: string | null,
): Promise<void> {
  if (link.userId === actorId) return;
  const [enterprise] = await tx.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, link.enterpriseId));
  await notify(tx, ctx, {
    userIds: [link.userId],
    kind: `keyEnterprise.${what}`,
    message: `keyEnterprise.notice.${what}.${link.role}`,
    params: { enterprise: enterprise?.name ?? '', day: link.day },
    link: `/enterprises/${link.enterpriseId}`,
    record: { kind: 'key-enterprise-link', id: link.id },
  });
}
