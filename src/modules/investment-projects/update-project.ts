import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { Db } from '../../platform/db/connection.ts';
import { AppError, conflict } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { resolveLeadIndustry } from '../investment-leads/create-lead.ts';
import { assertManager, resolveRegion } from './create-project.ts';
import { getProject, mayManage } from './get-project.ts';
import { landingColumns } from './project-landing.ts';
import { findVisibleProject, mayNotWorkProject, mayWorkProject, projectScopeOf } from './project-policy.ts';
import { projects } from './schema.ts';
import type { ProjectDetail, UpdateProjectInput } from './schemas.ts';
import type { StallRule } from './stall-rule.ts';

/**
 * Changes a project's details and next follow-up: whoever works it, unless terminated (409). Its manager and the
 * manager-only limit only the manager or an administrator change (403 project.mayNotManage).
 */
export async function updateProject(db: Db, actor: WorkflowActor & { id: string }, id: string, input: UpdateProjectInput, locale: Locale, rule: StallRule): Promise<ProjectDetail> {
  await db.transaction(async (tx) => {
    const day = chinaToday();
    const scope = await projectScopeOf(tx, actor, day);
    const project = await findVisibleProject(tx, scope, id, { lock: true });
    if (!mayWorkProject(actor, scope, project)) throw mayNotWorkProject();
    if (project.stage === 'terminated') throw conflict('project.terminated');
    const managing = (input.managerId !== undefined && input.managerId !== project.managerId) || (input.managerOnly !== undefined && input.managerOnly !== project.managerOnly);
    if (managing && !mayManage(actor, project)) throw new AppError(403, 'project.mayNotManage');
    if (input.managerId !== undefined && input.managerId !== project.managerId) await assertManager(tx, actor, input.managerId, project.teamId, day);
    const changes = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.industryCode !== undefined ? { industryCode: (await resolveLeadIndustry(tx, input.industryCode)) ?? null } : {}),
      ...(input.regionCode !== undefined ? { regionCode: (await resolveRegion(tx, input.regionCode)) ?? null } : {}),
      ...(input.managerId !== undefined ? { managerId: input.managerId } : {}),
      ...(input.managerOnly !== undefined ? { managerOnly: input.managerOnly } : {}),
      ...(input.nextFollowUpOn !== undefined ? { nextFollowUpOn: input.nextFollowUpOn } : {}),
      ...(await landingColumns(tx, input.landing)),
    };
    if (!Object.keys(changes).length) return;
    await tx.update(projects).set({ ...changes, updatedAt: new Date() }).where(eq(projects.id, id));
    const before = Object.fromEntries(Object.keys(changes).map((key) => [key, project[key as keyof typeof project]]));
    await recordAudit(tx, actor, { entityType: 'project', entityId: id, action: 'update', before, after: changes });
  });
  return getProject(db, actor, id, locale, rule);
}
