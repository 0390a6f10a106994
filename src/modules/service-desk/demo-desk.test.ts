import { asc, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../platform/auth/schema.ts';
import { chinaDayOf, chinaToday } from '../../platform/calendar/china-day.ts';
import { onShiftAt } from '../../platform/roster/on-shift-at.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { seedDatabase } from '../../seed/seed.ts';
import { modules } from '../../server/modules.ts';
import { createTestDatabase } from '../../test/database.ts';
import { sites } from '../sites/schema.ts';
import { demoExpoCentre } from '../sites/seed-demo-sites.ts';
import { evaluateRequestSla } from './request-sla.ts';
import { openStates } from './request-workflow.ts';
import { serviceDeskSettings, serviceRequests, serviceRoutingRules } from './schema.ts';
import { demoTrafficDays, demoTrafficPlaces, planDemoTraffic } from './seed-demo-traffic.ts';

const { db } = await createTestDatabase();
await seedDatabase(db, { demo: true, modules });

describe('the demo service desk', () => {
  it('loads requests in every stage, the power cut at the expo centre solved in 25 minutes, with their history', async () => {
    const requests = await db.select().from(serviceRequests);
    expect(new Set(requests.map((r) => r.state))).toEqual(new Set(['new', 'accepted', 'in_progress', 'waiting_on_enterprise', 'resolved', 'closed']));
    // The SLA as live requests have it: deadlines while the clock runs, none once paused or done.
    const running = requests.filter((r) => r.state === 'new' || r.state === 'accepted' || r.state === 'in_progress');
    expect(running.length).toBeGreaterThan(0);
    expect(running.every((r) => r.slaResolutionDueAt !== null)).toBe(true);
    expect(requests.filter((r) => !running.includes(r)).every((r) => r.slaResolutionDueAt === null && r.slaResponseDueAt === null)).toBe(true);
    const powerCut = requests.find((r) => r.idempotencyKey === 'demo-0')!;
    expect(powerCut).toMatchObject({ categoryCode: 'utilities', priority: 'urgent' });
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

  it('holds the week before today: 10 to 25 requests a day, mostly by day, each accepted by the agent on shift', async () => {
    const requests = await db.select().from(serviceRequests);
    const week = requests.filter((r) => r.idempotencyKey.startsWith('demo-week-') || r.idempotencyKey.startsWith('demo-story-'));
    const today = chinaToday();
    const days = Array.from({ length: demoTrafficDays }, (_, index) => chinaDayOf(new Date(Date.parse(`${today}T12:00:00+08:00`) - (demoTrafficDays - index) * 86_400_000)));
    for (const day of days) {
      const count = week.filter((r) => chinaDayOf(r.createdAt) === day).length;
      expect(count, day).toBeGreaterThanOrEqual(10);
      // A day's 10 to 24, and the week's stories on it.
      expect(count, day).toBeLessThanOrEqual(27);
    }
    // Only the repair under way as the seed ran is later than the week.
    expect(week.filter((r) => !days.includes(chinaDayOf(r.createdAt))).map((r) => r.idempotencyKey)).toEqual(['demo-story-under-repair']);
    const beijingHour = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).getUTCHours();
    expect(week.filter((r) => beijingHour(r.createdAt) >= 8 && beijingHour(r.createdAt) < 18).length / week.length).toBeGreaterThan(0.6);
    expect(week.some((r) => beijingHour(r.createdAt) < 6)).toBe(true);
    expect(new Set(week.map((r) => r.categoryCode))).toEqual(new Set(['utilities', 'property', 'permits', 'policy', 'ip', 'finance', 'legal', 'talent-housing', 'other']));
    expect(week.filter((r) => r.priority === 'normal').length / week.length).toBeGreaterThan(0.5);
    expect(week.some((r) => r.priority === 'urgent') && week.some((r) => r.priority === 'high')).toBe(true);
    expect(week.some((r) => r.siteId !== null) && week.some((r) => r.locationText !== null)).toBe(true);
    const resolved = week.filter((r) => r.resolvedAt !== null);
    expect(resolved.filter((r) => r.rating !== null).length / resolved.length).toBeGreaterThan(0.6);
    expect(week.some((r) => (openStates as readonly string[]).includes(r.state))).toBe(true);

    const hotline = (await db.select().from(serviceRoutingRules))[0]!.teamId;
    for (const request of week.filter((r) => r.acceptedAt !== null)) {
      expect(await onShiftAt(db, hotline, request.acceptedAt!)).toEqual([request.ownerId]);
    }

    // The week's stories: late at night, waiting on the tenant, reopened, breached; and one at risk as the seed ran.
    const story = async (key: string) => {
      const request = week.find((r) => r.idempotencyKey === `demo-story-${key}`)!;
      return (await evaluateRequestSla(null, db, request, new Date()))!.status;
    };
    expect(await story('night-cable')).toMatchObject({ firstResponse: { state: 'met_late' }, resolution: { state: 'met_late' } });
    expect(await story('store-room-leak')).toMatchObject({ firstResponse: { state: 'met' }, resolution: { state: 'met_late' } });
    expect(await story('tripped-twice')).toMatchObject({ resolution: { state: 'met_late' } });
    expect(await story('fire-inspection')).toMatchObject({ resolution: { state: 'breached' } });
    expect(await story('under-repair')).toMatchObject({ resolution: { state: 'at_risk' } });

    // The same week every time for the same day.
    const [expo] = await db.select({ id: sites.id }).from(sites).where(eq(sites.name, demoExpoCentre));
    const context = { ...(await demoTrafficPlaces(db, expo!.id)), onShiftAt: () => ({ id: hotline, name: '' }), today, now: new Date() };
    const planned = planDemoTraffic(context);
    expect(planDemoTraffic(context)).toEqual(planned);
    expect(planned.map((plan) => plan.key).sort()).toEqual(week.map((r) => r.idempotencyKey).sort());
  });
});
