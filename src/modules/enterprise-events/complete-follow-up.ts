import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import { readBusinessCalendar } from '../../platform/calendar/read-business-calendar.ts';
import type { Db } from '../../platform/db/connection.ts';
import { forbidden, notFound } from '../../platform/http/errors.ts';
import { keepFollowUpReminder } from './follow-up-reminder.ts';
import { enterpriseEventFollowUps as followUps } from './schema.ts';

/**
 * Marks a follow-up done, which drops its reminder, or open again, which sets it again unless it already reminded
 * or its due day has passed; audited: by its owner or an organiser (403 otherwise); 404 for an unknown one. Returns
 * its event's id.
 */
export async function completeFollowUp(db: Db, actor: Actor & { permissions: readonly Permission[] }, id: string, done: boolean): Promise<string> {
  const calendar = await readBusinessCalendar(db);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(followUps).where(eq(followUps.id, id)).for('update');
    if (!row) throw notFound();
    if (row.ownerId !== actor.id && !actor.permissions.includes('enterpriseEvent.manage')) throw forbidden();
    if ((row.doneAt !== null) !== done) {
      const [changed] = await tx.update(followUps).set({ doneAt: done ? new Date() : null }).where(eq(followUps.id, id)).returning();
      await recordAudit(tx, actor, { entityType: 'enterprise-event-follow-up', entityId: id, action: done ? 'done' : 'reopen', before: { doneAt: row.doneAt } });
      await keepFollowUpReminder(tx, calendar, changed!);
    }
    return row.eventId;
  });
}
