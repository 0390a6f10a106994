import { AsyncLocalStorage } from 'node:async_hooks';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { readBrokerQueue } from './read-broker-queue.ts';
import { readMyListingFunnels } from './read-my-listing-funnels.ts';
import { dealMessages, deals, introductions } from './schema.ts';

const { app, ctx, signIn } = await createTestApp({ jobs: true });

type Json = Record<string, any>;
const call = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: Json) =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': 'zh-CN' }, ...(payload ? { payload } : {}) });

const admin = await signIn(['admin']);
const operator = await signIn(['operator']);
const leader = await signIn(['leader']);

async function organisation(name: string) {
  const response = await call(admin, 'POST', '/api/enterprises', { name, confirmDuplicate: true });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}
const seller = await organisation('青岛深蓝海工研究院');
const [firstBuyer, secondBuyer, thirdBuyer] = [await organisation('青岛港机制造有限公司'), await organisation('青岛渔业装备有限公司'), await organisation('青岛船舶配套有限公司')];
const sellerUser = await signIn(['enterprise'], { enterpriseId: seller });
const firstUser = await signIn(['enterprise'], { enterpriseId: firstBuyer });
const secondUser = await signIn(['enterprise'], { enterpriseId: secondBuyer });
const thirdUser = await signIn(['enterprise'], { enterpriseId: thirdBuyer });

async function record(kind: 'listings' | 'demands', owner: SignedIn, body: Json, publish = true) {
  const created = await call(owner, 'POST', `/api/market/${kind}`, body);
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  if (publish) {
    expect((await call(owner, 'POST', `/api/market/${kind}/${id}/actions/submit`)).statusCode).toBe(200);
    expect((await call(operator, 'POST', `/api/market/${kind}/${id}/actions/approve`)).statusCode).toBe(200);
  }
  return id;
}
async function ok(who: SignedIn, url: string, payload: Json = {}) {
  const response = await call(who, 'POST', url, payload);
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json() as Json;
}

const marine = ((await call(operator, 'GET', '/api/market/fields')).json() as Json[]).find((field) => field.name === '海洋科技')!.id as string;
const buoy = await record('listings', sellerUser, {
  title: '海洋牧场水质监测浮标',
  summary: '海洋牧场水质在线监测浮标，溶解氧、盐度、叶绿素实时监测，适用于网箱养殖',
  fieldId: marine,
  modes: ['转让', '许可'],
  priceWan: 60,
});
const winch = await record('listings', sellerUser, { title: '深海电动绞车', summary: '全电驱动 6000 米级绞车', priceWan: 200 });
const draft = await record('listings', sellerUser, { title: '水下机器人视觉定位', summary: '草稿' }, false);
const farming = await record('demands', thirdUser, {
  kind: 'technology',
  title: '海洋牧场水质在线监测浮标',
  summary: '网箱养殖需要海洋牧场水质在线监测浮标，实时监测溶解氧、盐度、叶绿素',
  fieldIds: [marine],
  modes: ['转让'],
  budgetWan: 80,
});
// Other organisations' needs on other subjects, so that the market's words weigh what they do in a real market.
for (const [title, summary] of [
  ['冷库节能改造', '冷链仓储制冷系统节能'],
  ['党建信息化管理系统', '组织生活与党员教育平台'],
  ['锂电池回收工艺', '废旧动力电池梯次利用'],
  ['工业机器人视觉检测', '汽车零部件表面缺陷检测'],
  ['中药配方颗粒质量控制', '指纹图谱与含量测定'],
  ['建筑垃圾再生骨料', '再生混凝土配比优化'],
]) {
  await record('demands', firstUser, { kind: 'technology', title, summary });
}

// Waiting: the first buyer's request to the buoy, and the operator's proposal of the winch to the third's demand.
const waiting = await ok(firstUser, '/api/market/introductions', { listingId: buoy, message: '想了解价格' });
const proposal = await ok(operator, '/api/market/introductions/proposals', { listingId: winch, demandId: farming });
// Not waiting: the second buyer's, accepted (a deal at 意向); the first buyer's to the winch, declined.
const acceptedIntroduction = await ok(secondUser, '/api/market/introductions', { listingId: buoy });
const { deal } = await ok(sellerUser, `/api/market/introductions/${acceptedIntroduction.id}/accept`);
const declined = await ok(firstUser, '/api/market/introductions', { listingId: winch });
await ok(sellerUser, `/api/market/introductions/${declined.id}/decline`, { reason: 'price' });
const dealId = deal.id as string;

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
/** Moves a deal's whole life (its creation and every transition) back by some days. */
async function quietFor(id: string, days: number) {
  await ctx.db.update(deals).set({ createdAt: daysAgo(days) }).where(eq(deals.id, id));
  await ctx.db.update(workflowTransitions).set({ at: daysAgo(days) }).where(eq(workflowTransitions.recordId, id));
}
const queueOf = async (who: SignedIn) => (await call(who, 'GET', '/api/market/broker-queue')).json() as Json;

describe("the operator's queue", () => {
  it('lists the introductions waiting for an owner, oldest first, and none decided', async () => {
    await ctx.db.update(introductions).set({ createdAt: daysAgo(3) }).where(eq(introductions.id, proposal.id));
    const queue = await queueOf(operator);
    expect(queue.introductions.total).toBe(2);
    expect(queue.introductions.items).toEqual([
      { id: proposal.id, origin: 'proposal', createdAt: expect.any(String), listing: { id: winch, title: '深海电动绞车' }, party: { id: thirdBuyer, name: '青岛船舶配套有限公司' } },
      { id: waiting.id, origin: 'request', createdAt: expect.any(String), listing: { id: buoy, title: '海洋牧场水质监测浮标' }, party: { id: firstBuyer, name: '青岛港机制造有限公司' } },
    ]);
    // Decided by every side, it leaves the queue.
    await ok(sellerUser, `/api/market/introductions/${proposal.id}/accept`);
    expect((await queueOf(operator)).introductions.total).toBe(2);
    await ok(thirdUser, `/api/market/introductions/${proposal.id}/accept`);
    expect((await queueOf(admin)).introductions).toMatchObject({ total: 1, items: [{ id: waiting.id }] });
  });

  it('counts an open deal as stalled after MARKET_DEAL_STALL_DAYS without a move or a message', async () => {
    expect((await queueOf(operator)).stalledDeals).toEqual({ stallDays: 14, total: 0, items: [] });
    // Deals at 意向 wait on their parties, not on the operator's confirmation.
    expect((await queueOf(operator)).awaitingCompletion).toEqual({ total: 0, items: [] });
    await quietFor(dealId, 13);
    expect((await queueOf(operator)).stalledDeals.total).toBe(0);
    await quietFor(dealId, 15);
    const stalled = (await queueOf(operator)).stalledDeals;
    expect(stalled).toMatchObject({
      total: 1,
      items: [{ id: dealId, state: 'intent', listing: { id: buoy, title: '海洋牧场水质监测浮标' }, seller: '青岛深蓝海工研究院', buyer: '青岛渔业装备有限公司' }],
    });
    expect(Math.abs(new Date(stalled.items[0].lastActivityAt).getTime() - daysAgo(15).getTime())).toBeLessThan(60_000);

    // A message on the thread is activity: quiet again only once it is as old.
    expect((await call(secondUser, 'POST', `/api/market/deals/${dealId}/messages`, { body: '下周见面？' })).statusCode).toBe(201);
    expect((await queueOf(operator)).stalledDeals.total).toBe(0);
    await ctx.db.update(dealMessages).set({ createdAt: daysAgo(20) }).where(eq(dealMessages.dealId, dealId));
    expect((await queueOf(operator)).stalledDeals.total).toBe(1);
    // So is a stage move.
    await ok(operator, `/api/market/deals/${dealId}/actions/negotiate`);
    expect((await queueOf(operator)).stalledDeals.total).toBe(0);
  });

  it('leaves closed deals out, and follows the setting', async () => {
    const proposed = (await call(operator, 'GET', `/api/market/introductions/${proposal.id}`)).json() as Json;
    await quietFor(proposed.deal.id, 30);
    await quietFor(dealId, 20);
    expect((await readBrokerQueue(ctx)).stalledDeals.items.map((item) => item.id)).toEqual([proposed.deal.id, dealId]);
    const month = await readBrokerQueue({ db: ctx.db, config: { ...ctx.config, market: { ...ctx.config.market, dealStallDays: 25 } } });
    expect(month.stalledDeals).toMatchObject({ stallDays: 25, total: 1, items: [{ id: proposed.deal.id }] });
    await ok(operator, `/api/market/deals/${proposed.deal.id}/actions/close`, { reason: '买方暂缓' });
    await ctx.db.update(workflowTransitions).set({ at: daysAgo(30) }).where(eq(workflowTransitions.recordId, proposed.deal.id));
    expect((await readBrokerQueue(ctx)).stalledDeals).toMatchObject({ total: 1, items: [{ id: dealId }] });
  });

  it('is the brokers\' alone', async () => {
    for (const who of [sellerUser, firstUser, leader]) expect((await call(who, 'GET', '/api/market/broker-queue')).statusCode).toBe(403);
  });
});

describe("an owner's listings with their funnels", () => {
  it('gives each listing of the organisation the same funnel as its page, the latest changed first', async () => {
    // The deal on the buoy signed for 48 万元 (the signing itself is the deals' tests' part).
    await ctx.db.update(deals).set({ state: 'signed', amountWan: 48 }).where(eq(deals.id, dealId));
    await ctx.db.execute(sql`UPDATE listings SET updated_at = now() - interval '1 day' * CASE id WHEN ${draft} THEN 3 WHEN ${winch} THEN 2 ELSE 1 END WHERE id IN (${buoy}, ${winch}, ${draft})`);
    const response = await call(sellerUser, 'GET', '/api/market/funnels?pageSize=10');
    expect(response.statusCode).toBe(200);
    const page = response.json() as Json;
    expect(page).toMatchObject({ total: 3, page: 1, pageSize: 10 });
    expect(page.items.map((item: Json) => item.listing)).toEqual([
      { id: buoy, title: '海洋牧场水质监测浮标', state: 'published' },
      { id: winch, title: '深海电动绞车', state: 'published' },
      { id: draft, title: '水下机器人视觉定位', state: 'draft' },
    ]);
    expect(page.items[0].funnel).toMatchObject({ introductionRequests: 2, accepted: 1, signedDeals: 1, contractAmountWan: 48 });
    // The winch: the proposal (accepted by both, a deal closed) and the declined request.
    expect(page.items[1].funnel).toMatchObject({ introductionRequests: 2, accepted: 1, signedDeals: 0, contractAmountWan: 0 });
    expect(page.items[2].funnel).toEqual({ views: 0, matchedDemands: 0, introductionRequests: 0, accepted: 0, signedDeals: 0, contractAmountWan: 0 });
    for (const item of page.items) {
      expect((await call(sellerUser, 'GET', `/api/market/listings/${item.listing.id}/funnel`)).json()).toEqual(item.funnel);
    }
    // The buoy matches the third organisation's demand on water-quality buoys.
    expect(page.items[0].funnel.matchedDemands).toBe(1);

    const second = (await call(sellerUser, 'GET', '/api/market/funnels?page=2&pageSize=2')).json() as Json;
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2, items: [{ listing: { id: draft } }] });
  });

  it('reads a page of funnels in as many queries as one listing', async () => {
    // The first listing of the page has a strong match, so every query runs for both pages.
    const reader = { permissions: [], enterpriseId: seller };
    // Only the reading's own queries count: the index and the jobs work on the same pool in the background.
    const reading = new AsyncLocalStorage<true>();
    const queriesFor = async (pageSize: number) => {
      let made = 0;
      const query = ctx.pool.query.bind(ctx.pool) as (...args: unknown[]) => unknown;
      const spy = vi.spyOn(ctx.pool, 'query').mockImplementation(((...args: unknown[]) => {
        if (reading.getStore()) made += 1;
        return query(...args);
      }) as never);
      await reading.run(true, () => readMyListingFunnels(ctx, reader, { page: 1, pageSize }));
      spy.mockRestore();
      return made;
    };
    const forOne = await queriesFor(1);
    // The page and its total, the matched listings, their demands' owners, views, introductions and deals.
    expect(forOne).toBe(7);
    expect(await queriesFor(3)).toBe(forOne);
  });

  it('shows an organisation only its own, nobody else\'s, and staff acting for none an empty page', async () => {
    expect((await call(firstUser, 'GET', '/api/market/funnels')).json()).toMatchObject({ total: 0, items: [] });
    expect((await call(operator, 'GET', '/api/market/funnels')).json()).toMatchObject({ total: 0, items: [] });
    expect((await call(leader, 'GET', '/api/market/funnels')).statusCode).toBe(403);
    expect((await call(sellerUser, 'GET', '/api/market/funnels?pageSize=500')).statusCode).toBe(400);
  });
});
