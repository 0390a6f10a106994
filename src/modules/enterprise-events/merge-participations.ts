import { eq, sql } from 'drizzle-orm';
import type { EnterpriseMergeStep } from '../enterprises/merge-enterprises.ts';
import { participantStatuses } from './event-kinds.ts';
import { statusWeight } from './event-rules.ts';
import { enterpriseEventFollowUps as followUps, enterpriseEventParticipants as participants } from './schema.ts';

const weight = (column: string) =>
  sql.raw(`CASE ${column} ${participantStatuses.map((status) => `WHEN '${status}' THEN ${statusWeight[status]}`).join(' ')} END`);

/**
 * A duplicate's participations and follow-ups move to the survivor. Where both were at one event, the survivor keeps
 * one row, taking the duplicate's status and times when it went further (attended rather than invited, say).
 */
export const mergeParticipationsStep: EnterpriseMergeStep = async (tx, { survivorId, duplicateId }) => {
  await tx.execute(sql`
    UPDATE ${participants} AS s
    SET status = d.status, registered_at = coalesce(s.registered_at, d.registered_at), attended_at = d.attended_at, responded_at = d.responded_at
    FROM ${participants} AS d
    WHERE s.enterprise_id = ${survivorId} AND d.enterprise_id = ${duplicateId} AND d.event_id = s.event_id
      AND ${weight('d.status')} > ${weight('s.status')}`);
  await tx.execute(sql`
    DELETE FROM ${participants} AS d
    WHERE d.enterprise_id = ${duplicateId}
      AND EXISTS (SELECT 1 FROM ${participants} AS s WHERE s.enterprise_id = ${survivorId} AND s.event_id = d.event_id)`);
  await tx.update(participants).set({ enterpriseId: survivorId }).where(eq(participants.enterpriseId, duplicateId));
  await tx.update(followUps).set({ enterpriseId: survivorId }).where(eq(followUps.enterpriseId, duplicateId));
};
