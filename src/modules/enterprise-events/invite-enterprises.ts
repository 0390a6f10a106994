import { and, inArray, isNull } from 'drizzle-orm';
import { recordAudit, type Actor } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { conflict, invalidInput } from '../../platform/http/errors.ts';
import { enterprises } from '../enterprises/schema.ts';
import { findEvent } from './event-records.ts';
import { notifyInvited } from './notify-invited.ts';
import { enterpriseEventParticipants as participants } from './schema.ts';
import type { InviteInput } from './schemas.ts';

/**
 * Invites a batch of firms from the master record (on an honour list: lists them, with rank and citation), audited;
 * a firm already at the event is left as it is. 400 on the entry naming an unknown or merged enterprise; 409 once
 * the event is done. Their users are told at once, or when a draft event opens. Returns how many were added.
 */
export async function inviteEnterprises(db: Db, ctx: Pick<AppContext, 'jobs' | 'config'>, actor: Actor, eventId: string, input: InviteInput): Promise<number> {
  return db.transaction(async (tx) => {
    const event = await findEvent(tx, eventId, true);
    if (event.state === 'done') throw conflict('enterpriseEvent.eventDone');
    const ids = input.entries.map((entry) => entry.enterpriseId);
    const found = await tx.select({ id: enterprises.id }).from(enterprises).where(and(inArray(enterprises.id, ids), isNull(enterprises.mergedIntoId)));
    const known = new Set(found.map((row) => row.id));
    const unknown = input.entries.flatMap((entry, index) => (known.has(entry.enterpriseId) ? [] : [{ field: `entries.${index}.enterpriseId`, message: 'enterpriseEvent.enterpriseUnknown' }]));
    if (unknown.length) throw invalidInput(unknown);
    const listed = event.kind === 'honour_list';
    const now = new Date();
    const added = await tx
      .insert(participants)
      .values(
        input.entries.map((entry) => ({
          eventId,
          enterpriseId: entry.enterpriseId,
          status: listed ? ('registered' as const) : ('invited' as const),
          registeredAt: listed ? now : null,
          contactPerson: entry.contactPerson ?? null,
          note: entry.note ?? null,
          rank: listed ? (entry.rank ?? null) : null,
          citation: listed ? (entry.citation ?? null) : null,
          invitedById: actor.id,
          invitedAt: now,
        })),
      )
      .onConflictDoNothing({ target: [participants.eventId, participants.enterpriseId] })
      .returning({ id: participants.id, enterpriseId: participants.enterpriseId, status: participants.status });
    await recordAudit(
      tx,
      actor,
      added.map((row) => ({ entityType: 'enterprise-event-participant', entityId: row.id, action: listed ? 'list' : 'invite', after: { eventId, enterpriseId: row.enterpriseId, status: row.status } })),
    );
    await notifyInvited(tx, ctx, event);
    return added.length;
  });
}
