import { and, arrayContains, eq } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import type { Tx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { noticeMessage, type MarketNotice } from './messages.ts';
import type { MarketKind } from './market-workflow.ts';

const paths: Record<MarketKind, string> = { listing: '/market/listings', demand: '/market/demands' };

/** Who hears of a record: its owner organisation's users, or (of a submission) the operators who review. */
async function recipients(tx: Tx, notice: MarketNotice, ownerId: string): Promise<string[]> {
  const condition =
    notice === 'submitted' ? arrayContains(users.roles, ['operator']) : eq(users.enterpriseId, ownerId);
  const rows = await tx.select({ id: users.id }).from(users).where(and(condition, eq(users.disabled, false)));
  return rows.map((row) => row.id);
}

/** Tells the record's owner (or the operators) of a step of its review and publication, in the write's transaction. */
export async function notifyMarket(
  tx: Tx,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  kind: MarketKind,
  notice: MarketNotice,
  record: { id: string; ownerId: string; title: string },
  params: Record<string, string> = {},
): Promise<void> {
  const userIds = await recipients(tx, notice, record.ownerId);
  if (userIds.length === 0) return;
  await notify(tx, ctx, {
    userIds,
    kind: `${kind}.${notice}`,
    message: noticeMessage(kind, notice),
    params: { title: record.title, ...params },
    link: `${paths[kind]}/${record.id}`,
    record: { kind, id: record.id },
  });
}
