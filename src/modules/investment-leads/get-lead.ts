import { chinaToday } from '../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { leadActionsFor } from './lead-actions.ts';
import type { IdleRule } from './lead-idle.ts';
import { findVisibleLead, leadScopeOf, type LeadUser } from './lead-policy.ts';
import { readFollowUps, readLead } from './lead-records.ts';
import type { LeadDetail } from './schemas.ts';

/** One lead the user sees, with its follow-ups and what the user may do with it; 404 for any other id. */
export async function getLead(db: DbOrTx, user: LeadUser, id: string, locale: Locale, rule: IdleRule): Promise<LeadDetail> {
  const day = chinaToday();
  const scope = await leadScopeOf(db, user, day);
  const lead = await findVisibleLead(db, scope, id);
  const [summary, followUps, actions] = await Promise.all([
    readLead(db, id, locale, rule),
    readFollowUps(db, [id]),
    leadActionsFor(db, user, scope, lead, day),
  ]);
  return { ...summary, followUps, actions };
}
