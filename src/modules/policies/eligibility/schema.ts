import { sql } from 'drizzle-orm';
import { boolean, check, pgTable, timestamp } from 'drizzle-orm/pg-core';

/**
 * How far the scan for changed enterprises (figures, the record, its tags, list memberships) has read: one row,
 * moved on by each run of the scheduled job, so that a run looks only at what changed since the last.
 */
export const policyFitScan = pgTable(
  'policy_fit_scan',
  {
    singleton: boolean('singleton').primaryKey().default(true),
    scannedUpTo: timestamp('scanned_up_to', { withTimezone: true }).notNull(),
  },
  (t) => [check('policy_fit_scan_singleton_check', sql`${t.singleton}`)],
);
