import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray, like, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { notifications } from '../../platform/notifications/schema.ts';
import { timers } from '../../platform/timers/schema.ts';
import { sweepTimers } from '../../platform/timers/sweep-timers.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { timerHandlerTableOf } from '../../server/compose.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { serviceDeskModule } from './module.ts';
import { refreshRequestSla } from './refresh-request-sla.ts';
import { serviceRequestMessages, serviceRequests, serviceRequestSlaOutcomes, serviceSlaPolicies } from './schema.ts';

const { app, ctx, signIn } = await createTestApp({ config: { logLevel: 'silent' } });
const { db } = ctx;
const admin = await signIn(['admin']);
const director = await signIn(['leader']);
const agent = await signIn(['agent']);
const lead = await signIn(['agent']);

type Json = Record<string, unknown>;
type Target = { state: string; dueAt: string | null; warnAt: string | null; metAt: string | null };
type Detail = { id: string; createdAt: string; slaDueAt: string | null; sla: { cycle: number; firstResponse: Target; resolution: Target } | null };

const send = (who: SignedIn, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });
async function ok<T>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

const enterpriseId = (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name: '青岛时限测试家具有限公司', confirmDuplicate: true }), 201)).id;
const requester = await signIn(['enterprise'], { enterpriseId });
const teamId = (await ok<{ id: string }>(await send(admin, 'POST', '/api/teams', { name: '时限测试物业组' }), 201)).id;
for (const [member, role] of [
  [agent, 'member'],
  [lead, 'lead'],
] as const) {
  await ok(await send(admin, 'POST', `/api/teams/${teamId}/memberships`, { userId: member.userId, startsOn: '2026-01-01', endsOn: null, role }), 201);
}
await ok(await send(admin, 'POST', '/api/service-desk/routing-rules', { categoryCode: 'utilities', teamId }), 201);

const submit = async (over: Json = {}) =>
  ok<Detail>(
    await send(requester, 'POST', '/api/service-requests', {
      categoryCode: 'utilities',
      priority: 'urgent',
      locationText: '创业园 3 号楼配电房',
      description: '整栋楼停电，生产线停工',
      idempotencyKey: randomUUID(),
      ...over,
    }),
    201,
  );
const readDetail = async (id: string) => ok<Detail>(await send(admin, 'GET', `/api/service-requests/${id}`));
const act = async (who: SignedIn, id: string, path: string, body: Json = {}) => ok<Detail>(await send(who, 'POST', `/api/service-requests/${id}/${path}`, body));
const pendingTimers = async (id: string) =>
  (
    await db
      .select({ key: timers.key, fireAt: timers.fireAt })
      .from(timers)
      .where(and(like(timers.key, `service-request:${id}:%`), sql`${timers.firedAt} IS NULL`))
  ).sort((a, b) => a.key.localeCompare(b.key));
const minutes = (n: number) => n * 60_000;
const noticesOf = async (userId: string, kind: string) =>
  (await db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind))))[0]!.n;
const sweep = () => sweepTimers(db, timerHandlerTableOf([serviceDeskModule]), ctx);
const outcomesOf = async (id: string) =>
  db
    .select({
      cycle: serviceRequestSlaOutcomes.cycle,
      target: serviceRequestSlaOutcomes.target,
      outcome: serviceRequestSlaOutcomes.outcome,
      dueAt: serviceRequestSlaOutcomes.dueAt,
      metAt: serviceRequestSlaOutcomes.metAt,
      decidedAt: serviceRequestSlaOutcomes.decidedAt,
    })
    .from(serviceRequestSlaOutcomes)
    .where(eq(serviceRequestSlaOutcomes.requestId, id))
    .orderBy(serviceRequestSlaOutcomes.cycle, serviceRequestSlaOutcomes.target);

/** Moves a request's history back in time, as if it had been opened `minutes` ago, and sets its timers again. */
async function backdate(id: string, by: number) {
  await db.transaction(async (tx) => {
    await tx.update(workflowTransitions).set({ at: sql`${workflowTransitions.at} - ${by} * interval '1 millisecond'` }).where(eq(workflowTransitions.recordId, id));
    await tx
      .update(serviceRequestMessages)
      .set({ createdAt: sql`${serviceRequestMessages.createdAt} - ${by} * interval '1 millisecond'` })
      .where(eq(serviceRequestMessages.requestId, id));
    await refreshRequestSla(db, tx, id);
  });
}

describe('SLA policies', () => {
  it('are seeded, the most specific winning, and kept by administrators only', async () => {
    expect((await send(agent, 'GET', '/api/service-desk/sla-policies')).statusCode).toBe(403);
    const policies = await ok<{ id: string; categoryCode: string | null; priority: string; firstResponseMinutes: number; resolutionMinutes: number; calendar: string }[]>(
      await send(admin, 'GET', '/api/service-desk/sla-policies'),
    );
    expect(policies).toHaveLength(6);
    expect(policies.find((p) => p.categoryCode === 'utilities')).toMatchObject({ priority: 'urgent', firstResponseMinutes: 10, resolutionMinutes: 30, calendar: 'always' });
    const normal = policies.find((p) => p.priority === 'normal')!;
    expect(normal).toMatchObject({ categoryCode: null, firstResponseMinutes: 240, resolutionMinutes: 1440, calendar: 'business' });

    const urgentOnSite = await submit();
    expect(new Date(urgentOnSite.sla!.firstResponse.dueAt!).getTime() - new Date(urgentOnSite.createdAt).getTime()).toBeLessThan(minutes(10) + 5000);
    const urgentOther = await submit({ categoryCode: 'permits' });
    expect(new Date(urgentOther.sla!.firstResponse.dueAt!).getTime() - new Date(urgentOther.createdAt).getTime()).toBeGreaterThan(minutes(29));

    expect((await send(agent, 'PUT', `/api/service-desk/sla-policies/${normal.id}`, { firstResponseMinutes: 60, resolutionMinutes: 600, calendar: 'business' })).statusCode).toBe(403);
    expect((await send(admin, 'PUT', `/api/service-desk/sla-policies/${randomUUID()}`, { firstResponseMinutes: 60, resolutionMinutes: 600, calendar: 'business' })).statusCode).toBe(404);
    const bad = await send(admin, 'PUT', `/api/service-desk/sla-policies/${normal.id}`, { firstResponseMinutes: 600, resolutionMinutes: 60, calendar: 'business' }, 'en');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('cannot be shorter');
    expect((await send(admin, 'PUT', `/api/service-desk/sla-policies/${normal.id}`, { firstResponseMinutes: 0, resolutionMinutes: 60, calendar: 'sometimes' })).statusCode).toBe(400);
    const [unchanged] = await db.select().from(serviceSlaPolicies).where(eq(serviceSlaPolicies.id, normal.id));
    expect(unchanged).toMatchObject({ firstResponseMinutes: 240, resolutionMinutes: 1440 });

    const changed = await ok<{ resolutionMinutes: number }>(
      await send(admin, 'PUT', `/api/service-desk/sla-policies/${normal.id}`, { firstResponseMinutes: 120, resolutionMinutes: 960, calendar: 'always' }),
    );
    expect(changed.resolutionMinutes).toBe(960);
    const normalRequest = await submit({ priority: 'normal' });
    expect(new Date(normalRequest.sla!.resolution.dueAt!).getTime() - new Date(normalRequest.createdAt).getTime()).toBeGreaterThan(minutes(959));
    expect(await db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.entityType, 'service-sla-policy'), eq(auditEvents.entityId, normal.id)))).toEqual([{ n: 1 }]);
  });
});

describe("a request's SLA clock", () => {
  it('sets due times and timers when submitted, and moves them as the request is answered, waits, resolves and reopens', async () => {
    const request = await submit();
    const due = (target: Target) => new Date(target.dueAt!).getTime();
    expect(request.sla).toMatchObject({ cycle: 1, firstResponse: { state: 'running' }, resolution: { state: 'running' } });
    expect(request.slaDueAt).toBe(request.sla!.firstResponse.dueAt);
    expect((await pendingTimers(request.id)).map((t) => t.key)).toEqual([
      `service-request:${request.id}:1:resolution:breach`,
      `service-request:${request.id}:1:resolution:warn`,
      `service-request:${request.id}:1:response:breach`,
      `service-request:${request.id}:1:response:warn`,
    ]);
    const [stored] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, request.id));
    expect(stored!.slaResolutionDueAt!.getTime()).toBe(due(request.sla!.resolution));

    expect(await outcomesOf(request.id)).toEqual([]);
    const accepted = await act(agent, request.id, 'accept');
    expect(accepted.sla!.firstResponse.state).toBe('met');
    const acceptedAt = new Date(accepted.sla!.firstResponse.metAt!);
    expect(await outcomesOf(request.id)).toEqual([
      { cycle: 1, target: 'response', outcome: 'met', dueAt: new Date(accepted.sla!.firstResponse.dueAt!), metAt: acceptedAt, decidedAt: acceptedAt },
    ]);
    expect((await pendingTimers(request.id)).map((t) => t.key)).toEqual([
      `service-request:${request.id}:1:resolution:breach`,
      `service-request:${request.id}:1:resolution:warn`,
    ]);
    const resolutionDue = due(accepted.sla!.resolution);

    const waiting = await act(agent, request.id, 'wait-on-enterprise', { message: '请提供配电房钥匙联系人' });
    expect(waiting.sla!.resolution).toMatchObject({ state: 'paused', dueAt: null });
    expect(await pendingTimers(request.id)).toEqual([]);
    const [paused] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, request.id));
    expect(paused).toMatchObject({ slaResolutionDueAt: null, slaResolutionWarnAt: null, slaResponseDueAt: null });

    await new Promise((resolve) => setTimeout(resolve, 1200));
    await ok(await send(requester, 'POST', `/api/service-requests/${request.id}/messages`, { body: '钥匙在物业前台', visibility: 'public' }));
    const resumed = await readDetail(request.id);
    expect(resumed.sla!.resolution.state).toBe('running');
    expect(due(resumed.sla!.resolution) - resolutionDue).toBeGreaterThanOrEqual(1000);
    expect((await pendingTimers(request.id)).find((t) => t.key.endsWith(':1:resolution:breach'))!.fireAt.getTime()).toBe(due(resumed.sla!.resolution));

    await act(agent, request.id, 'resolve', { message: '已恢复供电' });
    expect(await pendingTimers(request.id)).toEqual([]);
    expect((await outcomesOf(request.id)).map((row) => [row.cycle, row.target, row.outcome])).toEqual([
      [1, 'resolution', 'met'],
      [1, 'response', 'met'],
    ]);
    const [resolved] = await db.select().from(serviceRequests).where(eq(serviceRequests.id, request.id));
    expect(resolved).toMatchObject({ slaResolutionDueAt: null, slaResponseDueAt: null });

    const reopened = await act(requester, request.id, 'reopen');
    expect(reopened.sla).toMatchObject({ cycle: 2, firstResponse: { state: 'running' }, resolution: { state: 'running' } });
    expect((await pendingTimers(request.id)).map((t) => t.key)).toEqual([
      `service-request:${request.id}:2:resolution:breach`,
      `service-request:${request.id}:2:resolution:warn`,
      `service-request:${request.id}:2:response:breach`,
      `service-request:${request.id}:2:response:warn`,
    ]);
    // A staff's public reply is the new cycle's response.
    await ok(await send(agent, 'POST', `/api/service-requests/${request.id}/messages`, { body: '已安排电工复查', visibility: 'public' }));
    expect((await readDetail(request.id)).sla!.firstResponse.state).toBe('met');
    // The first cycle's outcomes stay as they were decided; the new cycle's response is recorded beside them.
    expect((await outcomesOf(request.id)).map((row) => [row.cycle, row.target, row.outcome])).toEqual([
      [1, 'resolution', 'met'],
      [1, 'response', 'met'],
      [2, 'response', 'met'],
    ]);
  });
});

describe('SLA queues and escalation', () => {
  it('lists at-risk and breached requests, and escalates a breach along the chain exactly once however often it is swept', async () => {
    const late = await submit();
    const atRisk = await submit();
    const fresh = await submit();
    await backdate(late.id, minutes(40));
    await backdate(atRisk.id, minutes(8));

    const queue = async (name: string) =>
      (await ok<{ items: { id: string; slaDueAt: string | null }[] }>(await send(admin, 'GET', `/api/service-requests?queue=${name}&pageSize=100`))).items.map((item) => item.id);
    const breached = await queue('breached');
    const risky = await queue('at_risk');
    expect(breached).toContain(late.id);
    expect(breached).not.toContain(atRisk.id);
    expect(breached).not.toContain(fresh.id);
    expect(risky).toContain(atRisk.id);
    expect(risky).not.toContain(late.id);
    expect(risky).not.toContain(fresh.id);
    expect(await queue('breached')).toEqual(await (async () => (await ok<{ items: { id: string }[] }>(await send(agent, 'GET', '/api/service-requests?queue=breached'))).items.map((i) => i.id))());

    // A timer whose instant has not really come (moved early by hand) is stale: its handler finds nothing to do.
    await db.update(timers).set({ fireAt: new Date(Date.now() - 1000) }).where(eq(timers.key, `service-request:${fresh.id}:1:resolution:breach`));

    const outcomes = await Promise.all([sweep(), sweep(), sweep()]);
    expect(outcomes.flatMap((outcome) => outcome.failures)).toEqual([]);
    await sweep();

    // Unowned and nobody on shift: the first line is the team's lead, who is told once; the directors too.
    expect(await noticesOf(lead.userId, 'service-request.sla-breach')).toBe(2);
    expect(await noticesOf(director.userId, 'service-request.sla-breach')).toBe(2);
    expect(await noticesOf(agent.userId, 'service-request.sla-breach')).toBe(0);
    expect(await noticesOf(lead.userId, 'service-request.sla-warning')).toBe(3);
    expect(await noticesOf(director.userId, 'service-request.sla-warning')).toBe(0);
    const breachAudits = await db
      .select({ entityId: auditEvents.entityId })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'slaBreached'), inArray(auditEvents.entityId, [late.id, atRisk.id, fresh.id])));
    expect(breachAudits).toEqual([{ entityId: late.id }, { entityId: late.id }]);
    // Each breach recorded once, at its deadline; met late later, it stays a breach with the time it was met.
    const lateOutcomes = await outcomesOf(late.id);
    expect(lateOutcomes.map((row) => [row.target, row.outcome])).toEqual([
      ['resolution', 'breached'],
      ['response', 'breached'],
    ]);
    expect(lateOutcomes.every((row) => row.decidedAt.getTime() === row.dueAt!.getTime() && row.metAt === null)).toBe(true);
    await act(agent, late.id, 'accept');
    const metLate = (await outcomesOf(late.id)).find((row) => row.target === 'response')!;
    expect(metLate).toMatchObject({ outcome: 'breached', decidedAt: lateOutcomes[1]!.decidedAt, metAt: expect.any(Date) });


    // Owned: the warning goes to the owner alone.
    await act(agent, atRisk.id, 'accept');
    await backdate(atRisk.id, minutes(16));
    await sweep();
    expect(await noticesOf(agent.userId, 'service-request.sla-warning')).toBe(1);

    // A later, gentler policy sets the open requests' deadlines again but does not rewrite what was decided.
    const onSite = (await ok<{ id: string; categoryCode: string | null }[]>(await send(admin, 'GET', '/api/service-desk/sla-policies'))).find(
      (policy) => policy.categoryCode === 'utilities',
    )!;
    await ok(await send(admin, 'PUT', `/api/service-desk/sla-policies/${onSite.id}`, { firstResponseMinutes: 120, resolutionMinutes: 600, calendar: 'always' }));
    expect((await readDetail(late.id)).sla!.resolution.state).toBe('running');
    expect((await outcomesOf(late.id)).map((row) => [row.target, row.outcome])).toEqual([
      ['resolution', 'breached'],
      ['response', 'breached'],
    ]);
  });
});
