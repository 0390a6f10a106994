import { randomUUID } from 'node:crypto';
import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications } from '../../platform/notifications/schema.ts';
import { multipartForm } from '../../test/multipart-form.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { windowRequestMessages, windowRequests } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const operator = await signIn(['operator']);
const agent = await signIn(['agent']);
const officer = await signIn(['officer']);
const leader = await signIn(['leader']);
const investor = await signIn(['investor']);
const otherInvestor = await signIn(['investor']);

type Json = Record<string, unknown>;
type Detail = {
  id: string;
  reference: string;
  state: string;
  enterpriseId: string | null;
  firstResponseAt: string | null;
  closedAt: string | null;
  actions: string[];
  messages: { side: string; body: string; authorName: string }[];
};

const send = (method: 'GET' | 'POST' | 'PATCH', url: string, who: SignedIn, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });

async function enterprise(name: string) {
  const response = await send('POST', '/api/enterprises', admin, { name, confirmDuplicate: true });
  if (response.statusCode !== 201) throw new Error(response.body);
  return (response.json() as { id: string }).id;
}

const alpha = await enterprise('青岛幻境虚拟现实科技有限公司');
const beta = await enterprise('青岛远洋数据科技有限公司');
const alphaUser = await signIn(['enterprise'], { enterpriseId: alpha });
const alphaColleague = await signIn(['enterprise'], { enterpriseId: alpha });
const betaUser = await signIn(['enterprise'], { enterpriseId: beta });

const key = () => randomUUID();
const request = (over: Json = {}) => ({
  windowCode: 'ip',
  subject: 'VR 头显光学模组专利布局咨询',
  description: '想在国内和欧盟同步申请发明专利，了解 PCT 途径的费用。',
  idempotencyKey: key(),
  ...over,
});

async function open(who: SignedIn, over: Json = {}): Promise<Detail> {
  const response = await send('POST', '/api/window-requests', who, request(over));
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json();
}

async function noticesOf(userId: string, kind: string) {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));
  return row!.n;
}

async function requestRows() {
  const [row] = await ctx.db.select({ n: count() }).from(windowRequests);
  return row!.n;
}

describe('the windows', () => {
  it('are seeded with the four windows of the market, named in the reader\'s language', async () => {
    const response = await send('GET', '/api/service-windows', alphaUser, undefined, 'en');
    expect(response.statusCode).toBe(200);
    expect(response.json().map((w: { code: string; name: string }) => [w.code, w.name])).toEqual([
      ['trading', 'Technology trading'],
      ['ip', 'Intellectual property'],
      ['finance', 'Technology finance'],
      ['legal', 'Legal services'],
    ]);
  });

  it('are added, edited and deactivated by administrators and operators; a deactivated one takes no request', async () => {
    const names = { 'zh-CN': '标准服务', 'zh-TW': '標準服務', en: 'Standards' };
    const created = await send('POST', '/api/service-windows', operator, { code: 'standards', names, position: 5 });
    expect(created.statusCode).toBe(201);
    expect((await send('POST', '/api/service-windows', admin, { code: 'standards', names })).statusCode).toBe(409);
    expect((await send('POST', '/api/service-windows', admin, { code: 'Bad Code', names })).statusCode).toBe(400);
    expect((await send('POST', '/api/service-windows', alphaUser, { code: 'mine', names })).statusCode).toBe(403);
    expect((await send('PATCH', '/api/service-windows/standards', agent, { active: false })).statusCode).toBe(403);

    const edited = await send('PATCH', '/api/service-windows/standards', admin, { active: false, names: { ...names, en: 'Standardisation' } });
    expect(edited.json()).toMatchObject({ code: 'standards', active: false, names: { en: 'Standardisation' } });
    expect((await send('PATCH', '/api/service-windows/nowhere', admin, { active: false })).statusCode).toBe(404);
    const described = await send('PATCH', '/api/service-windows/standards', operator, { description: '标准制定与检验检测咨询' });
    expect(described.json()).toMatchObject({ active: false, position: 5, description: '标准制定与检验检测咨询' });

    const active = (await send('GET', '/api/service-windows?includeInactive=true', alphaUser)).json().map((w: { code: string }) => w.code);
    expect(active).not.toContain('standards');
    const all = (await send('GET', '/api/service-windows?includeInactive=true', admin)).json().map((w: { code: string }) => w.code);
    expect(all).toContain('standards');

    const refused = await send('POST', '/api/window-requests', alphaUser, request({ windowCode: 'standards' }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('windowCode');
  });
});

describe('a request from opening to reopening', () => {
  it('runs the whole thread: answer, follow-up, close, reopen, with notices and first-response time kept once', async () => {
    const operatorNotices = await noticesOf(operator.userId, 'window-request.opened');
    const opened = await open(alphaUser);
    expect(opened).toMatchObject({ state: 'open', enterpriseId: alpha, firstResponseAt: null, closedAt: null, messages: [] });
    expect(opened.reference).toMatch(/^FW\d{4}-\d{6}$/);
    expect(opened.actions).toEqual(['followUp', 'close']);
    // Every staff member who answers hears of it; the requester's colleagues do not.
    expect(await noticesOf(operator.userId, 'window-request.opened')).toBe(operatorNotices + 1);
    expect(await noticesOf(agent.userId, 'window-request.opened')).toBeGreaterThan(0);
    expect(await noticesOf(alphaColleague.userId, 'window-request.opened')).toBe(0);

    const queue = (await send('GET', '/api/window-requests?order=queue&state=open', operator)).json();
    expect(queue.items.map((r: { id: string }) => r.id)).toContain(opened.id);

    const answered = await send('POST', `/api/window-requests/${opened.id}/messages`, operator, { body: '区里对 PCT 申请按每件最高 5 万元资助。' });
    expect(answered.statusCode).toBe(200);
    const first: Detail = answered.json();
    expect(first).toMatchObject({ state: 'answered', messages: [{ side: 'staff' }] });
    expect(first.firstResponseAt).not.toBeNull();
    // Both users of the enterprise hear of the answer.
    expect(await noticesOf(alphaUser.userId, 'window-request.answered')).toBe(1);
    expect(await noticesOf(alphaColleague.userId, 'window-request.answered')).toBe(1);

    const again: Detail = (await send('POST', `/api/window-requests/${opened.id}/messages`, agent, { body: '材料清单见附件。' })).json();
    expect(again.firstResponseAt).toBe(first.firstResponseAt);

    const followUp: Detail = (await send('POST', `/api/window-requests/${opened.id}/messages`, alphaColleague, { body: '欧盟部分需要多久？' })).json();
    expect(followUp).toMatchObject({ state: 'open' });
    expect(followUp.messages.map((m) => m.side)).toEqual(['staff', 'staff', 'requester']);

    const closed: Detail = (await send('POST', `/api/window-requests/${opened.id}/close`, alphaUser)).json();
    expect(closed).toMatchObject({ state: 'closed', actions: ['reopen'] });
    expect(closed.closedAt).not.toBeNull();
    expect((await send('POST', `/api/window-requests/${opened.id}/messages`, alphaUser, { body: '还有一个问题' })).statusCode).toBe(409);
    expect((await send('POST', `/api/window-requests/${opened.id}/reopen`, operator)).statusCode).toBe(403);

    const reopened: Detail = (await send('POST', `/api/window-requests/${opened.id}/reopen`, alphaUser)).json();
    expect(reopened).toMatchObject({ state: 'open', closedAt: null });

    expect((await send('POST', `/api/window-requests/${opened.id}/close`, agent)).json()).toMatchObject({ state: 'closed' });
    // Seven days after closing, the requester opens a new request instead.
    await ctx.db.update(windowRequests).set({ closedAt: sql`now() - interval '8 days'` }).where(eq(windowRequests.id, opened.id));
    expect((await send('POST', `/api/window-requests/${opened.id}/reopen`, alphaUser)).statusCode).toBe(403);
    expect((await send('GET', `/api/window-requests/${opened.id}`, alphaUser)).json().actions).toEqual([]);

    const timeline = (await send('GET', `/api/enterprises/${alpha}/timeline?pageSize=50`, admin)).json();
    const events = timeline.items
      .filter((item: { details: { recordId?: string } }) => item.details.recordId === opened.id)
      .map((item: { details: { action: string } }) => item.details.action);
    expect(events.reverse()).toEqual(['start', 'answer', 'answer', 'followUp', 'close', 'reopen', 'close']);
  });

  it('lets staff log a walk-in for a given enterprise, which that enterprise then sees', async () => {
    const walkIn = await open(operator, { enterpriseId: beta, windowCode: 'legal' });
    expect(walkIn.enterpriseId).toBe(beta);
    expect((await send('GET', `/api/window-requests/${walkIn.id}`, betaUser)).statusCode).toBe(200);
    const missing = await send('POST', '/api/window-requests', operator, request());
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('enterpriseId');
    expect((await send('POST', '/api/window-requests', operator, request({ enterpriseId: randomUUID() }))).statusCode).toBe(400);
  });

  it('filters the list by window, state and text, in either script', async () => {
    const finance = await open(betaUser, { windowCode: 'finance', subject: '申请科技信贷风险补偿' });
    const list = async (query: string) =>
      (await send('GET', `/api/window-requests?${query}`, operator)).json().items.map((r: { id: string }) => r.id) as string[];
    expect(await list('windowCode=finance')).toContain(finance.id);
    expect(await list('windowCode=legal')).not.toContain(finance.id);
    expect(await list(`q=${encodeURIComponent('風險補償')}`)).toEqual([finance.id]);
    expect(await list(`q=${encodeURIComponent(finance.reference)}`)).toEqual([finance.id]);
    expect(await list('state=closed')).not.toContain(finance.id);
  });
});

const alphaRequest = await open(alphaUser, { windowCode: 'trading' });
const investorRequest = await open(investor, { windowCode: 'finance' });

describe('who reaches a request', () => {
  it('answers 404 to another enterprise, another investor and a missing id, for every action', async () => {
    for (const [who, id] of [
      [betaUser, alphaRequest.id],
      [otherInvestor, investorRequest.id],
      [investor, alphaRequest.id],
      [alphaUser, investorRequest.id],
      [operator, randomUUID()],
    ] as const) {
      expect((await send('GET', `/api/window-requests/${id}`, who)).statusCode).toBe(404);
      expect((await send('POST', `/api/window-requests/${id}/messages`, who, { body: '你好' })).statusCode).toBe(404);
      expect((await send('POST', `/api/window-requests/${id}/close`, who)).statusCode).toBe(404);
    }
    const betaList = (await send('GET', '/api/window-requests', betaUser)).json().items.map((r: { id: string }) => r.id);
    expect(betaList).not.toContain(alphaRequest.id);
    expect((await send('GET', '/api/window-requests', investor)).json().items.map((r: { id: string }) => r.id)).toEqual([investorRequest.id]);
    expect((await send('GET', `/api/window-requests/${investorRequest.id}`, investor)).statusCode).toBe(200);
    // Opening for another enterprise from an enterprise account names an enterprise the user may not see.
    expect((await send('POST', '/api/window-requests', alphaUser, request({ enterpriseId: beta }))).statusCode).toBe(404);
  });

  it('keeps the attachments to those who see the request', async () => {
    const upload = (who: SignedIn, recordId: string) => {
      const { payload, contentType } = multipartForm([
        { name: 'kind', value: 'window-request' },
        { name: 'recordId', value: recordId },
        { name: 'file', fileName: '清单.txt', content: Buffer.from('专利清单\n第一项：光学模组') },
      ]);
      return app.inject({ method: 'POST', url: '/api/attachments', headers: { ...who.headers, 'content-type': contentType }, payload });
    };
    const uploaded = await upload(alphaUser, alphaRequest.id);
    expect(uploaded.statusCode).toBe(201);
    const attachmentId = uploaded.json().id as string;

    const list = (who: SignedIn) => send('GET', `/api/attachments?kind=window-request&recordId=${alphaRequest.id}`, who);
    expect((await list(operator)).json().items).toHaveLength(1);
    expect((await list(alphaColleague)).statusCode).toBe(200);
    expect((await list(betaUser)).statusCode).toBe(404);
    expect((await send('GET', `/api/attachments/${attachmentId}/content`, betaUser)).statusCode).toBe(404);
    expect((await send('GET', `/api/attachments/${attachmentId}/content`, alphaColleague)).statusCode).toBe(200);
    expect((await upload(betaUser, alphaRequest.id)).statusCode).toBe(404);
    expect((await send('GET', '/api/attachments?kind=window-request&recordId=not-a-uuid', alphaUser)).statusCode).toBe(404);
  });

  it('answers 403 to roles without the permission', async () => {
    expect((await send('GET', '/api/window-requests', officer)).statusCode).toBe(403);
    expect((await send('GET', `/api/window-requests/${alphaRequest.id}`, leader)).statusCode).toBe(403);
    expect((await send('POST', '/api/window-requests', leader, request())).statusCode).toBe(403);
    expect((await send('GET', '/api/service-windows', officer)).statusCode).toBe(403);
    expect((await send('POST', '/api/service-windows', investor, { code: 'mine', names: { 'zh-CN': '我的', 'zh-TW': '我的', en: 'Mine' } })).statusCode).toBe(403);
  });
});

describe('bad input', () => {
  it('refuses NUL bytes and oversized text with 400 and writes nothing', async () => {
    const target = await open(alphaUser);
    const before = await requestRows();
    for (const body of [
      request({ subject: '专利\u0000咨询' }),
      request({ description: 'x'.repeat(5001) }),
      request({ subject: '长'.repeat(201) }),
      request({ idempotencyKey: 'a\u0000bcdefghij' }),
      request({ windowCode: 'ip\u0000' }),
      { ...request(), subject: '' },
    ]) {
      expect((await send('POST', '/api/window-requests', alphaUser, body)).statusCode).toBe(400);
    }
    expect(await requestRows()).toBe(before);

    expect((await send('POST', `/api/window-requests/${target.id}/messages`, operator, { body: '答复\u0000' })).statusCode).toBe(400);
    expect((await send('POST', `/api/window-requests/${target.id}/messages`, operator, { body: '答'.repeat(5001) })).statusCode).toBe(400);
    const [messages] = await ctx.db.select({ n: count() }).from(windowRequestMessages).where(eq(windowRequestMessages.requestId, target.id));
    expect(messages!.n).toBe(0);
    expect((await send('GET', `/api/window-requests/${target.id}`, alphaUser)).json()).toMatchObject({ state: 'open', firstResponseAt: null });
  });
});

describe('a double submit', () => {
  it('opens one request however many identical submissions arrive at once', async () => {
    const body = request({ subject: '眼动追踪算法技术许可合同登记' });
    const notices = await noticesOf(operator.userId, 'window-request.opened');
    const responses = await Promise.all(Array.from({ length: 8 }, () => send('POST', '/api/window-requests', betaUser, body)));
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    const [rows] = await ctx.db.select({ n: count() }).from(windowRequests).where(eq(windowRequests.subject, body.subject));
    expect(rows!.n).toBe(1);
    expect(await noticesOf(operator.userId, 'window-request.opened')).toBe(notices + 1);
  });
});

describe('merging enterprises', () => {
  it('moves the duplicate\'s requests to the survivor', async () => {
    const duplicate = await enterprise('青岛幻境虚拟现实科技股份有限公司');
    const moved = await open(agent, { enterpriseId: duplicate, windowCode: 'trading' });
    const merged = await send('POST', `/api/enterprises/${alpha}/merge`, admin, { duplicateId: duplicate });
    expect(merged.statusCode).toBe(200);
    expect((await send('GET', `/api/window-requests/${moved.id}`, alphaUser)).json()).toMatchObject({ enterpriseId: alpha });
  });
});
