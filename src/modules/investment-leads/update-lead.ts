import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import { conflict } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { resolveLeadIndustry } from './create-lead.ts';
import { getLead } from './get-lead.ts';
import type { IdleRule } from './lead-idle.ts';
import { findVisibleLead, leadScopeOf, lockLead, mayNotWork, mayWork } from './lead-policy.ts';
import { leadSubject } from './lead-workflow.ts';
import { leads } from './schema.ts';
import type { LeadDetail, UpdateLeadInput } from './schemas.ts';

const editable = ['source', 'sourceNote', 'industryCode', 'chainSegment', 'priority', 'nextFollowUpOn'] as const;

/** Changes an open lead's details; a change touches it, so it stays out of the pool for another period. */
export async function updateLead(db: Db, actor: WorkflowActor & { id: string }, id: string, input: UpdateLeadInput, locale: Locale, rule: IdleRule): Promise<LeadDetail> {
  await db.transaction(async (tx) => {
    const scope = await leadScopeOf(tx, actor);
    await findVisibleLead(tx, scope, id);
    const lead = await lockLead(tx, id);
    if (!mayWork(actor, scope, lead)) throw mayNotWork();
    if (lead.status !== 'open') throw conflict('lead.notOpen');
    const industryCode = await resolveLeadIndustry(tx, input.industryCode);
    const changes = { ...input, ...(industryCode !== undefined ? { industryCode } : {}) };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of editable) {
      if (changes[field] === undefined || changes[field] === lead[field]) continue;
      before[field] = lead[field];
      after[field] = changes[field];
    }
    // Nothing changed: nothing written, and the lead is not touched.
    if (!Object.keys(after).length) return;
    const now = new Date();
    await tx
      .update(leads)
      .set({ ...after, touchedAt: now, updatedAt: now })
      .where(eq(leads.id, id));
    await recordAudit(tx, actor, { entityType: leadSubject.kind, entityId: id, action: 'update', before, after });
  });
  return getLead(db, actor, id, locale, rule);
}
