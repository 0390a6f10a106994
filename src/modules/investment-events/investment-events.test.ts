import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pdf } from '../../platform/attachments/attachments-test-app.ts';
import { auditEvents } from '../../platform/audit/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { multipartForm } from '../../test/multipart-form.ts';
import { projectCredits, projects, projectSignings } from '../investment-projects/schema.ts';
import { eventLandingRates } from './event-landing-rates.ts';
import { promotionEvents } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const leader = await signIn(['leader']);
const manager = await signIn(['officer']);
const colleague = await signIn(['officer']);
const teamLead = await signIn(['officer']);
const outsider = await signIn(['officer']);
const operator = await signIn(['operator']);

type Json = Record<string, unknown>;
const send = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });

async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

const id = async (response: Awaited<ReturnType<typeof send>>) => (await ok<{ id: string }>(response, 201)).id;
const team = (name: string) => send(admin, 'POST', '/api/teams', { name }).then(id);
async function member(teamId: string, who: SignedIn, role: 'lead' | 'member' = 'member') {
  await ok(await send(admin, 'POST', `/api/teams/${teamId}/memberships`, { userId: who.userId, startsOn: '2024-01-01', endsOn: null, role }), 201);
}

const shenzhen = await team('驻深办（活动测试）');
const jimo = await team('即墨招商科（活动测试）');
await member(shenzhen, manager);
await member(shenzhen, colleague);
await member(shenzhen, teamLead, 'lead');
await member(jimo, outsider);

const enterprise = await send(admin, 'POST', '/api/enterprises', { name: '青岛海川新材料有限公司（活动测试）', creditCode: '91370215MAC7Y8HA29', confirmDuplicate: true }).then(id);

async function upload(projectId: string): Promise<string> {
  const { payload, contentType } = multipartForm([
    { name: 'kind', value: 'project' },
    { name: 'recordId', value: projectId },
    { name: 'file', fileName: '投资协议.pdf', content: pdf },
  ]);
  const response = await app.inject({ method: 'POST', url: '/api/attachments', headers: { ...manager.headers, 'content-type': contentType }, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

const move = (projectId: string, action: string, evidence: Json = {}) => send(manager, 'POST', `/api/projects/${projectId}/actions/${action}`, evidence);

/** A project of the Shenzhen office managed by `manager`, signed on the day for the amount, at the event if given. */
async function signedProject(name: string, industryCode: string | null, signedOn: string, amountWan: number, eventId: string | null) {
  const projectId = await send(manager, 'POST', '/api/projects', { name, enterpriseId: enterprise, industryCode }).then(id);
  await ok(await move(projectId, 'sign', { signedOn, amountWan, capitalOrigin: 'domestic', agreementFileId: await upload(projectId), eventId }));
  return projectId;
}
const resign = async (projectId: string, signedOn: string, amountWan: number, eventId: string | null, reason?: string) =>
  ok(await send(manager, 'POST', `/api/projects/${projectId}/signings`, { signedOn, amountWan, capitalOrigin: 'domestic', agreementFileId: await upload(projectId), eventId, reason }));

const newEvent = (who: SignedIn, body: Json) => send(who, 'POST', '/api/events', { kind: 'promotion', city: '深圳', ...body });

type Figures = { projects: number; amountWan: number; unverifiedProjects: number; unverifiedAmountWan: number };
type Step = { count: number; rate: number; projects: { id: string; name: string; mayOpen: boolean }[] };
type EventDetail = {
  id: string;
  signings: { project: { id: string; mayOpen: boolean }; amountWan: number; counted: boolean; countedAt: { signedOn: string; event: { id: string; name: string } | null } | null }[];
  totals: Figures & { sectors: (Figures & { code: string | null; name: string | null })[] };
  landing: { counted: number; registered: Step; started: Step; producing: Step; atCapacity: Step; terminated: Step };
  mayEdit: boolean;
};
const readEvent = async (who: SignedIn, eventId: string, language = 'zh-CN') => ok<EventDetail>(await send(who, 'GET', `/api/events/${eventId}`, undefined, language));

// The fixture: a promotion in Shenzhen in March and a signing ceremony in June of 2025.
const shenzhenPromotion = await newEvent(leader, { name: '2025 青岛（深圳）投资推介会', heldOn: '2025-03-10', venue: '福田会展中心', organiserTeamId: shenzhen }).then(id);
const juneCeremony = await newEvent(leader, { name: '2025 年中重点项目集中签约仪式', kind: 'signingCeremony', heldOn: '2025-06-01', city: '青岛' }).then(id);

// At the promotion: p1 (manufacturing, verified), p2 (wholesale, its amount changed without an agreement: unverified),
// p3 (manufacturing, re-signed in June at the ceremony for more). p5 was signed in February with no event and
// re-signed at the promotion. p4 (no industry) was first signed at the June ceremony.
const p1 = await signedProject('海川新材料一期', 'C3434', '2025-03-10', 1000.5, shenzhenPromotion);
const p2 = await signedProject('海川贸易总部', 'F5131', '2025-03-10', 500, shenzhenPromotion);
await ok(await send(manager, 'POST', `/api/projects/${p2}/amount`, { amountWan: 600, reason: '补充协议追加投资' }));
const p3 = await signedProject('海川新材料二期', 'C3434', '2025-03-11', 200, shenzhenPromotion);
await resign(p3, '2025-06-01', 250, juneCeremony, '签约仪式上签订补充协议');
const p5 = await signedProject('海川研发中心', 'C3434', '2025-02-01', 300, null);
await resign(p5, '2025-03-10', 300, shenzhenPromotion);
const p4 = await signedProject('海川物流园', null, '2025-06-01', 100, juneCeremony);

describe('promotion events', () => {
  it('lists events newest first, filtered by year and kind, for staff; never for other roles', async () => {
    const all = await ok<{ items: { id: string }[]; total: number }>(await send(outsider, 'GET', '/api/events?year=2025'));
    expect(all.items.map((e) => e.id)).toEqual([juneCeremony, shenzhenPromotion]);
    const ceremonies = await ok<{ items: { id: string }[] }>(await send(manager, 'GET', '/api/events?kind=signingCeremony'));
    expect(ceremonies.items.map((e) => e.id)).toEqual([juneCeremony]);
    expect((await ok<{ total: number }>(await send(leader, 'GET', '/api/events?year=2024'))).total).toBe(0);
    expect((await send(operator, 'GET', '/api/events')).statusCode).toBe(403);
    expect((await send(operator, 'GET', `/api/events/${shenzhenPromotion}`)).statusCode).toBe(403);
    expect((await send(manager, 'GET', '/api/events/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it("is kept by leaders, and by an officer only for a team they lead; bad input is refused and nothing written", async () => {
    const before = (await ctx.db.select({ n: count() }).from(promotionEvents))[0]!.n;
    expect((await newEvent(manager, { name: '成员登记的活动', heldOn: '2025-04-01', organiserTeamId: shenzhen })).statusCode).toBe(403);
    expect((await newEvent(manager, { name: '无团队的活动', heldOn: '2025-04-01' })).statusCode).toBe(403);
    for (const [body, field] of [
      [{ name: 'a\u0000b', heldOn: '2025-04-01' }, 'name'],
      [{ name: '推'.repeat(100_000), heldOn: '2025-04-01' }, 'name'],
      [{ name: '活动', heldOn: '2025-02-30' }, 'heldOn'],
      [{ name: '活动', heldOn: '2025-04-01', kind: 'party' }, 'kind'],
    ] as const) {
      const refused = await newEvent(leader, body);
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect((await newEvent(leader, { name: '活动', heldOn: '2025-04-01', organiserTeamId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(400);
    expect((await ctx.db.select({ n: count() }).from(promotionEvents))[0]!.n).toBe(before);

    const led = await newEvent(teamLead, { name: '驻深办走进前海', heldOn: '2025-05-20', organiserTeamId: shenzhen }).then(id);
    expect((await readEvent(teamLead, led)).mayEdit).toBe(true);
    expect((await readEvent(manager, led)).mayEdit).toBe(false);
    expect((await send(manager, 'PATCH', `/api/events/${led}`, { venue: '前海国际会议中心' })).statusCode).toBe(403);
    expect((await send(teamLead, 'PATCH', `/api/events/${led}`, { organiserTeamId: jimo })).statusCode).toBe(403);
    await ok(await send(teamLead, 'PATCH', `/api/events/${led}`, { venue: '前海国际会议中心' }));
    const audits = await ctx.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, led));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'update']);
  });

  it('refuses a signing at an unknown event with 400 and writes nothing', async () => {
    const projectId = await send(manager, 'POST', '/api/projects', { name: '未知活动签约', enterpriseId: enterprise }).then(id);
    const file = await upload(projectId);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const refused = await move(projectId, 'sign', { signedOn: '2025-04-01', amountWan: 10, capitalOrigin: 'domestic', agreementFileId: file, eventId: unknown });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'eventId', message: '活动不存在' }]);
    const [row] = await ctx.db.select({ stage: projects.stage, amount: projects.agreedAmountWan }).from(projects).where(eq(projects.id, projectId));
    expect(row).toEqual({ stage: 'lead', amount: null });
    expect((await ctx.db.select({ n: count() }).from(projectSignings).where(eq(projectSignings.projectId, projectId)))[0]!.n).toBe(0);
    const resigned = await send(manager, 'POST', `/api/projects/${p1}/signings`, { signedOn: '2025-07-01', amountWan: 1000.5, capitalOrigin: 'domestic', agreementFileId: file, eventId: unknown });
    expect(resigned.statusCode).toBe(400);
  });

  it("totals the projects counted at an event exactly, by sector, with the unverified part, and marks the others already counted", async () => {
    const promotion = await readEvent(leader, shenzhenPromotion);
    expect(promotion.totals).toEqual({
      projects: 3,
      amountWan: 1850.5,
      unverifiedProjects: 1,
      unverifiedAmountWan: 600,
      sectors: [
        { code: 'C', name: '制造业', projects: 2, amountWan: 1250.5, unverifiedProjects: 0, unverifiedAmountWan: 0 },
        { code: 'F', name: '批发和零售业', projects: 1, amountWan: 600, unverifiedProjects: 1, unverifiedAmountWan: 600 },
      ],
    });
    const p5There = promotion.signings.find((s) => s.project.id === p5)!;
    expect(p5There).toMatchObject({ counted: false, countedAt: { signedOn: '2025-02-01', event: null } });
    expect((await readEvent(leader, shenzhenPromotion, 'en')).totals.sectors.map((s) => s.name)).toEqual(['Manufacturing', 'Wholesale and Retail Trade']);

    const ceremony = await readEvent(leader, juneCeremony);
    expect(ceremony.totals).toMatchObject({ projects: 1, amountWan: 100, unverifiedProjects: 0, sectors: [{ code: null, name: null, projects: 1, amountWan: 100 }] });
    const p3There = ceremony.signings.find((s) => s.project.id === p3)!;
    expect(p3There).toMatchObject({ counted: false, amountWan: 250, countedAt: { signedOn: '2025-03-11', event: { id: shenzhenPromotion, name: '2025 青岛（深圳）投资推介会' } } });

    // Each project once in the summary, whichever events it was signed at.
    const summary = await ok<{ total: { signed: number; amountWan: number } }>(await send(leader, 'GET', '/api/projects/summary?from=2025-01-01&to=2025-12-31'));
    expect(summary.total).toMatchObject({ signed: 5, amountWan: 2250.5 });

    // The project page names each signing's event.
    const page = await ok<{ signings: { counted: boolean; event: { id: string } | null }[] }>(await send(manager, 'GET', `/api/projects/${p3}`));
    expect(page.signings.map((s) => [s.counted, s.event?.id ?? null])).toEqual([
      [true, shenzhenPromotion],
      [false, juneCeremony],
    ]);
  });

  it("gives every reader the same totals but lets them open only the projects their policy shows", async () => {
    const asOutsider = await readEvent(outsider, shenzhenPromotion);
    const asLeader = await readEvent(leader, shenzhenPromotion);
    expect(asOutsider.totals).toEqual(asLeader.totals);
    expect(asOutsider.landing.counted).toBe(asLeader.landing.counted);
    expect(asOutsider.signings.every((s) => !s.project.mayOpen)).toBe(true);
    expect(asLeader.signings.every((s) => s.project.mayOpen)).toBe(true);
    expect((await send(outsider, 'GET', `/api/projects/${p1}`)).statusCode).toBe(404);
  });

  it('tracks how far the projects counted at an event have landed, live as they move', async () => {
    expect((await readEvent(manager, shenzhenPromotion)).landing).toMatchObject({ counted: 3, registered: { count: 0, rate: 0 }, terminated: { count: 0 } });
    await ok(await move(p1, 'register', { creditCode: '91370215MAC7Y8HA29' }));
    let landing = (await readEvent(manager, shenzhenPromotion)).landing;
    expect(landing.registered).toMatchObject({ count: 1, rate: 0.3333, projects: [{ id: p1, name: '海川新材料一期', mayOpen: true }] });
    expect(landing.started.count).toBe(0);
    const photo = await upload(p1);
    await ok(await move(p1, 'beginConstruction', { startedOn: '2025-08-01', fileIds: [photo] }));
    await ok(await move(p1, 'hold', { reason: '等待环评批复' }));
    await ok(await move(p2, 'terminate', { reason: '企业战略调整' }));
    landing = (await readEvent(manager, shenzhenPromotion)).landing;
    expect(landing).toMatchObject({ counted: 3, registered: { count: 1 }, started: { count: 1, rate: 0.3333 }, producing: { count: 0 }, terminated: { count: 1, projects: [{ id: p2 }] } });
    // The same figures for a reports module, several events at once.
    const rates = await eventLandingRates(ctx.db, [shenzhenPromotion, juneCeremony]);
    expect(rates.get(shenzhenPromotion)!.steps.started.count).toBe(1);
    expect(rates.get(juneCeremony)).toMatchObject({ counted: 1, steps: { registered: { count: 0, rate: 0 } } });
    await ok(await move(p1, 'resume-started'));
  });
});

type Rankings = { rows: { kind: string; id: string | null; projects: number; amountWan: number }[]; total: { signed: number; amountWan: number } };
const sumOf = (rows: Rankings['rows'], key: 'projects' | 'amountWan') => Math.round(rows.reduce((sum, row) => sum + row[key] * 100, 0)) / 100;

describe('attribution and rankings', () => {
  it('credits the manager by default, and takes shares summing to 100 from the manager, the team lead or a leader', async () => {
    expect(await ok(await send(colleague, 'GET', `/api/projects/${p1}/credits`))).toMatchObject({ isDefault: true, maySet: false, credits: [{ userId: manager.userId, percent: 100 }] });
    const shares = { credits: [{ userId: manager.userId, percent: 33 }, { userId: colleague.userId, percent: 33 }, { userId: teamLead.userId, percent: 34 }] };
    expect((await send(outsider, 'PUT', `/api/projects/${p1}/credits`, shares)).statusCode).toBe(404);
    expect((await send(outsider, 'GET', `/api/projects/${p1}/credits`)).statusCode).toBe(404);
    expect((await send(colleague, 'PUT', `/api/projects/${p1}/credits`, shares)).statusCode).toBe(403);
    expect((await send(operator, 'PUT', `/api/projects/${p1}/credits`, shares)).statusCode).toBe(403);
    const set = await ok<{ isDefault: boolean; credits: { name: string; percent: number }[] }>(await send(teamLead, 'PUT', `/api/projects/${p1}/credits`, shares));
    expect(set.isDefault).toBe(false);
    expect(set.credits.map((c) => c.percent)).toEqual([34, 33, 33]);
    await ok(await send(leader, 'PUT', `/api/projects/${p2}/credits`, { credits: [{ teamId: shenzhen, percent: 50 }, { userId: colleague.userId, percent: 50 }] }));
    await ok(await send(manager, 'PUT', `/api/projects/${p4}/credits`, { credits: [{ userId: manager.userId, percent: 67 }, { teamId: jimo, percent: 33 }] }));
    const audits = await ctx.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, p1));
    expect(audits.map((a) => a.action)).toContain('set-credits');
  });

  it('refuses shares that do not sum to 100, twice the same holder, unknown holders, NUL and huge input, writing nothing', async () => {
    const before = await ctx.db.select().from(projectCredits).where(eq(projectCredits.projectId, p1));
    const refuse = async (body: unknown, fields: string[]) => {
      const response = await send(manager, 'PUT', `/api/projects/${p1}/credits`, body, 'en');
      expect(response.statusCode, response.body).toBe(400);
      expect([...new Set(response.json().errors.map((e: { field: string }) => e.field))]).toEqual(fields);
    };
    await refuse({ credits: [{ userId: manager.userId, percent: 50 }, { userId: colleague.userId, percent: 49 }] }, ['credits']);
    await refuse({ credits: [{ userId: manager.userId, percent: 50 }, { userId: manager.userId, percent: 50 }] }, ['credits.1']);
    await refuse({ credits: [{ userId: manager.userId, teamId: shenzhen, percent: 100 }] }, ['credits.0']);
    await refuse({ credits: [{ userId: operator.userId, percent: 100 }] }, ['credits.0']);
    await refuse({ credits: [{ teamId: '00000000-0000-4000-8000-000000000000', percent: 100 }] }, ['credits.0']);
    await refuse({ credits: [{ userId: `${manager.userId}\u0000`, percent: 100 }] }, ['credits.0.userId']);
    await refuse({ credits: [{ userId: manager.userId, percent: 1e20 }] }, ['credits.0.percent']);
    await refuse({ credits: Array.from({ length: 5000 }, () => ({ userId: manager.userId, percent: 1 })) }, ['credits']);
    expect(await ctx.db.select().from(projectCredits).where(eq(projectCredits.projectId, p1))).toEqual(before);
  });

  it('replaces the credit as a whole: of two settings at once, one wins entirely', async () => {
    const p6 = await signedProject('海川检测中心', 'C3434', '2024-05-01', 10, null);
    const first = { credits: [{ userId: manager.userId, percent: 70 }, { userId: colleague.userId, percent: 30 }] };
    const second = { credits: [{ userId: teamLead.userId, percent: 50 }, { teamId: shenzhen, percent: 50 }] };
    const [a, b] = await Promise.all([send(manager, 'PUT', `/api/projects/${p6}/credits`, first), send(teamLead, 'PUT', `/api/projects/${p6}/credits`, second)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const rows = await ctx.db.select({ userId: projectCredits.userId, teamId: projectCredits.teamId, percent: projectCredits.percent }).from(projectCredits).where(eq(projectCredits.projectId, p6));
    const as = (shares: { credits: { userId?: string; teamId?: string; percent: number }[] }) =>
      shares.credits.map((c) => ({ userId: c.userId ?? null, teamId: c.teamId ?? null, percent: c.percent })).sort((x, y) => x.percent - y.percent || String(x.userId).localeCompare(String(y.userId)));
    const sorted = [...rows].sort((x, y) => x.percent - y.percent || String(x.userId).localeCompare(String(y.userId)));
    expect([as(first), as(second)]).toContainEqual(sorted);
    await ok(await send(manager, 'PUT', `/api/projects/${p6}/credits`, { credits: [] }));
    expect(await ok(await send(manager, 'GET', `/api/projects/${p6}/credits`))).toMatchObject({ isDefault: true, credits: [{ userId: manager.userId, percent: 100 }] });
  });

  it("ranks officers and teams by credited projects and amounts that add up exactly to the period's summary", async () => {
    for (const period of ['2025', '2025-Q1', '2025-03', '2025-06']) {
      const days = { '2025': ['2025-01-01', '2025-12-31'], '2025-Q1': ['2025-01-01', '2025-03-31'], '2025-03': ['2025-03-01', '2025-03-31'], '2025-06': ['2025-06-01', '2025-06-30'] }[period]!;
      const summary = await ok<{ total: { signed: number; amountWan: number } }>(await send(leader, 'GET', `/api/projects/summary?from=${days[0]}&to=${days[1]}`));
      for (const by of ['officer', 'team']) {
        for (const reader of [leader, outsider]) {
          const rankings = await ok<Rankings>(await send(reader, 'GET', `/api/projects/rankings?period=${period}&by=${by}`));
          expect(rankings.total).toEqual({ signed: summary.total.signed, amountWan: summary.total.amountWan });
          expect(sumOf(rankings.rows, 'projects')).toBe(summary.total.signed);
          expect(sumOf(rankings.rows, 'amountWan')).toBe(summary.total.amountWan);
        }
      }
    }
    // 2025: p1 1000.5 split 33/33/34; p2 600 half the team, half the colleague; p3 250 and p5 300 the manager's by
    // default; p4 100 split 67 manager / 33 the Jimo team.
    const officers = await ok<Rankings>(await send(leader, 'GET', '/api/projects/rankings?period=2025&by=officer'));
    const row = (kind: string, rowId: string) => officers.rows.find((r) => r.kind === kind && r.id === rowId);
    expect(row('user', manager.userId)).toMatchObject({ projects: 3.0, amountWan: 947.17 });
    expect(row('user', colleague.userId)).toMatchObject({ projects: 0.83, amountWan: 630.16 });
    expect(row('user', teamLead.userId)).toMatchObject({ projects: 0.34, amountWan: 340.17 });
    expect(row('team', shenzhen)).toMatchObject({ projects: 0.5, amountWan: 300 });
    expect(row('team', jimo)).toMatchObject({ projects: 0.33, amountWan: 33 });
    const teams = await ok<Rankings>(await send(outsider, 'GET', '/api/projects/rankings?period=2025&by=team'));
    expect(teams.rows.map((r) => [r.id, r.projects, r.amountWan])).toEqual([
      [shenzhen, 4.67, 2217.5],
      [jimo, 0.33, 33],
    ]);
    expect((await send(leader, 'GET', '/api/projects/rankings?period=2025-13')).statusCode).toBe(400);
    expect((await send(operator, 'GET', '/api/projects/rankings?period=2025')).statusCode).toBe(403);
    const workbook = await send(leader, 'GET', '/api/projects/rankings/export?period=2025&by=team');
    expect(workbook.statusCode).toBe(200);
    expect(workbook.headers['content-disposition']).toContain('project-rankings-team-2025.xlsx');
  });
});
