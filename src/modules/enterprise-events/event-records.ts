import { and, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import { participantStatuses, type ParticipantStatus } from './event-kinds.ts';
import { enterpriseEventParticipants as participants, enterpriseEvents as events, type EnterpriseEvent } from './schema.ts';

export type StatusCounts = Record<ParticipantStatus, number>;

const noCounts = (): StatusCounts => Object.fromEntries(participantStatuses.map((status) => [status, 0])) as StatusCounts;

/** How many firms of each event stand at each status, in one query for many events. */
export async function statusCountsOf(db: DbOrTx, eventIds: readonly string[]): Promise<Map<string, StatusCounts>> {
  const counts = new Map(eventIds.map((id) => [id, noCounts()]));
  if (!eventIds.length) return counts;
  const rows = await db
    .select({ eventId: participants.eventId, status: participants.status, n: count() })
    .from(participants)
    .where(inArray(participants.eventId, [...eventIds]))
    .groupBy(participants.eventId, participants.status);
  for (const row of rows) counts.get(row.eventId)![row.status] = row.n;
  return counts;
}

/** The event, locked for the write under way when asked; 404 for an unknown id. */
export async function findEvent(db: DbOrTx, id: string, lock = false): Promise<EnterpriseEvent> {
  const query = db.select().from(events).where(eq(events.id, id));
  const [event] = lock ? await query.for('update') : await query;
  if (!event) throw notFound();
  return event;
}

/** The firm's row at the event, locked; null when it was not invited. */
export async function findParticipation(db: DbOrTx, eventId: string, enterpriseId: string) {
  const [row] = await db
    .select()
    .from(participants)
    .where(and(eq(participants.eventId, eventId), eq(participants.enterpriseId, enterpriseId)))
    .for('update');
  return row ?? null;
}
