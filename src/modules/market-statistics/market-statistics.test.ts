import ExcelJS from 'exceljs';
import { inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { demands, listings } from '../market/schema.ts';
import { deals, introductions } from '../market-deals/schema.ts';

const { app, ctx, signIn } = await createTestApp({ jobs: true });
const admin = await signIn(['admin']);
const operator = await signIn(['operator']);
const leader = await signIn(['leader']);

type Json = Record<string, any>;
const call = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: Json, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload ? { payload } : {}) });

const owner = (await call(admin, 'POST', '/api/enterprises', { name: '青岛海洋科技大学', kind: 'university' })).json().id as string;
const fields = (await call(operator, 'GET', '/api/market/fields')).json() as Json[];
const fieldNamed = (name: string) => fields.find((field) => field.name === name)!.id as string;
const marine = fieldNamed('海洋科技');
const software = fieldNamed('软件与信息化');

async function create(path: 'listings' | 'demands', body: Json) {
  const response = await call(operator, 'POST', `/api/market/${path}`, { ownerId: owner, summary: '摘要', ...body });
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}
async function act(path: 'listings' | 'demands', id: string, action: string, evidence?: Json) {
  expect((await call(operator, 'POST', `/api/market/${path}/${id}/actions/${action}`, evidence)).statusCode).toBe(200);
}

/** Moves a record's life into March 2026 (Beijing time): created, then each of its transitions at the times given. */
async function backdate(table: typeof listings | typeof demands, id: string, createdAt: string, actions: Record<string, string>) {
  await ctx.db.update(table).set({ createdAt: new Date(createdAt) }).where(inArray(table.id, [id]));
  for (const [action, at] of Object.entries(actions)) {
    await ctx.db.execute(sql`UPDATE ${workflowTransitions} SET at = ${at}::timestamptz WHERE record_id = ${id} AND action = ${action}`);
  }
}

// Two listings published after 3 and 1 days of review, one sent back after 5; one demand of each kind published
// after 2 days, and one technology demand without field; all in March 2026, Beijing time.
const quick = await create('listings', { title: '船舶压载水处理', fieldId: marine });
const slow = await create('listings', { title: '海洋牧场监测浮标', fieldId: marine });
const returned = await create('listings', { title: '党建信息化管理系统', fieldId: software });
const technology = await create('demands', { kind: 'technology', title: '养殖网箱防污', fieldIds: [marine] });
const capital = await create('demands', { kind: 'capital', title: '海洋与软件早期项目', fieldIds: [marine, software] });
const unfiled = await create('demands', { kind: 'technology', title: '冷库节能改造' });
for (const id of [quick, slow, returned]) await act('listings', id, 'submit');
await act('listings', quick, 'approve');
await act('listings', slow, 'approve');
await act('listings', returned, 'reject', { reason: '请补充案例' });
for (const id of [technology, capital, unfiled]) {
  await act('demands', id, 'submit');
  await act('demands', id, 'approve');
}
await backdate(listings, quick, '2026-03-01T01:00:00Z', { submit: '2026-03-10T02:00:00Z', approve: '2026-03-13T02:00:00Z' });
await backdate(listings, slow, '2026-03-01T01:00:00Z', { submit: '2026-03-20T02:00:00Z', approve: '2026-03-21T02:00:00Z' });
// Submitted at 23:30 on 31 March in Beijing (15:30 UTC): a March submission, decided five days later in April.
await backdate(listings, returned, '2026-02-28T17:00:00Z', { submit: '2026-03-31T15:30:00Z', reject: '2026-04-05T15:30:00Z' });
for (const id of [technology, capital, unfiled]) {
  await backdate(demands, id, '2026-03-02T01:00:00Z', { submit: '2026-03-03T01:00:00Z', approve: '2026-03-05T01:00:00Z' });
}

// One introduction to the quick listing, accepted on 4 March, and its deal: 意向 2 days, 洽谈 3, 签约 on 10 March
// for 85.5 万元, 登记 2 days later, completed after 8 more.
const buyer = (await call(admin, 'POST', '/api/enterprises', { name: '青岛远洋装备有限公司' })).json().id as string;
const [introduction] = await ctx.db
  .insert(introductions)
  .values({ listingId: quick, partyId: buyer, origin: 'request', state: 'accepted', createdAt: new Date('2026-03-02T02:00:00Z'), decidedAt: new Date('2026-03-04T02:00:00Z') })
  .returning();
const [deal] = await ctx.db
  .insert(deals)
  .values({ introductionId: introduction!.id, listingId: quick, sellerId: owner, buyerId: buyer, state: 'completed', amountWan: 85.5, signedOn: '2026-03-10' })
  .returning();
const dealMoves: [string | null, string, string, string][] = [
  [null, 'intent', 'start', '2026-03-05T02:00:00Z'],
  ['intent', 'negotiation', 'negotiate', '2026-03-07T02:00:00Z'],
  ['negotiation', 'signed', 'sign', '2026-03-10T02:00:00Z'],
  ['signed', 'registered', 'register', '2026-03-12T02:00:00Z'],
  ['registered', 'completed', 'complete', '2026-03-20T02:00:00Z'],
];
await ctx.db.insert(workflowTransitions).values(
  dealMoves.map(([fromState, toState, action, at]) => ({ workflow: 'deal', recordKind: 'deal', recordId: deal!.id, fromState, toState, action, actorName: '陈经纪', at: new Date(at) })),
);

describe('the market statistics', () => {
  it('counts records by Beijing month, by field on offer now, and the days review took', async () => {
    const response = await call(operator, 'GET', '/api/market/statistics?from=2026-02&to=2026-04');
    expect(response.statusCode).toBe(200);
    const statistics = response.json();
    expect(statistics.range).toEqual({ from: '2026-02', to: '2026-04' });
    expect(statistics.months).toEqual([
      // 17:00 UTC on 28 February is 1 March in Beijing.
      { month: '2026-02', listingsCreated: 0, listingsSubmitted: 0, listingsPublished: 0, demandsCreated: 0, demandsSubmitted: 0, demandsPublished: 0, dealsSigned: 0, contractAmountWan: 0 },
      { month: '2026-03', listingsCreated: 3, listingsSubmitted: 3, listingsPublished: 2, demandsCreated: 3, demandsSubmitted: 3, demandsPublished: 3, dealsSigned: 1, contractAmountWan: 85.5 },
      { month: '2026-04', listingsCreated: 0, listingsSubmitted: 0, listingsPublished: 0, demandsCreated: 0, demandsSubmitted: 0, demandsPublished: 0, dealsSigned: 0, contractAmountWan: 0 },
    ]);
    expect(statistics.fields).toEqual([
      expect.objectContaining({ fieldId: marine, fieldName: '海洋科技', listings: 2, technologyDemands: 1, capitalDemands: 1 }),
      expect.objectContaining({ fieldId: software, fieldName: '软件与信息化', listings: 0, technologyDemands: 0, capitalDemands: 1 }),
      { fieldId: null, fieldName: null, listings: 0, technologyDemands: 1, capitalDemands: 0 },
    ]);
    expect(statistics.review).toEqual([
      // The rejection was decided in April, outside March's decisions but inside this range: 3, 1 and 5 days.
      { kind: 'listing', approved: 2, rejected: 1, medianDaysToDecision: 3 },
      { kind: 'demand', approved: 3, rejected: 0, medianDaysToDecision: 2 },
    ]);
    expect(statistics.deals).toEqual({ introductionsRequested: 1, introductionsAccepted: 1, dealsSigned: 1, dealsCompleted: 1, contractAmountWan: 85.5 });
    expect(statistics.fieldDeals).toEqual([
      {
        fieldId: marine,
        fieldName: '海洋科技',
        introductionsRequested: 1,
        introductionsAccepted: 1,
        dealsSigned: 1,
        dealsCompleted: 1,
        contractAmountWan: 85.5,
        acceptedRate: 100,
        signedRate: 100,
        completedRate: 100,
      },
    ]);
    expect(statistics.dealStages).toEqual([
      { state: 'intent', moves: 1, medianDays: 2 },
      { state: 'negotiation', moves: 1, medianDays: 3 },
      { state: 'signed', moves: 1, medianDays: 2 },
      { state: 'registered', moves: 1, medianDays: 8 },
    ]);
    expect(statistics.states).toEqual(
      expect.arrayContaining([
        { kind: 'listing', state: 'published', count: 2 },
        { kind: 'listing', state: 'draft', count: 1 },
        { kind: 'demand', state: 'published', count: 3 },
        { kind: 'demand', state: 'submitted', count: 0 },
      ]),
    );
  });

  it('names fields in the reader\'s language and decides only on what falls in the range', async () => {
    const march = (await call(leader, 'GET', '/api/market/statistics?from=2026-03&to=2026-03', undefined, 'en')).json();
    expect(march.fields[0].fieldName).toBe('Marine science and technology');
    expect(march.review[0]).toEqual({ kind: 'listing', approved: 2, rejected: 0, medianDaysToDecision: 2 });
  });

  it('defaults to the twelve months up to now and refuses a range upside down, malformed or too long', async () => {
    const recent = (await call(operator, 'GET', '/api/market/statistics')).json();
    expect(recent.months).toHaveLength(12);
    const upsideDown = await call(operator, 'GET', '/api/market/statistics?from=2026-05&to=2026-03');
    expect(upsideDown.statusCode).toBe(400);
    expect(upsideDown.json().errors).toEqual([{ field: 'to', message: '起始月份不能晚于结束月份' }]);
    expect((await call(operator, 'GET', '/api/market/statistics?from=2026-13')).json().errors).toEqual([{ field: 'from', message: '月份格式为 2026-01' }]);
    expect((await call(operator, 'GET', '/api/market/statistics?from=2020-01&to=2026-01')).statusCode).toBe(400);
  });

  it('keeps the figures to the operator, leaders and administrators', async () => {
    for (const role of ['enterprise', 'investor', 'officer', 'agent', 'judge'] as const) {
      const who = await signIn([role], role === 'enterprise' ? { enterpriseId: owner } : {});
      expect((await call(who, 'GET', '/api/market/statistics')).statusCode, role).toBe(403);
      expect((await call(who, 'GET', '/api/market/statistics/export')).statusCode, role).toBe(403);
    }
  });

  it('exports every table as a sheet in the reader\'s language', async () => {
    const response = await call(operator, 'GET', '/api/market/statistics/export?from=2026-02&to=2026-04', undefined, 'zh-TW');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('技術市場統計-2026-02至2026-04.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['按月', '按領域', '審核', '對接與交易', '按領域的對接與交易', '交易各階段用時', '目前狀態']);
    const months = workbook.getWorksheet('按月')!;
    expect(months.getRow(1).values).toEqual([undefined, '月份', '新建成果', '提交審核的成果', '發布的成果', '新建需求', '提交審核的需求', '發布的需求', '簽約交易', '合約金額（萬元）']);
    expect(months.getRow(3).values).toEqual([undefined, '2026-03', 3, 3, 2, 3, 3, 3, 1, 85.5]);
    expect(workbook.getWorksheet('對接與交易')!.getRow(6).values).toEqual([undefined, '合約金額（萬元）', 85.5]);
    expect(workbook.getWorksheet('交易各階段用時')!.getRow(5).values).toEqual([undefined, '技術合約登記', 1, 8]);
    const fieldsSheet = workbook.getWorksheet('按領域')!;
    expect(fieldsSheet.getRow(4).values).toEqual([undefined, '未填領域', 0, 1, 0]);
    expect(workbook.getWorksheet('審核')!.getRow(2).values).toEqual([undefined, '科技成果', 2, 1, 3]);
  });

  it('counts introductions and deals by the field of their listing, with each step\'s conversion, on screen and in the workbook', async () => {
    // To the software listing in March: three asked for by three organisations, one declined, one still waiting, one
    // accepted and signed on 25 March for 20 万元; to an unfiled listing one asked for in March and accepted on
    // 2 April, outside a March-only range; to the marine listing one asked for in January, outside both ranges.
    const unfiledListing = await create('listings', { title: '冷链物流调度平台' });
    const party = async (name: string) => (await call(admin, 'POST', '/api/enterprises', { name, confirmDuplicate: true })).json().id as string;
    const [first, second, third] = [await party('青岛软件采购一厂'), await party('青岛软件采购二厂'), await party('青岛软件采购三厂')];
    const asked = (listingId: string, partyId: string, createdAt: string, state: 'requested' | 'accepted' | 'declined', decidedAt?: string) => ({
      listingId,
      partyId,
      origin: 'request' as const,
      state,
      createdAt: new Date(createdAt),
      decidedAt: decidedAt ? new Date(decidedAt) : null,
    });
    const [, , signedIntroduction] = await ctx.db
      .insert(introductions)
      .values([
        asked(returned, first, '2026-03-03T02:00:00Z', 'declined', '2026-03-04T02:00:00Z'),
        asked(returned, second, '2026-03-05T02:00:00Z', 'requested'),
        asked(returned, third, '2026-03-06T02:00:00Z', 'accepted', '2026-03-08T02:00:00Z'),
        asked(unfiledListing, first, '2026-03-28T02:00:00Z', 'accepted', '2026-04-02T02:00:00Z'),
        asked(quick, second, '2026-01-10T02:00:00Z', 'declined', '2026-01-12T02:00:00Z'),
      ])
      .returning();
    const [softwareDeal] = await ctx.db
      .insert(deals)
      .values({ introductionId: signedIntroduction!.id, listingId: returned, sellerId: owner, buyerId: third, state: 'signed', amountWan: 20, signedOn: '2026-03-25' })
      .returning();
    await ctx.db.insert(workflowTransitions).values(
      [
        [null, 'intent', 'start', '2026-03-08T02:00:00Z'],
        ['intent', 'negotiation', 'negotiate', '2026-03-10T02:00:00Z'],
        ['negotiation', 'signed', 'sign', '2026-03-25T02:00:00Z'],
      ].map(([fromState, toState, action, at]) => ({ workflow: 'deal', recordKind: 'deal', recordId: softwareDeal!.id, fromState, toState: toState!, action: action!, actorName: '陈经纪', at: new Date(at!) })),
    );

    const march = (await call(operator, 'GET', '/api/market/statistics?from=2026-03&to=2026-03')).json();
    const figuresOf = (rows: Json[]) => rows.map(({ fieldId: _id, fieldName: _name, ...figures }) => figures);
    expect(figuresOf(march.fieldDeals)).toEqual([
      { introductionsRequested: 1, introductionsAccepted: 1, dealsSigned: 1, dealsCompleted: 1, contractAmountWan: 85.5, acceptedRate: 100, signedRate: 100, completedRate: 100 },
      { introductionsRequested: 3, introductionsAccepted: 1, dealsSigned: 1, dealsCompleted: 0, contractAmountWan: 20, acceptedRate: 33.3, signedRate: 100, completedRate: 0 },
      { introductionsRequested: 1, introductionsAccepted: 0, dealsSigned: 0, dealsCompleted: 0, contractAmountWan: 0, acceptedRate: 0, signedRate: null, completedRate: null },
    ]);
    expect(march.fieldDeals.map((figures: Json) => [figures.fieldId, figures.fieldName])).toEqual([[marine, '海洋科技'], [software, '软件与信息化'], [null, null]]);
    // The fields' rows add up to the totals.
    expect(march.deals).toEqual({ introductionsRequested: 5, introductionsAccepted: 2, dealsSigned: 2, dealsCompleted: 1, contractAmountWan: 105.5 });

    const spring = (await call(operator, 'GET', '/api/market/statistics?from=2026-03&to=2026-04', undefined, 'en')).json();
    expect(spring.fieldDeals.at(-1)).toEqual({
      fieldId: null,
      fieldName: null,
      introductionsRequested: 1,
      introductionsAccepted: 1,
      dealsSigned: 0,
      dealsCompleted: 0,
      contractAmountWan: 0,
      acceptedRate: 100,
      signedRate: 0,
      completedRate: null,
    });
    expect(spring.fieldDeals[1].fieldName).toBe('Software and information services');
    const january = (await call(operator, 'GET', '/api/market/statistics?from=2026-01&to=2026-01')).json();
    expect(january.fieldDeals).toEqual([
      { fieldId: marine, fieldName: '海洋科技', introductionsRequested: 1, introductionsAccepted: 0, dealsSigned: 0, dealsCompleted: 0, contractAmountWan: 0, acceptedRate: 0, signedRate: null, completedRate: null },
    ]);

    const response = await call(operator, 'GET', '/api/market/statistics/export?from=2026-03&to=2026-03', undefined, 'en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Deals by field')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Field',
      'Introductions asked for',
      'Introductions accepted',
      'Accepted of asked (%)',
      'Deals signed',
      'Signed of accepted (%)',
      'Deals completed',
      'Completed of signed (%)',
      'Contract amount (10k CNY)',
    ]);
    expect(sheet.getRow(3).values).toEqual([undefined, 'Software and information services', 3, 1, 33.3, 1, 100, 0, 0, 20]);
    // An empty cell where nothing came before to convert from.
    expect(sheet.getRow(4).values).toEqual([undefined, 'No field given', 1, 0, 0, 0, undefined, 0, undefined, 0]);
  });
});
