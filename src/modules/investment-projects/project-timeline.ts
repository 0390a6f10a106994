import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { teamScopeConditionOnDay } from '../../platform/teams/team-scope.ts';
import { transitionTimelineSource } from '../../platform/workflow/transition-timeline.ts';
import type { TimelineSource } from '../enterprises/enterprise-timeline.ts';
import type { EnterpriseMergeStep } from '../enterprises/merge-enterprises.ts';
import { projectSubject, projectWorkflow } from './project-workflow.ts';
import { projects } from './schema.ts';

/**
 * Every project's creation and moves on the timeline of its enterprise and of the entity registered for it, for
 * readers of projects and of those projects only (their teams' that day, those they manage): the timeline is open
 * to everyone who reads the enterprise, the enterprise's own users too.
 */
export const projectTimelineSource: TimelineSource = (enterpriseIds, reader) => {
  const visible = reader.permissions.includes('project.read')
    ? teamScopeConditionOnDay(reader, reader.permissions.includes('project.readAll'), chinaToday(), { teamId: projects.teamId, ownerId: projects.managerId })
    : sql`false`;
  return transitionTimelineSource(projectWorkflow, projectSubject, {
    titlePrefix: 'project.timeline',
    recordIds: (ids) =>
      sql`SELECT ${projects.id}::text FROM ${projects} WHERE (${projects.enterpriseId}::text IN ${ids} OR ${projects.registeredEnterpriseId}::text IN ${ids}) AND ${visible ?? sql`true`}`,
  })(enterpriseIds);
};

/** A merged-away enterprise's projects (and projects registered as it) belong to the survivor. */
export const moveProjects: EnterpriseMergeStep = async (tx, { survivorId, duplicateId, actor }) => {
  const now = new Date();
  const owned = await tx.update(projects).set({ enterpriseId: survivorId, updatedAt: now }).where(eq(projects.enterpriseId, duplicateId)).returning({ id: projects.id });
  const registered = await tx
    .update(projects)
    .set({ registeredEnterpriseId: survivorId, updatedAt: now })
    .where(eq(projects.registeredEnterpriseId, duplicateId))
    .returning({ id: projects.id });
  await recordAudit(tx, actor, [
    ...owned.map(({ id }) => ({ entityType: projectSubject.kind, entityId: id, action: 'move-enterprise', before: { enterpriseId: duplicateId }, after: { enterpriseId: survivorId } })),
    ...registered.map(({ id }) => ({
      entityType: projectSubject.kind,
      entityId: id,
      action: 'move-enterprise',
      before: { registeredEnterpriseId: duplicateId },
      after: { registeredEnterpriseId: survivorId },
    })),
  ]);
};
