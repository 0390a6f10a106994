import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { pdf } from '../../platform/attachments/attachments-test-app.ts';
import { multipartForm } from '../../test/multipart-form.ts';
import { notifications } from '../../platform/notifications/schema.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { runExportQrels } from './cli/export-qrels.ts';
import { MATCH_NOTICE_MIN_SCORE } from '../market-matching/notify-listing-matches.ts';
import { listingViewCounts } from '../market-portal/listing-view-counts.ts';
import { listings } from '../market/schema.ts';
import { dealMessages, deals, introductions } from './schema.ts';
import { seedDemoDeals } from './seed-demo-deals.ts';

const { app, ctx, signIn } = await createTestApp({ jobs: true });

type Json = Record<string, any>;

function call(who: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, language = 'zh-CN') {
  return app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });
}

/** Seeding introductions and deals, rolled back so the tests' own records stay as they are; answers what it made. */
async function seedAndCount() {
  const rollback = new Error('rollback');
  let made = { introductions: 0, dealStates: [] as string[], partyBuilding: [] as string[] };
  await ctx.db
    .transaction(async (tx) => {
      const before = new Set((await tx.select({ id: introductions.id }).from(introductions)).map((row) => row.id));
      await seedDemoDeals(tx);
      const rows = await tx
        .select({ id: introductions.id, title: listings.title, dealState: deals.state })
        .from(introductions)
        .innerJoin(listings, eq(listings.id, introductions.listingId))
        .leftJoin(deals, eq(deals.introductionId, introductions.id))
        .orderBy(asc(deals.state));
      const seeded = rows.filter((row) => !before.has(row.id));
      made = {
        introductions: seeded.length,
        dealStates: seeded.flatMap((row) => (row.dealState ? [row.dealState] : [])),
        partyBuilding: seeded.filter((row) => row.title.includes('党建')).map((row) => row.dealState ?? 'none'),
      };
      throw rollback;
    })
    .catch((error) => {
      if (error !== rollback) throw error;
    });
  return made;
}

// Before any listing exists (the market's demo data absent).
const seededOnEmpty = await seedAndCount();

describe('demo data without the market\'s', () => {
  it('does nothing when no listing is published', () => {
    expect(seededOnEmpty).toEqual({ introductions: 0, dealStates: [], partyBuilding: [] });
  });
});

const admin = await signIn(['admin']);
const operator = await signIn(['operator']);

async function organisation(name: string, kind = 'company') {
  const response = await call(admin, 'POST', '/api/enterprises', { name, kind, confirmDuplicate: true });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

const seller = await organisation('青岛海洋科技大学', 'university');
const buyer = await organisation('青岛远洋装备有限公司');
const third = await organisation('青岛第三方科技有限公司');
const fund = await organisation('青岛蓝海创业投资基金', 'investor');
const sellerUser = await signIn(['enterprise'], { enterpriseId: seller });
const sellerColleague = await signIn(['enterprise'], { enterpriseId: seller });
const buyerUser = await signIn(['enterprise'], { enterpriseId: buyer });
const thirdUser = await signIn(['enterprise'], { enterpriseId: third });
const investor = await signIn(['investor'], { enterpriseId: fund });
const leader = await signIn(['leader']);

async function published(kind: 'listings' | 'demands', owner: SignedIn, body: Json) {
  const created = await call(owner, 'POST', `/api/market/${kind}`, body);
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  expect((await call(owner, 'POST', `/api/market/${kind}/${id}/actions/submit`)).statusCode).toBe(200);
  expect((await call(operator, 'POST', `/api/market/${kind}/${id}/actions/approve`)).statusCode).toBe(200);
  return id;
}

const listing = await published('listings', sellerUser, { title: '海水淡化反渗透膜组件', summary: '脱盐率 99.7%', modes: ['许可'], priceWan: 120 });
const buyerDemand = await published('demands', buyerUser, { kind: 'technology', title: '船用淡水设备降本', summary: '降低能耗', confidentialDetails: 'SECRET-BUYER' });
const thirdDemand = await published('demands', thirdUser, { kind: 'technology', title: '养殖海水处理', summary: '循环水', confidentialDetails: 'SECRET-THIRD' });
const fundDemand = await published('demands', investor, { kind: 'capital', title: '海洋科技早期项目', summary: '天使轮', confidentialDetails: 'SECRET-FUND' });

/** The confidential details of a demand as every route returning it answers the reader (null where hidden). */
async function confidentialSeenBy(who: SignedIn, demandId: string, also: { introductionId?: string; dealId?: string } = {}) {
  const seen: Record<string, unknown> = {};
  const one = await call(who, 'GET', `/api/market/demands/${demandId}`);
  seen.one = one.statusCode === 200 ? one.json().confidentialDetails : one.statusCode;
  const list = (await call(who, 'GET', '/api/market/demands?pageSize=200')).json().items as Json[];
  seen.list = list.find((item) => item.id === demandId)?.confidentialDetails;
  if (also.introductionId) {
    const introduction = await call(who, 'GET', `/api/market/introductions/${also.introductionId}`);
    seen.introduction = introduction.statusCode === 200 ? introduction.json().demandRecord.confidentialDetails : introduction.statusCode;
  }
  if (also.dealId) {
    const deal = await call(who, 'GET', `/api/market/deals/${also.dealId}`);
    seen.deal = deal.statusCode === 200 ? deal.json().demandRecord.confidentialDetails : deal.statusCode;
  }
  return seen;
}

async function noticesOf(userId: string, kind: string) {
  const [row] = await ctx.db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));
  return row!.n;
}

async function dealSnapshot(id: string) {
  const [deal] = await ctx.db.select().from(deals).where(eq(deals.id, id));
  const [transitions] = await ctx.db.select({ n: count() }).from(workflowTransitions).where(eq(workflowTransitions.recordId, id));
  return { deal, transitions: transitions!.n };
}

function upload(who: SignedIn, recordId: string) {
  const { payload, contentType } = multipartForm([
    { name: 'kind', value: 'deal' },
    { name: 'recordId', value: recordId },
    { name: 'file', fileName: '技术许可合同.pdf', content: pdf },
  ]);
  return app.inject({ method: 'POST', url: '/api/attachments', headers: { ...who.headers, 'content-type': contentType }, payload });
}

let flow: { introductionId: string; dealId: string };

describe('an introduction asked for with a demand', () => {
  it('waits for the listing\'s owner, who alone decides, and reveals nothing before', async () => {
    const asked = await call(buyerUser, 'POST', '/api/market/introductions', { listingId: listing, demandId: buyerDemand, message: '希望洽谈许可' });
    expect(asked.statusCode, asked.body).toBe(201);
    const introduction = asked.json();
    expect(introduction).toMatchObject({ state: 'requested', origin: 'request', party: { id: buyer }, listing: { id: listing, owner: { id: seller } }, demand: { id: buyerDemand }, canDecide: false, deal: null });
    flow = { introductionId: introduction.id, dealId: '' };

    expect(await noticesOf(sellerUser.userId, 'introduction.requested')).toBe(1);
    expect(await noticesOf(operator.userId, 'introduction.requested')).toBe(1);
    const inbox = (await call(sellerUser, 'GET', '/api/market/introductions?awaitingMe=true')).json();
    expect(inbox.items.map((item: Json) => [item.id, item.canDecide])).toEqual([[introduction.id, true]]);
    expect((await call(buyerUser, 'GET', '/api/market/introductions?awaitingMe=true')).json().total).toBe(0);

    for (const who of [sellerUser, thirdUser, investor]) {
      const seen = await confidentialSeenBy(who, buyerDemand, who === sellerUser ? { introductionId: introduction.id } : {});
      expect(Object.values(seen).filter((value) => value === 'SECRET-BUYER')).toEqual([]);
    }
    expect(await confidentialSeenBy(buyerUser, buyerDemand, { introductionId: introduction.id })).toEqual({ one: 'SECRET-BUYER', list: 'SECRET-BUYER', introduction: 'SECRET-BUYER' });

    // Outsiders do not find it; the asker and the operator may not decide for the owner.
    expect((await call(thirdUser, 'GET', `/api/market/introductions/${introduction.id}`)).statusCode).toBe(404);
    expect((await call(thirdUser, 'POST', `/api/market/introductions/${introduction.id}/accept`)).statusCode).toBe(404);
    expect((await call(leader, 'GET', '/api/market/introductions')).statusCode).toBe(403);
    expect((await call(buyerUser, 'POST', `/api/market/introductions/${introduction.id}/accept`)).statusCode).toBe(403);
    expect((await call(operator, 'POST', `/api/market/introductions/${introduction.id}/accept`)).statusCode).toBe(403);
    const [row] = await ctx.db.select().from(introductions).where(eq(introductions.id, introduction.id));
    expect(row).toMatchObject({ state: 'requested', listingAcceptedAt: null });
  });

  it('once accepted becomes a deal, and only the listing\'s owner gains the demand\'s confidential details', async () => {
    const accepted = await call(sellerUser, 'POST', `/api/market/introductions/${flow.introductionId}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ state: 'accepted', deal: { state: 'intent' } });
    flow.dealId = accepted.json().deal.id;
    expect(await noticesOf(buyerUser.userId, 'introduction.accepted')).toBe(1);
    expect((await call(sellerUser, 'POST', `/api/market/introductions/${flow.introductionId}/accept`)).statusCode).toBe(409);

    const released = { one: 'SECRET-BUYER', list: 'SECRET-BUYER', introduction: 'SECRET-BUYER', deal: 'SECRET-BUYER' };
    expect(await confidentialSeenBy(sellerUser, buyerDemand, flow)).toEqual(released);
    expect(await confidentialSeenBy(sellerColleague, buyerDemand, flow)).toEqual(released);
    expect(await confidentialSeenBy(thirdUser, buyerDemand, flow)).toEqual({ one: null, list: null, introduction: 404, deal: 404 });
    expect(await confidentialSeenBy(investor, buyerDemand)).toEqual({ one: null, list: null });
    // Another demand of nobody in the deal stays closed to the seller.
    expect(await confidentialSeenBy(sellerUser, thirdDemand)).toEqual({ one: null, list: null });
  });
});

describe('a deal', () => {
  it('refuses a missing evidence, a wrong role and a wrong stage, changing nothing', async () => {
    const id = flow.dealId;
    const before = await dealSnapshot(id);
    expect((await call(buyerUser, 'POST', `/api/market/deals/${id}/actions/sign`, { amountWan: 100 })).statusCode).toBe(409);
    expect((await call(thirdUser, 'POST', `/api/market/deals/${id}/actions/negotiate`)).statusCode).toBe(404);
    expect((await call(sellerUser, 'POST', `/api/market/deals/${id}/actions/complete`)).statusCode).toBe(409);
    expect((await call(sellerUser, 'POST', `/api/market/deals/${id}/actions/fly`)).statusCode).toBe(404);
    expect(await dealSnapshot(id)).toEqual(before);

    const negotiating = await call(buyerUser, 'POST', `/api/market/deals/${id}/actions/negotiate`);
    expect(negotiating.json()).toMatchObject({ state: 'negotiation', side: 'buyer', allowedActions: ['sign', 'close'] });
    expect(await noticesOf(sellerUser.userId, 'deal.moved')).toBe(1);
    const atNegotiation = await dealSnapshot(id);

    const missing = await call(sellerUser, 'POST', `/api/market/deals/${id}/actions/sign`, { amountWan: 100, mode: '许可' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((error: Json) => error.field).sort()).toEqual(['contractFileId', 'signedOn']);
    // A file of another record, or none at all, is no contract of this deal.
    const elsewhere = await call(sellerUser, 'POST', `/api/market/deals/${id}/actions/sign`, { amountWan: 100, signedOn: '2026-11-30', mode: '许可', contractFileId: randomUUID() });
    expect(elsewhere.statusCode).toBe(400);
    expect((await call(sellerUser, 'POST', `/api/market/deals/${id}/actions/register`, { registrationNumber: 'X' })).statusCode).toBe(409);
    expect(await dealSnapshot(id)).toEqual(atNegotiation);
  });

  it('keeps its files to its parties and the operators, and moves to completion with its evidence', async () => {
    const id = flow.dealId;
    expect((await upload(thirdUser, id)).statusCode).toBe(404);
    const uploaded = await upload(buyerUser, id);
    expect(uploaded.statusCode).toBe(201);
    const fileId = uploaded.json().id as string;
    for (const who of [thirdUser, investor, leader]) {
      expect((await call(who, 'GET', `/api/attachments/${fileId}/content`)).statusCode).toBe(404);
      expect((await call(who, 'GET', `/api/attachments?kind=deal&recordId=${id}`)).statusCode).toBe(404);
    }
    for (const who of [sellerUser, buyerUser, operator]) expect((await call(who, 'GET', `/api/attachments/${fileId}/content`)).statusCode).toBe(200);

    const signed = await call(sellerUser, 'POST', `/api/market/deals/${id}/actions/sign`, { amountWan: 85.5, signedOn: '2026-11-30', mode: '许可', contractFileId: fileId });
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({ state: 'signed', amountWan: 85.5, signedOn: '2026-11-30', mode: '许可', contractFileId: fileId });
    // The buyer does not file the technology contract for registration; the seller does.
    const atSigning = await dealSnapshot(id);
    expect((await call(buyerUser, 'POST', `/api/market/deals/${id}/actions/register`, { registrationNumber: '2026370271000123' })).statusCode).toBe(403);
    expect((await call(sellerUser, 'POST', `/api/market/deals/${id}/actions/register`, {})).statusCode).toBe(400);
    expect((await call(leader, 'POST', `/api/market/deals/${id}/actions/register`, { registrationNumber: '1' })).statusCode).toBe(403);
    expect(await dealSnapshot(id)).toEqual(atSigning);
    expect((await call(sellerUser, 'POST', `/api/market/deals/${id}/actions/register`, { registrationNumber: '2026370271000123' })).json()).toMatchObject({ state: 'registered', registrationNumber: '2026370271000123' });

    const message = await call(buyerUser, 'POST', `/api/market/deals/${id}/messages`, { body: '首期款已支付' });
    expect(message.statusCode).toBe(201);
    expect(message.json().messages).toMatchObject([{ side: 'buyer', body: '首期款已支付' }]);
    expect(await noticesOf(sellerUser.userId, 'deal.message')).toBe(1);
    expect((await call(operator, 'POST', `/api/market/deals/${id}/messages`, { body: '已跟进' })).json().messages.at(-1)).toMatchObject({ side: 'operator' });
    expect((await call(thirdUser, 'POST', `/api/market/deals/${id}/messages`, { body: '插话' })).statusCode).toBe(404);

    // Registered, it waits on the operator alone: in their queue at once, not only once it stalls.
    const awaiting = (await call(operator, 'GET', '/api/market/broker-queue')).json().awaitingCompletion as Json;
    expect(awaiting.items).toContainEqual({ id, listing: { id: expect.any(String), title: expect.any(String) }, seller: expect.any(String), buyer: expect.any(String), registeredAt: expect.any(String) });
    expect((await call(operator, 'GET', '/api/market/broker-queue')).json().stalledDeals.items.map((item: Json) => item.id)).not.toContain(id);

    const atRegistration = await dealSnapshot(id);
    expect((await call(sellerUser, 'POST', `/api/market/deals/${id}/actions/complete`)).statusCode).toBe(403);
    expect(await dealSnapshot(id)).toEqual(atRegistration);
    const completed = (await call(operator, 'POST', `/api/market/deals/${id}/actions/complete`)).json();
    expect(completed).toMatchObject({ state: 'completed', side: 'operator', allowedActions: [] });
    expect(completed.history.transitions.map((t: Json) => t.action)).toEqual(['start', 'negotiate', 'sign', 'register', 'complete']);
    expect(completed.history.timeInStates.map((t: Json) => t.state)).toEqual(['intent', 'negotiation', 'signed', 'registered', 'completed']);
    const queueAfter = (await call(operator, 'GET', '/api/market/broker-queue')).json() as Json;
    expect(queueAfter.awaitingCompletion.items.map((item: Json) => item.id)).not.toContain(id);
    expect((await call(buyerUser, 'POST', `/api/market/deals/${id}/messages`, { body: '谢谢' })).statusCode).toBe(409);

    for (const organisationId of [seller, buyer]) {
      const timeline = (await call(admin, 'GET', `/api/enterprises/${organisationId}/timeline?pageSize=50`)).json();
      const actions = timeline.items.filter((item: Json) => item.details.recordId === id).map((item: Json) => item.details.action);
      expect(actions.reverse()).toEqual(['start', 'negotiate', 'sign', 'register', 'complete']);
    }
    const listed = (await call(operator, 'GET', '/api/market/deals?state=completed')).json();
    expect(listed.items.map((item: Json) => item.id)).toContain(id);
    expect((await call(thirdUser, 'GET', '/api/market/deals')).json().total).toBe(0);
  });
});

describe("a listing's funnel", () => {
  it('counts views, strong matches, introductions asked for and accepted, signed deals and their amount, for its owner and the operators only', async () => {
    const viewsBefore = (await listingViewCounts(ctx.db, [listing])).get(listing)!;
    for (const who of [buyerUser, thirdUser]) expect((await call(who, 'GET', `/api/market/listings/${listing}`)).statusCode).toBe(200);
    const matches = (await call(operator, 'GET', `/api/market/listings/${listing}/matches?top=50`)).json().items as Json[];
    const funnelOf = (who: SignedIn) => call(who, 'GET', `/api/market/listings/${listing}/funnel`);
    // Views are written after the answer, not waited for.
    await vi.waitFor(async () => expect((await funnelOf(sellerUser)).json().views).toBe(viewsBefore + 2));
    expect((await funnelOf(sellerUser)).json()).toEqual({
      views: viewsBefore + 2,
      matchedDemands: matches.filter((match) => match.score >= MATCH_NOTICE_MIN_SCORE).length,
      introductionRequests: 1,
      accepted: 1,
      signedDeals: 1,
      contractAmountWan: 85.5,
    });
    expect((await funnelOf(operator)).statusCode).toBe(200);
    for (const who of [buyerUser, thirdUser, leader, investor]) expect((await funnelOf(who)).statusCode).toBe(404);
  });
});

describe('an introduction the operator proposes', () => {
  it('needs the demand\'s owner too before the demand\'s confidential details reach the listing\'s owner', async () => {
    expect((await call(buyerUser, 'POST', '/api/market/introductions/proposals', { listingId: listing, demandId: thirdDemand })).statusCode).toBe(403);
    const proposed = await call(operator, 'POST', '/api/market/introductions/proposals', { listingId: listing, demandId: thirdDemand, message: '两者高度相关' });
    expect(proposed.statusCode).toBe(201);
    const id = proposed.json().id as string;
    expect(proposed.json()).toMatchObject({ origin: 'proposal', party: { id: third }, demandAcceptedAt: null });
    expect(await noticesOf(thirdUser.userId, 'introduction.proposed')).toBe(1);
    expect(await noticesOf(sellerUser.userId, 'introduction.proposed')).toBe(1);

    const half = await call(sellerUser, 'POST', `/api/market/introductions/${id}/accept`);
    expect(half.json()).toMatchObject({ state: 'requested', canDecide: false, deal: null });
    expect(await confidentialSeenBy(sellerUser, thirdDemand, { introductionId: id })).toEqual({ one: null, list: null, introduction: null });

    expect((await call(thirdUser, 'GET', '/api/market/introductions?awaitingMe=true')).json().items.map((item: Json) => item.id)).toEqual([id]);
    const whole = await call(thirdUser, 'POST', `/api/market/introductions/${id}/accept`);
    expect(whole.json()).toMatchObject({ state: 'accepted', deal: { state: 'intent' } });
    expect(await confidentialSeenBy(sellerUser, thirdDemand, { introductionId: id })).toEqual({ one: 'SECRET-THIRD', list: 'SECRET-THIRD', introduction: 'SECRET-THIRD' });
    expect(await confidentialSeenBy(buyerUser, thirdDemand)).toEqual({ one: null, list: null });
  });
});

describe('declining', () => {
  it('takes a structured reason, a text with "other", and lets the party ask again', async () => {
    const asked = (await call(investor, 'POST', '/api/market/introductions', { listingId: listing, demandId: fundDemand })).json();
    const before = await ctx.db.select({ n: count() }).from(auditEvents);
    expect((await call(sellerUser, 'POST', `/api/market/introductions/${asked.id}/decline`, { reason: 'other' })).statusCode).toBe(400);
    expect((await call(sellerUser, 'POST', `/api/market/introductions/${asked.id}/decline`, { reason: 'too-cold' })).statusCode).toBe(400);
    expect(await ctx.db.select({ n: count() }).from(auditEvents)).toEqual(before);
    const declined = await call(sellerUser, 'POST', `/api/market/introductions/${asked.id}/decline`, { reason: 'benefit-unclear' });
    expect(declined.json()).toMatchObject({ state: 'declined', declineReason: 'benefit-unclear', deal: null });
    expect(await noticesOf(investor.userId, 'introduction.declined')).toBe(1);
    expect(await confidentialSeenBy(sellerUser, fundDemand)).toEqual({ one: null, list: null });
    expect((await call(sellerUser, 'POST', `/api/market/introductions/${asked.id}/accept`)).statusCode).toBe(409);
    expect((await call(investor, 'POST', '/api/market/introductions', { listingId: listing })).statusCode).toBe(201);
  });
});

describe('requests', () => {
  it('make one introduction of simultaneous duplicates', async () => {
    const other = await published('listings', sellerUser, { title: '海上风电防腐涂层', summary: '耐盐雾 3000 小时' });
    const noticesBefore = await noticesOf(sellerUser.userId, 'introduction.requested');
    const answers = await Promise.all(Array.from({ length: 6 }, () => call(thirdUser, 'POST', '/api/market/introductions', { listingId: other })));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((answer) => answer.json().id)).size).toBe(1);
    const [rows] = await ctx.db.select({ n: count() }).from(introductions).where(eq(introductions.listingId, other));
    expect(rows!.n).toBe(1);
    expect(await noticesOf(sellerUser.userId, 'introduction.requested')).toBe(noticesBefore + 1);
  });

  it('answer 404 for ids of others and unseen records, 409 for one\'s own listing or an unpublished one', async () => {
    expect((await call(buyerUser, 'POST', '/api/market/introductions', { listingId: listing, demandId: thirdDemand })).statusCode).toBe(404);
    expect((await call(buyerUser, 'POST', '/api/market/introductions', { listingId: randomUUID() })).statusCode).toBe(404);
    const draftDemand = (await call(buyerUser, 'POST', '/api/market/demands', { kind: 'technology', title: '未提交的需求', summary: 's' })).json().id;
    expect((await call(buyerUser, 'POST', '/api/market/introductions', { listingId: listing, demandId: draftDemand })).statusCode).toBe(409);
    const draft = (await call(sellerUser, 'POST', '/api/market/listings', { title: '未发布的成果', summary: 's' })).json().id;
    expect((await call(buyerUser, 'POST', '/api/market/introductions', { listingId: draft })).statusCode).toBe(404);
    expect((await call(operator, 'POST', '/api/market/introductions/proposals', { listingId: draft, demandId: thirdDemand })).statusCode).toBe(409);
    expect((await call(sellerUser, 'POST', '/api/market/introductions', { listingId: listing })).statusCode).toBe(409);
    for (const url of [`/api/market/deals/${randomUUID()}`, `/api/market/introductions/${randomUUID()}`]) expect((await call(operator, 'GET', url)).statusCode).toBe(404);
    expect((await call(operator, 'POST', `/api/market/deals/${randomUUID()}/actions/negotiate`)).statusCode).toBe(404);
    expect((await call(thirdUser, 'GET', `/api/market/deals/${flow.dealId}`)).statusCode).toBe(404);
  });

  it('refuse NUL characters and huge strings with 400, writing nothing', async () => {
    const [before] = await ctx.db.select({ n: count() }).from(introductions);
    const [messagesBefore] = await ctx.db.select({ n: count() }).from(dealMessages);
    const other = await published('listings', sellerUser, { title: '潮流能发电机组', summary: '兆瓦级' });
    expect((await call(buyerUser, 'POST', '/api/market/introductions', { listingId: other, message: 'a\u0000b' })).statusCode).toBe(400);
    expect((await call(buyerUser, 'POST', '/api/market/introductions', { listingId: other, message: 'x'.repeat(100_000) })).statusCode).toBe(400);
    expect((await call(buyerUser, 'POST', `/api/market/deals/${flow.dealId}/messages`, { body: 'x'.repeat(100_000) })).statusCode).toBe(400);
    expect((await call(buyerUser, 'POST', `/api/market/deals/${flow.dealId}/messages`, { body: '\u0000' })).statusCode).toBe(400);
    expect((await call(sellerUser, 'POST', `/api/market/introductions/${flow.introductionId}/decline`, { reason: 'other', text: '\u0000' })).statusCode).toBe(400);
    expect((await ctx.db.select({ n: count() }).from(introductions))[0]).toEqual(before);
    expect((await ctx.db.select({ n: count() }).from(dealMessages))[0]).toEqual(messagesBefore);
  });
});

describe('merging an organisation', () => {
  it('moves its introductions and deals to the survivor, onto its timeline', async () => {
    const duplicate = await organisation('青岛远洋装备有限公司（重复）');
    const duplicateUser = await signIn(['enterprise'], { enterpriseId: duplicate });
    const other = await published('listings', sellerUser, { title: '船舶压载水处理', summary: '电解法' });
    const asked = (await call(duplicateUser, 'POST', '/api/market/introductions', { listingId: other })).json();
    const dealId = (await call(sellerUser, 'POST', `/api/market/introductions/${asked.id}/accept`)).json().deal.id as string;
    // The survivor's own open request to that listing would be a second open one: it is the one declined.
    const waiting = (await call(buyerUser, 'POST', '/api/market/introductions', { listingId: other })).json();
    expect((await call(admin, 'POST', `/api/enterprises/${buyer}/merge`, { duplicateId: duplicate, confirmDuplicate: true })).statusCode).toBe(200);
    expect((await call(buyerUser, 'GET', `/api/market/deals/${dealId}`)).json()).toMatchObject({ buyer: { id: buyer } });
    expect((await call(buyerUser, 'GET', `/api/market/introductions/${asked.id}`)).json()).toMatchObject({ party: { id: buyer }, state: 'accepted' });
    expect((await call(buyerUser, 'GET', `/api/market/introductions/${waiting.id}`)).json()).toMatchObject({ state: 'declined', declineReason: 'other' });
    const timeline = (await call(admin, 'GET', `/api/enterprises/${buyer}/timeline?pageSize=100`)).json();
    expect(timeline.items.some((item: Json) => item.details.recordId === dealId)).toBe(true);
  });
});

describe('judgements for the matching engine', () => {
  it('are exported as qrels from the database: accepted relevant, declined as benefit unclear not', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'qiao-qrels-'));
    const file = join(folder, 'qrels.jsonl');
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await runExportQrels(['--export-qrels', file], {})).toBe(2);
    expect(await runExportQrels(['--export-qrels', file], { DATABASE_URL: ctx.config.databaseUrl })).toBe(0);
    vi.restoreAllMocks();
    const lines = (await readFile(file, 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual(
      expect.arrayContaining([
        { demand: buyerDemand, listing, grade: 3 },
        { demand: thirdDemand, listing, grade: 2 },
        { demand: fundDemand, listing, grade: 0 },
      ]),
    );
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[0])).toEqual(['demand', 'listing', 'grade']);
  });
});

describe('demo data over the market\'s', () => {
  it('makes introductions and deals at every stage, and the party-building system\'s buyers', async () => {
    await published('listings', sellerUser, { title: '智慧党建信息管理系统', summary: '组织生活、党员教育一体化' });
    for (const name of ['青岛甲公司', '青岛乙公司', '青岛丙公司', '青岛丁公司', '青岛戊公司']) await organisation(name);
    const seeded = await seedAndCount();
    // Three published demands here: one introduction each, and the system's five buyers, four of them signed.
    expect(seeded.introductions).toBe(8);
    expect(seeded.dealStates.length).toBe(7);
    expect(seeded.partyBuilding.filter((state) => ['signed', 'registered', 'completed'].includes(state)).length).toBeGreaterThanOrEqual(4);
    expect(seeded.partyBuilding).toEqual(expect.arrayContaining(['completed', 'completed', 'registered', 'signed', 'negotiation']));
    // Deterministic: the same choice twice.
    expect(await seedAndCount()).toEqual(seeded);
  });
});
