import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { chinaDayOf, chinaToday } from '../../platform/calendar/china-day.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { visits } from '../investment-visits/schema.ts';
import { serviceRequests } from '../service-desk/schema.ts';
import { currentLinksOf, enterprisesLinkedTo, isKeyEnterprise } from './key-enterprise-links.ts';
import { keyEnterpriseLinks } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const leader = await signIn(['leader']);
const otherLeader = await signIn(['leader']);
const commissioner = await signIn(['officer'], { username: 'ke-commissioner' });
const colleague = await signIn(['officer']);
const agent = await signIn(['agent']);

type Json = Record<string, unknown>;
const send = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });
async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}
const newEnterprise = async (name: string) => (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name, confirmDuplicate: true }), 201)).id;
const outsiderCompany = await newEnterprise('青岛海澜储能科技有限公司（挂点测试）');
const enterpriseUser = await signIn(['enterprise'], { enterpriseId: outsiderCompany });

type Link = { id: string; userId: string; role: string; startsOn: string; endsOn: string | null; current: boolean; name: string };
const link = (who: SignedIn, enterpriseId: string, body: Json, language?: string) => send(who, 'POST', `/api/enterprises/${enterpriseId}/key-links`, body, language);
const linksOf = async (enterpriseId: string) => (await ok<{ items: Link[] }>(await send(colleague, 'GET', `/api/enterprises/${enterpriseId}/key-links`))).items;
const linkId = async (enterpriseId: string, userId: string, role: string) => (await linksOf(enterpriseId)).find((l) => l.userId === userId && l.role === role && l.endsOn === null)!.id;

const today = chinaToday();
const daysAgo = (n: number) => chinaDayOf(new Date(Date.now() - n * 86_400_000));

describe('links', () => {
  it('links a leader and commissioners over periods, keeps the history and answers who is linked today', async () => {
    const company = await newEnterprise('青岛海纳光电有限公司（挂点测试）');
    expect(await isKeyEnterprise(ctx.db, company)).toBe(false);
    await ok(await link(admin, company, { userId: leader.userId, role: 'leader', startsOn: daysAgo(30), note: '区级重点' }), 201);
    await ok(await link(leader, company, { userId: commissioner.userId, role: 'commissioner', startsOn: daysAgo(10) }), 201);
    // A commissioner whose link ended last week, and one who begins next month: history and plan, not today.
    await ok(await link(admin, company, { userId: colleague.userId, role: 'commissioner', startsOn: daysAgo(60), endsOn: daysAgo(7) }), 201);
    await ok(await link(admin, company, { userId: agent.userId, role: 'commissioner', startsOn: chinaDayOf(new Date(Date.now() + 30 * 86_400_000)) }), 201);

    expect(await isKeyEnterprise(ctx.db, company)).toBe(true);
    expect(await isKeyEnterprise(ctx.db, company, daysAgo(70))).toBe(false);
    const current = await currentLinksOf(ctx.db, [company, outsiderCompany]);
    expect(current.get(outsiderCompany)).toEqual([]);
    expect(current.get(company)!.map((l) => [l.userId, l.role])).toEqual([
      [leader.userId, 'leader'],
      [commissioner.userId, 'commissioner'],
    ]);
    expect((await currentLinksOf(ctx.db, [company], daysAgo(20))).get(company)!.map((l) => l.userId).sort()).toEqual([leader.userId, colleague.userId].sort());
    expect(await enterprisesLinkedTo(ctx.db, commissioner.userId)).toContainEqual({ enterpriseId: company, role: 'commissioner' });
    expect(await enterprisesLinkedTo(ctx.db, colleague.userId)).not.toContainEqual(expect.objectContaining({ enterpriseId: company }));

    // The linked are told, in their language; the leader who linked themselves is not.
    type Inbox = { items: { text: string; link: string }[] };
    const told = await ok<Inbox>(await send(commissioner, 'GET', '/api/notifications', undefined, 'en'));
    expect(told.items).toContainEqual(expect.objectContaining({ text: `From ${daysAgo(10)} you are the policy commissioner of 青岛海纳光电有限公司（挂点测试）`, link: `/enterprises/${company}` }));
    const self = await signIn(['leader']);
    const other = await newEnterprise('青岛自挂点科技有限公司（挂点测试）');
    await ok(await link(self, other, { userId: self.userId, role: 'leader', startsOn: today }), 201);
    expect((await ok<Inbox>(await send(self, 'GET', '/api/notifications'))).items).toEqual([]);

    const history = await linksOf(company);
    expect(history).toHaveLength(4);
    expect(history.filter((l) => l.current).map((l) => l.userId).sort()).toEqual([leader.userId, commissioner.userId].sort());

    // Ending keeps the row, audited, and the enterprise stops being key once nobody is linked.
    const ended = await ok<{ items: Link[] }>(await send(admin, 'POST', `/api/key-enterprises/links/${await linkId(company, commissioner.userId, 'commissioner')}/end`, { endsOn: daysAgo(1) }));
    expect(ended.items).toHaveLength(4);
    expect(ended.items.find((l) => l.userId === commissioner.userId)).toMatchObject({ endsOn: daysAgo(1), current: false });
    await ok(await send(admin, 'POST', `/api/key-enterprises/links/${await linkId(company, leader.userId, 'leader')}/end`, { endsOn: daysAgo(1) }));
    expect(await isKeyEnterprise(ctx.db, company)).toBe(false);
    expect((await ok<Inbox>(await send(commissioner, 'GET', '/api/notifications'))).items.map((item) => item.text)).toContain(
      `你担任青岛海纳光电有限公司（挂点测试）政策专员的挂点于 ${daysAgo(1)} 结束`,
    );
    const [audits] = await ctx.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.entityType, 'key-enterprise-link'));
    expect(audits!.n).toBeGreaterThanOrEqual(6);
  });

  it('refuses a second overlapping link of the same person and role, and a second leader at once', async () => {
    const company = await newEnterprise('青岛澜海生物科技有限公司（挂点测试）');
    await ok(await link(admin, company, { userId: commissioner.userId, role: 'commissioner', startsOn: daysAgo(100), endsOn: daysAgo(50) }), 201);
    const overlap = await ok<{ code: string; title: string }>(await link(admin, company, { userId: commissioner.userId, role: 'commissioner', startsOn: daysAgo(60) }), 409);
    expect(overlap.code).toBe('keyEnterprise.duplicateLink');
    // Right after the old period, the same person again: history, no clash.
    await ok(await link(admin, company, { userId: commissioner.userId, role: 'commissioner', startsOn: daysAgo(49) }), 201);
    await ok(await link(admin, company, { userId: leader.userId, role: 'leader', startsOn: daysAgo(5) }), 201);
    const taken = await link(admin, company, { userId: otherLeader.userId, role: 'leader', startsOn: today }, 'en');
    expect(await ok<{ code: string; title: string }>(taken, 409)).toMatchObject({ code: 'keyEnterprise.leaderTaken', title: expect.stringContaining('leader') });
    // The leader rule counts leader links only: another leader may serve as a commissioner meanwhile.
    await ok(await link(admin, company, { userId: otherLeader.userId, role: 'commissioner', startsOn: today }), 201);
  });

  it('lets only one of two simultaneous identical links through', async () => {
    const company = await newEnterprise('青岛同步电子有限公司（挂点测试）');
    const body = { userId: commissioner.userId, role: 'commissioner', startsOn: today };
    const answers = await Promise.all([link(admin, company, body), link(leader, company, body), link(admin, company, body)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409]);
    const [rows] = await ctx.db.select({ n: count() }).from(keyEnterpriseLinks).where(eq(keyEnterpriseLinks.enterpriseId, company));
    expect(rows!.n).toBe(1);
  });

  it('refuses bad input with localised messages and writes nothing', async () => {
    const company = await newEnterprise('青岛坏数据有限公司（挂点测试）');
    const before = await ctx.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.entityType, 'key-enterprise-link'));
    const backwards = await ok<{ errors: { field: string; message: string }[] }>(await link(admin, company, { userId: commissioner.userId, role: 'commissioner', startsOn: today, endsOn: daysAgo(3) }), 400);
    expect(backwards.errors).toContainEqual({ field: 'endsOn', message: '结束日期不能早于开始日期' });
    const notLeader = await ok<{ errors: { field: string; message: string }[] }>(await link(admin, company, { userId: commissioner.userId, role: 'leader', startsOn: today }, 'en'), 400);
    expect(notLeader.errors).toContainEqual({ field: 'userId', message: 'A linked leader must hold a leader account' });
    const notStaff = await ok<{ errors: { field: string; message: string }[] }>(await link(admin, company, { userId: enterpriseUser.userId, role: 'commissioner', startsOn: today }, 'zh-TW'), 400);
    expect(notStaff.errors).toContainEqual({ field: 'userId', message: '請選擇一名在崗的工作人員' });
    await ok(await link(admin, company, { userId: commissioner.userId, role: 'owner', startsOn: today }), 400);
    await ok(await link(admin, company, { userId: commissioner.userId, role: 'commissioner', startsOn: '2026-02-30' }), 400);
    expect(await linksOf(company)).toEqual([]);
    expect(await ctx.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.entityType, 'key-enterprise-link'))).toEqual(before);

    await ok(await link(admin, company, { userId: commissioner.userId, role: 'commissioner', startsOn: daysAgo(10) }), 201);
    const id = await linkId(company, commissioner.userId, 'commissioner');
    const early = await ok<{ errors: { field: string }[] }>(await send(admin, 'POST', `/api/key-enterprises/links/${id}/end`, { endsOn: daysAgo(11) }), 400);
    expect(early.errors[0]!.field).toBe('endsOn');
    await ok(await send(admin, 'POST', `/api/key-enterprises/links/${id}/end`, { endsOn: today }));
    expect((await ok<{ code: string }>(await send(admin, 'POST', `/api/key-enterprises/links/${id}/end`, { endsOn: today }), 409)).code).toBe('keyEnterprise.alreadyEnded');
  });

  it('answers 403 to the wrong roles and 404 to unknown ids', async () => {
    const company = await newEnterprise('青岛权限测试有限公司（挂点测试）');
    const body = { userId: commissioner.userId, role: 'commissioner', startsOn: today };
    await ok(await link(commissioner, company, body), 403);
    await ok(await link(agent, company, body), 403);
    await ok(await link(enterpriseUser, company, body), 403);
    await ok(await send(enterpriseUser, 'GET', `/api/enterprises/${outsiderCompany}/key-links`), 403);
    await ok(await send(enterpriseUser, 'GET', '/api/key-enterprises'), 403);
    await ok(await send(admin, 'GET', '/api/key-enterprises/mine'), 403);
    await ok(await send(enterpriseUser, 'GET', '/api/key-enterprises/candidates?role=commissioner'), 403);
    const unknown = '00000000-0000-4000-8000-000000000000';
    await ok(await link(admin, unknown, body), 404);
    await ok(await send(admin, 'GET', `/api/enterprises/${unknown}/key-links`), 404);
    await ok(await send(admin, 'POST', `/api/key-enterprises/links/${unknown}/end`, { endsOn: today }), 404);
  });
});

describe('lists, the home card and the timeline', () => {
  it('lists key enterprises filtered by leader or commissioner, and offers leader accounts for the leader link', async () => {
    const a = await newEnterprise('青岛甲乙新材料有限公司（挂点列表）');
    const b = await newEnterprise('青岛丙丁新材料有限公司（挂点列表）');
    await ok(await link(admin, a, { userId: otherLeader.userId, role: 'leader', startsOn: today }), 201);
    await ok(await link(admin, b, { userId: colleague.userId, role: 'commissioner', startsOn: today }), 201);
    type Page = { items: { enterpriseId: string; links: { userId: string }[] }[]; total: number };
    const byLeader = await ok<Page>(await send(agent, 'GET', `/api/key-enterprises?leaderId=${otherLeader.userId}&q=挂点列表`));
    expect(byLeader.items.map((i) => i.enterpriseId)).toEqual([a]);
    const byCommissioner = await ok<Page>(await send(agent, 'GET', `/api/key-enterprises?commissionerId=${colleague.userId}&q=挂点列表`));
    expect(byCommissioner).toMatchObject({ total: 1, items: [{ enterpriseId: b, links: [{ userId: colleague.userId }] }] });
    expect((await ok<Page>(await send(agent, 'GET', '/api/key-enterprises?q=挂点列表'))).total).toBe(2);

    const leaders = await ok<{ items: { id: string }[] }>(await send(leader, 'GET', '/api/key-enterprises/candidates?role=leader'));
    expect(leaders.items.map((i) => i.id)).toContain(otherLeader.userId);
    expect(leaders.items.map((i) => i.id)).not.toContain(commissioner.userId);
    const staff = await ok<{ items: { id: string }[] }>(await send(leader, 'GET', `/api/key-enterprises/candidates?role=commissioner&q=ke-commissioner`));
    expect(staff.items.map((i) => i.id)).toEqual([commissioner.userId]);
  });

  it("shows a linked person their enterprises' recent visits and open requests, and nobody else's", async () => {
    const mine = await newEnterprise('青岛蓝谷智造有限公司（主页卡片）');
    const notMine = await newEnterprise('青岛别家智造有限公司（主页卡片）');
    const follower = await signIn(['officer']);
    await ok(await link(admin, mine, { userId: follower.userId, role: 'commissioner', startsOn: daysAgo(3) }), 201);
    await ok(await link(admin, mine, { userId: leader.userId, role: 'leader', startsOn: daysAgo(3) }), 201);
    await ok(await link(admin, notMine, { userId: colleague.userId, role: 'commissioner', startsOn: daysAgo(3) }), 201);
    for (const [n, enterpriseId] of [1, 2, 3, 4].map((n) => [n, mine] as const).concat([[5, notMine]])) {
      await ctx.db.insert(visits).values({ enterpriseId, visitedOn: daysAgo(n), officerId: colleague.userId, officerName: '走访人', summary: `第${n}次`, idempotencyKey: `card-${n}-${enterpriseId}` });
    }
    const windowRequest = { enterpriseId: mine, openedByName: '企业', channel: 'web', categoryCode: 'market-finance', priority: 'normal' } as const;
    await ctx.db.insert(serviceRequests).values([
      { ...windowRequest, reference: 'FW-TEST-1', description: '贷款贴息咨询', state: 'new', idempotencyKey: 'card-fw-1' },
      { ...windowRequest, reference: 'FW-TEST-2', description: '已办结', state: 'closed', idempotencyKey: 'card-fw-2' },
    ]);

    type Card = { items: { enterpriseId: string; roles: string[]; links: { role: string }[]; recentVisits: { summary: string; mayOpen: boolean }[]; openRequests: { reference: string; state: string; path: string | null }[] }[] };
    const card = await ok<Card>(await send(follower, 'GET', '/api/key-enterprises/mine'));
    expect(card.items.map((i) => i.enterpriseId)).toEqual([mine]);
    const [item] = card.items;
    expect(item!.roles).toEqual(['commissioner']);
    expect(item!.links.map((l) => l.role)).toEqual(['leader', 'commissioner']);
    // The three latest visits, read because of the link; the officer outside the visit's team cannot open them.
    expect(item!.recentVisits.map((v) => v.summary)).toEqual(['第1次', '第2次', '第3次']);
    expect(item!.recentVisits.every((v) => !v.mayOpen)).toBe(true);
    expect(item!.openRequests).toEqual([expect.objectContaining({ reference: 'FW-TEST-1', state: '新建', path: null })]);
    // The leader reads every visit, so they open.
    const leaderCard = await ok<Card>(await send(leader, 'GET', '/api/key-enterprises/mine'));
    expect(leaderCard.items.find((i) => i.enterpriseId === mine)!.recentVisits.every((v) => v.mayOpen)).toBe(true);
    expect((await ok<Card>(await send(await signIn(['officer']), 'GET', '/api/key-enterprises/mine'))).items).toEqual([]);
  });

  it("puts link changes on the enterprise's timeline for staff, not for the enterprise's own users", async () => {
    const company = await newEnterprise('青岛时间线科技有限公司（挂点测试）');
    const own = await signIn(['enterprise'], { enterpriseId: company });
    await ok(await link(admin, company, { userId: commissioner.userId, role: 'commissioner', startsOn: daysAgo(2) }), 201);
    await ok(await send(admin, 'POST', `/api/key-enterprises/links/${await linkId(company, commissioner.userId, 'commissioner')}/end`, { endsOn: today }));
    type Timeline = { items: { kind: string; title: string; details: { line?: string } }[] };
    const seen = await ok<Timeline>(await send(colleague, 'GET', `/api/enterprises/${company}/timeline`));
    const entries = seen.items.filter((i) => i.kind === 'key-enterprise-link');
    expect(entries.map((e) => e.title)).toEqual(['政策专员结束', '新增政策专员']);
    expect(entries[0]!.details.line).toContain(today);
    const theirs = await ok<Timeline>(await send(own, 'GET', `/api/enterprises/${company}/timeline`));
    expect(theirs.items.filter((i) => i.kind === 'key-enterprise-link')).toEqual([]);
  });

  it("moves a merged duplicate's links to the survivor, ending a second open link of the same person", async () => {
    const survivor = await newEnterprise('青岛合并存续有限公司（挂点测试）');
    const duplicate = await newEnterprise('青岛合并重复有限公司（挂点测试）');
    await ok(await link(admin, survivor, { userId: commissioner.userId, role: 'commissioner', startsOn: daysAgo(5) }), 201);
    await ok(await link(admin, duplicate, { userId: commissioner.userId, role: 'commissioner', startsOn: daysAgo(4) }), 201);
    await ok(await link(admin, duplicate, { userId: leader.userId, role: 'leader', startsOn: daysAgo(4) }), 201);
    await ok(await send(admin, 'POST', `/api/enterprises/${survivor}/merge`, { duplicateId: duplicate }));
    const moved = await linksOf(survivor);
    expect(moved).toHaveLength(3);
    expect(moved.filter((l) => l.endsOn === null).map((l) => l.role).sort()).toEqual(['commissioner', 'leader']);
    expect(await ctx.db.select().from(keyEnterpriseLinks).where(and(eq(keyEnterpriseLinks.enterpriseId, duplicate)))).toEqual([]);
    // The merged-away record takes no new links: they belong on the survivor.
    const refused = await ok<{ code: string }>(await link(admin, duplicate, { userId: agent.userId, role: 'commissioner', startsOn: today }), 409);
    expect(refused.code).toBe('keyEnterprise.enterpriseMerged');
  });
});
