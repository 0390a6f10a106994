import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { getLead } from './get-lead.ts';
import type { IdleRule } from './lead-idle.ts';
import { findVisibleLead, leadScopeOf, lockLead, mayNotWork, mayWork } from './lead-policy.ts';
import { leadSubject, leadWorkflow } from './lead-workflow.ts';
import { leads, type Lead } from './schema.ts';
import type { LeadDetail } from './schemas.ts';

type LeadMove = 'convert' | 'drop' | 'reopen';

/**
 * One move of a lead inside the caller's transaction: visible (404 otherwise), worked by the actor (403), through the
 * lead workflow (409 from the wrong status, 400 for bad evidence). Returns the lead as it is after the move.
 */
export async function moveLeadWithin(tx: Tx, actor: WorkflowActor & { id: string }, id: string, action: LeadMove, evidence: unknown): Promise<Lead> {
  const scope = await leadScopeOf(tx, actor);
  await findVisibleLead(tx, scope, id);
  const lead = await lockLead(tx, id);
  if (!mayWork(actor, scope, lead)) throw mayNotWork();
  const applied = await applyTransition(tx, leadWorkflow, leadSubject, { recordId: id, action, actor, evidence });
  const now = new Date();
  const dropReason = action === 'drop' ? String(applied.evidence!.reason) : null;
  const [moved] = await tx.update(leads).set({ dropReason, touchedAt: now, warnedTouchedAt: null, updatedAt: now }).where(eq(leads.id, id)).returning();
  return moved!;
}

/**
 * Marks a lead converted inside the caller's transaction, as another record made from it (an investment project)
 * is written: the same rules and the same transition as the convert route, so it is on the enterprise timeline.
 */
export const convertLeadWithin = (tx: Tx, actor: WorkflowActor & { id: string }, id: string): Promise<Lead> => moveLeadWithin(tx, actor, id, 'convert', undefined);

/**
 * Converts a lead (it became a visit or project worth its own record), drops it with a reason, or reopens a dropped
 * one: whoever works it. The workflow refuses a move from the wrong status (409) and bad evidence (400).
 */
export async function moveLead(
  db: Db,
  actor: WorkflowActor & { id: string },
  id: string,
  action: LeadMove,
  evidence: unknown,
  locale: Locale,
  rule: IdleRule,
): Promise<LeadDetail> {
  await db.transaction((tx) => moveLeadWithin(tx, actor, id, action, evidence));
  return getLead(db, actor, id, locale, rule);
}
