import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { notifications } from '../../platform/notifications/schema.ts';
import { permissionsOf } from '../../platform/auth/permissions.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { closeResolvedRequests } from './close-resolved-requests.ts';
import { openServiceRequestsOf } from './open-service-requests.ts';
import { serviceRequestMessages, serviceRequests } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const leader = await signIn(['leader']);
const officer = await signIn(['officer']);
const propertyAgent = await signIn(['agent']);
const propertyColleague = await signIn(['agent']);
const permitsAgent = await signIn(['agent']);
const fallbackAgent = await signIn(['agent']);

type Json = Record<string, unknown>;
type Detail = {
  id: string;
  reference: string;
  state: string;
  teamId: string | null;
  ownerId: string | null;
  channel: string;
  rating: number | null;
  firstResponseAt: string | null;
  actions: string[];
  messages: { requestId: string; side: string; visibility: string; body: string }[];
  history: { action: string; to: string }[];
  mergedInto: { id: string } | null;
  mergedFrom: { id: string }[];
  location: { siteId: string | null; unitId: string | null; buildingId: string | null; text: string | null };
};

const send = (who: SignedIn, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });

async function ok<T>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

const enterprise = async (name: string) => (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name, confirmDuplicate: true }), 201)).id;
const team = async (name: string, members: SignedIn[]) => {
  const id = (await ok<{ id: string }>(await send(admin, 'POST', '/api/teams', { name }), 201)).id;
  for (const member of members) {
    await ok(await send(admin, 'POST', `/api/teams/${id}/memberships`, { userId: member.userId, startsOn: '2026-01-01', endsOn: null, role: 'member' }), 201);
  }
  return id;
};

const alpha = await enterprise('青岛雅居实木家具有限公司（工单测试）');
const beta = await enterprise('青岛海派沙发有限公司（工单测试）');
const alphaUser = await signIn(['enterprise'], { enterpriseId: alpha });
const alphaColleague = await signIn(['enterprise'], { enterpriseId: alpha });
const betaUser = await signIn(['enterprise'], { enterpriseId: beta });

const propertyTeam = await team('博览中心物业服务组（测试）', [propertyAgent, propertyColleague]);
const permitsTeam = await team('审批服务组（测试）', [permitsAgent]);
const expo = (await ok<{ id: string }>(await send(admin, 'POST', '/api/sites', { name: '家居博览中心（工单测试）', kind: 'expo-centre' }), 201)).id;
const hall = (await ok<{ buildings: { id: string }[] }>(await send(admin, 'POST', `/api/sites/${expo}/buildings`, { name: 'A馆' }))).buildings[0]!.id;
const otherSite = (await ok<{ id: string }>(await send(admin, 'POST', '/api/sites', { name: '创业园（工单测试）', kind: 'park' }), 201)).id;

await ok(await send(admin, 'POST', '/api/service-desk/routing-rules', { categoryCode: 'utilities', siteId: expo, teamId: propertyTeam }), 201);
await ok(await send(admin, 'POST', '/api/service-desk/routing-rules', { categoryCode: 'permits', teamId: permitsTeam }), 201);

const powerCut = (over: Json = {}) => ({
  categoryCode: 'utilities',
  priority: 'urgent',
  site: { siteId: expo, buildingId: hall },
  description: 'A馆二层展位突然停电，冷柜和照明都断了',
  idempotencyKey: randomUUID(),
  ...over,
});
const submit = async (who: SignedIn, over: Json = {}) => ok<Detail>(await send(who, 'POST', '/api/service-requests', powerCut(over)), 201);
const detail = async (who: SignedIn, id: string) => ok<Detail>(await send(who, 'GET', `/api/service-requests/${id}`));
const act = (who: SignedIn, id: string, path: string, body: Json = {}) => send(who, 'POST', `/api/service-requests/${id}/${path}`, body);
const requestCount = async () => (await ctx.db.select({ n: count() }).from(serviceRequests))[0]!.n;
const noticesOf = async (userId: string, kind: string) =>
  (await ctx.db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind))))[0]!.n;

describe('submitting', () => {
  it('answers at once with a reference number, routes by category and site to the team and tells its members', async () => {
    const request = await submit(alphaUser);
    expect(request.reference).toMatch(/^SR\d{4}-\d{6}$/);
    expect(request).toMatchObject({ state: 'new', teamId: propertyTeam, ownerId: null, channel: 'web' });
    expect(request.location).toMatchObject({ siteId: expo, buildingId: hall });
    expect(await noticesOf(propertyAgent.userId, 'service-request.submitted')).toBeGreaterThanOrEqual(1);
    expect(await noticesOf(permitsAgent.userId, 'service-request.submitted')).toBe(0);
    expect(await noticesOf(alphaColleague.userId, 'service-request.received')).toBeGreaterThanOrEqual(1);
  });

  it('raises a key enterprise\'s request to at least high and copies its linked leader, once', async () => {
    const keyEnterprise = await enterprise('青岛崂山挂点测试科技有限公司（工单测试）');
    const keyUser = await signIn(['enterprise'], { enterpriseId: keyEnterprise });
    const linkedLeader = await signIn(['leader']);
    await ok(await send(admin, 'POST', `/api/enterprises/${keyEnterprise}/key-links`, { userId: linkedLeader.userId, role: 'leader', startsOn: '2026-01-01' }), 201);

    const normal = await submit(keyUser, { priority: 'normal' });
    expect(normal).toMatchObject({ priority: 'high' });
    const urgent = await submit(keyUser, { priority: 'urgent' });
    expect(urgent).toMatchObject({ priority: 'urgent' });
    const copies = await ctx.db
      .select({ recordId: notifications.recordId })
      .from(notifications)
      .where(and(eq(notifications.userId, linkedLeader.userId), eq(notifications.kind, 'service-request.keyEnterprise')));
    expect(copies.map((copy) => copy.recordId).sort()).toEqual([normal.id, urgent.id].sort());

    // Another enterprise's request keeps its priority and copies nobody.
    const ordinary = await submit(betaUser, { priority: 'normal' });
    expect(ordinary).toMatchObject({ priority: 'normal' });
    expect(await noticesOf(linkedLeader.userId, 'service-request.keyEnterprise')).toBe(2);
  });

  it('routes by the category alone where no rule names the place, and lets a free-text place through', async () => {
    const permit = await submit(alphaUser, { categoryCode: 'permits', priority: 'normal', site: undefined, locationText: '即墨区行政审批大厅' });
    expect(permit.teamId).toBe(permitsTeam);
    expect(permit.location.text).toBe('即墨区行政审批大厅');
  });

  it('gives an unrouted request to the fallback owner once one is named, and never takes one who cannot handle requests', async () => {
    expect((await send(admin, 'PUT', '/api/service-desk/settings/fallback-owner', { userId: officer.userId })).statusCode).toBe(400);
    await ok(await send(admin, 'PUT', '/api/service-desk/settings/fallback-owner', { userId: fallbackAgent.userId }));
    const legal = await submit(alphaUser, { categoryCode: 'legal', site: { siteId: otherSite } });
    expect(legal).toMatchObject({ teamId: null, ownerId: fallbackAgent.userId });
    expect(await noticesOf(fallbackAgent.userId, 'service-request.submitted')).toBe(1);
  });

  it('opens one request for one key, also for concurrent submits', async () => {
    const body = powerCut();
    const before = await requestCount();
    const answers = await Promise.all([1, 2, 3, 4].map(() => send(alphaUser, 'POST', '/api/service-requests', body)));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(await requestCount()).toBe(before + 1);
  });

  it('lets an agent log a call for an enterprise, whose users get the receipt', async () => {
    const logged = await submit(propertyAgent, { enterpriseId: beta, channel: 'phone' });
    expect(logged.channel).toBe('phone');
    expect(await noticesOf(betaUser.userId, 'service-request.received')).toBe(1);
    expect((await send(propertyAgent, 'POST', '/api/service-requests', powerCut())).statusCode).toBe(400);
  });

  it('refuses bad input with localised field messages and writes nothing', async () => {
    const before = await requestCount();
    const cases: [Json, string][] = [
      [{ site: undefined }, 'locationText'],
      [{ categoryCode: 'no-such' }, 'categoryCode'],
      [{ site: { siteId: expo, buildingId: randomUUID() } }, 'site.buildingId'],
      [{ description: '   ' }, 'description'],
      [{ priority: 'whenever' }, 'priority'],
    ];
    for (const [over, field] of cases) {
      const response = await send(alphaUser, 'POST', '/api/service-requests', powerCut(over), 'en');
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().errors.map((f: { field: string }) => f.field)).toContain(field);
    }
    const chinese = await send(alphaUser, 'POST', '/api/service-requests', powerCut({ site: undefined }));
    expect(chinese.json().errors[0].message).toBe('请选择园区位置或填写具体地点');
    expect(await requestCount()).toBe(before);
  });

  it('refuses roles that do not submit, and another enterprise as a missing one', async () => {
    expect((await send(leader, 'POST', '/api/service-requests', powerCut())).statusCode).toBe(403);
    expect((await send(officer, 'POST', '/api/service-requests', powerCut())).statusCode).toBe(403);
    expect((await send(alphaUser, 'POST', '/api/service-requests', powerCut({ enterpriseId: beta }))).statusCode).toBe(404);
  });
});

describe('who sees what', () => {
  it('an enterprise its own, an agent their teams\', the unassigned and their own, a leader every one', async () => {
    const request = await submit(alphaUser);
    expect((await send(betaUser, 'GET', `/api/service-requests/${request.id}`)).statusCode).toBe(404);
    expect((await send(permitsAgent, 'GET', `/api/service-requests/${request.id}`)).statusCode).toBe(404);
    expect((await act(permitsAgent, request.id, 'accept')).statusCode).toBe(404);
    expect((await send(officer, 'GET', `/api/service-requests/${request.id}`)).statusCode).toBe(403);
    await detail(propertyColleague, request.id);
    await detail(leader, request.id);
    const betaList = await ok<{ items: { enterpriseId: string }[] }>(await send(betaUser, 'GET', '/api/service-requests'));
    expect(betaList.items.every((item) => item.enterpriseId === beta)).toBe(true);
    const permitsQueue = await ok<{ items: { teamId: string | null }[] }>(await send(permitsAgent, 'GET', '/api/service-requests?queue=team'));
    expect(permitsQueue.items.length).toBeGreaterThan(0);
    expect(permitsQueue.items.every((item) => item.teamId === permitsTeam)).toBe(true);
  });
});

describe('working a request', () => {
  it('accept, reply, wait on the enterprise, its reply, resolve, rate once; the owner stays through a handover', async () => {
    const request = await submit(alphaUser);
    expect((await act(alphaUser, request.id, 'accept')).statusCode).toBe(403);
    const accepted = await ok<Detail>(await act(propertyAgent, request.id, 'accept'));
    expect(accepted).toMatchObject({ state: 'accepted', ownerId: propertyAgent.userId });
    // Of two accepts, the later finds it accepted.
    expect((await act(propertyColleague, request.id, 'accept')).statusCode).toBe(409);
    expect(await noticesOf(alphaUser.userId, 'service-request.accept')).toBeGreaterThanOrEqual(1);

    const replied = await ok<Detail>(await act(propertyAgent, request.id, 'messages', { body: '电工 10 分钟内到场' }));
    expect(replied.firstResponseAt).not.toBeNull();
    await ok(await act(propertyAgent, request.id, 'messages', { body: '配电箱 A2-3 跳闸，疑似冷柜过载', visibility: 'internal' }));
    expect((await act(alphaUser, request.id, 'messages', { body: 'x', visibility: 'internal' })).statusCode).toBe(400);
    const seenByEnterprise = await detail(alphaUser, request.id);
    expect(seenByEnterprise.messages.map((m) => m.body)).toEqual(['电工 10 分钟内到场']);
    expect((await detail(propertyAgent, request.id)).messages).toHaveLength(2);

    const moved = await ok<Detail>(await act(propertyAgent, request.id, 'transfer', { teamId: permitsTeam }));
    expect(moved).toMatchObject({ teamId: permitsTeam, ownerId: propertyAgent.userId });
    await detail(permitsAgent, request.id);
    // The owner still sees it, although it left the owner's team.
    await ok(await act(propertyAgent, request.id, 'wait-on-enterprise', { message: '请确认冷柜功率' }));
    const back = await ok<Detail>(await act(alphaColleague, request.id, 'messages', { body: '冷柜 3 kW' }));
    expect(back.state).toBe('in_progress');
    expect(await noticesOf(propertyAgent.userId, 'service-request.enterprise-replied')).toBeGreaterThanOrEqual(1);

    const resolved = await ok<Detail>(await act(propertyAgent, request.id, 'resolve', { message: '已更换断路器并恢复供电' }));
    expect(resolved.state).toBe('resolved');
    expect((await act(alphaUser, request.id, 'messages', { body: '谢谢' })).statusCode).toBe(409);
    expect((await act(betaUser, request.id, 'rating', { rating: 5 })).statusCode).toBe(404);
    expect((await act(propertyAgent, request.id, 'rating', { rating: 5 })).statusCode).toBe(403);
    expect((await act(alphaUser, request.id, 'rating', { rating: 6 })).statusCode).toBe(400);
    const ratings = await Promise.all([act(alphaUser, request.id, 'rating', { rating: 5 }), act(alphaColleague, request.id, 'rating', { rating: 1 })]);
    expect(ratings.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const rated = await detail(alphaUser, request.id);
    expect(rated.actions).not.toContain('rate');
    expect(rated.history.map((step) => step.action)).toEqual(['start', 'accept', 'waitOnEnterprise', 'enterpriseReply', 'resolve']);
    const [audits] = await ctx.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.entityId, request.id), eq(auditEvents.action, 'transfer')));
    expect(audits!.n).toBe(1);
  });

  it('reopens within seven days of resolution, and closes by the job after them', async () => {
    const request = await submit(alphaUser);
    await ok(await act(propertyAgent, request.id, 'accept'));
    await ok(await act(propertyAgent, request.id, 'resolve'));
    expect((await act(propertyAgent, request.id, 'reopen')).statusCode).toBe(403);
    const reopened = await ok<Detail>(await act(alphaUser, request.id, 'reopen'));
    expect(reopened.state).toBe('in_progress');
    await ok(await act(propertyAgent, request.id, 'resolve'));
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3_600_000);
    await ctx.db.update(serviceRequests).set({ resolvedAt: eightDaysAgo }).where(eq(serviceRequests.id, request.id));
    expect((await act(alphaUser, request.id, 'reopen')).statusCode).toBe(403);
    expect(await closeResolvedRequests(ctx)).toBeGreaterThanOrEqual(1);
    expect((await detail(alphaUser, request.id)).state).toBe('closed');
    // A second run (another instance) finds nothing more to close.
    expect(await closeResolvedRequests(ctx)).toBe(0);
    expect(await noticesOf(alphaUser.userId, 'service-request.closed')).toBeGreaterThanOrEqual(1);
    await ok(await act(alphaUser, request.id, 'rating', { rating: 4 }));
  });

  it('merges a duplicate into the survivor, whose page shows its thread, and tells the enterprise', async () => {
    const first = await submit(alphaUser);
    const duplicate = await submit(alphaColleague, { description: 'A馆二楼没电了' });
    const betaRequest = await submit(betaUser);
    expect((await act(propertyAgent, duplicate.id, 'merge', { intoId: duplicate.id })).statusCode).toBe(400);
    expect((await act(propertyAgent, duplicate.id, 'merge', { intoId: betaRequest.id })).statusCode).toBe(400);
    expect((await act(propertyAgent, duplicate.id, 'merge', { intoId: randomUUID() })).statusCode).toBe(400);
    expect((await act(alphaUser, duplicate.id, 'merge', { intoId: first.id })).statusCode).toBe(403);
    await ok(await act(alphaColleague, duplicate.id, 'messages', { body: '冷柜里的样品怕化' }));
    const merged = await ok<Detail>(await act(propertyAgent, duplicate.id, 'merge', { intoId: first.id }));
    expect(merged).toMatchObject({ state: 'closed', mergedInto: { id: first.id } });
    const survivor = await detail(alphaUser, first.id);
    expect(survivor.mergedFrom.map((d) => d.id)).toEqual([duplicate.id]);
    expect(survivor.messages.map((m) => m.body)).toContain('冷柜里的样品怕化');
    expect(await noticesOf(alphaUser.userId, 'service-request.merged')).toBeGreaterThanOrEqual(1);
    expect((await act(propertyAgent, duplicate.id, 'messages', { body: '?' })).statusCode).toBe(409);
  });

  it('leaves nothing half-written when a move is refused', async () => {
    const request = await submit(alphaUser);
    const before = (await ctx.db.select({ n: count() }).from(serviceRequestMessages).where(eq(serviceRequestMessages.requestId, request.id)))[0]!.n;
    expect((await act(propertyAgent, request.id, 'resolve', { message: '已解决' })).statusCode).toBe(409);
    const after = (await ctx.db.select({ n: count() }).from(serviceRequestMessages).where(eq(serviceRequestMessages.requestId, request.id)))[0]!.n;
    expect(after).toBe(before);
  });
});

describe('administration', () => {
  it('keeps categories, routing rules and canned replies for their administrators only', async () => {
    const categories = await ok<{ code: string; name: string }[]>(await send(alphaUser, 'GET', '/api/service-desk/categories', undefined, 'en'));
    expect(categories.map((c) => c.code)).toContain('utilities');
    expect(categories.find((c) => c.code === 'utilities')!.name).toBe('Power and utilities');
    const created = { code: 'canteen', names: { 'zh-CN': '餐饮', 'zh-TW': '餐飲', en: 'Canteen' } };
    expect((await send(propertyAgent, 'POST', '/api/service-desk/categories', created)).statusCode).toBe(403);
    await ok(await send(admin, 'POST', '/api/service-desk/categories', created), 201);
    expect((await send(admin, 'POST', '/api/service-desk/categories', created)).statusCode).toBe(409);
    await ok(await send(admin, 'PATCH', '/api/service-desk/categories/canteen', { active: false }));
    expect((await send(alphaUser, 'POST', '/api/service-requests', powerCut({ categoryCode: 'canteen' }))).statusCode).toBe(400);

    expect((await send(admin, 'POST', '/api/service-desk/routing-rules', { categoryCode: 'utilities', siteId: expo, teamId: permitsTeam })).statusCode).toBe(409);
    expect((await send(admin, 'POST', '/api/service-desk/routing-rules', { teamId: permitsTeam })).statusCode).toBe(400);
    expect((await send(propertyAgent, 'GET', '/api/service-desk/routing-rules')).statusCode).toBe(403);

    await ok(await send(admin, 'POST', '/api/service-desk/canned-replies', { title: '已派单', body: '已派维修人员到场' }), 201);
    await ok(await send(admin, 'POST', '/api/service-desk/canned-replies', { teamId: permitsTeam, title: '材料清单', body: '请准备营业执照副本' }), 201);
    const forProperty = await ok<{ title: string }[]>(await send(propertyAgent, 'GET', '/api/service-desk/canned-replies'));
    expect(forProperty.map((r) => r.title)).toEqual(['已派单']);
    expect((await send(alphaUser, 'GET', '/api/service-desk/canned-replies')).statusCode).toBe(403);
  });

  it('gives submitters the places without tenants or leases', async () => {
    const places = await ok<{ id: string; buildings: { id: string }[] }[]>(await send(alphaUser, 'GET', '/api/service-desk/places'));
    expect(places.find((p) => p.id === expo)!.buildings.map((b) => b.id)).toEqual([hall]);
    expect(JSON.stringify(places)).not.toMatch(/tenant|lease/i);
  });

  it('shows a request on its enterprise\'s timeline', async () => {
    const timeline = await ok<{ items: { kind: string }[] }>(await send(alphaUser, 'GET', `/api/enterprises/${alpha}/timeline`));
    expect(timeline.items.some((item) => item.kind === 'service-request')).toBe(true);
  });
});

describe('live queues', () => {
  it('announces each committed write to the team, the enterprise and the readers of all, and a refused one to nobody', async () => {
    const client = await ctx.pool.connect();
    const heard: { topic: string; ids: string[] | null; users: string[]; teams: string[] }[] = [];
    client.on('notification', (message) => heard.push(JSON.parse(message.payload ?? '{}')));
    await client.query('LISTEN qiao_live');
    try {
      const request = await submit(alphaUser);
      await expect.poll(() => heard.length).toBeGreaterThan(0);
      const notice = heard.find((n) => n.ids?.includes(request.id));
      expect(notice).toMatchObject({ topic: 'service-desk.requests', teams: [propertyTeam] });
      expect(notice!.users).toEqual(expect.arrayContaining([alphaUser.userId, alphaColleague.userId]));
      heard.length = 0;
      expect((await act(propertyAgent, request.id, 'resolve')).statusCode).toBe(409);
      await ok(await act(propertyAgent, request.id, 'accept'));
      await expect.poll(() => heard.length).toBeGreaterThan(0);
      expect(heard).toHaveLength(1);
    } finally {
      await client.query('UNLISTEN qiao_live');
      client.release();
    }
  });
});

describe('on a key enterprise\'s card', () => {
  it('lists its open requests in the reader\'s language, opening only for readers the policy lets see them', async () => {
    const request = await submit(betaUser, { description: '仓库消防喷淋漏水' });
    const query = (reader: SignedIn, roles: ('leader' | 'officer')[]) =>
      openServiceRequestsOf(ctx.db, { enterpriseIds: [beta], reader: { id: reader.userId, permissions: permissionsOf(app.permissionTable, roles) }, locale: 'en' });
    const forLeader = (await query(leader, ['leader'])).find((item) => item.reference === request.reference);
    expect(forLeader).toMatchObject({ state: 'New', path: `/service-desk/requests/${request.id}` });
    const forOfficer = (await query(officer, ['officer'])).find((item) => item.reference === request.reference);
    expect(forOfficer).toMatchObject({ state: 'New', path: null });
  });
});
