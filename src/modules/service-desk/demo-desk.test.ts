import { asc, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/schema.ts';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import { onShiftAt } from '../../platform/roster/on-shift-at.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { seedDatabase } from '../../seed/seed.ts';
import { modules } from '../../server/modules.ts';
import { createTestDatabase } from '../../test/database.ts';
import { serviceDeskSettings, serviceRequests, serviceRoutingRules } from './schema.ts';

describe('the demo service desk', () => {
  it('loads requests in every stage, the power cut at the expo centre solved in 25 minutes, with their history', async () => {
    const { db } = await createTestDatabase();
    await seedDatabase(db, { demo: true, modules });
    const requests = await db.select().from(serviceRequests);
    expect(new Set(requests.map((r) => r.state))).toEqual(new Set(['new', 'in_progress', 'waiting_on_enterprise', 'resolved', 'closed']));
    // The SLA as live requests have it: deadlines while the clock runs, none once paused or done.
    const running = requests.filter((r) => r.state === 'new' || r.state === 'in_progress');
    expect(running.length).toBeGreaterThan(0);
    expect(running.every((r) => r.slaResolutionDueAt !== null)).toBe(true);
    expect(requests.filter((r) => !running.includes(r)).every((r) => r.slaResolutionDueAt === null && r.slaResponseDueAt === null)).toBe(true);
    const powerCut = requests.find((r) => r.categoryCode === 'utilities' && r.priority === 'urgent')!;
    expect(powerCut.siteId).not.toBeNull();
    expect((powerCut.resolvedAt!.getTime() - powerCut.createdAt.getTime()) / 60_000).toBe(25);
    const [demoUser] = await db.select().from(users).where(eq(users.username, 'enterprise'));
    expect(requests.filter((r) => r.enterpriseId === demoUser!.enterpriseId).length).toBeGreaterThanOrEqual(2);
    const [agent] = await db.select().from(users).where(eq(users.username, 'agent'));
    expect((await db.select().from(serviceDeskSettings))[0]!.fallbackOwnerId).toBe(agent!.id);
    const steps = await db.select().from(workflowTransitions).where(eq(workflowTransitions.recordId, powerCut.id)).orderBy(asc(workflowTransitions.at));
    expect(steps.map((s) => s.action)).toEqual(['start', 'accept', 'startWork', 'resolve']);

    // The hotline's roster covers every hour of the week around now, one agent at a time.
    const hotline = (await db.select().from(serviceRoutingRules))[0]!.teamId;
    const agents = await db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.username, ['agent', 'agent-evening', 'agent-night']));
    const onDuty = new Set<string>();
    for (let hour = -72; hour <= 72; hour += 1) {
      const onShift = await onShiftAt(db, hotline, new Date(Date.now() + hour * 3_600_000));
      expect(onShift).toHaveLength(1);
      onDuty.add(onShift[0]!);
    }
    expect(onDuty).toEqual(new Set(agents.map((agent) => agent.id)));
    // Each keeps the shift their name says, every day.
    const today = chinaDayOf(new Date());
    for (const [clock, username] of [['03:00', 'agent-night'], ['11:00', 'agent'], ['20:00', 'agent-evening']] as const) {
      expect(await onShiftAt(db, hotline, new Date(`${today}T${clock}:00+08:00`))).toEqual([agents.find((agent) => agent.username === username)!.id]);
    }
  });
});
