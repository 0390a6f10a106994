import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { teamScopeConditionOnDay } from '../../platform/teams/team-scope.ts';
import { transitionTimelineSource } from '../../platform/workflow/transition-timeline.ts';
import type { TimelineSource } from '../enterprises/enterprise-timeline.ts';
import type { EnterpriseMergeStep } from '../enterprises/merge-enterprises.ts';
import { leadSubject, leadWorkflow } from './lead-workflow.ts';
import { leads } from './schema.ts';

/**
 * Every lead's creation, claims, assignments, returns to the pool, conversion and dropping on its enterprise's
 * timeline, for readers of leads and of those leads only (their teams' that day, their own, the pool): the
 * timeline is open to everyone who reads the enterprise, the enterprise's own users too.
 */
export const leadTimelineSource: TimelineSource = (enterpriseIds, reader) => {
  const visible = reader.permissions.includes('lead.read')
    ? teamScopeConditionOnDay(reader, reader.permissions.includes('lead.readAll'), chinaToday(), { teamId: leads.teamId, ownerId: leads.ownerId, pool: true })
    : sql`false`;
  return transitionTimelineSource(leadWorkflow, leadSubject, {
    titlePrefix: 'lead.timeline',
    recordIds: (ids) => sql`SELECT ${leads.id}::text FROM ${leads} WHERE ${leads.enterpriseId}::text IN ${ids} AND ${visible ?? sql`true`}`,
  })(enterpriseIds);
};

/** A merged-away enterprise's leads belong to the survivor, each move in the lead's own trail. */
export const moveLeads: EnterpriseMergeStep = async (tx, { survivorId, duplicateId, actor }) => {
  const moved = await tx
    .update(leads)
    .set({ enterpriseId: survivorId, updatedAt: new Date() })
    .where(eq(leads.enterpriseId, duplicateId))
    .returning({ id: leads.id });
  await recordAudit(
    tx,
    actor,
    moved.map(({ id }) => ({
      entityType: leadSubject.kind,
      entityId: id,
      action: 'move-enterprise',
      before: { enterpriseId: duplicateId },
      after: { enterpriseId: survivorId },
    })),
  );
};
