import { and, eq, lte } from 'drizzle-orm';
import type { AppContext } from '../../platform/http/context.ts';
import type { JobDefinition } from '../../platform/jobs/jobs.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import { systemWorkflowActor } from '../../platform/workflow/workflow-actor.ts';
import { announceRequestChange } from './announce-request-change.ts';
import { tellRequester } from './request-notices.ts';
import { reopenPeriodMs, serviceRequestSubject, serviceRequestWorkflow } from './request-workflow.ts';
import { serviceRequests } from './schema.ts';

type JobContext = Pick<AppContext, 'db' | 'jobs' | 'config'>;

/**
 * Closes each request resolved more than seven days before `now` (a parameter, so that tests move the clock), one
 * transaction each, as the system with serviceRequest.autoClose (granted to no role), and tells its enterprise.
 * The row is locked and read again first: one reopened meanwhile, or closed by another instance, is left alone.
 */
export async function closeResolvedRequests(ctx: JobContext, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - reopenPeriodMs);
  const due = await ctx.db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .where(and(eq(serviceRequests.state, 'resolved'), lte(serviceRequests.resolvedAt, cutoff)));
  const actor = systemWorkflowActor(['serviceRequest.autoClose']);
  let closed = 0;
  for (const { id } of due) {
    const done = await ctx.db.transaction(async (tx) => {
      const [request] = await tx.select().from(serviceRequests).where(eq(serviceRequests.id, id)).for('update');
      if (request?.state !== 'resolved' || request.resolvedAt === null || request.resolvedAt > cutoff) return false;
      await applyTransition(tx, serviceRequestWorkflow, serviceRequestSubject, { recordId: id, action: 'close', actor });
      await tx.update(serviceRequests).set({ closedAt: now, updatedAt: now }).where(eq(serviceRequests.id, id));
      await announceRequestChange(tx, request);
      await tellRequester(tx, ctx, request, null, { kind: 'service-request.closed', message: 'serviceRequest.notice.closed' });
      return true;
    });
    if (done) closed += 1;
  }
  return closed;
}

export const closeResolvedJob = 'service-desk.close-resolved';

export function closeResolvedJobDefinition(ctx: AppContext): JobDefinition<object> {
  return {
    name: closeResolvedJob,
    // Every hour at :25: a request closes within the hour its seven days run out.
    cron: '25 * * * *',
    handle: async () => {
      await closeResolvedRequests(ctx);
    },
  };
}
