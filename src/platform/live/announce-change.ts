import { sql } from 'drizzle-orm';
import type { Tx } from '../db/connection.ts';
import { liveChangeChannel, liveNotices, type LiveChange } from './live-notices.ts';

/**
 * Tells the open pages of the change's audience, on every instance, that these records changed, so that their
 * lists and pages refetch them. Called with the transaction of the write: PostgreSQL delivers the notice only
 * when it commits, so a write rolled back is heard by nobody.
 */
export async function announceChange(tx: Tx, change: LiveChange): Promise<void> {
  for (const payload of liveNotices(change)) await tx.execute(sql`SELECT pg_notify(${liveChangeChannel}, ${payload})`);
}
