import { eq } from 'drizzle-orm';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { Db } from '../../platform/db/connection.ts';
import { conflict } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { getLead } from './get-lead.ts';
import type { IdleRule } from './lead-idle.ts';
import { findVisibleLead, leadScopeOf, lockLead } from './lead-policy.ts';
import { keepingTeamOf } from './lead-teams.ts';
import { leadSubject, leadWorkflow } from './lead-workflow.ts';
import { leads } from './schema.ts';
import type { LeadDetail } from './schemas.ts';

/**
 * Takes a lead from the pool. Of two officers claiming at once, the second waits for the first's lock and then
 * finds the lead owned: 409 `lead.alreadyClaimed`, with nothing written.
 */
export async function claimLead(db: Db, actor: WorkflowActor & { id: string }, id: string, locale: Locale, rule: IdleRule): Promise<LeadDetail> {
  const day = chinaToday();
  await db.transaction(async (tx) => {
    const scope = await leadScopeOf(tx, actor, day);
    await findVisibleLead(tx, scope, id);
    const lead = await lockLead(tx, id);
    if (lead.status === 'open' && lead.ownerId !== null) {
      throw conflict(lead.ownerId === actor.id ? 'lead.alreadyYours' : 'lead.alreadyClaimed');
    }
    await applyTransition(tx, leadWorkflow, leadSubject, { recordId: id, action: 'claim', actor, evidence: { ownerId: actor.id, ownerName: actor.name } });
    const now = new Date();
    await tx
      .update(leads)
      .set({ ownerId: actor.id, teamId: await keepingTeamOf(tx, actor.id, lead.teamId, day), touchedAt: now, warnedTouchedAt: null, updatedAt: now })
      .where(eq(leads.id, id));
  });
  return getLead(db, actor, id, locale, rule);
}
