import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { transitionTimelineSource } from '../../platform/workflow/transition-timeline.ts';
import type { TimelineSource } from '../enterprises/enterprise-timeline.ts';
import type { EnterpriseMergeStep } from '../enterprises/merge-enterprises.ts';
import { windowRequestSubject, windowRequestWorkflow } from './request-workflow.ts';
import { windowRequests } from './schema.ts';

/** Every request's opening, answers, follow-ups, closing and reopening on its enterprise's timeline. */
export const windowRequestTimelineSource: TimelineSource = transitionTimelineSource(windowRequestWorkflow, windowRequestSubject, {
  titlePrefix: 'windowRequest.timeline',
  recordIds: (ids) => sql`SELECT ${windowRequests.id}::text FROM ${windowRequests} WHERE ${windowRequests.enterpriseId}::text IN ${ids}`,
});

/** A merged-away enterprise's requests belong to the survivor, each move in the request's own trail. */
export const moveWindowRequests: EnterpriseMergeStep = async (tx, { survivorId, duplicateId, actor }) => {
  const moved = await tx
    .update(windowRequests)
    .set({ enterpriseId: survivorId, updatedAt: new Date() })
    .where(eq(windowRequests.enterpriseId, duplicateId))
    .returning({ id: windowRequests.id });
  await recordAudit(
    tx,
    actor,
    moved.map(({ id }) => ({
      entityType: windowRequestSubject.kind,
      entityId: id,
      action: 'move-enterprise',
      before: { enterpriseId: duplicateId },
      after: { enterpriseId: survivorId },
    })),
  );
};
