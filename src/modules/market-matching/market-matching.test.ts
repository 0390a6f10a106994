import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { notifications } from '../../platform/notifications/schema.ts';
import { buildApp } from '../../server/app.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { enterprises } from '../enterprises/schema.ts';
import { listings, marketFields } from '../market/schema.ts';
import { publishedDemandsForMatch, publishedListingsForMatch } from '../market/to-match.ts';
import { regions } from '../reference/schema.ts';
import { ENGINE_CONFIG, MatchEngine } from '../matching/engine/match-engine.ts';
import type { Listing } from '../matching/types.ts';
import { currentTextKey, keepAnalyses, keptAnalysisFingerprint, listingTextKey, publishedListingPages, unpackTerms } from './kept-analyses.ts';
import { LiveMatchIndex } from './live-match-index.ts';
import { listingMatchAnalyses, matchTerms } from './schema.ts';

// Two instances on one database, as behind a load balancer: each keeps its own matching index.
const { app: first, ctx, signIn } = await createTestApp({ jobs: true });
const second = await buildApp(ctx);
afterAll(() => second.close());
await first.ready();
await second.ready();

type Json = Record<string, any>;
type App = typeof first;
const admin = await signIn(['admin']);

async function createEnterprise(name: string) {
  const response = await first.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload: { name } });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string };
}

const lab = await createEnterprise('青岛储能材料研究院');
const plant = await createEnterprise('胶州电池制造有限公司');
const fund = await createEnterprise('海湾新能源投资基金');
const bystander = await createEnterprise('即墨纺织有限公司');
const operator = await signIn(['operator']);
const labUser = await signIn(['enterprise'], { enterpriseId: lab.id });
const plantUser = await signIn(['enterprise'], { enterpriseId: plant.id });
const plantColleague = await signIn(['enterprise'], { enterpriseId: plant.id });
const fundUser = await signIn(['investor'], { enterpriseId: fund.id });
const bystanderUser = await signIn(['enterprise'], { enterpriseId: bystander.id });

function call(app: App, who: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, language = 'zh-CN') {
  return app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });
}

const fields = (await call(first, labUser, 'GET', '/api/market/fields')).json() as Json[];
const energy = fields.find((field) => field.name === '光伏与储能')!;
const textiles = fields.find((field) => field.name === '纺织服装与面料')!;

async function act(app: App, who: SignedIn, path: string, id: string, action: string) {
  const response = await call(app, who, 'POST', `/api/market/${path}/${id}/actions/${action}`);
  expect(response.statusCode, response.body).toBe(200);
}

async function create(app: App, who: SignedIn, path: 'listings' | 'demands', payload: Json) {
  const response = await call(app, who, 'POST', `/api/market/${path}`, payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

async function publish(app: App, who: SignedIn, path: 'listings' | 'demands', id: string) {
  await act(app, who, path, id, 'submit');
  await act(app, operator, path, id, 'approve');
}

const batteryListing = {
  title: '磷酸铁锂储能电池管理系统',
  summary: '储能电站用电池管理系统（BMS），主动均衡，SOC 估算误差小于 3%，支持峰谷套利的能量管理',
  fieldId: energy.id,
  keywords: ['储能', '电池管理系统', '均衡'],
  maturity: '量产',
  modes: ['许可', '转让'],
  priceWan: 80,
  contacts: [{ name: '李工', phone: '0532-11112222', email: 'li@example.com' }],
};

const secret = '现有产线良率只有 82%，客户名单见附件';
const demandId = await create(first, plantUser, 'demands', {
  kind: 'technology',
  title: '储能电池包需要可靠的电池管理系统',
  summary: '我们生产储能电池包，电池一致性差，希望引进成熟的电池管理系统，做好均衡和 SOC 估算',
  targets: 'SOC 估算误差小于 5%',
  confidentialDetails: secret,
  fieldIds: [energy.id],
  budgetWan: 100,
  maturityNeeded: '中试',
  modes: ['许可'],
  contacts: [{ name: '张经理', phone: '13900000000' }],
});
await publish(first, plantUser, 'demands', demandId);
const capitalId = await create(first, fundUser, 'demands', {
  kind: 'capital',
  title: '投资储能与电池管理技术',
  summary: '关注储能、电池管理系统、能量管理等新能源技术，投资中试及以后阶段',
  fieldIds: [energy.id],
  stages: ['中试', '量产'],
  ticketMaxWan: 3000,
});
await publish(first, fundUser, 'demands', capitalId);
// Demands of other trades, as any market has: words shared by every demand say little.
const otherNeeds = ['棉麻面料抗皱整理', '家具板材环保胶黏剂', '海水养殖水质在线监测', '无人机巡检图像识别', '芯片封装散热材料', '中药提取物纯化工艺'];
for (const need of otherNeeds) {
  const id = await create(first, bystanderUser, 'demands', { kind: 'technology', title: need, summary: `需要${need}技术，提升产品质量`, fieldIds: [textiles.id] });
  await publish(first, bystanderUser, 'demands', id);
}

const listingMatches = (app: App, who: SignedIn, id: string, language?: string) => call(app, who, 'GET', `/api/market/demands/${id}/matches`, undefined, language);
const demandMatches = (app: App, who: SignedIn, id: string, language?: string) => call(app, who, 'GET', `/api/market/listings/${id}/matches`, undefined, language);
const matchedIds = async (app: App, who: SignedIn, demand: string) => ((await listingMatches(app, who, demand)).json().items as Json[]).map((item) => item.id);


describe('the live index', () => {
  it('follows publication, edits and withdrawal, on the instance that wrote and on the other, within a second', async () => {
    const id = await create(first, labUser, 'listings', batteryListing);
    expect(await matchedIds(first, plantUser, demandId)).not.toContain(id);
    await publish(first, labUser, 'listings', id);
    const published = Date.now();
    await expect.poll(() => matchedIds(second, plantUser, demandId), { timeout: 1_000, interval: 20 }).toContain(id);
    expect(Date.now() - published).toBeLessThan(1_000);
    await expect.poll(() => matchedIds(first, plantUser, demandId), { timeout: 1_000, interval: 20 }).toContain(id);

    // An edit made while published (by any means: here the database itself) reaches both indexes.
    await ctx.db.update(listings).set({ title: '纺织面料染色工艺', summary: '活性染料低温染色', keywords: ['染色'] }).where(eq(listings.id, id));
    for (const app of [first, second]) await expect.poll(() => matchedIds(app, plantUser, demandId), { timeout: 1_000, interval: 20 }).not.toContain(id);
    await ctx.db.update(listings).set({ title: batteryListing.title, summary: batteryListing.summary, keywords: batteryListing.keywords }).where(eq(listings.id, id));
    for (const app of [first, second]) await expect.poll(() => matchedIds(app, plantUser, demandId), { timeout: 1_000, interval: 20 }).toContain(id);

    await act(second, labUser, 'listings', id, 'withdraw');
    for (const app of [first, second]) await expect.poll(() => matchedIds(app, plantUser, demandId), { timeout: 1_000, interval: 20 }).not.toContain(id);
  });

  it('takes an owner’s new name and region and a field’s new name, on both instances, without a rebuild', async () => {
    const id = await create(first, labUser, 'listings', { ...batteryListing, title: '储能电池簇均衡与电池管理系统' });
    await publish(first, labUser, 'listings', id);
    const hit = async (app: App) => ((await listingMatches(app, plantUser, demandId)).json().items as Json[]).find((item) => item.id === id);
    for (const app of [first, second]) {
      await expect.poll(() => hit(app), { timeout: 1_000, interval: 20 }).toMatchObject({ owner: '青岛储能材料研究院', field: '光伏与储能' });
    }
    // Renamed by any means (here the database itself): the owner, both sides' regions, and the field.
    const renames = async (name: string, region: string | null, field: string) => {
      await ctx.db.update(enterprises).set({ name, regionCode: region }).where(eq(enterprises.id, lab.id));
      await ctx.db.update(enterprises).set({ regionCode: region }).where(eq(enterprises.id, plant.id));
      await ctx.db.update(marketFields).set({ name: field }).where(eq(marketFields.id, energy.id));
    };
    await renames('崂山储能研究院', '370212', '储能与光伏');
    try {
      for (const app of [first, second]) {
        await expect.poll(() => hit(app), { timeout: 1_000, interval: 20 }).toMatchObject({ owner: '崂山储能研究院', field: '储能与光伏' });
        const reasons = ((await hit(app))!.reasons as Json[]).map((reason) => reason.text);
        expect(reasons).toContain('同在崂山区');
        expect(reasons).toContain('领域一致：储能与光伏');
      }
    } finally {
      await renames('青岛储能材料研究院', null, '光伏与储能');
    }
    for (const app of [first, second]) {
      await expect.poll(() => hit(app), { timeout: 1_000, interval: 20 }).toMatchObject({ owner: '青岛储能材料研究院', field: '光伏与储能' });
    }
  });

  it('takes a region’s new name on both instances, and re-reads many listings of a rename in worker threads', async () => {
    const id = await create(first, labUser, 'listings', { ...batteryListing, title: '储能系统热管理与电池管理系统' });
    await publish(first, labUser, 'listings', id);
    const reasonsOf = async (app: App) =>
      (((await listingMatches(app, plantUser, demandId)).json().items as Json[]).find((item) => item.id === id)?.reasons as Json[] | undefined)?.map((reason) => reason.text) ?? [];
    // An index of its own that analyses in worker threads whatever a rename brings (the live ones only from 1,000).
    const workerIndex = new LiveMatchIndex(ctx.db, first.log, { workersFrom: 1 });
    await workerIndex.start(first.changeFeed);
    const [demand] = await publishedDemandsForMatch(ctx.db, [demandId]);
    const regionInWorkerIndex = () => workerIndex.engine.listingsForDemand(demand!, { top: 50 }).find((match) => match.id === id)?.record.region;
    try {
      await ctx.db.update(enterprises).set({ regionCode: '370212' }).where(inArray(enterprises.id, [lab.id, plant.id]));
      for (const app of [first, second]) await expect.poll(() => reasonsOf(app), { timeout: 1_000, interval: 20 }).toContain('同在崂山区');
      await expect.poll(regionInWorkerIndex, { timeout: 15_000, interval: 50 }).toBe('崂山区');

      // The reference table renamed under running instances (a newer instance's reference-data migration).
      await ctx.db.update(regions).set({ name: '崂山新区' }).where(eq(regions.code, '370212'));
      for (const app of [first, second]) await expect.poll(() => reasonsOf(app), { timeout: 1_000, interval: 20 }).toContain('同在崂山新区');
      await expect.poll(regionInWorkerIndex, { timeout: 15_000, interval: 50 }).toBe('崂山新区');
    } finally {
      await ctx.db.update(regions).set({ name: '崂山区' }).where(eq(regions.code, '370212'));
      await ctx.db.update(enterprises).set({ regionCode: null }).where(inArray(enterprises.id, [lab.id, plant.id]));
      await workerIndex.close();
    }
    for (const app of [first, second]) await expect.poll(() => reasonsOf(app), { timeout: 1_000, interval: 20 }).not.toContain('同在崂山新区');
  });

  it('rebuilds after a gap in the change feed', async () => {
    const id = await create(first, labUser, 'listings', { ...batteryListing, title: '储能变流器与电池管理系统' });
    await publish(first, labUser, 'listings', id);
    await expect.poll(() => matchedIds(second, plantUser, demandId), { timeout: 1_000, interval: 20 }).toContain(id);
    // The notice of this change goes unheard (as if the listening connection were away), then the feed reports the gap.
    await ctx.pool.query(`ALTER TABLE listings DISABLE TRIGGER listings_announce_update`);
    try {
      await ctx.db.update(listings).set({ state: 'withdrawn' }).where(eq(listings.id, id));
    } finally {
      await ctx.pool.query(`ALTER TABLE listings ENABLE TRIGGER listings_announce_update`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await matchedIds(second, plantUser, demandId)).toContain(id);
    await ctx.pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND datname = current_database()`);
    await expect.poll(() => matchedIds(second, plantUser, demandId).catch(() => []), { timeout: 5_000, interval: 50 }).not.toContain(id);
  });
});

describe('kept analyses', () => {
  const keptRow = async (id: string) => (await ctx.db.select().from(listingMatchAnalyses).where(eq(listingMatchAnalyses.listingId, id)))[0];
  /** The kept terms of a listing, read back by their numbers. */
  const keptTerms = async (id: string) => {
    const row = await keptRow(id);
    if (!row) return undefined;
    const { termNumbers, frequencies } = unpackTerms(row.terms, row.length);
    const numbers = Array.from(termNumbers);
    const named = new Map((await ctx.db.select().from(matchTerms).where(inArray(matchTerms.id, numbers))).map((term) => [term.id, term.term]));
    return { terms: numbers.map((number) => named.get(number)), frequencies: Array.from(frequencies) };
  };
  const fingerprint = keptAnalysisFingerprint(ENGINE_CONFIG);
  /** Replaces a listing's kept analysis as another instance (or an older text) might have left it. */
  const keepInstead = async (id: string, row: { textKey: string; fingerprint?: string }, terms: string[], frequencies: number[]) => {
    await ctx.db.delete(listingMatchAnalyses).where(eq(listingMatchAnalyses.listingId, id));
    await keepAnalyses(ctx.db, row.fingerprint ?? fingerprint, [{ listingId: id, textKey: row.textKey, analysis: { terms, frequencies, length: 6 } }]);
  };
  const previewIds = async (app: App, title: string) =>
    ((await call(app, plantUser, 'POST', '/api/market/match-preview', { title })).json().items as Json[]).map((item) => item.id);

  // Under a context of its own: the jobs of this file find the indexes of the first two instances by theirs.
  async function startInstance() {
    const instance = await buildApp({ ...ctx });
    await instance.ready();
    return instance;
  }

  it('hashes a listing’s texts in the database exactly as here, in any script and with no keywords', async () => {
    const engine = new MatchEngine();
    for (const texts of [
      { title: '𠮷野家 VR 光学模组 — Ω', keywords: ['钠离子', '𠮷', 'Lidar'], summary: 'é' },
      { title: '空', keywords: [], summary: '第二行\n带换行与 emoji 🚀' },
    ]) {
      const id = await create(first, labUser, 'listings', { ...batteryListing, ...texts });
      await publish(first, labUser, 'listings', id);
      const listing = (await publishedListingsForMatch(ctx.db, [id]))[0]!;
      const [row] = (await ctx.db.execute<{ key: string }>(sql`SELECT ${currentTextKey} AS key FROM listings WHERE id = ${id}`)).rows;
      expect(row!.key).toBe(listingTextKey(engine.listingTexts(listing)));
    }
  });

  it('keeps each published listing’s terms for the next start, and a new instance reads them only while text and analysis still hold', async () => {
    const id = await create(first, labUser, 'listings', { ...batteryListing, title: '储能电站电池管理系统与能量管理' });
    await publish(first, labUser, 'listings', id);
    const [row] = await ctx.db.select({ id: listings.id }).from(listings).where(eq(listings.id, id));
    expect(row).toBeDefined();
    // Kept by the instances that indexed it, exactly as a fresh analysis makes it.
    const engine = new MatchEngine();
    const listing = (await publishedListingsForMatch(ctx.db, [id]))[0]!;
    const fresh = engine.analyseListing(listing);
    await expect.poll(() => keptRow(id), { timeout: 2_000, interval: 20 }).toMatchObject({
      fingerprint,
      textKey: listingTextKey(engine.listingTexts(listing)),
      length: fresh.length,
    });
    // Frequencies as the index keeps them (float32; these are small integers, exact either way).
    expect(await keptTerms(id)).toEqual({ terms: fresh.terms, frequencies: fresh.frequencies });

    // A new instance indexes the kept terms as they are, without analysing the text again: kept terms that the
    // text does not have (潮汐, tides) are what it matches on.
    const textKey = (await keptRow(id))!.textKey;
    await keepInstead(id, { textKey }, ['潮汐'], [6]);
    const third = await startInstance();
    try {
      expect(await previewIds(third, '潮汐')).toContain(id);
    } finally {
      await third.close();
    }

    // Kept for another text (the listing changed behind the index's back) or under another analysis: analysed
    // afresh, and the right terms kept again.
    for (const stale of [{ textKey: 'another text' }, { textKey, fingerprint: 'another analysis' }]) {
      await keepInstead(id, stale, ['潮汐'], [6]);
      const fourth = await startInstance();
      try {
        expect(await previewIds(fourth, '潮汐')).not.toContain(id);
        expect(await previewIds(fourth, '储能电站的电池管理系统')).toContain(id);
      } finally {
        await fourth.close();
      }
      await expect.poll(() => keptTerms(id), { timeout: 2_000, interval: 20 }).toEqual({ terms: fresh.terms, frequencies: fresh.frequencies });
    }

    await ctx.db.execute(sql`UPDATE enterprises SET region_code = '370212' WHERE id = (SELECT owner_id FROM listings WHERE id = ${id})`);
    // Read page by page, every published listing comes once, in id order, with its kept analysis, and as the
    // engine reads it one by one (the pages map rows by position).
    const paged: Listing[] = [];
    let keptSeen = 0;
    for await (const page of publishedListingPages(ctx.db, fingerprint, 1)) {
      expect(page.listings.length).toBeLessThanOrEqual(1);
      paged.push(...page.listings);
      if (page.kept.has(id)) keptSeen += 1;
    }
    const published = await publishedListingsForMatch(ctx.db);
    expect(published.length).toBeGreaterThan(1);
    // Each column of the row has a value in some listing, so that a column read from the wrong place would show.
    for (const filled of [(item: Listing) => item.field, (item: Listing) => item.region, (item: Listing) => item.priceWan, (item: Listing) => item.owner, (item: Listing) => item.modes.length]) {
      expect(published.some(filled)).toBeTruthy();
    }
    expect(paged).toEqual([...published].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(keptSeen).toBe(1);

    // A deleted listing takes its kept terms with it.
    await ctx.db.delete(listings).where(eq(listings.id, id));
    expect(await keptRow(id)).toBeUndefined();
  });
});

describe('match routes', () => {
  it('explains each result in the reader’s language and shows public fields only', async () => {
    const id = await create(first, labUser, 'listings', { ...batteryListing, title: '电池管理系统主动均衡方案' });
    await publish(first, labUser, 'listings', id);
    await expect.poll(() => matchedIds(first, plantUser, demandId), { timeout: 1_000, interval: 20 }).toContain(id);

    const zh = (await listingMatches(first, plantUser, demandId)).json().items as Json[];
    const hit = zh.find((item) => item.id === id)!;
    expect(hit).toMatchObject({ title: '电池管理系统主动均衡方案', field: '光伏与储能', maturity: '量产', priceWan: 80 });
    expect(hit.reasons.map((reason: Json) => reason.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^都提到：/), '领域一致：光伏与储能', '成熟度够：需要中试，成果已到量产', '报价80万元，在预算100万元内', '交易方式相符：许可']),
    );
    const en = (await listingMatches(first, plantUser, demandId, 'en')).json().items as Json[];
    expect(en.find((item) => item.id === id)!.reasons.map((reason: Json) => reason.text)).toEqual(
      expect.arrayContaining(['Mature enough: pilot scale is needed, the technology is at mass production', 'Both accept: licence']),
    );
    const tw = (await listingMatches(first, plantUser, demandId, 'zh-TW')).json().items as Json[];
    expect(tw.find((item) => item.id === id)!.reasons.map((reason: Json) => reason.text)).toContain('成熟度夠：需要中試，成果已到量產');
    expect(JSON.stringify(zh)).not.toContain('li@example.com');

    // Both kinds of demand for a listing; never a demand's confidential details nor anyone's contacts.
    const demandsFound = (await demandMatches(first, labUser, id)).json().items as Json[];
    expect(demandsFound.map((item) => item.id)).toEqual(expect.arrayContaining([demandId, capitalId]));
    const body = JSON.stringify(demandsFound);
    for (const hidden of [secret, '13900000000', '张经理']) expect(body).not.toContain(hidden);
    expect(demandsFound.find((item) => item.id === capitalId)!.reasons.map((reason: Json) => reason.text)).toContain('阶段相符：投资中试及以后，成果处于量产');
  });

  it('answers 404 for a record the caller may not see, and lets its owner match a draft', async () => {
    const draft = await create(first, plantUser, 'demands', { kind: 'technology', title: '电池管理系统', summary: '需要储能电池管理系统' });
    expect((await listingMatches(first, plantUser, draft)).statusCode).toBe(200);
    expect((await listingMatches(first, bystanderUser, draft)).statusCode).toBe(404);
    expect((await listingMatches(first, bystanderUser, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const hiddenListing = await create(first, labUser, 'listings', batteryListing);
    expect((await demandMatches(first, labUser, hiddenListing)).statusCode).toBe(200);
    expect((await demandMatches(first, plantUser, hiddenListing)).statusCode).toBe(404);
    expect((await call(first, plantUser, 'GET', `/api/market/listings/not-an-id/matches`)).statusCode).toBe(400);
    // Drafts are never results.
    expect(await matchedIds(first, plantUser, demandId)).not.toContain(hiddenListing);
  });

  it('previews the matches of a demand being written, and refuses what is not a draft', async () => {
    const preview = (payload: unknown, who = plantUser) => call(first, who, 'POST', '/api/market/match-preview', payload);
    const answered = await preview({ title: '电池一致性差', summary: '需要电池管理系统做主动均衡', fieldIds: [energy.id] });
    expect(answered.statusCode).toBe(200);
    const items = answered.json().items as Json[];
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.reasons.length).toBeGreaterThan(0);
    // With no field given, the reasons name the field the engine read from the words, never an empty one.
    const unfiled = (await preview({ title: '储能电池包的电池管理系统', summary: '电芯一致性差，需要主动均衡和 SOC 估算' })).json().items as Json[];
    const fieldReasons = unfiled.flatMap((item) => (item.reasons as Json[]).filter((reason) => reason.kind === 'field').map((reason) => reason.text as string));
    expect(fieldReasons.length).toBeGreaterThan(0);
    for (const text of fieldReasons) expect(text).not.toMatch(/null|undefined/);
    expect((await preview({})).json()).toEqual({ items: [] });
    expect((await preview({ title: 'a\u0000b' })).statusCode).toBe(400);
    expect((await preview({ summary: 'x'.repeat(2001) })).statusCode).toBe(400);
    expect((await preview({ title: '电池', top: 1000 })).statusCode).toBe(400);
    expect((await preview({ title: '电池', fieldIds: [textiles.id, 'x'] })).statusCode).toBe(400);
    expect((await preview({ title: '电池' }, await signIn(['leader']))).statusCode).toBe(403);
  });
});

describe('publication notices', () => {
  it('tells the owners of matching open demands once, and the listing’s owner of them', async () => {
    const id = await create(first, labUser, 'listings', { ...batteryListing, title: '储能电池管理系统（BMS）' });
    await publish(second, labUser, 'listings', id);
    const noticesAbout = async (userId: string, kind: string) => {
      const [row] = await ctx.db
        .select({ n: count() })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind), eq(notifications.recordId, id)));
      return row!.n;
    };
    await expect.poll(() => noticesAbout(labUser.userId, 'listing.demandsMatched'), { timeout: 10_000 }).toBe(1);
    for (const user of [plantUser, plantColleague, fundUser]) expect(await noticesAbout(user.userId, 'listing.matchesDemand')).toBe(1);
    expect(await noticesAbout(bystanderUser.userId, 'listing.matchesDemand')).toBe(0);
    expect(await noticesAbout(labUser.userId, 'listing.matchesDemand')).toBe(0);
    const inbox = (await call(first, plantUser, 'GET', '/api/notifications', undefined, 'en')).json();
    expect((inbox.items as Json[]).map((item) => item.text)).toContain(
      'The newly published technology "储能电池管理系统（BMS）" matches your demand "储能电池包需要可靠的电池管理系统"',
    );
    // One job per publication, run by one instance's workers: nothing repeats the notices.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const user of [plantUser, fundUser]) expect(await noticesAbout(user.userId, 'listing.matchesDemand')).toBe(1);
    expect(await noticesAbout(labUser.userId, 'listing.demandsMatched')).toBe(1);
  });
});
