import { and, eq, isNull } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { Db, Tx } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { enterprises } from '../enterprises/schema.ts';
import { getTalent } from './get-talent.ts';
import { talentRecords, type TalentRecord } from './schema.ts';
import type { TalentDetail } from './schemas.ts';
import { findVisibleTalent, mayNotWorkTalent, mayWorkTalent, talentScopeOf } from './talent-policy.ts';
import type { WorkingTalentStage } from './talent-stages.ts';
import { talentSubject, talentWorkflow } from './talent-workflow.ts';

type Actor = WorkflowActor & { id: string };
type Evidence = Record<string, unknown>;

/** 落地's facts: the day (not after today) and where, an enterprise of the register that was not merged away. */
async function landingFacts(tx: Tx, evidence: Evidence): Promise<Partial<TalentRecord>> {
  const landedOn = evidence.landedOn as string;
  if (landedOn > chinaToday()) throw invalidInput([{ field: 'landedOn', message: 'talent.landedInFuture' }]);
  const enterpriseId = (evidence.enterpriseId as string | undefined) ?? null;
  if (enterpriseId) {
    const [found] = await tx
      .select({ id: enterprises.id })
      .from(enterprises)
      .where(and(eq(enterprises.id, enterpriseId), isNull(enterprises.mergedIntoId)));
    if (!found) throw invalidInput([{ field: 'enterpriseId', message: 'talent.enterpriseNotFound' }]);
  }
  return { landedOn, landedEnterpriseId: enterpriseId };
}

/** What a move's evidence writes on the record itself, besides its stage. */
async function factsOf(tx: Tx, before: TalentRecord, action: string, evidence: Evidence | null): Promise<Partial<TalentRecord>> {
  const e = evidence ?? {};
  switch (action) {
    case 'land':
      return landingFacts(tx, e);
    case 'hold':
      return { heldFromStage: before.stage as WorkingTalentStage, holdReason: e.reason as string };
    case 'terminate':
      return { endReason: e.reason as string };
    default:
      return action.startsWith('resume-') ? { heldFromStage: null, holdReason: null } : {};
  }
}

/**
 * Moves a record the actor sees (404 otherwise) and works (403) through the talent workflow, which checks the stage
 * (409) and the evidence (400 naming each missing field) and writes nothing when it refuses; the evidence's facts
 * (the landing's day and where) are written on the record in the same transaction, or the whole move is refused.
 */
export async function moveTalent(db: Db, actor: Actor, id: string, action: string, evidence: unknown, locale: Locale): Promise<TalentDetail> {
  await db.transaction(async (tx) => {
    const scope = await talentScopeOf(tx, actor);
    const visible = await findVisibleTalent(tx, scope, id);
    if (!mayWorkTalent(actor, scope, visible)) throw mayNotWorkTalent();
    const [before] = await tx.select().from(talentRecords).where(eq(talentRecords.id, id)).for('update');
    const applied = await applyTransition(tx, talentWorkflow, talentSubject, { recordId: id, action, actor, evidence });
    const facts = await factsOf(tx, before!, action, applied.evidence);
    await tx
      .update(talentRecords)
      .set({ ...facts, stageEnteredAt: applied.transition.at, updatedAt: applied.transition.at })
      .where(eq(talentRecords.id, id));
  });
  return getTalent(db, actor, id, locale);
}
