import { describe, expect, it, vi } from 'vitest';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { listingViewCounts } from './listing-view-counts.ts';
import { portalRequestsPerMinute } from './routes.ts';
import { recordListingView } from './record-listing-view.ts';
import { listingDailyViews } from './schema.ts';

const { app, ctx, signIn } = await createTestApp({ jobs: true });
const admin = await signIn(['admin']);
const operator = await signIn(['operator']);

type Json = Record<string, any>;

async function createEnterprise(name: string, kind: string) {
  const response = await app.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload: { name, kind } });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string };
}

const university = await createEnterprise('青岛滨海理工大学', 'university');
const factory = await createEnterprise('青岛北岸精工有限公司', 'company');
const owner = await signIn(['enterprise'], { enterpriseId: university.id });
const buyer = await signIn(['enterprise'], { enterpriseId: factory.id });

// Words that must never reach an anonymous reader, in any route's answer.
const secrets = ['13900001111', 'liu@example.com', '刘联系人', '保密：现有产线良率只有百分之六十'];

async function call(who: SignedIn, method: 'POST' | 'GET', url: string, payload?: Json) {
  const response = await app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json() as Json;
}

const fields = (await call(owner, 'GET', '/api/market/fields')) as Json[];
const marine = fields.find((field) => field.name === '海洋科技')!;
const software = fields.find((field) => field.name === '软件与信息化')!;
const contacts = [{ name: '刘联系人', phone: '13900001111', email: 'liu@example.com' }];

async function listing(title: string, state: 'draft' | 'submitted' | 'published', extra: Json = {}) {
  const created = await call(owner, 'POST', '/api/market/listings', { title, summary: `${title}，已在青岛完成中试`, fieldId: marine.id, keywords: ['海水淡化'], contacts, ...extra });
  if (state !== 'draft') await call(owner, 'POST', `/api/market/listings/${created.id}/actions/submit`);
  if (state === 'published') await call(operator, 'POST', `/api/market/listings/${created.id}/actions/approve`);
  return created.id as string;
}

async function demand(title: string, state: 'draft' | 'published') {
  const created = await call(buyer, 'POST', '/api/market/demands', {
    kind: 'technology',
    title,
    summary: `${title}，年处理量 5 万吨`,
    targets: '脱盐率不低于 99.5%',
    confidentialDetails: secrets[3],
    fieldIds: [software.id],
    contacts,
  });
  if (state === 'published') {
    await call(buyer, 'POST', `/api/market/demands/${created.id}/actions/submit`);
    await call(operator, 'POST', `/api/market/demands/${created.id}/actions/approve`);
  }
  return created.id as string;
}

const published = await listing('海水淡化膜组件', 'published', { details: '膜面积 37 平方米，可替换进口产品' });
const other = await listing('海上风电防腐涂层', 'published', { fieldId: software.id });
const submitted = await listing('深海传感器外壳', 'submitted');
const draft = await listing('船舶尾气脱硫装置', 'draft');
const publishedDemand = await demand('工业污水回用处理', 'published');
const draftDemand = await demand('食堂油烟净化', 'draft');

const anonymous = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });

describe('the public portal', () => {
  it('lists only published records to anyone not signed in', async () => {
    const listings = (await anonymous('/api/portal/listings')).json() as Json;
    expect(listings.items.map((item: Json) => item.id).sort()).toEqual([published, other].sort());
    expect(listings.total).toBe(2);
    expect(listings.items[0]).not.toHaveProperty('details');
    const demands = (await anonymous('/api/portal/demands')).json() as Json;
    expect(demands.items.map((item: Json) => item.id)).toEqual([publishedDemand]);
    const one = (await anonymous(`/api/portal/listings/${published}`)).json() as Json;
    expect(one).toMatchObject({ title: '海水淡化膜组件', details: '膜面积 37 平方米，可替换进口产品', owner: { name: '青岛滨海理工大学', kind: 'university' }, field: { name: '海洋科技' } });
  });

  it('answers 404 for an unpublished id exactly as for a missing one', async () => {
    const missing = await anonymous('/api/portal/listings/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    for (const url of [`/api/portal/listings/${submitted}`, `/api/portal/listings/${draft}`, `/api/portal/demands/${draftDemand}`]) {
      const response = await anonymous(url);
      expect(response.statusCode).toBe(404);
      expect(response.json().code).toBe(missing.json().code);
      expect(response.body).not.toContain('船舶');
    }
  });

  it('never answers contacts, confidential details or review notes on any public route', async () => {
    const document = (await anonymous('/api/docs/json')).json() as { paths: Record<string, Record<string, unknown>> };
    const portalPaths = Object.keys(document.paths).filter((path) => path.startsWith('/api/portal/'));
    expect(portalPaths.length).toBe(5);
    const ids: Record<string, string> = { '/api/portal/listings/{id}': published, '/api/portal/demands/{id}': publishedDemand };
    for (const path of portalPaths) {
      for (const language of ['zh-CN', 'zh-TW', 'en']) {
        const response = await anonymous(path.replace('{id}', ids[path] ?? ''), { 'accept-language': language });
        expect(response.statusCode, path).toBe(200);
        for (const secret of secrets) expect(response.body, path).not.toContain(secret);
        for (const key of ['contacts', 'confidentialDetails', 'rejectionReason', 'allowedActions', 'createdBy', 'ownerId', 'state']) {
          expect(response.body, path).not.toContain(`"${key}"`);
        }
      }
    }
    // The same words do reach the owner in the app, so the check above looks for text that exists.
    expect(JSON.stringify(await call(buyer, 'GET', `/api/market/demands/${publishedDemand}`))).toContain(secrets[3]);
  });

  it('finds Simplified records by Traditional words, and filters by field', async () => {
    const found = (await anonymous(`/api/portal/listings?q=${encodeURIComponent('淡化膜組件')}`)).json() as Json;
    expect(found.items.map((item: Json) => item.id)).toEqual([published]);
    const demands = (await anonymous(`/api/portal/demands?q=${encodeURIComponent('汙水回用')}`)).json() as Json;
    expect(demands.items.map((item: Json) => item.id)).toEqual([publishedDemand]);
    const byField = (await anonymous(`/api/portal/listings?fieldId=${software.id}`)).json() as Json;
    expect(byField.items.map((item: Json) => item.id)).toEqual([other]);
    const paged = (await anonymous('/api/portal/listings?pageSize=1&page=2')).json() as Json;
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.items).toHaveLength(1);
  });

  it('refuses NUL, huge text and oversized pages with 400', async () => {
    for (const query of ['q=a%00b', `q=${'海'.repeat(101)}`, 'pageSize=51', 'page=101', 'fieldId=x']) {
      expect((await anonymous(`/api/portal/listings?${query}`)).statusCode, query).toBe(400);
      expect((await anonymous(`/api/portal/demands?${query}`)).statusCode, query).toBe(400);
    }
    expect((await anonymous('/api/portal/listings/not-an-id')).statusCode).toBe(400);
  });
});

describe('listing views', () => {
  it('counts portal views and other readers\' in-app views, not the owner\'s or the reviewers\'', async () => {
    const viewed = await listing('船用压载水处理系统', 'published');
    await anonymous(`/api/portal/listings/${viewed}`);
    await anonymous(`/api/portal/listings/${viewed}`);
    await call(buyer, 'GET', `/api/market/listings/${viewed}`);
    await call(owner, 'GET', `/api/market/listings/${viewed}`);
    await call(operator, 'GET', `/api/market/listings/${viewed}`);
    await anonymous(`/api/portal/listings/${submitted}`);
    // The count is written after the answer; wait for it.
    await vi.waitFor(async () => expect((await listingViewCounts(ctx.db, [viewed])).get(viewed)).toBe(3));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const counts = await listingViewCounts(ctx.db, [viewed, submitted, other]);
    expect(Object.fromEntries(counts)).toEqual({ [viewed]: 3, [submitted]: 0, [other]: 0 });
  });

  it('sums the days of a range for many listings in one call', async () => {
    await ctx.db.insert(listingDailyViews).values([
      { listingId: other, day: '2026-03-01', views: 4 },
      { listingId: other, day: '2026-03-15', views: 6 },
      { listingId: other, day: '2026-04-02', views: 1 },
    ]);
    await Promise.all([recordListingView(ctx.db, other), recordListingView(ctx.db, other)]);
    expect((await listingViewCounts(ctx.db, [other], { from: '2026-03-01', to: '2026-03-31' })).get(other)).toBe(10);
    expect((await listingViewCounts(ctx.db, [other], { from: '2026-03-15' })).get(other)).toBe(9);
    expect((await listingViewCounts(ctx.db, [other, other])).get(other)).toBe(13);
    expect((await listingViewCounts(ctx.db, [])).size).toBe(0);
  });
});

// Last: it uses up this file's address for the minute.
describe('anonymous traffic', () => {
  it('is capped per source address with 429 and a time to retry', async () => {
    let refused;
    for (let i = 0; i <= portalRequestsPerMinute && !refused; i += 1) {
      const response = await anonymous('/api/portal/listings/not-an-id');
      if (response.statusCode === 429) refused = response;
      else expect(response.statusCode).toBe(400);
    }
    expect(refused?.json().code).toBe('problem.tooManyRequests');
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
  });
});
