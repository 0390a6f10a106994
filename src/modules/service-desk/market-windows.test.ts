import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications } from '../../platform/notifications/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { serviceRequests } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const operator = await signIn(['operator']);
const agent = await signIn(['agent']);
const investor = await signIn(['investor']);
const otherInvestor = await signIn(['investor']);

type Json = Record<string, unknown>;
type Detail = { id: string; reference: string; state: string; teamId: string | null; enterpriseId: string | null; ownerId: string | null; channel: string; actions: string[] };
type Category = { code: string; name: string; description: string | null; marketWindow: boolean; active: boolean };

const send = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });

async function ok<T>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

const enterprise = (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name: '青岛幻境虚拟现实科技有限公司（窗口测试）', confirmDuplicate: true }), 201)).id;
const enterpriseUser = await signIn(['enterprise'], { enterpriseId: enterprise });

// The market's team, to which the window categories are routed; the operator is its member.
const marketTeam = (await ok<{ id: string }>(await send(admin, 'POST', '/api/teams', { name: '技术市场服务窗口（测试）' }), 201)).id;
await ok(await send(admin, 'POST', `/api/teams/${marketTeam}/memberships`, { userId: operator.userId, startsOn: '2026-01-01', endsOn: null, role: 'lead' }), 201);
for (const categoryCode of ['market-trading', 'market-ip', 'market-finance', 'market-legal']) {
  await ok(await send(admin, 'POST', '/api/service-desk/routing-rules', { categoryCode, teamId: marketTeam }), 201);
}

const atWindow = (over: Json = {}) => ({ categoryCode: 'market-ip', description: 'VR 头显光学模组专利布局咨询：想了解 PCT 途径的费用', idempotencyKey: randomUUID(), ...over });

async function noticesOf(userId: string, kind: string) {
  const [row] = await ctx.db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));
  return row!.n;
}

describe("the market's windows", () => {
  it("are categories of their own for trading, IP, finance and legal matters, marked and described, named in the reader's language, beside the hotline's", async () => {
    const categories = await ok<Category[]>(await send(investor, 'GET', '/api/service-desk/categories', undefined, 'en'));
    const windows = categories.filter((category) => category.marketWindow);
    expect(windows.map((window) => [window.code, window.name])).toEqual([
      ['market-trading', 'Technology trading'],
      ['market-ip', 'Intellectual property'],
      ['market-finance', 'Technology finance'],
      ['market-legal', 'Legal services'],
    ]);
    expect(windows.every((window) => window.description)).toBe(true);
    expect(categories.filter((category) => ['utilities', 'ip', 'finance', 'legal', 'tech-trading'].includes(category.code)).every((category) => !category.marketWindow)).toBe(true);
  });

  it("are kept by the operator as the windows' administrator, not by agents", async () => {
    const added = await ok<Category>(
      await send(operator, 'POST', '/api/service-desk/categories', {
        code: 'standards',
        names: { 'zh-CN': '标准化服务', 'zh-TW': '標準化服務', en: 'Standards' },
        description: '团体标准立项与认证咨询',
        marketWindow: true,
      }),
      201,
    );
    expect(added).toMatchObject({ marketWindow: true, description: '团体标准立项与认证咨询' });
    expect((await ok<Category>(await send(operator, 'PATCH', '/api/service-desk/categories/standards', { active: false }))).active).toBe(false);
    expect((await send(agent, 'PATCH', '/api/service-desk/categories/standards', { active: true })).statusCode).toBe(403);
  });
});

describe('a request at a window', () => {
  it("takes an investor's own request without an enterprise or a place, which only that investor and the market's team reach", async () => {
    const created = await ok<Detail>(await send(investor, 'POST', '/api/service-requests', atWindow({ categoryCode: 'market-finance' })), 201);
    expect(created).toMatchObject({ enterpriseId: null, teamId: marketTeam, channel: 'web', state: 'new' });
    expect(await noticesOf(operator.userId, 'service-request.submitted')).toBeGreaterThanOrEqual(1);
    // The investor's list holds it; another investor's neither lists nor opens it.
    const mine = await ok<{ items: { id: string }[] }>(await send(investor, 'GET', '/api/service-requests'));
    expect(mine.items.map((item) => item.id)).toEqual([created.id]);
    expect((await ok<{ items: unknown[] }>(await send(otherInvestor, 'GET', '/api/service-requests'))).items).toEqual([]);
    expect((await send(otherInvestor, 'GET', `/api/service-requests/${created.id}`)).statusCode).toBe(404);

    // The operator works it from the team's queue as an agent does: accept, ask, and the investor answers.
    const queue = await ok<{ items: { id: string }[] }>(await send(operator, 'GET', '/api/service-requests?queue=team'));
    expect(queue.items.map((item) => item.id)).toContain(created.id);
    await ok(await send(operator, 'POST', `/api/service-requests/${created.id}/accept`, {}));
    await ok(await send(operator, 'POST', `/api/service-requests/${created.id}/wait-on-enterprise`, { message: '请补充近两年审计报告' }));
    expect(await noticesOf(investor.userId, 'service-request.waitOnEnterprise')).toBe(1);
    const answered = await ok<Detail>(await send(investor, 'POST', `/api/service-requests/${created.id}/messages`, { body: '审计报告已上传' }));
    expect(answered).toMatchObject({ state: 'in_progress', ownerId: operator.userId });
    await ok(await send(operator, 'POST', `/api/service-requests/${created.id}/resolve`, { message: '已对接两家合作银行' }));
    expect((await ok<Detail>(await send(investor, 'GET', `/api/service-requests/${created.id}`))).actions).toEqual(expect.arrayContaining(['reopen', 'rate']));
  });

  it("refuses an investor's own request in a category that is not a market window", async () => {
    const response = await send(investor, 'POST', '/api/service-requests', atWindow({ categoryCode: 'utilities', locationText: '办公室' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'categoryCode' })]);
  });

  it('asks an enterprise for no place at a window, but for one elsewhere', async () => {
    const created = await ok<Detail>(await send(enterpriseUser, 'POST', '/api/service-requests', atWindow()), 201);
    expect(created).toMatchObject({ enterpriseId: enterprise, teamId: marketTeam });
    const elsewhere = await send(enterpriseUser, 'POST', '/api/service-requests', atWindow({ categoryCode: 'policy' }));
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().errors).toEqual([expect.objectContaining({ field: 'locationText' })]);
  });

  it("lets the operator log a walk-in at a window for an enterprise, whose users then see it", async () => {
    const logged = await ok<Detail>(await send(operator, 'POST', '/api/service-requests', atWindow({ categoryCode: 'market-legal', enterpriseId: enterprise, channel: 'walk-in' })), 201);
    expect(logged).toMatchObject({ channel: 'walk-in', teamId: marketTeam });
    const theirs = await ok<{ items: { id: string }[] }>(await send(enterpriseUser, 'GET', '/api/service-requests'));
    expect(theirs.items.map((item) => item.id)).toContain(logged.id);
  });

  it('is found by the FW number people quote from before the desk took the windows over', async () => {
    await ctx.db.insert(serviceRequests).values({
      reference: 'FW2025-000042',
      enterpriseId: enterprise,
      openedByName: '孙经理',
      channel: 'web',
      categoryCode: 'market-trading',
      priority: 'normal',
      description: '技术合同认定登记咨询',
      state: 'new',
      teamId: marketTeam,
      idempotencyKey: 'window-fw2025-000042',
    });
    const found = await ok<{ items: { reference: string }[] }>(await send(operator, 'GET', '/api/service-requests?q=FW2025-000042'));
    expect(found.items.map((item) => item.reference)).toEqual(['FW2025-000042']);
    const theirs = await ok<{ items: { reference: string }[] }>(await send(enterpriseUser, 'GET', '/api/service-requests?q=fw2025'));
    expect(theirs.items.map((item) => item.reference)).toEqual(['FW2025-000042']);
  });
});
