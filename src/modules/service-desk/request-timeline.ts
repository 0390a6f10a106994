import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { transitionTimelineSource } from '../../platform/workflow/transition-timeline.ts';
import type { TimelineSource } from '../enterprises/enterprise-timeline.ts';
import type { EnterpriseMergeStep } from '../enterprises/merge-enterprises.ts';
import { visibleRequestsFor } from './request-policy.ts';
import { serviceRequestSubject, serviceRequestWorkflow } from './request-workflow.ts';
import { serviceRequests } from './schema.ts';

/**
 * Every request's submission and moves on its enterprise's timeline, for readers of that request only: the
 * timeline is open to everyone who reads the enterprise, its own users too.
 */
export const serviceRequestTimelineSource: TimelineSource = (enterpriseIds, reader) => {
  const visible = visibleRequestsFor(reader);
  return transitionTimelineSource(serviceRequestWorkflow, serviceRequestSubject, {
    titlePrefix: 'serviceRequest.timeline',
    recordIds: (ids) => sql`SELECT ${serviceRequests.id}::text FROM ${serviceRequests} WHERE ${and(sql`${serviceRequests.enterpriseId}::text IN ${ids}`, visible)}`,
  })(enterpriseIds);
};

/** A merged-away enterprise's requests belong to the survivor, each move in the request's own trail. */
export const moveServiceRequests: EnterpriseMergeStep = async (tx, { survivorId, duplicateId, actor }) => {
  const moved = await tx
    .update(serviceRequests)
    .set({ enterpriseId: survivorId, updatedAt: new Date() })
    .where(eq(serviceRequests.enterpriseId, duplicateId))
    .returning({ id: serviceRequests.id });
  await recordAudit(
    tx,
    actor,
    moved.map(({ id }) => ({
      entityType: serviceRequestSubject.kind,
      entityId: id,
      action: 'move-enterprise',
      before: { enterpriseId: duplicateId },
      after: { enterpriseId: survivorId },
    })),
  );
};
