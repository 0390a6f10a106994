import { and, desc, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { statusCountsOf } from './event-records.ts';
import { declineRefusal, placeHoldingStatuses, registrationRefusal } from './event-rules.ts';
import { enterpriseEventParticipants as participants, enterpriseEvents as events } from './schema.ts';

/** An enterprise's invitations and listings, the latest event first: never a draft's, never another firm's. */
export async function listMyEvents(db: DbOrTx, enterpriseId: string, now: Date = new Date()) {
  const rows = await db
    .select({
      id: events.id,
      kind: events.kind,
      title: events.title,
      organiser: events.organiser,
      place: events.place,
      startsOn: events.startsOn,
      endsOn: events.endsOn,
      capacity: events.capacity,
      registrationDeadline: events.registrationDeadline,
      description: events.description,
      state: events.state,
      status: participants.status,
      rank: participants.rank,
      citation: participants.citation,
      contactPerson: participants.contactPerson,
    })
    .from(participants)
    .innerJoin(events, eq(events.id, participants.eventId))
    .where(and(eq(participants.enterpriseId, enterpriseId), ne(events.state, 'draft')))
    .orderBy(desc(events.startsOn), desc(events.id));
  const counts = await statusCountsOf(db, rows.map((row) => row.id));
  return {
    items: rows.map((row) => {
      const held = placeHoldingStatuses.reduce((sum, status) => sum + counts.get(row.id)![status], 0);
      const taken = held - (placeHoldingStatuses.some((status) => status === row.status) ? 1 : 0);
      return {
        ...row,
        placesLeft: row.capacity === null ? null : Math.max(0, row.capacity - held),
        mayRegister: row.status !== 'registered' && registrationRefusal({ ...row, taken, now }) === null,
        mayDecline: row.status !== 'declined' && declineRefusal(row) === null,
      };
    }),
  };
}
