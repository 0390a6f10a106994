import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { serviceRequestSlaOutcomes, serviceRequests, type ServiceRequest } from '../service-desk/schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const leader = await signIn(['leader']);
const agent = await signIn(['agent']);

type Json = Record<string, unknown>;
type Ratings = { count: number; mean: number | null; ratings: number[] };
type Page = { items: { id: string; reference: string; teamName: string | null }[]; total: number; page: number; pageSize: number };

const send = (who: SignedIn, url: string, language = 'zh-CN') => app.inject({ method: 'GET', url, headers: { ...who.headers, 'accept-language': language } });
const post = (who: SignedIn, url: string, payload: Json) => app.inject({ method: 'POST', url, headers: who.headers, payload });

async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

const teamA = (await ok<{ id: string }>(await post(admin, '/api/teams', { name: '博览中心物业组（报表测试）' }), 201)).id;
const teamB = (await ok<{ id: string }>(await post(admin, '/api/teams', { name: '审批服务组（报表测试）' }), 201)).id;
await ok(await post(admin, '/api/service-desk/routing-rules', { categoryCode: 'utilities', teamId: teamA }), 201);
await ok(await post(admin, '/api/service-desk/routing-rules', { categoryCode: 'permits', teamId: teamB }), 201);
const enterprise = (await ok<{ id: string }>(await post(admin, '/api/enterprises', { name: '青岛报表测试家具有限公司', confirmDuplicate: true }), 201)).id;
const enterpriseUser = await signIn(['enterprise'], { enterpriseId: enterprise });

/** An instant given as Beijing time. */
const at = (beijing: string) => new Date(`${beijing}+08:00`);
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

/**
 * A request submitted by the enterprise (routed by its category) and then placed in time: the report only reads
 * the request's own columns, so its history is written onto them directly rather than lived through.
 */
async function request(categoryCode: string, columns: Partial<ServiceRequest>) {
  const submitted = await ok<{ id: string; reference: string }>(
    await post(enterpriseUser, '/api/service-requests', { categoryCode, locationText: '展馆 A 区', description: '报表测试诉求', idempotencyKey: randomUUID() }),
    201,
  );
  await ctx.db.update(serviceRequests).set(columns).where(eq(serviceRequests.id, submitted.id));
  return submitted;
}

const done = { state: 'closed' as const };
// Resolved on its day, rated 5 the day after.
const r1 = await request('utilities', { ...done, createdAt: at('2026-01-10T09:00:00'), resolvedAt: at('2026-01-10T09:30:00'), rating: 5, ratedAt: at('2026-01-11T10:00:00') });
// Opened on January's last evening (Beijing), resolved in February's first hour, rated 3.
const r2 = await request('utilities', { ...done, createdAt: at('2026-01-31T23:30:00'), resolvedAt: at('2026-02-01T01:00:00'), rating: 3, ratedAt: at('2026-02-02T10:00:00') });
const r3 = await request('permits', { ...done, createdAt: at('2026-02-15T10:00:00'), resolvedAt: at('2026-03-01T10:00:00'), rating: 4, ratedAt: at('2026-03-02T10:00:00') });
// Opened in December 2025, resolved in January: resolved in the range, not created in it.
const r0 = await request('utilities', { ...done, createdAt: at('2025-12-31T23:00:00'), resolvedAt: at('2026-01-02T10:00:00') });
// A duplicate of r1, merged into it: counted nowhere.
const duplicate = await request('utilities', { state: 'closed', createdAt: at('2026-01-12T10:00:00'), mergedIntoId: r1.id, rating: 1, ratedAt: at('2026-01-13T10:00:00') });

// Open now, of every age.
const o1 = await request('utilities', { createdAt: hoursAgo(2) });
const o2 = await request('utilities', { state: 'accepted', createdAt: hoursAgo(60) });
const o3 = await request('permits', { state: 'waiting_on_enterprise', createdAt: hoursAgo(45 * 24) });
const o4 = await request('other', { createdAt: hoursAgo(5 * 24) });
expect((await ctx.db.select().from(serviceRequests).where(eq(serviceRequests.id, o4.id)))[0]!.teamId).toBeNull();

// How their SLA targets were decided (the desk records these rows as the clock runs; sla.test.ts holds how).
const outcome = (requestId: string, cycle: number, target: 'response' | 'resolution', result: 'met' | 'breached', decidedAt: string) => ({
  requestId,
  cycle,
  target,
  outcome: result,
  dueAt: at(decidedAt),
  metAt: result === 'met' ? at(decidedAt) : null,
  decidedAt: at(decidedAt),
});
await ctx.db.insert(serviceRequestSlaOutcomes).values([
  outcome(r1.id, 1, 'response', 'met', '2026-01-10T09:05:00'),
  outcome(r1.id, 1, 'resolution', 'met', '2026-01-10T09:30:00'),
  outcome(r2.id, 1, 'response', 'met', '2026-01-31T23:40:00'),
  // Due at midnight between January and February, Beijing time: February's.
  outcome(r2.id, 1, 'resolution', 'breached', '2026-02-01T00:00:00'),
  outcome(r3.id, 1, 'response', 'breached', '2026-02-15T12:00:00'),
  outcome(r3.id, 1, 'resolution', 'breached', '2026-02-20T10:00:00'),
  // Reopened: its second cycle counts again.
  outcome(r3.id, 2, 'response', 'met', '2026-03-03T10:00:00'),
  outcome(r0.id, 1, 'response', 'met', '2025-12-31T23:10:00'),
  outcome(duplicate.id, 1, 'response', 'met', '2026-01-12T10:10:00'),
]);

const firstQuarter = 'from=2026-01&to=2026-03';
const refs = (page: Page) => page.items.map((item) => item.reference).sort();
const sorted = (...requests: { reference: string }[]) => requests.map((item) => item.reference).sort();

describe('SLA attainment', () => {
  const met = (met: number, breached: number, shareMet: number | null) => ({ met, breached, shareMet });

  it('counts each target of each cycle in the Beijing month it was decided, by month, team and category', async () => {
    const report = await ok<{ total: Json; months: Json[]; teams: Json[]; categories: Json[] }>(await send(leader, `/api/reports/service-desk/sla?${firstQuarter}`));
    expect(report.total).toEqual({ response: met(3, 1, 0.75), resolution: met(1, 2, 0.3333) });
    expect(report.months).toEqual([
      { month: '2026-01', response: met(2, 0, 1), resolution: met(1, 0, 1) },
      { month: '2026-02', response: met(0, 1, 0), resolution: met(0, 2, 0) },
      { month: '2026-03', response: met(1, 0, 1), resolution: met(0, 0, null) },
    ]);
    expect(report.teams).toEqual([
      { teamId: teamA, name: '博览中心物业组（报表测试）', response: met(2, 0, 1), resolution: met(1, 1, 0.5) },
      { teamId: teamB, name: '审批服务组（报表测试）', response: met(1, 1, 0.5), resolution: met(0, 1, 0) },
    ]);
    expect(report.categories.map((row) => [row.categoryCode, row.response, row.resolution])).toEqual([
      ['utilities', met(2, 0, 1), met(1, 1, 0.5)],
      ['permits', met(1, 1, 0.5), met(0, 1, 0)],
    ]);
    const ofTeam = await ok<{ total: Json }>(await send(leader, `/api/reports/service-desk/sla?${firstQuarter}&teamId=${teamB}`));
    expect(ofTeam.total).toEqual({ response: met(1, 1, 0.5), resolution: met(0, 1, 0) });
  });
});

describe('created against resolved', () => {
  it('counts each month of the range by the Beijing month, a merged duplicate not at all', async () => {
    const report = await ok<{ total: Json; months: Json[] }>(await send(leader, `/api/reports/service-desk/created-resolved?${firstQuarter}`));
    expect(report.months).toEqual([
      { month: '2026-01', created: 2, resolved: 2 },
      { month: '2026-02', created: 1, resolved: 1 },
      { month: '2026-03', created: 0, resolved: 1 },
    ]);
    expect(report.total).toEqual({ created: 3, resolved: 4 });
  });

  it("narrows to a team's or category's requests, or those of no team", async () => {
    const ofTeam = await ok<{ months: Json[] }>(await send(leader, `/api/reports/service-desk/created-resolved?${firstQuarter}&teamId=${teamA}`));
    expect(ofTeam.months.map((row) => [row.created, row.resolved])).toEqual([
      [2, 2],
      [0, 1],
      [0, 0],
    ]);
    const ofCategory = await ok<{ total: Json }>(await send(leader, `/api/reports/service-desk/created-resolved?${firstQuarter}&categoryCode=permits`));
    expect(ofCategory.total).toEqual({ created: 1, resolved: 1 });
    const ofNone = await ok<{ total: Json }>(await send(leader, `/api/reports/service-desk/created-resolved?${firstQuarter}&teamId=none`));
    expect(ofNone.total).toEqual({ created: 0, resolved: 0 });
  });

  it('reads the twelve months up to this one by default, and refuses a range upside down or too long', async () => {
    const report = await ok<{ range: { from: string; to: string }; months: unknown[] }>(await send(leader, '/api/reports/service-desk/created-resolved'));
    expect(report.months).toHaveLength(12);
    const upsideDown = await send(leader, '/api/reports/service-desk/created-resolved?from=2026-03&to=2026-01');
    expect(upsideDown.statusCode).toBe(400);
    expect(upsideDown.body).toContain('起始月份不能晚于结束月份');
    expect((await send(leader, '/api/reports/service-desk/created-resolved?from=2020-01&to=2026-01')).statusCode).toBe(400);
    expect((await send(leader, '/api/reports/service-desk/created-resolved?from=2026-13')).statusCode).toBe(400);
  });
});

describe('backlog age', () => {
  it('buckets the requests open now by their age, in total and per team', async () => {
    const report = await ok<{ total: Json; teams: { teamId: string | null; name: string | null; open: number; ages: Json }[] }>(await send(leader, '/api/reports/service-desk/backlog'));
    expect(report.total).toEqual({ open: 4, ages: { underDay: 1, days1to3: 1, days3to7: 1, days7to30: 0, over30: 1 } });
    expect(report.teams[0]).toEqual({ teamId: teamA, name: '博览中心物业组（报表测试）', open: 2, ages: { underDay: 1, days1to3: 1, days3to7: 0, days7to30: 0, over30: 0 } });
    expect(report.teams).toContainEqual({ teamId: teamB, name: '审批服务组（报表测试）', open: 1, ages: { underDay: 0, days1to3: 0, days3to7: 0, days7to30: 0, over30: 1 } });
    expect(report.teams).toContainEqual({ teamId: null, name: null, open: 1, ages: { underDay: 0, days1to3: 0, days3to7: 1, days7to30: 0, over30: 0 } });
    const ofCategory = await ok<{ total: { open: number } }>(await send(leader, '/api/reports/service-desk/backlog?categoryCode=permits'));
    expect(ofCategory.total.open).toBe(1);
  });
});

describe('satisfaction', () => {
  it('counts, averages and distributes the ratings by the month they were given, per team and category', async () => {
    const report = await ok<{ total: Ratings; months: (Ratings & { month: string })[]; teams: (Ratings & { teamId: string | null })[]; categories: (Ratings & { categoryCode: string; name: string })[] }>(
      await send(leader, `/api/reports/service-desk/satisfaction?${firstQuarter}`),
    );
    expect(report.total).toEqual({ count: 3, mean: 4, ratings: [0, 0, 1, 1, 1] });
    expect(report.months.map((row) => [row.month, row.count, row.mean])).toEqual([
      ['2026-01', 1, 5],
      ['2026-02', 1, 3],
      ['2026-03', 1, 4],
    ]);
    expect(report.teams).toEqual([
      { teamId: teamA, name: '博览中心物业组（报表测试）', count: 2, mean: 4, ratings: [0, 0, 1, 0, 1] },
      { teamId: teamB, name: '审批服务组（报表测试）', count: 1, mean: 4, ratings: [0, 0, 0, 1, 0] },
    ]);
    expect(report.categories.map((row) => [row.categoryCode, row.name, row.count])).toEqual([
      ['utilities', '水电气暖', 2],
      ['permits', expect.any(String), 1],
    ]);
  });
});

describe('the requests behind a figure', () => {
  const figure = async (query: string) => ok<Page>(await send(leader, `/api/reports/service-desk/requests?${query}`));

  it('lists exactly the requests each figure counts', async () => {
    expect(refs(await figure('figure=created&from=2026-01&to=2026-01'))).toEqual(sorted(r1, r2));
    expect(refs(await figure(`figure=resolved&from=2026-01&to=2026-01&teamId=${teamA}`))).toEqual(sorted(r1, r0));
    expect(refs(await figure(`figure=resolved&${firstQuarter}&categoryCode=permits`))).toEqual(sorted(r3));
    expect(refs(await figure('figure=open'))).toEqual(sorted(o1, o2, o3, o4));
    expect(refs(await figure('figure=open&age=over30'))).toEqual(sorted(o3));
    expect(refs(await figure('figure=open&teamId=none'))).toEqual(sorted(o4));
    expect(refs(await figure(`figure=rated&${firstQuarter}&rating=5`))).toEqual(sorted(r1));
    expect(refs(await figure(`figure=rated&${firstQuarter}&teamId=${teamA}`))).toEqual(sorted(r1, r2));
    expect(refs(await figure(`figure=sla&${firstQuarter}&target=resolution&outcome=breached`))).toEqual(sorted(r2, r3));
    expect(refs(await figure(`figure=sla&from=2026-01&to=2026-01&target=response&outcome=met&teamId=${teamA}`))).toEqual(sorted(r1, r2));
    expect(refs(await figure('figure=sla&from=2026-03&to=2026-03'))).toEqual(sorted(r3));
  });

  it('pages, the latest opened first, with the names a list shows', async () => {
    const first = await figure(`figure=created&${firstQuarter}&pageSize=2`);
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(first.items.map((item) => item.reference)).toEqual([r3.reference, r2.reference]);
    expect(first.items[0]!.teamName).toBe('审批服务组（报表测试）');
    const second = await figure(`figure=created&${firstQuarter}&pageSize=2&page=2`);
    expect(second.items.map((item) => item.reference)).toEqual([r1.reference]);
  });
});

describe('the workbook', () => {
  it('holds a sheet per figure in the reader’s language and is audited', async () => {
    const response = await send(leader, `/api/reports/service-desk/export?${firstQuarter}&teamId=${teamA}`, 'en');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('service-desk-report-2026-01-to-2026-03.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['SLA by team', 'SLA by category', 'SLA by month', 'Created and resolved', 'Backlog age', 'Satisfaction by month', 'Satisfaction by team', 'Satisfaction by category']);
    expect(workbook.getWorksheet('SLA by team')!.getRow(2).values).toEqual([undefined, '博览中心物业组（报表测试）', 2, 0, 100, 1, 1, 50]);
    expect(workbook.getWorksheet('SLA by month')!.getRow(2).values).toEqual([undefined, '2026-01', 2, 0, 100, 1, 0, 100]);
    // A month with no outcome has no share met: an empty cell.
    expect(workbook.getWorksheet('SLA by month')!.getRow(4).values).toEqual([undefined, '2026-03', 0, 0, undefined, 0, 0]);
    expect(workbook.getWorksheet('Created and resolved')!.getRow(2).values).toEqual([undefined, '2026-01', 2, 2]);
    expect(workbook.getWorksheet('Backlog age')!.getRow(2).values).toEqual([undefined, '博览中心物业组（报表测试）', 2, 1, 1, 0, 0, 0]);
    expect(workbook.getWorksheet('Satisfaction by team')!.getRow(2).values).toEqual([undefined, '博览中心物业组（报表测试）', 2, 4, 0, 0, 1, 0, 1]);
    const [audit] = await ctx.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'serviceDeskReport'), eq(auditEvents.actorId, leader.userId)));
    expect(audit).toMatchObject({ action: 'export', after: { range: { from: '2026-01', to: '2026-03' }, teamId: teamA, created: 2 } });
  });
});

describe('who reads the report', () => {
  const paths = ['sla', 'created-resolved', 'backlog', 'satisfaction', 'requests?figure=open', 'export'];

  it('answers supervisors and leaders, refuses agents and enterprise users', async () => {
    for (const path of paths) {
      expect((await send(admin, `/api/reports/service-desk/${path}`)).statusCode, path).toBe(200);
      expect((await send(leader, `/api/reports/service-desk/${path}`)).statusCode, path).toBe(200);
      expect((await send(agent, `/api/reports/service-desk/${path}`)).statusCode, path).toBe(403);
      expect((await send(enterpriseUser, `/api/reports/service-desk/${path}`)).statusCode, path).toBe(403);
    }
    expect((await app.inject({ method: 'GET', url: '/api/reports/service-desk/backlog' })).statusCode).toBe(401);
  });
});
