import { and, eq, sql } from 'drizzle-orm';
import { chinaToday } from '../../../platform/calendar/china-day.ts';
import type { AppContext } from '../../../platform/http/context.ts';
import type { Tx } from '../../../platform/db/connection.ts';
import type { JobDefinition, Jobs } from '../../../platform/jobs/jobs.ts';
import { refreshEnterpriseEligibility, refreshItemEligibility } from './refresh-eligibility.ts';
import { policyFitScan } from './schema.ts';
import { policies, policyBenefitItems } from '../schema.ts';
import { offeredItems } from './published-items.ts';

/**
 * Queued in the transaction that publishes a policy: each of its items is checked against the whole register. Also
 * queued, with `itemId`, when a published policy's item is added or its rule or delivery changed: only that item.
 */
export const policyPublishedJob = 'policies.published';
export interface PolicyPublished {
  policyId: string;
  itemId?: string;
}

/**
 * Queues the recomputation of one item of a published policy in the transaction that changed it, so the fit records
 * and the push follow the item as written. A draft's or withdrawn policy's item is left: publishing queues every item.
 * (A deleted item needs none: its `policy_eligibility` rows go with it by the foreign key's cascade.)
 */
export async function queueItemRefresh(tx: Tx, jobs: Pick<Jobs, 'send'>, policy: { id: string; state: string }, itemId: string): Promise<void> {
  if (policy.state !== 'published') return;
  await jobs.send<PolicyPublished>(policyPublishedJob, { policyId: policy.id, itemId }, { within: tx });
}

export function policyPublishedJobDefinition(ctx: AppContext): JobDefinition<PolicyPublished> {
  return {
    name: policyPublishedJob,
    handle: async ({ policyId, itemId }) => {
      const items = await ctx.db
        .select({ id: policyBenefitItems.id })
        .from(policyBenefitItems)
        .where(and(eq(policyBenefitItems.policyId, policyId), itemId ? eq(policyBenefitItems.id, itemId) : undefined));
      // An item a transaction of its own: a large register's item does not hold the others' rows locked.
      for (const item of items) await ctx.db.transaction((tx) => refreshItemEligibility(tx, ctx, item.id));
    },
  };
}

export const figuresChangedJob = 'policies.figures-changed';

/**
 * A change is stamped when its transaction starts but seen only once it commits: a scan reads back this far before
 * its cursor so that a transaction still open at the last scan is not missed. Reading one twice only recomputes it.
 */
const commitLag = '2 minutes';

/**
 * Recomputes the enterprises whose facts changed since the last scan: figures, the record itself (its tags are
 * written with it, which stamps it), list memberships. One run at a time over all instances: a run finding the
 * scan's lock taken leaves the work to the one holding it. The cursor moves in the same transaction as the
 * recomputed rows, so a failed run leaves it where it was and the retry reads the same changes. Returns how many
 * enterprises were told of a newly eligible item.
 */
export async function refreshChangedEnterprises(ctx: Pick<AppContext, 'db' | 'jobs' | 'config'>): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const { rows: locked } = await tx.execute<{ locked: boolean }>(sql`SELECT pg_try_advisory_xact_lock(hashtextextended(${figuresChangedJob}, 0)) AS locked`);
    if (!locked[0]!.locked) return 0;
    const [cursor] = await tx.select({ scannedUpTo: policyFitScan.scannedUpTo }).from(policyFitScan);
    let told = 0;
    if (cursor) {
      const since = sql`${cursor.scannedUpTo.toISOString()}::timestamptz - ${commitLag}::interval`;
      const { rows } = await tx.execute<{ enterprise_id: string }>(sql`
        SELECT enterprise_id FROM enterprise_figures WHERE updated_at > ${since}
        UNION SELECT id FROM enterprises WHERE updated_at > ${since}
        UNION SELECT enterprise_id FROM policy_list_members WHERE added_at > ${since}`);
      for (const { enterprise_id: enterpriseId } of rows) told += await refreshEnterpriseEligibility(tx, ctx, enterpriseId);
    } else {
      // The first run has no cursor: every enterprise is new to it, and item by item (one query each over the
      // register) is far cheaper than enterprise by enterprise.
      const today = chinaToday();
      const items = await tx.select({ id: policyBenefitItems.id }).from(policyBenefitItems).innerJoin(policies, eq(policies.id, policyBenefitItems.policyId)).where(offeredItems(today));
      for (const item of items) told += await refreshItemEligibility(tx, ctx, item.id, today);
    }
    // now() is the transaction's start: what committed later with an earlier stamp is within the lag of the next run.
    await tx
      .insert(policyFitScan)
      .values({ scannedUpTo: sql`now()` })
      .onConflictDoUpdate({ target: policyFitScan.singleton, set: { scannedUpTo: sql`now()` } });
    return told;
  });
}

export function figuresChangedJobDefinition(ctx: AppContext): JobDefinition<object> {
  return {
    name: figuresChangedJob,
    cron: '*/5 * * * *',
    handle: async () => {
      await refreshChangedEnterprises(ctx);
    },
  };
}
