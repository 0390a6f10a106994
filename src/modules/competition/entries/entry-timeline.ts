import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/record-audit.ts';
import type { TimelineSource } from '../../enterprises/enterprise-timeline.ts';
import type { EnterpriseMergeStep } from '../../enterprises/merge-enterprises.ts';
import { competitionEntries, competitionRounds } from '../schema.ts';

/**
 * Each entry on its organisation's timeline when it was registered: its number, project and round. Its readers are the
 * enterprise's, its own users included, for whom the entry is their organisation's own.
 */
export const entryTimelineSource: TimelineSource = (enterpriseIds) => sql`
  SELECT ${competitionEntries.createdAt}, 'competitionEntry'::text, 'competition.entry.timeline.title'::text, ${competitionEntries.contactName},
    jsonb_build_object('entryId', ${competitionEntries.id}, 'state', ${competitionEntries.state},
      'line', ${competitionEntries.number} || ' ' || ${competitionEntries.projectName} || ' · ' || ${competitionRounds.name}),
    0::bigint
  FROM ${competitionEntries} JOIN ${competitionRounds} ON ${competitionRounds.id} = ${competitionEntries.roundId}
  WHERE ${competitionEntries.enterpriseId}::text IN ${enterpriseIds}`;

/** A merged-away enterprise's entries become the survivor's, each move in the entry's own trail. */
export const moveEntries: EnterpriseMergeStep = async (tx, { survivorId, duplicateId, actor }) => {
  const moved = await tx
    .update(competitionEntries)
    .set({ enterpriseId: survivorId, updatedAt: new Date() })
    .where(eq(competitionEntries.enterpriseId, duplicateId))
    .returning({ id: competitionEntries.id });
  await recordAudit(
    tx,
    actor,
    moved.map(({ id }) => ({ entityType: 'competitionEntry', entityId: id, action: 'move-enterprise', before: { enterpriseId: duplicateId }, after: { enterpriseId: survivorId } })),
  );
};
