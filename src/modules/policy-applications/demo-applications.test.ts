import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { timers } from '../../platform/timers/schema.ts';
import { createDemoDatabase } from '../../test/demo-database.ts';
import { applicationStates, policyApplications, policyPayouts } from './schema.ts';

describe('the demo applications', () => {
  it('stand at every stage, one of them overdue, with payouts both ways and the clock set', async () => {
    const { db } = await createDemoDatabase();
    const byState = await db.select({ state: policyApplications.state, n: count() }).from(policyApplications).groupBy(policyApplications.state);
    expect(byState.map((row) => row.state).sort()).toEqual([...applicationStates].sort());
    const [overdue] = await db.select({ n: count() }).from(policyApplications).where(sql`${policyApplications.dueAt} < now()`);
    expect(overdue!.n).toBeGreaterThanOrEqual(1);
    const modes = await db.select({ mode: policyPayouts.mode, n: count() }).from(policyPayouts).groupBy(policyPayouts.mode);
    expect(modes.map((row) => row.mode).sort()).toEqual(['application', 'automatic']);
    const [clocked] = await db.select({ n: count() }).from(timers).where(sql`${timers.key} LIKE 'policy-application:%' AND ${timers.firedAt} IS NULL`);
    expect(clocked!.n).toBeGreaterThanOrEqual(2);
    const [paid] = await db.select({ rating: policyApplications.rating }).from(policyApplications).where(eq(policyApplications.idempotencyKey, 'demo-0'));
    expect(paid!.rating).toBe(5);
  });
});
