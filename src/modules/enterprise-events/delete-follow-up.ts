import { eq } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import { cancelFollowUpReminder } from './follow-up-reminder.ts';
import { enterpriseEventFollowUps as followUps } from './schema.ts';

/** Deletes a follow-up added by mistake, with its reminder, audited with what it was; 404 for an unknown one. Returns its event's id. */
export async function deleteFollowUp(db: Db, actor: Actor, id: string): Promise<string> {
  return db.transaction(async (tx) => {
    const [row] = await tx.delete(followUps).where(eq(followUps.id, id)).returning();
    if (!row) throw notFound();
    await cancelFollowUpReminder(tx, id);
    const { id: _, ...before } = row;
    await recordAudit(tx, actor, { entityType: 'enterprise-event-follow-up', entityId: id, action: 'delete', before });
    return row.eventId;
  });
}
