import { and, eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import { findEvent } from './event-records.ts';
import { mayOwnFollowUp } from './follow-up-owners.ts';
import { enterpriseEventFollowUps as followUps, enterpriseEventParticipants as participants } from './schema.ts';
import type { FollowUpInput } from './schemas.ts';

/**
 * Adds a follow-up action to an event (404 for an unknown one), audited: its owner an enabled member of staff (400
 * on `ownerId`), the firm it is about, if any, one at the event (400 on `enterpriseId`). Returns its id.
 */
export async function addFollowUp(db: Db, actor: Actor, eventId: string, input: FollowUpInput): Promise<string> {
  return db.transaction(async (tx) => {
    await findEvent(tx, eventId);
    if (!(await mayOwnFollowUp(tx, input.ownerId))) throw invalidInput([{ field: 'ownerId', message: 'enterpriseEvent.ownerUnknown' }]);
    if (input.enterpriseId) {
      const [participant] = await tx
        .select({ id: participants.id })
        .from(participants)
        .where(and(eq(participants.eventId, eventId), eq(participants.enterpriseId, input.enterpriseId)));
      if (!participant) throw invalidInput([{ field: 'enterpriseId', message: 'enterpriseEvent.notInvited' }]);
    }
    const [row] = await tx
      .insert(followUps)
      .values({ eventId, enterpriseId: input.enterpriseId ?? null, description: input.description, ownerId: input.ownerId, dueOn: input.dueOn, createdById: actor.id })
      .returning({ id: followUps.id });
    await recordAudit(tx, actor, { entityType: 'enterprise-event-follow-up', entityId: row!.id, action: 'create', after: { eventId, ...input } });
    return row!.id;
  });
}
