import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications } from '../../platform/notifications/schema.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { multipartForm } from '../../test/multipart-form.ts';
import { runMarketExpiry } from './expire-market-records.ts';
import { listingKind } from './market-kinds.ts';
import { demands, listings } from './schema.ts';
import { takeMarketAction } from './take-market-action.ts';

// With jobs: publishing a listing queues the matching module's notices in the approving transaction.
const { app, ctx, signIn } = await createTestApp({ jobs: true });
const admin = await signIn(['admin']);

async function createEnterprise(name: string, extra: Record<string, unknown> = {}) {
  const response = await app.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload: { name, ...extra } });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; kind: string };
}

const university = await createEnterprise('青岛海洋科技大学', { kind: 'university' });
const rival = await createEnterprise('青岛竞争科技有限公司');
const operator = await signIn(['operator']);
const owner = await signIn(['enterprise'], { enterpriseId: university.id });
const colleague = await signIn(['enterprise'], { enterpriseId: university.id });
const other = await signIn(['enterprise'], { enterpriseId: rival.id });
const investor = await signIn(['investor'], { enterpriseId: rival.id });
const leader = await signIn(['leader']);

type Json = Record<string, any>;

function call(who: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, language = 'zh-CN') {
  return app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });
}

const act = (who: SignedIn, path: string, id: string, action: string, evidence?: Json) => call(who, 'POST', `/api/market/${path}/${id}/actions/${action}`, evidence);

const fields = (await call(owner, 'GET', '/api/market/fields')).json() as Json[];
const marine = fields.find((field) => field.name === '海洋科技')!;

async function newListing(who: SignedIn = owner, extra: Json = {}) {
  const response = await call(who, 'POST', '/api/market/listings', {
    title: '海水淡化膜组件',
    summary: '反渗透膜，脱盐率 99.7%',
    fieldId: marine.id,
    keywords: ['反渗透', '海水淡化'],
    maturity: '中试',
    trl: 6,
    patents: [{ number: 'ZL202310000001.1', type: 'invention', status: 'granted' }],
    modes: ['转让', '许可'],
    priceWan: 120,
    contacts: [{ name: '王老师', phone: '0532-00000000' }],
    ...extra,
  });
  expect(response.statusCode).toBe(201);
  return response.json() as Json;
}

async function publish(path: 'listings' | 'demands', id: string) {
  expect((await act(owner, path, id, 'submit')).statusCode).toBe(200);
  expect((await act(operator, path, id, 'approve')).statusCode).toBe(200);
}

async function transitionCount(id: string) {
  const [row] = await ctx.db.select({ n: count() }).from(workflowTransitions).where(eq(workflowTransitions.recordId, id));
  return row!.n;
}

async function noticesOf(userId: string, kind: string) {
  const [row] = await ctx.db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));
  return row!.n;
}

describe('fields', () => {
  it('lists the seeded fields in each language, for every signed-in user', async () => {
    expect(fields.map((field) => field.name)).toEqual(expect.arrayContaining(['新能源', '海洋科技', '虚拟现实与增强现实', '无人机与低空经济', '集成电路与芯片', '生物医药', '新材料', '纺织服装与面料', '家居家具', '软件与信息化', '光伏与储能']));
    const english = (await call(investor, 'GET', '/api/market/fields', undefined, 'en')).json() as Json[];
    expect(english.find((field) => field.id === marine.id)!.name).toBe('Marine science and technology');
    const traditional = (await call(investor, 'GET', '/api/market/fields', undefined, 'zh-TW')).json() as Json[];
    expect(traditional.find((field) => field.nameZh === '集成电路与芯片')!.name).toBe('集成電路與芯片');
    expect(fields.find((field) => field.nameZh === '集成电路与芯片')!.industryCode).toBe('C397');
  });

  it('lets administrators add, rename and deactivate fields, and nobody else', async () => {
    expect((await call(operator, 'POST', '/api/market/fields', { name: '海工装备', nameEn: 'Offshore equipment' })).statusCode).toBe(403);
    const created = await call(admin, 'POST', '/api/market/fields', { name: '海工装备', nameEn: 'Offshore equipment', industryCode: 'C373' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect((await call(admin, 'POST', '/api/market/fields', { name: '海工裝備', nameEn: 'Again' })).statusCode).toBe(409);
    expect((await call(admin, 'POST', '/api/market/fields', { name: '无此行业', nameEn: 'x', industryCode: 'Z999' })).statusCode).toBe(400);
    const deactivated = await call(admin, 'PATCH', `/api/market/fields/${id}`, { active: false });
    expect(deactivated.json()).toMatchObject({ active: false, nameZh: '海工装备' });
    expect(((await call(owner, 'GET', '/api/market/fields')).json() as Json[]).some((field) => field.id === id)).toBe(false);
    expect(((await call(admin, 'GET', '/api/market/fields?includeInactive=true')).json() as Json[]).some((field) => field.id === id)).toBe(true);
    const refused = await call(owner, 'POST', '/api/market/listings', { title: 't', summary: 's', fieldId: id });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('fieldId');
  });
});

describe('the enterprise record', () => {
  it('carries the organisation kind, company unless given', async () => {
    expect(university.kind).toBe('university');
    expect((await createEnterprise('青岛默认类型有限公司')).kind).toBe('company');
    expect((await app.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload: { name: '坏类型', kind: 'guild' } })).statusCode).toBe(400);
    const institute = await createEnterprise('青岛改类型研究所');
    expect((await call(admin, 'PATCH', `/api/enterprises/${institute.id}`, { kind: 'institute' })).json().kind).toBe('institute');
    // An organisation's own users keep to their address and contacts.
    expect((await call(owner, 'PATCH', `/api/enterprises/${university.id}`, { kind: 'investor' })).statusCode).toBe(400);
  });

  it('moves a merged-away organisation\'s listings and demands to the surviving record', async () => {
    const duplicate = await createEnterprise('青岛海洋科技大学（重复）');
    const listing = await newListing(operator, { ownerId: duplicate.id });
    const demand = await call(operator, 'POST', '/api/market/demands', { kind: 'technology', title: '重复机构的需求', summary: 's', ownerId: duplicate.id });
    const merged = await call(admin, 'POST', `/api/enterprises/${university.id}/merge`, { duplicateId: duplicate.id, confirmDuplicate: true });
    expect(merged.statusCode).toBe(200);
    expect((await call(owner, 'GET', `/api/market/listings/${listing.id}`)).json().owner.id).toBe(university.id);
    expect((await call(owner, 'GET', `/api/market/demands/${demand.json().id}`)).json().owner.id).toBe(university.id);
  });
});

describe('the listing workflow', () => {
  it('goes from draft through a rejection to publication, telling the owner and the operators', async () => {
    const listing = await newListing();
    expect(listing).toMatchObject({ state: 'draft', owner: { id: university.id, name: '青岛海洋科技大学' }, field: { id: marine.id, name: '海洋科技' }, priceWan: 120 });
    expect(listing.allowedActions).toEqual(['submit']);
    // A draft is its owner's: others neither find nor open it.
    expect((await call(other, 'GET', `/api/market/listings/${listing.id}`)).statusCode).toBe(404);
    expect(((await call(other, 'GET', '/api/market/listings')).json().items as Json[]).some((item) => item.id === listing.id)).toBe(false);
    expect((await call(colleague, 'GET', `/api/market/listings/${listing.id}`)).statusCode).toBe(200);

    const submitted = await act(owner, 'listings', listing.id, 'submit');
    expect(submitted.json()).toMatchObject({ state: 'submitted', allowedActions: ['withdraw'] });
    expect(await noticesOf(operator.userId, 'listing.submitted')).toBe(1);
    expect((await call(owner, 'PATCH', `/api/market/listings/${listing.id}`, { title: 'x' })).statusCode).toBe(409);

    const rejected = await act(operator, 'listings', listing.id, 'reject', { reason: '请补充专利证书' });
    expect(rejected.json()).toMatchObject({ state: 'draft', rejectionReason: '请补充专利证书' });
    expect(await noticesOf(owner.userId, 'listing.rejected')).toBe(1);
    const seenByOwner = (await call(owner, 'GET', `/api/market/listings/${listing.id}`)).json();
    expect(seenByOwner.rejectionReason).toBe('请补充专利证书');

    const edited = await call(owner, 'PATCH', `/api/market/listings/${listing.id}`, { summary: '反渗透膜，脱盐率 99.8%', priceWan: null });
    expect(edited.json()).toMatchObject({ summary: '反渗透膜，脱盐率 99.8%', priceWan: null, title: '海水淡化膜组件' });
    expect((await act(owner, 'listings', listing.id, 'submit')).json().rejectionReason).toBeNull();

    const approved = await act(operator, 'listings', listing.id, 'approve');
    expect(approved.json()).toMatchObject({ state: 'published' });
    const expiresAt = new Date(approved.json().expiresAt).getTime();
    expect(Math.abs(expiresAt - (Date.now() + 365 * 86_400_000))).toBeLessThan(60_000);
    expect(await noticesOf(owner.userId, 'listing.approved')).toBe(1);
    expect(await noticesOf(colleague.userId, 'listing.approved')).toBe(1);
    const inbox = (await call(owner, 'GET', '/api/notifications', undefined, 'en')).json();
    expect(inbox.items.map((item: Json) => item.text)).toEqual(
      expect.arrayContaining(['Your technology listing "海水淡化膜组件" was approved and published', 'Your technology listing "海水淡化膜组件" was sent back: 请补充专利证书']),
    );
    expect(inbox.items[0].link).toBe(`/market/listings/${listing.id}`);

    // Published: every signed-in user finds it, in either script; only its owner may withdraw or renew it.
    const found = (await call(leader, 'GET', `/api/market/listings?q=${encodeURIComponent('海水淡化')}`)).json();
    expect(found.items.map((item: Json) => item.id)).toContain(listing.id);
    const foundTraditional = (await call(other, 'GET', `/api/market/listings?q=${encodeURIComponent('淡化膜組件')}&state=published`)).json();
    expect(foundTraditional.items.map((item: Json) => item.id)).toContain(listing.id);
    const seenByOther = (await call(other, 'GET', `/api/market/listings/${listing.id}`)).json();
    expect(seenByOther.allowedActions).toEqual([]);
    expect((await call(other, 'PATCH', `/api/market/listings/${listing.id}`, { title: 'x' })).statusCode).toBe(403);

    expect((await call(other, 'GET', `/api/market/listings/${listing.id}/history`)).statusCode).toBe(404);
    const history = (await call(owner, 'GET', `/api/market/listings/${listing.id}/history`)).json();
    expect(history.transitions.map((t: Json) => t.action)).toEqual(['start', 'submit', 'reject', 'submit', 'approve']);
    expect(history.transitions[2]).toMatchObject({ fromState: 'submitted', toState: 'draft', evidence: { reason: '请补充专利证书' } });
    expect(history.timeInStates.map((s: Json) => s.state)).toEqual(['draft', 'submitted', 'published']);
    expect(history.timeInStates.find((s: Json) => s.current).state).toBe('published');

    // Only the daily job expires a listing: no role holds the permission.
    expect((await act(admin, 'listings', listing.id, 'expire')).statusCode).toBe(403);
    const withdrawn = await act(owner, 'listings', listing.id, 'withdraw');
    expect(withdrawn.json()).toMatchObject({ state: 'withdrawn', allowedActions: ['redraft'] });
    expect((await call(other, 'GET', `/api/market/listings/${listing.id}`)).statusCode).toBe(404);
  });

  it('changes nothing on a refused transition: wrong role, wrong state, missing reason', async () => {
    const listing = await newListing();
    await act(owner, 'listings', listing.id, 'submit');
    const before = await transitionCount(listing.id);
    const refusals = [
      [await act(owner, 'listings', listing.id, 'approve'), 403],
      [await act(leader, 'listings', listing.id, 'approve'), 404],
      [await act(operator, 'listings', listing.id, 'reject'), 400],
      [await act(operator, 'listings', listing.id, 'reject', { reason: '   ' }), 400],
      [await act(operator, 'listings', listing.id, 'renew'), 409],
      [await act(operator, 'listings', listing.id, 'expire'), 409],
      [await act(operator, 'listings', listing.id, 'teleport'), 404],
    ] as const;
    for (const [response, status] of refusals) expect(response.statusCode).toBe(status);
    expect(await transitionCount(listing.id)).toBe(before);
    const [row] = await ctx.db.select().from(listings).where(eq(listings.id, listing.id));
    expect(row).toMatchObject({ state: 'submitted', rejectionReason: null });
  });

  it('makes one transition of two approvals at once', async () => {
    const listing = await newListing();
    await act(owner, 'listings', listing.id, 'submit');
    const responses = await Promise.all([act(operator, 'listings', listing.id, 'approve'), act(admin, 'listings', listing.id, 'approve')]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const approvals = await ctx.db
      .select({ n: count() })
      .from(workflowTransitions)
      .where(and(eq(workflowTransitions.recordId, listing.id), eq(workflowTransitions.action, 'approve')));
    expect(approvals[0]!.n).toBe(1);
    expect(await noticesOf(owner.userId, 'listing.approved')).toBe(2);
  });

  it('answers 404 for ids that do not exist or are not the caller\'s to see', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const draft = await newListing();
    for (const id of [missing, draft.id]) {
      expect((await call(other, 'GET', `/api/market/listings/${id}`)).statusCode).toBe(404);
      expect((await call(other, 'PATCH', `/api/market/listings/${id}`, { title: 'x' })).statusCode).toBe(404);
      expect((await act(other, 'listings', id, 'submit')).statusCode).toBe(404);
      expect((await call(other, 'GET', `/api/market/listings/${id}/history`)).statusCode).toBe(404);
    }
    expect((await call(operator, 'GET', `/api/market/listings/${missing}`)).statusCode).toBe(404);
    // Nobody but a reviewer files a record for another organisation.
    expect((await call(other, 'POST', '/api/market/listings', { title: 't', summary: 's', ownerId: university.id })).statusCode).toBe(403);
    expect((await call(operator, 'POST', '/api/market/listings', { title: 't', summary: 's' })).statusCode).toBe(400);
    expect((await call(operator, 'POST', '/api/market/listings', { title: 't', summary: 's', ownerId: missing })).statusCode).toBe(400);
    expect((await call(leader, 'POST', '/api/market/listings', { title: 't', summary: 's' })).statusCode).toBe(403);
  });

  it('refuses NUL bytes and huge strings with 400, writing nothing', async () => {
    const [before] = await ctx.db.select({ n: count() }).from(listings);
    const bad = [
      { title: 'a\u0000b', summary: 's' },
      { title: 't', summary: 'x'.repeat(100_000) },
      { title: 't', summary: 's', keywords: ['k'.repeat(51)] },
      { title: 't', summary: 's', trl: 10 },
      { title: 't', summary: 's', modes: ['赠送'] },
    ];
    for (const payload of bad) expect((await call(owner, 'POST', '/api/market/listings', payload)).statusCode).toBe(400);
    const demand = await call(owner, 'POST', '/api/market/demands', { kind: 'technology', title: 't', summary: 's', confidentialDetails: '\u0000' });
    expect(demand.statusCode).toBe(400);
    const [after] = await ctx.db.select({ n: count() }).from(listings);
    expect(after!.n).toBe(before!.n);
  });
});

describe('back to draft after withdrawal', () => {
  async function withdrawnListing() {
    const listing = await newListing();
    await publish('listings', listing.id);
    expect((await act(owner, 'listings', listing.id, 'withdraw')).statusCode).toBe(200);
    return listing;
  }

  async function rowOf(table: typeof listings | typeof demands, id: string) {
    const [row] = await ctx.db.select().from(table).where(eq(table.id, id));
    return row!;
  }

  it('lets the owner take a withdrawn listing back to draft, recorded like every transition, then change and submit it again', async () => {
    const listing = await withdrawnListing();
    const redrafted = await act(owner, 'listings', listing.id, 'redraft');
    expect(redrafted.statusCode).toBe(200);
    expect(redrafted.json()).toMatchObject({ state: 'draft', expiresAt: null, allowedActions: ['submit'] });
    const history = (await call(owner, 'GET', `/api/market/listings/${listing.id}/history`)).json();
    expect(history.transitions.at(-1)).toMatchObject({ action: 'redraft', fromState: 'withdrawn', toState: 'draft', actorId: owner.userId });
    expect(history.timeInStates.find((s: Json) => s.current).state).toBe('draft');

    expect((await call(owner, 'PATCH', `/api/market/listings/${listing.id}`, { title: '海水淡化膜组件（第二版）' })).statusCode).toBe(200);
    const submitted = await act(owner, 'listings', listing.id, 'submit');
    expect(submitted.json()).toMatchObject({ state: 'submitted', title: '海水淡化膜组件（第二版）' });
    expect(await noticesOf(operator.userId, 'listing.submitted')).toBeGreaterThan(0);
  });

  it('lets an operator do it too, telling the owner, and a demand goes back the same way', async () => {
    const listing = await withdrawnListing();
    const redraftNotices = await noticesOf(owner.userId, 'listing.redrafted');
    expect((await act(operator, 'listings', listing.id, 'redraft')).json().state).toBe('draft');
    expect(await noticesOf(owner.userId, 'listing.redrafted')).toBe(redraftNotices + 1);
    // Taken down by the operator: the owner hears of it too.
    const takenDown = await noticesOf(owner.userId, 'listing.withdrawn');
    await publish('listings', listing.id);
    expect((await act(operator, 'listings', listing.id, 'withdraw')).json().state).toBe('withdrawn');
    expect(await noticesOf(owner.userId, 'listing.withdrawn')).toBe(takenDown + 1);
    const demand = (await call(owner, 'POST', '/api/market/demands', { kind: 'technology', title: '撤回后重新编辑的需求', summary: 's' })).json() as Json;
    await publish('demands', demand.id);
    expect((await act(owner, 'demands', demand.id, 'withdraw')).json().allowedActions).toEqual(['redraft']);
    const redrafted = await act(colleague, 'demands', demand.id, 'redraft');
    expect(redrafted.json()).toMatchObject({ state: 'draft', allowedActions: ['submit'] });
    expect((await rowOf(demands, demand.id)).state).toBe('draft');
    // The owner organisation's own moves are no news to it.
    expect(await noticesOf(owner.userId, 'demand.withdrawn')).toBe(0);
    expect(await noticesOf(colleague.userId, 'demand.redrafted')).toBe(0);
  });

  it('refuses others, foreign ids and any state but withdrawn, changing nothing', async () => {
    const listing = await withdrawnListing();
    const before = { transitions: await transitionCount(listing.id), row: await rowOf(listings, listing.id) };
    const missing = '00000000-0000-4000-8000-000000000000';
    const refusals = [
      // A withdrawn record is its owner's and the reviewers': anyone else finds no such record.
      [await act(other, 'listings', listing.id, 'redraft'), 404],
      [await act(investor, 'listings', listing.id, 'redraft'), 404],
      [await act(leader, 'listings', listing.id, 'redraft'), 404],
      [await act(owner, 'listings', missing, 'redraft'), 404],
    ] as const;
    for (const [response, status] of refusals) expect(response.statusCode).toBe(status);
    // Everyone who sees a withdrawn record today may write it (its organisation's users, the reviewers); a reader of
    // the organisation without listing.write, which the permission table allows, is refused.
    const readOnly = { id: owner.userId, name: 'read only', permissions: ['listing.read' as const], enterpriseId: university.id };
    await expect(takeMarketAction(ctx.db, ctx, listingKind, { actor: readOnly, recordId: listing.id, action: 'redraft' })).rejects.toMatchObject({
      status: 403,
      code: 'workflow.notAllowed',
    });
    expect(await transitionCount(listing.id)).toBe(before.transitions);
    expect(await rowOf(listings, listing.id)).toEqual(before.row);

    // Only a withdrawn record goes back: a draft, a submitted, a published or an expired one answers 409.
    const draft = await newListing();
    const submitted = await newListing();
    await act(owner, 'listings', submitted.id, 'submit');
    const published = await newListing();
    await publish('listings', published.id);
    const expired = await newListing();
    await ctx.db.update(listings).set({ state: 'expired' }).where(eq(listings.id, expired.id));
    for (const record of [draft, submitted, published, expired]) {
      const row = await rowOf(listings, record.id);
      const transitions = await transitionCount(record.id);
      for (const who of [owner, operator]) {
        const response = await act(who, 'listings', record.id, 'redraft');
        expect(response.statusCode).toBe(409);
        expect(response.json().code).toBe('workflow.wrongState');
      }
      expect(await transitionCount(record.id)).toBe(transitions);
      expect(await rowOf(listings, record.id)).toEqual(row);
    }
  });
});

describe('attachments', () => {
  it('serves a draft\'s files to its owner and the operators only, and takes files only while a draft', async () => {
    const listing = await newListing();
    const form = (recordId: string) =>
      multipartForm([{ name: 'kind', value: 'listing' }, { name: 'recordId', value: recordId }, { name: 'file', fileName: '说明.txt', content: Buffer.from('膜组件测试报告\n') }]);
    const upload = (who: SignedIn, recordId: string) => {
      const { payload, contentType } = form(recordId);
      return app.inject({ method: 'POST', url: '/api/attachments', headers: { ...who.headers, 'content-type': contentType }, payload });
    };
    const uploaded = await upload(owner, listing.id);
    expect(uploaded.statusCode).toBe(201);
    const attachmentId = uploaded.json().id as string;
    expect((await upload(other, listing.id)).statusCode).toBe(404);

    const listFor = (who: SignedIn) => call(who, 'GET', `/api/attachments?kind=listing&recordId=${listing.id}`);
    const contentFor = (who: SignedIn) => call(who, 'GET', `/api/attachments/${attachmentId}/content`);
    expect((await listFor(other)).statusCode).toBe(404);
    expect((await contentFor(other)).statusCode).toBe(404);
    expect((await contentFor(leader)).statusCode).toBe(404);
    expect((await contentFor(operator)).statusCode).toBe(200);
    expect((await listFor(owner)).json()).toMatchObject({ canAttach: true, items: [{ id: attachmentId }] });

    await publish('listings', listing.id);
    expect((await contentFor(other)).statusCode).toBe(200);
    expect((await listFor(owner)).json().canAttach).toBe(false);
    expect((await upload(owner, listing.id)).statusCode).toBe(403);
  });
});

describe('demands', () => {
  const secret = '反应釜型号 QX-3000-机密';

  async function newDemand(extra: Json = {}) {
    const response = await call(owner, 'POST', '/api/market/demands', {
      kind: 'technology',
      title: '混酸工序改造',
      summary: '滴加时温度上窜，只敢投半釜',
      confidentialDetails: secret,
      fieldIds: [marine.id],
      targets: '单批时间从 20 小时缩短到 8 小时',
      budgetWan: 200,
      deadline: '2027-06-30',
      maturityNeeded: '中试',
      ipOwnership: 'demander',
      ...extra,
    });
    expect(response.statusCode).toBe(201);
    return response.json() as Json;
  }

  it('returns the confidential details to the owner and the operators only, on every route', async () => {
    const demand = await newDemand();
    expect(demand.confidentialDetails).toBe(secret);
    const submitted = await act(owner, 'demands', demand.id, 'submit');
    expect(submitted.json().confidentialDetails).toBe(secret);
    expect((await call(operator, 'GET', `/api/market/demands/${demand.id}`)).json().confidentialDetails).toBe(secret);
    const approved = await act(operator, 'demands', demand.id, 'approve');
    expect(approved.json()).toMatchObject({ state: 'published', confidentialDetails: secret });

    const outsiders = [other, investor, leader];
    for (const who of outsiders) {
      const responses = [
        await call(who, 'GET', `/api/market/demands/${demand.id}`),
        await call(who, 'GET', '/api/market/demands'),
        await call(who, 'GET', `/api/market/demands?kind=technology&fieldId=${marine.id}`),
        await call(who, 'GET', `/api/market/demands?q=${encodeURIComponent('QX-3000')}`),
        await act(who, 'demands', demand.id, 'withdraw'),
        await act(who, 'demands', demand.id, 'renew'),
        await call(who, 'GET', `/api/market/demands/${demand.id}/history`),
        await call(who, 'PATCH', `/api/market/demands/${demand.id}`, { title: 'x' }),
      ];
      for (const response of responses) expect(response.body).not.toContain('QX-3000');
      const seen = responses[0]!.json();
      expect(seen).toMatchObject({ id: demand.id, confidentialDetails: null, summary: '滴加时温度上窜，只敢投半釜' });
      expect(responses[1]!.json().items.find((item: Json) => item.id === demand.id).confidentialDetails).toBeNull();
      expect(responses[3]!.json().total).toBe(0);
    }
    expect((await call(colleague, 'GET', `/api/market/demands/${demand.id}`)).json().confidentialDetails).toBe(secret);
    const renewed = await act(owner, 'demands', demand.id, 'renew');
    expect(renewed.json().confidentialDetails).toBe(secret);
  });

  it('keeps an investor\'s capital demand and a technology demand\'s one field apart', async () => {
    const capital = await call(investor, 'POST', '/api/market/demands', {
      kind: 'capital',
      title: '海洋科技早期项目投资',
      summary: '关注海洋新材料与装备',
      fieldIds: fields.slice(0, 3).map((field) => field.id),
      stages: ['小试', '中试'],
      ticketMinWan: 500,
      ticketMaxWan: 3000,
      modes: ['作价入股'],
    });
    expect(capital.statusCode).toBe(201);
    expect(capital.json()).toMatchObject({ kind: 'capital', owner: { id: rival.id }, fields: fields.slice(0, 3).map((f) => ({ id: f.id, name: f.name })) });
    const twoFields = await call(owner, 'POST', '/api/market/demands', { kind: 'technology', title: 't', summary: 's', fieldIds: [fields[0]!.id, fields[1]!.id] });
    expect(twoFields.statusCode).toBe(400);
    const backwards = await call(investor, 'POST', '/api/market/demands', { kind: 'capital', title: 't', summary: 's', ticketMinWan: 10, ticketMaxWan: 1 });
    expect(backwards.statusCode).toBe(400);
    // The investor's own drafts are theirs; the university's are not.
    expect((await call(owner, 'GET', `/api/market/demands/${capital.json().id}`)).statusCode).toBe(404);
    expect((await call(investor, 'GET', `/api/market/demands/${capital.json().id}`)).statusCode).toBe(200);
  });
});

describe('expiry', () => {
  it('expires what is due and reminds once per period, however often the job runs', async () => {
    const due = await newListing();
    const soon = await newListing();
    await publish('listings', due.id);
    await publish('listings', soon.id);
    await ctx.db.execute(sql`UPDATE listings SET expires_at = now() - interval '1 minute' WHERE id = ${due.id}`);
    await ctx.db.execute(sql`UPDATE listings SET expires_at = now() + interval '10 days' WHERE id = ${soon.id}`);
    await ctx.db.execute(sql`UPDATE listings SET expires_at = now() + interval '300 days' WHERE state = 'published' AND id NOT IN (${due.id}, ${soon.id})`);
    await ctx.db.execute(sql`UPDATE demands SET expires_at = now() + interval '300 days' WHERE state = 'published'`);

    const [first, second] = await Promise.all([runMarketExpiry(ctx), runMarketExpiry(ctx)]);
    expect(first!.expired + second!.expired).toBe(1);
    expect(first!.reminded + second!.reminded).toBe(1);
    expect(await runMarketExpiry(ctx)).toEqual({ expired: 0, reminded: 0 });

    const [expired] = await ctx.db.select().from(listings).where(eq(listings.id, due.id));
    expect(expired!.state).toBe('expired');
    const history = (await call(owner, 'GET', `/api/market/listings/${due.id}/history`)).json();
    expect(history.transitions.at(-1)).toMatchObject({ action: 'expire', actorId: null });
    expect(await noticesOf(owner.userId, 'listing.expired')).toBe(1);
    expect(await noticesOf(owner.userId, 'listing.expiring')).toBe(1);
    expect((await call(other, 'GET', `/api/market/listings/${due.id}`)).statusCode).toBe(404);

    // Renewed, a record runs a new period, with a reminder of its own before its end.
    const renewed = await act(owner, 'listings', due.id, 'renew');
    expect(renewed.json().state).toBe('published');
    await ctx.db.execute(sql`UPDATE listings SET expires_at = now() + interval '5 days' WHERE id = ${due.id}`);
    expect((await runMarketExpiry(ctx)).reminded).toBe(1);
    expect((await runMarketExpiry(ctx)).reminded).toBe(0);
    expect(await noticesOf(owner.userId, 'listing.expiring')).toBe(2);
  });

  it('reminds of demands too', async () => {
    const response = await call(owner, 'POST', '/api/market/demands', { kind: 'technology', title: '提醒测试', summary: 's' });
    const id = response.json().id as string;
    await publish('demands', id);
    await ctx.db.update(demands).set({ expiresAt: sql`now() + interval '3 days'` }).where(eq(demands.id, id));
    expect((await runMarketExpiry(ctx)).reminded).toBe(1);
    expect(await noticesOf(owner.userId, 'demand.expiring')).toBe(1);
  });
});
