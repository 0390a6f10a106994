import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { readGuideClock } from './guide-deadline.ts';
import { findVisiblePolicy, type PolicyReader } from './policy-access.ts';
import { policyDetailOf } from './policy-records.ts';
import type { PolicyDetail } from './schemas.ts';

/** A policy the reader sees with its guide, text and items; 404 for a draft or withdrawn one to a non-staff reader. */
export async function getPolicy(db: Db, user: PolicyReader, id: string, locale: Locale): Promise<PolicyDetail> {
  const policy = await findVisiblePolicy(db, user, id);
  return policyDetailOf(db, policy, await readGuideClock(db), user.permissions.includes('policy.manage'), locale);
}
