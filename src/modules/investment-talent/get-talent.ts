import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { TeamScope } from '../../platform/teams/team-scope.ts';
import { allowedActions } from '../../platform/workflow/allowed-actions.ts';
import { timeInStates } from '../../platform/workflow/time-in-states.ts';
import { transitionsOf } from '../../platform/workflow/transitions-of.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { enterprises } from '../enterprises/schema.ts';
import { dayMs } from '../investment-projects/stall-rule.ts';
import { talentRecords, type TalentRecord } from './schema.ts';
import type { TalentDetail } from './schemas.ts';
import { findVisibleTalent, mayWorkTalent, talentScopeOf, type TalentUser } from './talent-policy.ts';
import { readTalent, visibleLinkedProject } from './talent-records.ts';
import { talentSubject, talentWorkflow } from './talent-workflow.ts';

/** The buttons the user sees: the moves they may make now, and `edit` for whoever works a record not ended. */
function talentActionsFor(user: TalentUser, scope: TeamScope, record: TalentRecord): string[] {
  if (!mayWorkTalent(user, scope, record)) return [];
  const actor: WorkflowActor = { id: user.id, name: '', permissions: user.permissions, enterpriseId: null };
  const actions: string[] = allowedActions(talentWorkflow, actor, record.stage, record);
  if (record.stage !== 'ended') actions.push('edit');
  return actions;
}

/** One record the user sees, with its contacts, days in each stage and moves; 404 for any other id. */
export async function getTalent(db: DbOrTx, user: TalentUser, id: string, locale: Locale, now: Date = new Date()): Promise<TalentDetail> {
  const scope = await talentScopeOf(db, user);
  const record = await findVisibleTalent(db, scope, id);
  const [[summary], transitions, project, landedAt] = await Promise.all([
    readTalent(db, eq(talentRecords.id, id), locale),
    transitionsOf(db, talentSubject.kind, id),
    visibleLinkedProject(db, user, record.projectId),
    record.landedEnterpriseId ? db.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, record.landedEnterpriseId)) : [],
  ]);
  return {
    ...summary!,
    needsNote: record.needsNote,
    contacts: record.contacts,
    heldFromStage: record.heldFromStage,
    holdReason: record.holdReason,
    endReason: record.endReason,
    landedEnterpriseId: record.landedEnterpriseId,
    landedEnterpriseName: landedAt[0]?.name ?? null,
    project,
    stages: timeInStates(transitions, now).map((stay) => ({ stage: stay.state as TalentRecord['stage'], days: Math.round((stay.ms / dayMs) * 10) / 10, current: stay.current })),
    moves: transitions.map((t) => ({
      id: t.id,
      action: t.action,
      fromState: t.fromState,
      toState: t.toState,
      actorName: t.actorName,
      at: t.at,
      evidence: (t.evidence as Record<string, unknown> | null) ?? null,
    })),
    actions: talentActionsFor(user, scope, record),
  };
}
