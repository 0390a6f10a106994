import { and, inArray, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seedDatabase } from '../../seed/seed.ts';
import { modules } from '../../server/modules.ts';
import { createTestDatabase } from '../../test/database.ts';
import { summaryDayAt } from './produce-daily-summary.ts';
import { openStates } from './request-workflow.ts';
import { serviceDailySummaries, serviceRequests } from './schema.ts';

describe('the demo daily summaries', () => {
  it("holds yesterday's summary of each desk team, listing the team's open requests", async () => {
    const { db } = await createTestDatabase();
    await seedDatabase(db, { demo: true, modules });
    const summaries = await db.select().from(serviceDailySummaries);
    const open = await db
      .select({ id: serviceRequests.id, teamId: serviceRequests.teamId })
      .from(serviceRequests)
      .where(and(inArray(serviceRequests.state, [...openStates]), isNotNull(serviceRequests.teamId)));
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) {
      expect(summary.day).toBe(summaryDayAt(summary.producedAt));
      expect(summary.figures.open.map((item) => item.requestId).sort()).toEqual(open.filter((row) => row.teamId === summary.teamId).map((row) => row.id).sort());
    }
    expect(open.length).toBeGreaterThan(0);
  });
});
