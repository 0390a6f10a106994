import { eq } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { Db } from '../../platform/db/connection.ts';
import { AppError, conflict } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { getLead } from './get-lead.ts';
import type { IdleRule } from './lead-idle.ts';
import { findVisibleLead, leadScopeOf, lockLead, teamsLedBy } from './lead-policy.ts';
import { leadSubject, leadWorkflow } from './lead-workflow.ts';
import { leads } from './schema.ts';
import type { LeadDetail } from './schemas.ts';

/** Puts an owned open lead back in the pool: its owner, a holder of lead.assign, or the lead of its team that day. */
export async function releaseLead(db: Db, actor: WorkflowActor & { id: string }, id: string, locale: Locale, rule: IdleRule): Promise<LeadDetail> {
  const day = chinaToday();
  await db.transaction(async (tx) => {
    const scope = await leadScopeOf(tx, actor, day);
    await findVisibleLead(tx, scope, id);
    const lead = await lockLead(tx, id);
    if (lead.status === 'open' && lead.ownerId === null) throw conflict('lead.inPool');
    const allowed =
      lead.ownerId === actor.id ||
      actor.permissions.includes('lead.assign') ||
      (lead.teamId !== null && (await teamsLedBy(tx, actor.id, day)).includes(lead.teamId));
    if (!allowed) throw new AppError(403, 'lead.mayNotRelease');
    await applyTransition(tx, leadWorkflow, leadSubject, { recordId: id, action: 'release', actor, evidence: { ownerId: null, ownerName: null } });
    const now = new Date();
    await tx.update(leads).set({ ownerId: null, touchedAt: now, warnedTouchedAt: null, updatedAt: now }).where(eq(leads.id, id));
  });
  return getLead(db, actor, id, locale, rule);
}
