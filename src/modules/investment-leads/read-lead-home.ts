import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { IdleRule } from './lead-idle.ts';
import type { LeadUser } from './lead-policy.ts';
import { listLeads } from './list-leads.ts';

/**
 * An officer's home cards: their open leads due a follow-up today or overdue, and those soon back in the pool, each
 * as a count and the first few.
 */
export async function readLeadHome(db: DbOrTx, user: LeadUser, locale: Locale, rule: IdleRule, now: Date = new Date()) {
  const first = { tab: 'mine', page: 1, pageSize: 5 } as const;
  const [dueFollowUps, returningSoon] = await Promise.all([
    listLeads(db, user, { ...first, due: true }, locale, rule, now),
    listLeads(db, user, { ...first, returningSoon: true }, locale, rule, now),
  ]);
  return { dueFollowUps, returningSoon };
}
