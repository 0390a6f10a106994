import { and, eq, inArray, isNull } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import type { Tx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { enterpriseEventParticipants as participants, type EnterpriseEvent } from './schema.ts';

/**
 * Tells the users of every invited or listed firm not yet told, in the write's transaction, and marks them told:
 * nothing while the event is a draft, so that the invitations prepared then go out when it opens.
 */
export async function notifyInvited(tx: Tx, ctx: Pick<AppContext, 'jobs' | 'config'>, event: EnterpriseEvent): Promise<void> {
  if (event.state === 'draft') return;
  const pending = await tx
    .update(participants)
    .set({ notifiedAt: new Date() })
    .where(and(eq(participants.eventId, event.id), isNull(participants.notifiedAt)))
    .returning({ enterpriseId: participants.enterpriseId });
  if (!pending.length) return;
  const recipients = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.enterpriseId, pending.map((row) => row.enterpriseId)), eq(users.disabled, false)));
  await notify(tx, ctx, {
    userIds: recipients.map((user) => user.id),
    kind: 'enterpriseEvent.invited',
    message: event.kind === 'honour_list' ? 'enterpriseEvent.notice.listed' : 'enterpriseEvent.notice.invited',
    params: { title: event.title, startsOn: event.startsOn },
    link: '/my-events',
    record: { kind: 'enterprise-event', id: event.id },
  });
}
