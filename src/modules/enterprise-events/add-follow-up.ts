import { and, eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import { readBusinessCalendar } from '../../platform/calendar/read-business-calendar.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import { findEvent } from './event-records.ts';
import { keepFollowUpReminder } from './follow-up-reminder.ts';
import { checkFollowUpOwner, tellFollowUpOwner } from './follow-up-owners.ts';
import { enterpriseEventFollowUps as followUps, enterpriseEventParticipants as participants } from './schema.ts';
import type { FollowUpInput } from './schemas.ts';

/**
 * Adds a follow-up action to an event (404 for an unknown one), audited: its owner an enabled member of staff (400
 * on `ownerId`), the firm it is about, if any, one at the event (400 on `enterpriseId`). An owner other than the
 * organiser adding it is told at once; every owner is reminded on its due day. Returns its id.
 */
export async function addFollowUp(db: Db, ctx: Pick<AppContext, 'jobs' | 'config'>, actor: Actor, eventId: string, input: FollowUpInput): Promise<string> {
  const calendar = await readBusinessCalendar(db);
  return db.transaction(async (tx) => {
    const event = await findEvent(tx, eventId);
    await checkFollowUpOwner(tx, input.ownerId);
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
      .returning();
    await recordAudit(tx, actor, { entityType: 'enterprise-event-follow-up', entityId: row!.id, action: 'create', after: { eventId, ...input } });
    await keepFollowUpReminder(tx, calendar, row!);
    await tellFollowUpOwner(tx, ctx, actor, row!, event.title);
    return row!.id;
  });
}
