import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { transitionTimelineSource } from '../../platform/workflow/transition-timeline.ts';
import type { TimelineSource } from '../enterprises/enterprise-timeline.ts';
import type { EnterpriseMergeStep } from '../enterprises/merge-enterprises.ts';
import { leaseSubject, leaseWorkflow } from './lease-workflow.ts';
import { siteLeases } from './schema.ts';

/**
 * A tenant's leases on its enterprise's timeline (intent, signing, fitting out, opening, cancelling, ending), for
 * readers of sites and for the tenant's own users (every lease on its timeline is theirs).
 */
export const leaseTimelineSource: TimelineSource = (enterpriseIds, reader) => {
  const visible = reader.permissions.includes('sites.read') || reader.permissions.includes('sites.tenancy') ? sql`true` : sql`false`;
  return transitionTimelineSource(leaseWorkflow, leaseSubject, {
    titlePrefix: 'site.lease.timeline',
    recordIds: (ids) => sql`SELECT ${siteLeases.id}::text FROM ${siteLeases} WHERE ${siteLeases.enterpriseId}::text IN ${ids} AND ${visible}`,
  })(enterpriseIds);
};

/** A merged-away enterprise's leases belong to the survivor, each move in the lease's own trail. */
export const moveLeases: EnterpriseMergeStep = async (tx, { survivorId, duplicateId, actor }) => {
  const moved = await tx
    .update(siteLeases)
    .set({ enterpriseId: survivorId, updatedAt: new Date() })
    .where(eq(siteLeases.enterpriseId, duplicateId))
    .returning({ id: siteLeases.id });
  await recordAudit(
    tx,
    actor,
    moved.map(({ id }) => ({ entityType: leaseSubject.kind, entityId: id, action: 'move-enterprise', before: { enterpriseId: duplicateId }, after: { enterpriseId: survivorId } })),
  );
};
