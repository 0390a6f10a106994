import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { TimelineSource } from '../enterprises/enterprise-timeline.ts';
import type { EnterpriseMergeStep } from '../enterprises/merge-enterprises.ts';
import { visitKind } from './create-visit.ts';
import { visits } from './schema.ts';
import { visibleVisits } from './visit-policy.ts';

/**
 * Each visit on its enterprise's timeline, at noon (China) of its day, for readers of that visit only: the
 * timeline is open to everyone who reads the enterprise, its own users too, who never see promotion records.
 */
export const visitTimelineSource: TimelineSource = (enterpriseIds, reader) => sql`
  SELECT (${visits.visitedOn}::timestamp + interval '12 hours') AT TIME ZONE 'Asia/Shanghai', ${visitKind}::text, 'visit.timeline.visit'::text,
    ${visits.officerName},
    jsonb_build_object('visitId', ${visits.id}, 'visitedOn', ${visits.visitedOn}, 'place', ${visits.place}, 'summary', ${visits.summary},
      'concerns', (SELECT coalesce(jsonb_agg(c.tag ORDER BY c.tag), '[]'::jsonb) FROM visit_concerns c WHERE c.visit_id = ${visits.id})),
    0::bigint
  FROM ${visits}
  WHERE ${visits.enterpriseId}::text IN ${enterpriseIds} AND ${visibleVisits(reader)}`;

/** A merged-away enterprise's visits belong to the survivor, each move in the visit's own trail. */
export const moveVisits: EnterpriseMergeStep = async (tx, { survivorId, duplicateId, actor }) => {
  const moved = await tx
    .update(visits)
    .set({ enterpriseId: survivorId, updatedAt: new Date() })
    .where(eq(visits.enterpriseId, duplicateId))
    .returning({ id: visits.id });
  await recordAudit(
    tx,
    actor,
    moved.map(({ id }) => ({ entityType: visitKind, entityId: id, action: 'move-enterprise', before: { enterpriseId: duplicateId }, after: { enterpriseId: survivorId } })),
  );
};
