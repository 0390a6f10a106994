import { and, count, eq, inArray, ne } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import { findEvent, findParticipation } from './event-records.ts';
import { declineRefusal, placeHoldingStatuses, registrationRefusal } from './event-rules.ts';
import { enterpriseEventParticipants as participants } from './schema.ts';

/**
 * An enterprise registers for an event it was invited to, or declines it, audited. 404 for an event it was not
 * invited to or one still a draft, alike with a missing one; 409 with the reason it may not (`registrationRefusal`).
 * The event's row is locked first, so that registrations sent at once are counted one after the other and never
 * exceed its capacity.
 */
export async function respondToInvitation(
  db: Db,
  actor: Actor,
  enterpriseId: string,
  eventId: string,
  answer: 'register' | 'decline',
  contactPerson: string | null | undefined,
): Promise<void> {
  await db.transaction(async (tx) => {
    const event = await findEvent(tx, eventId, true).catch(() => null);
    const participation = event && event.state !== 'draft' ? await findParticipation(tx, eventId, enterpriseId) : null;
    if (!event || !participation) throw notFound();
    const facts = { kind: event.kind, state: event.state, status: participation.status };
    let refusal: string | null;
    if (answer === 'register') {
      const [taken] = await tx
        .select({ n: count() })
        .from(participants)
        .where(and(eq(participants.eventId, eventId), inArray(participants.status, [...placeHoldingStatuses]), ne(participants.id, participation.id)));
      refusal = registrationRefusal({ ...facts, registrationDeadline: event.registrationDeadline, capacity: event.capacity, taken: taken!.n, now: new Date() });
    } else {
      refusal = declineRefusal(facts);
    }
    if (refusal) throw conflict(refusal);
    const status = answer === 'register' ? ('registered' as const) : ('declined' as const);
    if (participation.status === status && contactPerson === undefined) return;
    const now = new Date();
    await tx
      .update(participants)
      .set({
        status,
        respondedAt: now,
        ...(status === 'registered' && participation.status !== 'registered' ? { registeredAt: now } : {}),
        ...(contactPerson !== undefined ? { contactPerson } : {}),
      })
      .where(eq(participants.id, participation.id));
    await recordAudit(tx, actor, {
      entityType: 'enterprise-event-participant',
      entityId: participation.id,
      action: answer,
      before: { status: participation.status },
      after: { eventId, enterpriseId, status },
    });
  });
}
