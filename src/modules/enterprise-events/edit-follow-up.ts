import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import { readBusinessCalendar } from '../../platform/calendar/read-business-calendar.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import { keepFollowUpReminder } from './follow-up-reminder.ts';
import { checkFollowUpOwner, tellFollowUpOwner } from './follow-up-owners.ts';
import { enterpriseEventFollowUps as followUps, enterpriseEvents as events } from './schema.ts';
import type { FollowUpChange } from './schemas.ts';

type Editable = keyof FollowUpChange;
const editable: readonly Editable[] = ['description', 'ownerId', 'dueOn'];

/**
 * Changes a follow-up's text, owner or due day, audited with what changed, before and after; 404 for an unknown
 * one, and nothing written when nothing changes. A new owner is an enabled member of staff (400 on `ownerId`) and
 * is told as when given it on creation, unless they took it themselves; the reminder moves with the due day (and
 * goes when that day has passed). A done follow-up keeps the owner and day it was done as: changing either asks
 * for reopening it first (409), while its text may still be corrected. Returns its event's id.
 */
export async function editFollowUp(db: Db, ctx: Pick<AppContext, 'jobs' | 'config'>, actor: Actor, id: string, input: FollowUpChange): Promise<string> {
  const calendar = await readBusinessCalendar(db);
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ followUp: followUps, eventTitle: events.title })
      .from(followUps)
      .innerJoin(events, eq(events.id, followUps.eventId))
      .where(eq(followUps.id, id))
      .for('update', { of: followUps });
    if (!found) throw notFound();
    const { followUp, eventTitle } = found;
    const changed = editable.filter((field) => input[field] !== undefined && input[field] !== followUp[field]);
    if (changed.length === 0) return followUp.eventId;
    const newOwner = changed.includes('ownerId');
    const newDay = changed.includes('dueOn');
    if (followUp.doneAt && (newOwner || newDay)) throw conflict('enterpriseEvent.followUpDone');
    if (newOwner) await checkFollowUpOwner(tx, input.ownerId!);

    const changedOf = (values: FollowUpChange) => Object.fromEntries(changed.map((field) => [field, values[field]])) as FollowUpChange;
    const before = changedOf(followUp);
    const after = changedOf(input);
    const [edited] = await tx.update(followUps).set(after).where(eq(followUps.id, id)).returning();
    await recordAudit(tx, actor, { entityType: 'enterprise-event-follow-up', entityId: id, action: 'update', before, after });
    if (newDay) await keepFollowUpReminder(tx, calendar, edited!);
    if (newOwner) await tellFollowUpOwner(tx, ctx, actor, edited!, eventTitle);
    return followUp.eventId;
  });
}
