import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { Db } from '../../platform/db/connection.ts';
import { conflict, invalidInput } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { getLead } from './get-lead.ts';
import type { IdleRule } from './lead-idle.ts';
import { findVisibleLead, leadScopeOf, lockLead, mayNotWork, mayWork } from './lead-policy.ts';
import { leadSubject } from './lead-workflow.ts';
import { leadFollowUps, leads } from './schema.ts';
import type { FollowUpInput, LeadDetail } from './schemas.ts';

/** Logs a contact with the lead's enterprise (a dated note) and touches the lead; optionally sets the next date. */
export async function addFollowUp(db: Db, actor: WorkflowActor & { id: string }, id: string, input: FollowUpInput, locale: Locale, rule: IdleRule): Promise<LeadDetail> {
  if (input.happenedOn > chinaToday()) throw invalidInput([{ field: 'happenedOn', message: 'lead.followUpInFuture' }]);
  await db.transaction(async (tx) => {
    const scope = await leadScopeOf(tx, actor);
    await findVisibleLead(tx, scope, id);
    const lead = await lockLead(tx, id);
    if (!mayWork(actor, scope, lead)) throw mayNotWork();
    if (lead.status !== 'open') throw conflict('lead.notOpen');
    const [followUp] = await tx
      .insert(leadFollowUps)
      .values({ leadId: id, happenedOn: input.happenedOn, note: input.note, authorId: actor.id, authorName: actor.name })
      .returning();
    const now = new Date();
    await tx
      .update(leads)
      .set({ touchedAt: now, updatedAt: now, ...(input.nextFollowUpOn !== undefined ? { nextFollowUpOn: input.nextFollowUpOn } : {}) })
      .where(eq(leads.id, id));
    await recordAudit(tx, actor, {
      entityType: leadSubject.kind,
      entityId: id,
      action: 'followUp',
      after: { followUpId: followUp!.id, happenedOn: input.happenedOn, note: input.note, nextFollowUpOn: input.nextFollowUpOn },
    });
  });
  return getLead(db, actor, id, locale, rule);
}
