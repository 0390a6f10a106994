import { and, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { IdleCutoff, IdleRule } from './lead-idle.ts';
import { leads } from './schema.ts';

/** Owned open leads, the ones the pool rule applies to: the predicate of the partial index `leads_owned_idle_idx`, as written there. */
export const ownedOpenLeads: SQL = sql`(${leads.status} = 'open' AND ${leads.ownerId} IS NOT NULL)`;

/** Leads past a cutoff of `idleCutoffs`: a range on the touch, which the pool job's index serves, and the follow-up day. */
export const pastCutoff = (cutoff: IdleCutoff): SQL =>
  and(lte(leads.touchedAt, cutoff.touchedBy), or(isNull(leads.nextFollowUpOn), lt(leads.nextFollowUpOn, cutoff.followUpBefore)))!;

/**
 * `returnsToPoolAt` as a sort key, for listing leads the soonest back in the pool first: the later of the idle
 * period's end and the next midnight in China after the follow-up day (`greatest` passes over a null day).
 */
export const returnsToPoolOrder = (rule: Pick<IdleRule, 'returnDays'>): SQL =>
  sql`greatest(${leads.touchedAt} + make_interval(days => ${rule.returnDays}::int), (${leads.nextFollowUpOn} + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`;
