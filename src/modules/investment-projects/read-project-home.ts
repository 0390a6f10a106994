import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { IdleRule } from '../investment-leads/lead-idle.ts';
import { readLeadHome } from '../investment-leads/read-lead-home.ts';
import { listProjects } from './list-projects.ts';
import type { ProjectUser } from './project-policy.ts';
import type { StallRule } from './stall-rule.ts';

/**
 * An officer's day: their projects due a follow-up today or overdue, their stalled projects, and (the leads
 * module's own card data) their leads about to return to the pool.
 */
export async function readProjectHome(db: DbOrTx, user: ProjectUser, locale: Locale, rules: { stall: StallRule; idle: IdleRule }, now: Date = new Date()) {
  const first = { page: 1, pageSize: 5, mine: true } as const;
  const [dueFollowUps, stalled, leads] = await Promise.all([
    listProjects(db, user, { ...first, due: true }, locale, rules.stall, now),
    listProjects(db, user, { ...first, stalled: true }, locale, rules.stall, now),
    user.permissions.includes('lead.work') ? readLeadHome(db, user, locale, rules.idle, now) : null,
  ]);
  return { dueFollowUps, stalled, leadsReturningSoon: leads?.returningSoon ?? null };
}
