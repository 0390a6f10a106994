import { asc, eq, sql } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { enterprises } from '../enterprises/schema.ts';
import { findEvent, statusCountsOf } from './event-records.ts';
import { enterpriseEventFollowUps as followUps, enterpriseEventParticipants as participants } from './schema.ts';

/** One event for staff: its firms (an honour list by rank, others by name), its follow-ups (open first, by due day); 404 for an unknown id. */
export async function getEnterpriseEvent(db: DbOrTx, reader: { permissions: readonly Permission[] }, id: string) {
  const { createdById: _, ...event } = await findEvent(db, id);
  const [counts, firms, actions] = await Promise.all([
    statusCountsOf(db, [id]),
    db
      .select({
        id: participants.id,
        enterpriseId: participants.enterpriseId,
        enterpriseName: enterprises.name,
        status: participants.status,
        contactPerson: participants.contactPerson,
        note: participants.note,
        rank: participants.rank,
        citation: participants.citation,
        invitedAt: participants.invitedAt,
        respondedAt: participants.respondedAt,
        attendedAt: participants.attendedAt,
      })
      .from(participants)
      .innerJoin(enterprises, eq(enterprises.id, participants.enterpriseId))
      .where(eq(participants.eventId, id))
      .orderBy(sql`${participants.rank} ASC NULLS LAST`, asc(enterprises.name), asc(participants.id)),
    db
      .select({
        id: followUps.id,
        enterpriseId: followUps.enterpriseId,
        enterpriseName: enterprises.name,
        description: followUps.description,
        ownerId: followUps.ownerId,
        ownerName: users.displayName,
        dueOn: followUps.dueOn,
        doneAt: followUps.doneAt,
      })
      .from(followUps)
      .innerJoin(users, eq(users.id, followUps.ownerId))
      .leftJoin(enterprises, eq(enterprises.id, followUps.enterpriseId))
      .where(eq(followUps.eventId, id))
      .orderBy(sql`${followUps.doneAt} IS NOT NULL`, asc(followUps.dueOn), asc(followUps.createdAt)),
  ]);
  return { ...event, counts: counts.get(id)!, participants: firms, followUps: actions, mayManage: reader.permissions.includes('enterpriseEvent.manage') };
}
