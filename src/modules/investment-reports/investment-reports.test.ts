import ExcelJS from 'exceljs';
import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pdf } from '../../platform/attachments/attachments-test-app.ts';
import { auditEvents } from '../../platform/audit/schema.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { multipartForm } from '../../test/multipart-form.ts';
import { projects } from '../investment-projects/schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const leader = await signIn(['leader']);
const officerA = await signIn(['officer']);
const officerB = await signIn(['officer']);
const operator = await signIn(['operator']);

type Json = Record<string, unknown>;
type Figures = { signed: number; amountWan: number; unverified: number; unverifiedAmountWan: number };
type Funnel = {
  period: { from: string; to: string };
  funnel: { stage: string; reached: number; conversion: number | null }[];
  current: { stage: string; count: number }[];
  stageDays: { stage: string; stays: number; projects: number; medianDays: number | null }[];
};
type Signed = {
  total: Figures;
  bySector: (Figures & { sector: string | null; name: string | null })[];
  byRegion: (Figures & { regionCode: string | null; name: string | null })[];
  byTeam: (Figures & { teamId: string | null; name: string | null })[];
  byMonth: (Figures & { month: string })[];
};
type Occupancy = { sites: { siteId: string; name: string; leasedShare: number; months: { month: string; leasedShare: number }[] }[] };

const send = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });

async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}
const id = async (response: Awaited<ReturnType<typeof send>>) => (await ok<{ id: string }>(response, 201)).id;

async function upload(who: SignedIn, projectId: string): Promise<string> {
  const { payload, contentType } = multipartForm([
    { name: 'kind', value: 'project' },
    { name: 'recordId', value: projectId },
    { name: 'file', fileName: '投资协议.pdf', content: pdf },
  ]);
  const response = await app.inject({ method: 'POST', url: '/api/attachments', headers: { ...who.headers, 'content-type': contentType }, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

const teamA = await id(await send(admin, 'POST', '/api/teams', { name: '招商一科（报表测试）' }));
const teamB = await id(await send(admin, 'POST', '/api/teams', { name: '驻深办（报表测试）' }));
for (const [team, who] of [
  [teamA, officerA],
  [teamB, officerB],
] as const) {
  await ok(await send(admin, 'POST', `/api/teams/${team}/memberships`, { userId: who.userId, startsOn: '2020-01-01', endsOn: null, role: 'member' }), 201);
}
const enterprise = await id(await send(admin, 'POST', '/api/enterprises', { name: '青岛报表测试装备有限公司', confirmDuplicate: true }));

const create = async (who: SignedIn, body: Json) => id(await send(who, 'POST', '/api/projects', { name: '报表测试项目', enterpriseId: enterprise, ...body }));
const move = async (who: SignedIn, projectId: string, action: string, evidence: Json = {}) => ok(await send(who, 'POST', `/api/projects/${projectId}/actions/${action}`, evidence));
const sign = async (who: SignedIn, projectId: string, signedOn: string, amountWan: number) =>
  move(who, projectId, 'sign', { signedOn, amountWan, capitalOrigin: 'domestic', agreementFileId: await upload(who, projectId) });

const day = 86_400_000;
/** An instant on Beijing's calendar: '2025-01-01' at midnight there, plus whole days. */
const beijing = (date: string, plusDays = 0) => new Date(Date.parse(`${date}T00:00:00+08:00`) + plusDays * day);

/**
 * The services stamp every move with the clock, and the figures are about time: so, once a project has been moved
 * through its stages by the API (which writes the transitions, signings and files as in use), its creation and its
 * moves are placed at chosen instants, in the order they were made: days after the first, one per transition.
 */
async function placeInTime(projectId: string, start: string, daysAfterStart: number[]) {
  await ctx.db.update(projects).set({ createdAt: beijing(start) }).where(eq(projects.id, projectId));
  const moves = await ctx.db
    .select({ id: workflowTransitions.id })
    .from(workflowTransitions)
    .where(and(eq(workflowTransitions.recordKind, 'project'), eq(workflowTransitions.recordId, projectId)))
    .orderBy(asc(workflowTransitions.id));
  expect(moves.length).toBe(daysAfterStart.length);
  for (const [index, moveRow] of moves.entries()) {
    await ctx.db.update(workflowTransitions).set({ at: beijing(start, daysAfterStart[index]!) }).where(eq(workflowTransitions.id, moveRow.id));
  }
}

// The fixture. Team A (officer A): P1, P2, P5, P6; team B (officer B): P3, P4.
// P1 C3434 黄岛区: 线索 2 days → 接洽 3 → 意向 4 → 洽谈 10 → 签约 (2025-03-10, 1000 万元, signed again 2025-05-01: counted once).
const p1 = await create(officerA, { industryCode: 'C3434', regionCode: '370211' });
for (const action of ['contact', 'intent', 'negotiate']) await move(officerA, p1, action);
await sign(officerA, p1, '2025-03-10', 1000);
await ok(await send(officerA, 'POST', `/api/projects/${p1}/signings`, { signedOn: '2025-05-01', amountWan: 1000, capitalOrigin: 'domestic', agreementFileId: await upload(officerA, p1) }));
await placeInTime(p1, '2025-01-01', [0, 2, 5, 9, 19]);
// P2 F5131 崂山区: 线索 4 days → 意向 (skipping 接洽) 2 → 搁置, on hold now.
const p2 = await create(officerA, { industryCode: 'F5131', regionCode: '370212' });
await move(officerA, p2, 'intent');
await move(officerA, p2, 'hold', { reason: '企业资金未落实' });
await placeInTime(p2, '2025-02-01', [0, 4, 6]);
// P3 C3434 黄岛区: 线索 1 day → 接洽 6 → 终止.
const p3 = await create(officerB, { industryCode: 'C3434', regionCode: '370211' });
await move(officerB, p3, 'contact');
await move(officerB, p3, 'terminate', { reason: '选址外地' });
await placeInTime(p3, '2025-03-01', [0, 1, 7]);
// P4, a capital increase of P1 in team B, 崂山区: 线索 8 days → 签约 (2025-06-15, a total of 1500 over P1's 1000),
// then the amount changed to 1600 without an agreement: it counts 600, unverified.
const p4 = await create(admin, { kind: 'capitalIncrease', increaseOfProjectId: p1, industryCode: 'C3434', regionCode: '370212', teamId: teamB, managerId: officerB.userId });
await sign(officerB, p4, '2025-06-15', 1500);
await ok(await send(officerB, 'POST', `/api/projects/${p4}/amount`, { amountWan: 1600, reason: '补充协议增加投资' }));
await placeInTime(p4, '2025-04-01', [0, 8]);
// P5, no industry or district: 线索 since 2025-05-01, still there (its stay under way is left out of the medians).
const p5 = await create(officerA, {});
await placeInTime(p5, '2025-05-01', [0]);
// P6, created on the last evening of 2024 (Beijing time): outside the 2025 funnel, but first signed 2025-02-01 (300).
const p6 = await create(officerA, {});
await sign(officerA, p6, '2025-02-01', 300);
await ctx.db.update(projects).set({ createdAt: new Date(Date.parse('2024-12-31T23:00:00+08:00')) }).where(eq(projects.id, p6));
await ctx.db.update(projects).set({ industryCode: null }).where(eq(projects.id, p6));

const year = 'from=2025-01-01&to=2025-12-31';
const funnelOf = async (who: SignedIn, query = year) => ok<Funnel>(await send(who, 'GET', `/api/reports/investment/funnel?${query}`));
const signedOf = async (who: SignedIn, query = year, language = 'zh-CN') => ok<Signed>(await send(who, 'GET', `/api/reports/investment/signed?${query}`, undefined, language));
const listTotal = async (who: SignedIn, query: string) => (await ok<{ total: number }>(await send(who, 'GET', `/api/projects?${query}`))).total;
const figures = (signed: number, amountWan: number, unverified = 0, unverifiedAmountWan = 0): Figures => ({ signed, amountWan, unverified, unverifiedAmountWan });

describe('the funnel, the stages now and the days per stage', () => {
  it('counts the projects created in the period that reached each stage, a skipped stage as passed', async () => {
    const report = await funnelOf(leader);
    expect(report.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(report.funnel).toEqual([
      { stage: 'lead', reached: 5, conversion: null },
      { stage: 'contact', reached: 4, conversion: 80 },
      { stage: 'intent', reached: 3, conversion: 75 },
      { stage: 'negotiation', reached: 2, conversion: 66.7 },
      { stage: 'signed', reached: 2, conversion: 100 },
      { stage: 'registered', reached: 0, conversion: 0 },
      { stage: 'started', reached: 0, conversion: null },
      { stage: 'producing', reached: 0, conversion: null },
      { stage: 'atCapacity', reached: 0, conversion: null },
    ]);
  });

  it('counts every matching project by its stage now, whatever the period, 搁置 and 终止 included', async () => {
    const current = Object.fromEntries((await funnelOf(leader)).current.map((row) => [row.stage, row.count]));
    expect(current).toEqual({ lead: 1, contact: 0, intent: 0, negotiation: 0, signed: 3, registered: 0, started: 0, producing: 0, atCapacity: 0, onHold: 1, terminated: 1 });
  });

  it('takes the median of completed stays only: the stage a project is in now is left out', async () => {
    const days = Object.fromEntries((await funnelOf(leader)).stageDays.map((row) => [row.stage, row]));
    // 线索: P1 2, P2 4, P3 1, P4 8 days (P5's stay under way is not counted): median 3.
    expect(days.lead).toEqual({ stage: 'lead', stays: 4, projects: 4, medianDays: 3 });
    expect(days.contact).toEqual({ stage: 'contact', stays: 2, projects: 2, medianDays: 4.5 });
    expect(days.intent).toEqual({ stage: 'intent', stays: 2, projects: 2, medianDays: 3 });
    expect(days.negotiation).toEqual({ stage: 'negotiation', stays: 1, projects: 1, medianDays: 10 });
    expect(days.signed).toEqual({ stage: 'signed', stays: 0, projects: 0, medianDays: null });
    expect(days.onHold).toEqual({ stage: 'onHold', stays: 0, projects: 0, medianDays: null });
    expect(Object.keys(days)).not.toContain('terminated');
  });

  it('filters by team, district and sector', async () => {
    expect((await funnelOf(leader, `${year}&teamId=${teamB}`)).funnel.slice(0, 3).map((row) => row.reached)).toEqual([2, 2, 1]);
    expect((await funnelOf(leader, `${year}&regionCode=370212`)).funnel.slice(0, 2).map((row) => row.reached)).toEqual([2, 2]);
    expect((await funnelOf(leader, `${year}&sector=F`)).funnel[0]!.reached).toBe(1);
    expect((await funnelOf(leader, `${year}&sector=none`)).funnel[0]!.reached).toBe(1);
  });

  it("gives an officer the figures of the projects they see: their team's and their own", async () => {
    expect((await funnelOf(officerA)).funnel.slice(0, 5).map((row) => row.reached)).toEqual([3, 2, 2, 1, 1]);
    expect((await funnelOf(officerB)).funnel.slice(0, 5).map((row) => row.reached)).toEqual([2, 2, 1, 1, 1]);
  });

  it('opens lists of exactly the projects behind each figure', async () => {
    const created = 'createdFrom=2025-01-01&createdTo=2025-12-31';
    const report = await funnelOf(leader);
    for (const row of report.funnel) expect(await listTotal(leader, `${created}&reachedStage=${row.stage}`), row.stage).toBe(row.reached);
    for (const row of report.current) expect(await listTotal(leader, `stage=${row.stage}`), row.stage).toBe(row.count);
    for (const row of report.stageDays) expect(await listTotal(leader, `${created}&leftStage=${row.stage}`), row.stage).toBe(row.projects);
    const own = await funnelOf(officerA, `${year}&regionCode=370211`);
    expect(await listTotal(officerA, `${created}&regionCode=370211&reachedStage=contact`)).toBe(own.funnel[1]!.reached);
  });
});

describe('the projection of the transitions the funnel reads', () => {
  it('follows the transitions and the projects whatever writes them, as the database keeps it', async () => {
    const figuresOf2023 = async () => {
      const report = await funnelOf(leader, 'from=2023-01-01&to=2023-12-31');
      return { reached: report.funnel.slice(0, 2).map((row) => row.reached), lead: report.stageDays[0] };
    };
    const p7 = await create(officerB, {});
    await move(officerB, p7, 'contact');
    await placeInTime(p7, '2023-06-01', [0, 3]);
    expect(await figuresOf2023()).toEqual({ reached: [1, 1], lead: { stage: 'lead', stays: 1, projects: 1, medianDays: 3 } });
    await ctx.db.delete(workflowTransitions).where(and(eq(workflowTransitions.recordId, p7), eq(workflowTransitions.toState, 'contact')));
    expect(await figuresOf2023()).toEqual({ reached: [1, 0], lead: { stage: 'lead', stays: 0, projects: 0, medianDays: null } });
    await ctx.db.delete(projects).where(eq(projects.id, p7));
    expect((await figuresOf2023()).reached).toEqual([0, 0]);
  });
});

describe('projects signed and the amounts counted', () => {
  it('counts each project once at its first signing, a capital increase by its increment, unverified apart', async () => {
    const report = await signedOf(leader);
    expect(report.total).toEqual(figures(3, 1900, 1, 600));
    expect(report.bySector).toEqual([
      { sector: 'C', name: '制造业', ...figures(2, 1600, 1, 600) },
      { sector: null, name: null, ...figures(1, 300) },
    ]);
    expect(report.byRegion.map(({ regionCode, signed, amountWan }) => ({ regionCode, signed, amountWan }))).toEqual([
      { regionCode: '370211', signed: 1, amountWan: 1000 },
      { regionCode: '370212', signed: 1, amountWan: 600 },
      { regionCode: null, signed: 1, amountWan: 300 },
    ]);
    expect(report.byRegion[0]!.name).toBe('黄岛区');
    expect(report.byTeam).toEqual([
      { teamId: teamA, name: '招商一科（报表测试）', ...figures(2, 1300) },
      { teamId: teamB, name: '驻深办（报表测试）', ...figures(1, 600, 1, 600) },
    ]);
    expect(report.byMonth).toHaveLength(12);
    expect(report.byMonth.filter((row) => row.signed > 0)).toEqual([
      { month: '2025-02', ...figures(1, 300) },
      { month: '2025-03', ...figures(1, 1000) },
      { month: '2025-06', ...figures(1, 600, 1, 600) },
    ]);
  });

  it('leaves out unverified amounts when asked, and names sectors in the reader’s language', async () => {
    expect((await signedOf(leader, `${year}&verifiedOnly=true`)).total).toEqual(figures(2, 1300));
    expect((await signedOf(leader, year, 'en')).bySector[0]!.name).toBe('Manufacturing');
    expect((await signedOf(leader, year, 'zh-TW')).bySector[0]!.name).toBe('製造業');
  });

  it('equals the totals of GET /api/projects/summary for the same period, for a leader and for an officer', async () => {
    for (const who of [leader, officerA, officerB]) {
      for (const verifiedOnly of ['false', 'true']) {
        const summary = await ok<{ total: Figures }>(await send(who, 'GET', `/api/projects/summary?${year}&verifiedOnly=${verifiedOnly}`));
        expect((await signedOf(who, `${year}&verifiedOnly=${verifiedOnly}`)).total).toEqual(summary.total);
      }
    }
    expect((await signedOf(officerA)).total).toEqual(figures(2, 1300));
  });

  it('opens lists of exactly the projects behind each figure', async () => {
    const signed = 'signedFrom=2025-01-01&signedTo=2025-12-31';
    const report = await signedOf(leader);
    for (const row of report.bySector) expect(await listTotal(leader, `${signed}&sector=${row.sector ?? 'none'}`)).toBe(row.signed);
    for (const row of report.byRegion) expect(await listTotal(leader, `${signed}&regionCode=${row.regionCode ?? 'none'}`)).toBe(row.signed);
    for (const row of report.byTeam) expect(await listTotal(leader, `${signed}&teamId=${row.teamId ?? 'none'}`)).toBe(row.signed);
    expect(await listTotal(leader, `${signed}&verification=unverified`)).toBe(report.total.unverified);
    expect(await listTotal(leader, 'signedFrom=2025-03-01&signedTo=2025-03-31')).toBe(1);
  });
});

describe('occupancy of the sites', () => {
  it("gives each site's leased share today and at each month's end, by the sites module's rules", async () => {
    const tenant = await id(await send(admin, 'POST', '/api/enterprises', { name: '青岛报表测试租户有限公司', confirmDuplicate: true }));
    const site = await id(await send(admin, 'POST', '/api/sites', { name: '报表测试园区', kind: 'park', regionCode: '370211' }));
    const building = (await ok<{ buildings: { id: string }[] }>(await send(admin, 'POST', `/api/sites/${site}/buildings`, { name: '1号楼' }))).buildings[0]!.id;
    await ok(await send(admin, 'POST', `/api/sites/buildings/${building}/units`, { rows: [{ level: 1, code: '101', area: 100, use: 'office' }, { level: 1, code: '102', area: 300, use: 'office' }] }), 201);
    const tree = await ok<{ buildings: { floors: { units: { id: string; code: string }[] }[] }[] }>(await send(admin, 'GET', `/api/sites/${site}/tree`));
    const units = tree.buildings.flatMap((b) => b.floors.flatMap((f) => f.units));
    const lease = async (code: string) =>
      (await ok<{ leases: { id: string }[] }>(await send(admin, 'POST', `/api/sites/units/${units.find((u) => u.code === code)!.id}/leases`, { enterpriseId: tenant }), 201)).leases[0]!.id;
    const small = await lease('101');
    await ok(await send(admin, 'POST', `/api/sites/leases/${small}/sign`, { signedOn: '2025-03-10', termFrom: '2025-03-10', termTo: '2028-03-09', area: 100 }));
    const large = await lease('102');
    await ok(await send(admin, 'POST', `/api/sites/leases/${large}/sign`, { signedOn: '2025-06-01', termFrom: '2025-06-01', termTo: '2026-05-31', area: 300 }));
    await ok(await send(admin, 'POST', `/api/sites/leases/${large}/end`, { endedOn: '2025-09-30', reason: '提前退租' }));

    const report = await ok<Occupancy>(await send(officerB, 'GET', `/api/reports/investment/occupancy?${year}&regionCode=370211`));
    const park = report.sites.find((row) => row.siteId === site)!;
    expect(park.leasedShare).toBe(0.25);
    expect(park.months.map((point) => point.leasedShare)).toEqual([0, 0, 0.25, 0.25, 0.25, 1, 1, 1, 0.25, 0.25, 0.25, 0.25]);
    expect((await ok<Occupancy>(await send(leader, 'GET', `/api/reports/investment/occupancy?${year}&regionCode=370212`))).sites).toEqual([]);
  });
});

describe('the workbook', () => {
  it('holds every table in the reader’s language, and the export is audited', async () => {
    const response = await send(leader, 'GET', `/api/reports/investment/export?${year}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('招商报表-2025-01-01至2025-12-31.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['阶段漏斗', '当前阶段', '各阶段用时', '签约按行业', '签约按区域', '签约按科室', '签约按月', '活动项目落地率', '载体出租率', '载体出租率按月']);
    expect(workbook.getWorksheet('阶段漏斗')!.getRow(3).values).toEqual([undefined, '接洽', 4, 80]);
    expect(workbook.getWorksheet('签约按行业')!.getRow(2).values).toEqual([undefined, '制造业', 2, 1600, 1, 600]);
    const [event] = await ctx.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'projectReport'), eq(auditEvents.actorId, leader.userId)));
    expect(event).toMatchObject({ action: 'export', entityId: '*', after: expect.objectContaining({ period: { from: '2025-01-01', to: '2025-12-31' }, signed: 3 }) });
    const english = await send(leader, 'GET', `/api/reports/investment/export?${year}`, undefined, 'en');
    expect(english.headers['content-disposition']).toContain('investment-report-2025-01-01-to-2025-12-31.xlsx');
  });
});

describe('refusals', () => {
  it('answers 403 to a role without reports, and writes no audit event', async () => {
    const before = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents);
    for (const path of ['funnel', 'signed', 'occupancy', 'events', 'export']) expect((await send(operator, 'GET', `/api/reports/investment/${path}`)).statusCode).toBe(403);
    expect(await ctx.db.select({ n: sql<number>`count(*)::int` }).from(auditEvents)).toEqual(before);
  });

  it('answers 400 in the reader’s language to a period upside down, too long, or malformed', async () => {
    const upsideDown = await send(leader, 'GET', '/api/reports/investment/funnel?from=2025-12-01&to=2025-01-01', undefined, 'en');
    expect(upsideDown.statusCode).toBe(400);
    expect(upsideDown.json().errors).toEqual([{ field: 'to', message: 'The first day cannot come after the last' }]);
    expect((await send(leader, 'GET', '/api/reports/investment/signed?from=2015-01-01&to=2025-01-01')).statusCode).toBe(400);
    for (const query of ['from=2025-01-01%00', 'to=2025-13-01', `teamId=${encodeURIComponent('\u0000')}`, 'sector=Z', 'regionCode=3702', `regionCode=${'9'.repeat(5000)}`]) {
      for (const path of ['export', 'events']) expect((await send(leader, 'GET', `/api/reports/investment/${path}?${query}`)).statusCode, `${path} ${query}`).toBe(400);
    }
    expect((await send(leader, 'GET', '/api/projects?reachedStage=onHold')).statusCode).toBe(400);
  });

  it('reads this year when no period is given', async () => {
    const report = await funnelOf(leader, '');
    expect(report.period.from).toMatch(/^\d{4}-01-01$/);
    expect(report.period.to).toBe(`${report.period.from.slice(0, 4)}-12-31`);
  });
});

describe('landing rates per event', () => {
  it('counts at each event the projects first signed there and how far they landed since, for the projects the reader sees', async () => {
    const event = async (name: string, heldOn: string) => id(await send(admin, 'POST', '/api/events', { name, kind: 'promotion', city: '深圳', heldOn }));
    const conference = await event('报表测试推介会', '2024-06-10');
    const ceremony = await event('报表测试签约仪式', '2024-09-01');
    const signAt = async (who: SignedIn, projectId: string, eventId: string, signedOn: string, amountWan: number) =>
      move(who, projectId, 'sign', { signedOn, amountWan, capitalOrigin: 'domestic', agreementFileId: await upload(who, projectId), eventId });
    // P7 (team A) signed at the conference and registered since, signed again at the ceremony; P8 (team B) signed
    // at the conference and terminated since.
    const p7 = await create(officerA, { name: '报表测试落地项目' });
    await signAt(officerA, p7, conference, '2024-06-10', 800);
    await move(officerA, p7, 'register', { creditCode: '91370215MAC7Y8HA29', entityName: '报表测试落地项目（青岛）有限公司' });
    await ok(await send(officerA, 'POST', `/api/projects/${p7}/signings`, { signedOn: '2024-09-01', amountWan: 800, capitalOrigin: 'domestic', agreementFileId: await upload(officerA, p7), eventId: ceremony }));
    const p8 = await create(officerB, { name: '报表测试终止项目' });
    await signAt(officerB, p8, conference, '2024-06-10', 200);
    await move(officerB, p8, 'terminate', { reason: '企业放弃' });

    type Landing = { events: { id: string; counted: number; registered: { count: number; rate: number }; terminated: { count: number; rate: number } }[] };
    const landingOf = async (who: SignedIn, query = 'from=2024-01-01&to=2024-12-31') => ok<Landing>(await send(who, 'GET', `/api/reports/investment/events?${query}`));
    const forLeader = await landingOf(leader);
    expect(forLeader.events.map((e) => e.id)).toEqual([ceremony, conference]);
    expect(forLeader.events[0]).toMatchObject({ counted: 0, registered: { count: 0, rate: 0 } });
    expect(forLeader.events[1]).toMatchObject({ counted: 2, registered: { count: 1, rate: 0.5 }, terminated: { count: 1, rate: 0.5 } });
    // An officer of team A: only P7 is theirs.
    expect((await landingOf(officerA)).events[1]).toMatchObject({ counted: 1, registered: { count: 1, rate: 1 }, terminated: { count: 0, rate: 0 } });
    expect((await landingOf(leader, `teamId=${teamB}&from=2024-01-01&to=2024-12-31`)).events[1]).toMatchObject({ counted: 1, terminated: { count: 1, rate: 1 } });
    expect((await landingOf(leader, year)).events.map((e) => e.id)).not.toContain(conference);
    expect((await send(operator, 'GET', '/api/reports/investment/events')).statusCode).toBe(403);

    const exported = await send(leader, 'GET', '/api/reports/investment/export?from=2024-01-01&to=2024-12-31');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    // Event, day, city, counted, then each step's count and per cent: registered, started, producing, at capacity, terminated.
    expect(workbook.getWorksheet('活动项目落地率')!.getRow(3).values).toEqual([undefined, '报表测试推介会', '2024-06-10', '深圳', 2, 1, 50, 0, 0, 0, 0, 0, 0, 1, 50]);
  });
});
