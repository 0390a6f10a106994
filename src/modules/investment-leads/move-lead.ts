import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { getLead } from './get-lead.ts';
import type { IdleRule } from './lead-idle.ts';
import { findVisibleLead, leadScopeOf, lockLead, mayNotWork, mayWork } from './lead-policy.ts';
import { leadSubject, leadWorkflow } from './lead-workflow.ts';
import { leads } from './schema.ts';
import type { LeadDetail } from './schemas.ts';

/**
 * Converts a lead (it became a visit or project worth its own record), drops it with a reason, or reopens a dropped
 * one: whoever works it. The workflow refuses a move from the wrong status (409) and bad evidence (400).
 */
export async function moveLead(
  db: Db,
  actor: WorkflowActor & { id: string },
  id: string,
  action: 'convert' | 'drop' | 'reopen',
  evidence: unknown,
  locale: Locale,
  rule: IdleRule,
): Promise<LeadDetail> {
  await db.transaction(async (tx) => {
    const scope = await leadScopeOf(tx, actor);
    await findVisibleLead(tx, scope, id);
    const lead = await lockLead(tx, id);
    if (!mayWork(actor, scope, lead)) throw mayNotWork();
    const applied = await applyTransition(tx, leadWorkflow, leadSubject, { recordId: id, action, actor, evidence });
    const now = new Date();
    const dropReason = action === 'drop' ? String(applied.evidence!.reason) : null;
    await tx.update(leads).set({ dropReason, touchedAt: now, warnedTouchedAt: null, updatedAt: now }).where(eq(leads.id, id));
  });
  return getLead(db, actor, id, locale, rule);
}
