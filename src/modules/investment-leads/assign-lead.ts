import { and, eq } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { getLead } from './get-lead.ts';
import type { IdleRule } from './lead-idle.ts';
import { notifyLead } from './lead-notices.ts';
import { assertMayAssign, findVisibleLead, leadScopeOf, lockLead } from './lead-policy.ts';
import { keepingTeamOf } from './lead-teams.ts';
import { leadSubject, leadWorkflow } from './lead-workflow.ts';
import { leads } from './schema.ts';
import type { LeadDetail } from './schemas.ts';

/**
 * Hands an open lead (owned or in the pool) to an officer: holders of lead.assign any, a team's lead (that day) the
 * team's leads and the pool's, to the team's members. The officer is told.
 */
export async function assignLead(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  actor: WorkflowActor & { id: string },
  id: string,
  assigneeId: string,
  locale: Locale,
  rule: IdleRule,
): Promise<LeadDetail> {
  const day = chinaToday();
  await db.transaction(async (tx) => {
    const scope = await leadScopeOf(tx, actor, day);
    await findVisibleLead(tx, scope, id);
    const lead = await lockLead(tx, id);
    const [assignee] = await tx
      .select({ id: users.id, name: users.displayName, roles: users.roles })
      .from(users)
      .where(and(eq(users.id, assigneeId), eq(users.disabled, false)));
    if (!assignee || !assignee.roles.includes('officer')) throw invalidInput([{ field: 'ownerId', message: 'lead.assigneeInvalid' }]);
    await assertMayAssign(tx, actor, lead, assignee.id, day);
    await applyTransition(tx, leadWorkflow, leadSubject, { recordId: id, action: 'assign', actor, evidence: { ownerId: assignee.id, ownerName: assignee.name } });
    const now = new Date();
    await tx
      .update(leads)
      .set({ ownerId: assignee.id, teamId: await keepingTeamOf(tx, assignee.id, lead.teamId, day), touchedAt: now, warnedTouchedAt: null, updatedAt: now })
      .where(eq(leads.id, id));
    if (assignee.id !== actor.id) await notifyLead(tx, ctx, 'assigned', id, [assignee.id], { by: actor.name });
  });
  return getLead(db, actor, id, locale, rule);
}
