import { and, eq, not, sql } from 'drizzle-orm';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import type { AppContext } from '../../platform/http/context.ts';
import type { JobDefinition } from '../../platform/jobs/jobs.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import { systemWorkflowActor } from '../../platform/workflow/workflow-actor.ts';
import { ownedOpenLeads, pastCutoff } from './idle-lead-conditions.ts';
import { idleCutoffs, returnsToPoolAt, type IdleCutoff, type IdleRule } from './lead-idle.ts';
import { notifyLead } from './lead-notices.ts';
import { leadSubject, leadWorkflow } from './lead-workflow.ts';
import { leads } from './schema.ts';

type JobContext = Pick<AppContext, 'db' | 'jobs' | 'config'>;

export const idleRuleOf = (config: AppContext['config']): IdleRule => ({ returnDays: config.leads.poolReturnDays, warningDays: config.leads.poolWarningDays });

/**
 * Returns each owned open lead whose `returnsToPoolAt` has come to the pool, one transaction each, as the system
 * with lead.returnToPool (granted to no role), and tells its former owner. The row is locked and read again first:
 * a lead another instance returned meanwhile, or its owner touched or gave a later follow-up, is left alone.
 */
async function returnIdle(ctx: JobContext, rule: IdleRule, now: Date, returnBy: IdleCutoff): Promise<number> {
  const due = await ctx.db.select({ id: leads.id }).from(leads).where(and(ownedOpenLeads, pastCutoff(returnBy)));
  const actor = systemWorkflowActor(['lead.returnToPool']);
  let returned = 0;
  for (const { id } of due) {
    const done = await ctx.db.transaction(async (tx) => {
      const [lead] = await tx.select().from(leads).where(eq(leads.id, id)).for('update');
      if (!lead || lead.status !== 'open' || lead.ownerId === null || returnsToPoolAt(lead, rule) > now) return false;
      await applyTransition(tx, leadWorkflow, leadSubject, { recordId: id, action: 'returnToPool', actor, evidence: { ownerId: null, ownerName: null } });
      await tx.update(leads).set({ ownerId: null, warnedTouchedAt: null, updatedAt: sql`now()` }).where(eq(leads.id, id));
      await notifyLead(tx, ctx, 'returned', id, [lead.ownerId]);
      return true;
    });
    if (done) returned += 1;
  }
  return returned;
}

/**
 * Warns the owners of leads whose warning instant (`idleCutoffs`) has come and whose return has not. Marking the period warned
 * (its touch and follow-up day, which fix the return) and choosing the leads is one UPDATE, so of two instances
 * (or a rerun) each idle period warns once: the second waits for the first's row locks and finds them marked. A
 * touch, or another follow-up day, starts a new period, warned again when it runs out.
 */
async function warnIdle(ctx: JobContext, rule: IdleRule, cutoffs: { returnBy: IdleCutoff; warnBy: IdleCutoff }): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const warned = await tx
      .update(leads)
      .set({ warnedTouchedAt: sql`${leads.touchedAt}`, warnedFollowUpOn: sql`${leads.nextFollowUpOn}` })
      .where(
        and(
          ownedOpenLeads,
          pastCutoff(cutoffs.warnBy),
          not(pastCutoff(cutoffs.returnBy)),
          sql`(${leads.warnedTouchedAt} IS DISTINCT FROM ${leads.touchedAt} OR ${leads.warnedFollowUpOn} IS DISTINCT FROM ${leads.nextFollowUpOn})`,
        ),
      )
      .returning({ id: leads.id, ownerId: leads.ownerId, touchedAt: leads.touchedAt, nextFollowUpOn: leads.nextFollowUpOn });
    for (const lead of warned) {
      await notifyLead(tx, ctx, 'poolWarning', lead.id, [lead.ownerId!], { date: chinaDayOf(returnsToPoolAt(lead, rule)) });
    }
    return warned.length;
  });
}

/** The daily work on the pool at `now` (a parameter, so that tests move the clock): return, then warn. */
export async function runLeadPool(ctx: JobContext, now: Date = new Date()): Promise<{ returned: number; warned: number }> {
  const rule = idleRuleOf(ctx.config);
  const cutoffs = idleCutoffs(now, rule);
  const returned = await returnIdle(ctx, rule, now, cutoffs.returnBy);
  const warned = rule.warningDays > 0 ? await warnIdle(ctx, rule, cutoffs) : 0;
  return { returned, warned };
}

export const leadPoolJob = 'leads.return-to-pool';

export function leadPoolJobDefinition(ctx: AppContext): JobDefinition<object> {
  return {
    name: leadPoolJob,
    // 00:40 in Beijing, after the market's expiry: owners find the warning at the start of their working day.
    cron: '40 16 * * *',
    handle: async () => {
      await runLeadPool(ctx);
    },
  };
}
