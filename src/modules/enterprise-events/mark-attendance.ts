import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { conflict, invalidInput } from '../../platform/http/errors.ts';
import { findEvent } from './event-records.ts';
import { enterpriseEventParticipants as participants } from './schema.ts';
import type { AttendanceInput } from './schemas.ts';

/**
 * Marks firms present or absent, audited: on an event out of draft (409 enterpriseEvent.attendanceNotYet) that is
 * not an honour list (409 enterpriseEvent.notRegistrable); 400 on an entry naming a firm not at the event. Whether
 * it had registered does not matter: a firm may come uninvited to the door and be marked by its invitation.
 */
export async function markAttendance(db: Db, actor: Actor, eventId: string, input: AttendanceInput): Promise<void> {
  await db.transaction(async (tx) => {
    const event = await findEvent(tx, eventId, true);
    if (event.kind === 'honour_list') throw conflict('enterpriseEvent.notRegistrable');
    if (event.state === 'draft') throw conflict('enterpriseEvent.attendanceNotYet');
    const ids = input.entries.map((entry) => entry.enterpriseId);
    const rows = await tx
      .select({ id: participants.id, enterpriseId: participants.enterpriseId, status: participants.status })
      .from(participants)
      .where(and(eq(participants.eventId, eventId), inArray(participants.enterpriseId, ids)))
      .for('update');
    const byEnterprise = new Map(rows.map((row) => [row.enterpriseId, row]));
    const strangers = input.entries.flatMap((entry, index) => (byEnterprise.has(entry.enterpriseId) ? [] : [{ field: `entries.${index}.enterpriseId`, message: 'enterpriseEvent.notInvited' }]));
    if (strangers.length) throw invalidInput(strangers);
    const now = new Date();
    for (const entry of input.entries) {
      const row = byEnterprise.get(entry.enterpriseId)!;
      if (row.status === entry.status) continue;
      await tx
        .update(participants)
        .set({ status: entry.status, attendedAt: entry.status === 'attended' ? now : null })
        .where(eq(participants.id, row.id));
      await recordAudit(tx, actor, {
        entityType: 'enterprise-event-participant',
        entityId: row.id,
        action: 'attendance',
        before: { status: row.status },
        after: { eventId, enterpriseId: entry.enterpriseId, status: entry.status },
      });
    }
  });
}
