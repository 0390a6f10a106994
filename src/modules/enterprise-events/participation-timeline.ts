import { sql, type SQL } from 'drizzle-orm';
import type { TimelineSource } from '../enterprises/enterprise-timeline.ts';
import { enterpriseEventParticipants as participants, enterpriseEvents as events } from './schema.ts';

/**
 * A firm's registrations (on an honour list: its listing) and attendances, on its timeline for staff and for its
 * own users, with the event's title as the line under the title. A draft's are not shown.
 */
export const participationTimelineSource: TimelineSource = (enterpriseIds, reader) => {
  const readable = reader.permissions.includes('enterpriseEvent.read') || reader.permissions.includes('enterpriseEvent.respond');
  const of = (at: typeof participants.registeredAt | typeof participants.attendedAt, title: SQL) => sql`
    SELECT ${at}, 'enterprise-event', ${title}, NULL::text,
      jsonb_build_object('line', ${events.title}, 'eventId', ${events.id}), 0::bigint
    FROM ${participants} JOIN ${events} ON ${events.id} = ${participants.eventId}
    WHERE ${participants.enterpriseId} IN ${enterpriseIds} AND ${at} IS NOT NULL AND ${events.state} <> 'draft'
      AND ${readable ? sql`true` : sql`false`}`;
  return sql`${of(participants.registeredAt, sql`CASE WHEN ${events.kind} = 'honour_list' THEN 'enterpriseEvent.timeline.listed' ELSE 'enterpriseEvent.timeline.registered' END`)}
    UNION ALL ${of(participants.attendedAt, sql`'enterpriseEvent.timeline.attended'`)}`;
};
