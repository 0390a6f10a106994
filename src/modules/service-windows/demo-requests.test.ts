import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/schema.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { seedDatabase } from '../../seed/seed.ts';
import { modules } from '../../server/modules.ts';
import { createTestDatabase } from '../../test/database.ts';
import { windowRequestMessages, windowRequests } from './schema.ts';

describe('the demo requests', () => {
  it('load for the demo enterprises in every state, the demo enterprise user\'s among them, with threads and history', async () => {
    const { db } = await createTestDatabase();
    await seedDatabase(db, { demo: true, modules });
    const requests = await db.select().from(windowRequests);
    expect(new Set(requests.map((r) => r.state))).toEqual(new Set(['open', 'answered', 'closed']));
    expect(new Set(requests.map((r) => r.windowCode))).toEqual(new Set(['trading', 'ip', 'finance', 'legal']));
    const [demoUser] = await db.select().from(users).where(eq(users.username, 'enterprise'));
    expect(requests.filter((r) => r.enterpriseId === demoUser!.enterpriseId).length).toBeGreaterThanOrEqual(2);
    for (const request of requests.filter((r) => r.state !== 'open')) expect(request.firstResponseAt).not.toBeNull();
    const [messages] = await db.select({ n: count() }).from(windowRequestMessages);
    expect(messages!.n).toBeGreaterThan(requests.length);
    const [transitions] = await db.select({ n: count() }).from(workflowTransitions).where(eq(workflowTransitions.recordKind, 'window-request'));
    expect(transitions!.n).toBeGreaterThan(requests.length);
  });
});
