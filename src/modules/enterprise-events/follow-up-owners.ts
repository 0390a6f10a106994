import { and, arrayOverlaps, asc, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/record-audit.ts';
import { staffRoles } from '../../platform/auth/roles.ts';
import { users } from '../../platform/auth/schema.ts';
import type { DbOrTx, Tx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import { notify } from '../../platform/notifications/notify.ts';
import type { enterpriseEventFollowUps as followUps } from './schema.ts';

/** Who may own a follow-up: enabled staff, no organisation's account. One condition for the picker and the check. */
const mayOwn = and(eq(users.disabled, false), isNull(users.enterpriseId), arrayOverlaps(users.roles, [...staffRoles]));

/** Every member of staff a follow-up may be given to, by name. */
export async function listFollowUpOwners(db: DbOrTx) {
  const items = await db.select({ id: users.id, name: users.displayName }).from(users).where(mayOwn).orderBy(asc(users.displayName), asc(users.id));
  return { items };
}

/** Refuses (400 on `ownerId`) an owner who is not an enabled member of staff. */
export async function checkFollowUpOwner(db: DbOrTx, userId: string): Promise<void> {
  const [owner] = await db.select({ id: users.id }).from(users).where(and(eq(users.id, userId), mayOwn));
  if (!owner) throw invalidInput([{ field: 'ownerId', message: 'enterpriseEvent.ownerUnknown' }]);
}

type GivenFollowUp = Pick<typeof followUps.$inferSelect, 'id' | 'eventId' | 'description' | 'ownerId' | 'dueOn'>;

/** Tells the owner a follow-up was just given to them, on adding it or handing it over; nobody when they gave it to themselves. */
export async function tellFollowUpOwner(tx: Tx, ctx: Pick<AppContext, 'jobs' | 'config'>, actor: Actor, followUp: GivenFollowUp, eventTitle: string): Promise<void> {
  if (followUp.ownerId === actor.id) return;
  await notify(tx, ctx, {
    userIds: [followUp.ownerId],
    kind: 'enterpriseEvent.follow-up-assigned',
    message: 'enterpriseEvent.notice.followUpAssigned',
    params: { by: actor.name, description: followUp.description, title: eventTitle, dueOn: followUp.dueOn },
    link: `/enterprise-events/${followUp.eventId}`,
    record: { kind: 'enterprise-event-follow-up', id: followUp.id },
  });
}
