import { count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/schema.ts';
import { teamMemberships } from '../../platform/teams/schema.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { seedDatabase } from '../../seed/seed.ts';
import { modules } from '../../server/modules.ts';
import { createTestDatabase } from '../../test/database.ts';
import { serviceCategories, serviceRequestMessages, serviceRequests, serviceRoutingRules } from './schema.ts';

describe("the demo market's windows", () => {
  it("route every window to the market operator's team and hold requests at each window in every stage, the demo enterprise user's among them", async () => {
    const { db } = await createTestDatabase();
    await seedDatabase(db, { demo: true, modules });
    const windows = (await db.select({ code: serviceCategories.code }).from(serviceCategories).where(eq(serviceCategories.marketWindow, true))).map((row) => row.code);
    expect(new Set(windows)).toEqual(new Set(['market-trading', 'market-ip', 'market-finance', 'market-legal']));
    const rules = await db.select().from(serviceRoutingRules).where(inArray(serviceRoutingRules.categoryCode, windows));
    expect(rules).toHaveLength(windows.length);
    const [operator] = await db.select().from(users).where(eq(users.username, 'operator'));
    const teams = await db.select({ teamId: teamMemberships.teamId }).from(teamMemberships).where(eq(teamMemberships.userId, operator!.id));
    expect(teams.map((row) => row.teamId)).toEqual([rules[0]!.teamId]);

    const requests = await db.select().from(serviceRequests).where(inArray(serviceRequests.categoryCode, windows));
    expect(new Set(requests.map((r) => r.categoryCode))).toEqual(new Set(windows));
    expect(new Set(requests.map((r) => r.state))).toEqual(new Set(['new', 'waiting_on_enterprise', 'in_progress', 'closed']));
    expect(requests.every((r) => r.teamId === rules[0]!.teamId && r.siteId === null && r.locationText === null)).toBe(true);
    const [demoUser] = await db.select().from(users).where(eq(users.username, 'enterprise'));
    expect(requests.filter((r) => r.enterpriseId === demoUser!.enterpriseId).length).toBeGreaterThanOrEqual(2);
    const [messages] = await db.select({ n: count() }).from(serviceRequestMessages).where(inArray(serviceRequestMessages.requestId, requests.map((r) => r.id)));
    expect(messages!.n).toBeGreaterThanOrEqual(requests.length);
    const [transitions] = await db.select({ n: count() }).from(workflowTransitions).where(inArray(workflowTransitions.recordId, requests.map((r) => r.id)));
    expect(transitions!.n).toBeGreaterThan(requests.length);
  });
});
