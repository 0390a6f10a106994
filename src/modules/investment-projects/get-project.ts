import { and, eq } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { TeamScope } from '../../platform/teams/team-scope.ts';
import { visits } from '../investment-visits/schema.ts';
import { visibleVisits } from '../investment-visits/visit-policy.ts';
import { allowedActions } from '../../platform/workflow/allowed-actions.ts';
import { timeInStates } from '../../platform/workflow/time-in-states.ts';
import { transitionsOf } from '../../platform/workflow/transitions-of.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { amountVerification, markCounted } from './counting-rules.ts';
import { readLanding } from './project-landing.ts';
import { findVisibleProject, mayWorkProject, projectScopeOf, type ProjectUser } from './project-policy.ts';
import { readAmountChanges, readProject, readSignings } from './project-records.ts';
import { projectSubject, projectWorkflow } from './project-workflow.ts';
import type { Project } from './schema.ts';
import type { ProjectDetail } from './schemas.ts';
import { dayMs, type StallRule } from './stall-rule.ts';

/** Whether the user may manage the project: change its manager or the manager-only limit. */
export const mayManage = (user: ProjectUser, project: Pick<Project, 'managerId'>) => user.permissions.includes('project.manage') || project.managerId === user.id;

/** The buttons the user sees: the workflow's moves they may make now, and edits for whoever works it. */
function projectActionsFor(user: ProjectUser, scope: TeamScope, project: Project, signed: boolean): string[] {
  if (!mayWorkProject(user, scope, project)) return [];
  const actor: WorkflowActor = { id: user.id, name: '', permissions: user.permissions, enterpriseId: null };
  const actions: string[] = allowedActions(projectWorkflow, actor, project.stage, project);
  if (project.stage !== 'terminated') actions.push('edit');
  if (signed && project.stage !== 'terminated') actions.push('resign', 'changeAmount');
  return actions;
}

/** The visit the project was made from, when the user reads that visit. */
async function readOriginVisit(db: DbOrTx, user: ProjectUser, visitId: string | null): Promise<ProjectDetail['originVisit']> {
  if (!visitId) return null;
  const [visit] = await db
    .select({ id: visits.id, visitedOn: visits.visitedOn, place: visits.place })
    .from(visits)
    .where(and(eq(visits.id, visitId), visibleVisits(user)));
  return visit ?? null;
}

/** One project the user sees, with its signings, amount history, days in each stage and moves; 404 for any other id. */
export async function getProject(db: DbOrTx, user: ProjectUser, id: string, locale: Locale, rule: StallRule, now: Date = new Date()): Promise<ProjectDetail> {
  const scope = await projectScopeOf(db, user, chinaToday());
  const project = await findVisibleProject(db, scope, id);
  const [summary, signings, amountChanges, transitions, originVisit, landing] = await Promise.all([
    readProject(db, id, locale, rule),
    readSignings(db, id),
    readAmountChanges(db, id),
    transitionsOf(db, projectSubject.kind, id),
    readOriginVisit(db, user, project.originVisitId),
    readLanding(db, id),
  ]);
  return {
    ...summary,
    signings: markCounted(signings).map(({ fileLive, eventId, eventName, eventHeldOn, ...signing }) => ({
      ...signing,
      verification: amountVerification(signing.amountWan, Boolean(fileLive)),
      event: eventId ? { id: eventId, name: eventName!, heldOn: eventHeldOn! } : null,
    })),
    amountChanges,
    stages: timeInStates(transitions, now).map((stay) => ({ stage: stay.state as Project['stage'], days: Math.round((stay.ms / dayMs) * 10) / 10, current: stay.current })),
    moves: transitions.map((t) => ({
      id: t.id,
      action: t.action,
      fromState: t.fromState,
      toState: t.toState,
      actorName: t.actorName,
      at: t.at,
      evidence: (t.evidence as Record<string, unknown> | null) ?? null,
    })),
    actions: projectActionsFor(user, scope, project, signings.length > 0),
    originVisit,
    landing,
  };
}
