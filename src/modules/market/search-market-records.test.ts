import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { demands, listings } from './schema.ts';

// With jobs: approving a listing queues the matching module's notices.
const { app, ctx, signIn } = await createTestApp({ jobs: true });
const admin = await signIn(['admin']);

type Json = Record<string, any>;

async function createEnterprise(name: string) {
  const response = await app.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload: { name } });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string };
}

// The records of these tests belong to their own organisations, and each list asks for one of them only.
const lab = await createEnterprise('青岛排序测试研究院');
const stranger = await createEnterprise('青岛旁人科技有限公司');
const operator = await signIn(['operator']);
const owner = await signIn(['enterprise'], { enterpriseId: lab.id });
const other = await signIn(['enterprise'], { enterpriseId: stranger.id });

function get(who: SignedIn, url: string) {
  return app.inject({ method: 'GET', url, headers: who.headers });
}

async function list(who: SignedIn, path: 'listings' | 'demands', query: Record<string, string | number>) {
  const search = new URLSearchParams(Object.entries({ ownerId: lab.id, pageSize: 100, ...query }).map(([key, value]) => [key, String(value)]));
  const response = await get(who, `/api/market/${path}?${search}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: Json[]; total: number };
}

const titles = (page: { items: Json[] }) => page.items.map((item) => item.title);

async function act(who: SignedIn, path: 'listings' | 'demands', id: string, action: string) {
  expect((await app.inject({ method: 'POST', url: `/api/market/${path}/${id}/actions/${action}`, headers: who.headers })).statusCode).toBe(200);
}

async function newListing(title: string, maturity: string | null, trl: number | null) {
  const response = await app.inject({ method: 'POST', url: '/api/market/listings', headers: owner.headers, payload: { title, summary: '排序与筛选', maturity, trl } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Json;
}

async function newDemand(title: string, fields: Json) {
  const response = await app.inject({ method: 'POST', url: '/api/market/demands', headers: owner.headers, payload: { title, summary: '排序与筛选', ...fields } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as Json;
}

// Listings at each stage and readiness level, and one stating neither; all published but the draft.
const stated = [
  await newListing('实验室 TRL3', '实验室', 3),
  await newListing('小试 TRL4', '小试', 4),
  await newListing('中试 TRL6', '中试', 6),
  await newListing('中试 TRL7', '中试', 7),
  await newListing('量产 TRL9', '量产', 9),
  await newListing('未说明', null, null),
];
for (const listing of stated) {
  await act(owner, 'listings', listing.id, 'submit');
  await act(operator, 'listings', listing.id, 'approve');
}
const draft = await newListing('草稿 量产', '量产', 8);

// Technology demands each needing a stage (the least they accept) or none; capital demands investing in stages.
const demandRecords = [
  await newDemand('技术 需小试', { kind: 'technology', maturityNeeded: '小试' }),
  await newDemand('技术 需中试', { kind: 'technology', maturityNeeded: '中试' }),
  await newDemand('技术 需量产', { kind: 'technology', maturityNeeded: '量产' }),
  await newDemand('技术 未说明', { kind: 'technology' }),
  await newDemand('资本 小试', { kind: 'capital', stages: ['小试'] }),
  await newDemand('资本 中试量产', { kind: 'capital', stages: ['中试', '量产'] }),
];
for (const demand of demandRecords) {
  await act(owner, 'demands', demand.id, 'submit');
  await act(operator, 'demands', demand.id, 'approve');
}

describe('the maturity filters', () => {
  it('finds the listings at a stage or later, at a readiness level or higher, or both', async () => {
    expect(titles(await list(owner, 'listings', { minMaturity: '中试', state: 'published', sort: 'createdAt', order: 'asc' }))).toEqual(['中试 TRL6', '中试 TRL7', '量产 TRL9']);
    expect(titles(await list(owner, 'listings', { minMaturity: '实验室', state: 'published', sort: 'createdAt', order: 'asc' }))).toEqual(stated.slice(0, 5).map((l) => l.title));
    expect(titles(await list(owner, 'listings', { minTrl: 7, sort: 'createdAt', order: 'asc' }))).toEqual(['中试 TRL7', '量产 TRL9', '草稿 量产']);
    const both = await list(owner, 'listings', { minMaturity: '中试', minTrl: 7, state: 'published', sort: 'createdAt', order: 'asc' });
    expect(titles(both)).toEqual(['中试 TRL7', '量产 TRL9']);
    expect(both.total).toBe(2);
  });

  it('finds the demands a technology at a stage answers', async () => {
    const at = async (maturity: string) => titles(await list(owner, 'demands', { maturity, sort: 'createdAt', order: 'asc' }));
    expect(await at('中试')).toEqual(['技术 需小试', '技术 需中试', '资本 中试量产']);
    expect(await at('实验室')).toEqual([]);
    expect(await at('小试')).toEqual(['技术 需小试', '资本 小试']);
    expect(await at('量产')).toEqual(['技术 需小试', '技术 需中试', '技术 需量产', '资本 中试量产']);
    expect(titles(await list(owner, 'demands', { maturity: '中试', kind: 'capital' }))).toEqual(['资本 中试量产']);
  });

  it('narrows what the reader may see and never widens it', async () => {
    const seen = await list(other, 'listings', { minMaturity: '量产' });
    expect(titles(seen)).toEqual(['量产 TRL9']);
    expect(seen.items.some((item) => item.id === draft.id)).toBe(false);
    expect(titles(await list(operator, 'listings', { minMaturity: '量产', sort: 'createdAt', order: 'asc' }))).toEqual(['量产 TRL9', '草稿 量产']);
  });
});

describe('the order of the lists', () => {
  // Distinct times, set by hand: created in one order, changed in another, submitted in a third.
  const hour = (n: number) => new Date(Date.UTC(2026, 0, 1, n)).toISOString();
  const listingOrder = [...stated, draft];
  const times = listingOrder.map((listing, i) => ({ id: listing.id, created: hour(i), updated: hour(20 - ((i * 3) % 7)), submitted: listing.id === draft.id ? null : hour(10 + ((i * 5) % 6)) }));
  const expected = (key: 'created' | 'updated' | 'submitted', order: 'asc' | 'desc') =>
    [...times]
      .filter((time) => time[key] !== null)
      .sort((a, b) => (order === 'asc' ? a[key]!.localeCompare(b[key]!) : b[key]!.localeCompare(a[key]!)))
      .map((time) => time.id);

  it('sorts by the time asked for, either way, and puts records never submitted last both ways', async () => {
    for (const time of times) {
      await ctx.db
        .update(listings)
        .set({ createdAt: new Date(time.created), updatedAt: new Date(time.updated), submittedAt: time.submitted ? new Date(time.submitted) : null })
        .where(eq(listings.id, time.id));
    }
    const ids = async (sort: string, order: string) => (await list(operator, 'listings', { sort, order })).items.map((item) => item.id);
    expect(await ids('createdAt', 'asc')).toEqual(expected('created', 'asc'));
    expect(await ids('createdAt', 'desc')).toEqual(expected('created', 'desc'));
    expect(await ids('updatedAt', 'asc')).toEqual(expected('updated', 'asc'));
    expect(await ids('updatedAt', 'desc')).toEqual(expected('updated', 'desc'));
    expect(await ids('submittedAt', 'asc')).toEqual([...expected('submitted', 'asc'), draft.id]);
    expect(await ids('submittedAt', 'desc')).toEqual([...expected('submitted', 'desc'), draft.id]);
    // Unless told otherwise, the newest change first, as before.
    expect((await list(operator, 'listings', {})).items.map((item) => item.id)).toEqual(expected('updated', 'desc'));
  });

  it('pages through records of one time without repeating or skipping any, either way', async () => {
    // Every demand submitted at the same moment: only the id tells them apart.
    await ctx.db.update(demands).set({ submittedAt: new Date(hour(5)) }).where(eq(demands.ownerId, lab.id));
    for (const order of ['asc', 'desc']) {
      const whole = (await list(operator, 'demands', { sort: 'submittedAt', order })).items.map((item) => item.id);
      const paged: string[] = [];
      for (let page = 1; page <= 3; page++) {
        const response = await list(operator, 'demands', { sort: 'submittedAt', order, page, pageSize: 2 });
        expect(response.total).toBe(demandRecords.length);
        paged.push(...response.items.map((item) => item.id));
      }
      expect(paged).toEqual(whole);
      expect(new Set(paged).size).toBe(demandRecords.length);
      const byId = [...whole].sort();
      expect(whole).toEqual(order === 'asc' ? byId : byId.reverse());
    }
  });

  it('keeps the time of the last submission, shown on the record', async () => {
    const listing = await newListing('提交时间', '小试', 4);
    expect(listing.submittedAt).toBeNull();
    await act(owner, 'listings', listing.id, 'submit');
    const first = (await get(owner, `/api/market/listings/${listing.id}`)).json().submittedAt as string;
    expect(Math.abs(new Date(first).getTime() - Date.now())).toBeLessThan(60_000);
    const rejected = await app.inject({ method: 'POST', url: `/api/market/listings/${listing.id}/actions/reject`, headers: operator.headers, payload: { reason: '请补充' } });
    expect(rejected.json().submittedAt).toBe(first);
    await act(owner, 'listings', listing.id, 'submit');
    const again = (await get(owner, `/api/market/listings/${listing.id}`)).json().submittedAt as string;
    expect(new Date(again).getTime()).toBeGreaterThan(new Date(first).getTime());
  });
});

describe('bad list parameters', () => {
  it.each([
    ['listings', 'sort=title'],
    ['listings', 'sort=submittedat'],
    ['listings', 'order=up'],
    ['listings', 'minTrl=0'],
    ['listings', 'minTrl=10'],
    ['listings', 'minTrl=6.5'],
    ['listings', 'minTrl=high'],
    ['listings', `minMaturity=pilot`],
    ['listings', `minMaturity=${encodeURIComponent('中試')}`],
    ['demands', 'sort=expiresAt'],
    ['demands', 'order=DESC'],
    ['demands', `maturity=${encodeURIComponent('中试阶段')}`],
  ])('answers 400 for %s?%s, naming the parameter', async (path, query) => {
    const response = await get(owner, `/api/market/${path}?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe(query.split('=')[0]);
  });
});
