import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { enterprises } from '../enterprises/schema.ts';
import { policies, policyBenefitItems, policyEligibility } from '../policies/schema.ts';
import { policyApplications, policyAutomaticConfirmations, policyPayouts } from '../policy-applications/schema.ts';

const { app, ctx, signIn } = await createTestApp();
const { db } = ctx;
const officer = await signIn(['officer']);
const leader = await signIn(['leader']);

const get = (who: SignedIn, url: string, language = 'zh-CN') => app.inject({ method: 'GET', url, headers: { ...who.headers, 'accept-language': language } });
async function json<T>(url: string, who: SignedIn = officer): Promise<T> {
  const response = await get(who, url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
}

const enterprise = async (name: string) => (await db.insert(enterprises).values({ name, searchText: name }).returning())[0]!.id;
const [alpha, beta, gamma] = [await enterprise('青岛甲科技有限公司'), await enterprise('青岛乙科技有限公司'), await enterprise('青岛丙科技有限公司')];

const policy = async (title: string, values: Partial<typeof policies.$inferInsert> = {}) =>
  (await db.insert(policies).values({ title, issuer: '崂山区科技局', level: 'district', issuedOn: '2026-03-02', guideDueAt: new Date(), state: 'published', ...values }).returning())[0]!.id;
const item = async (policyId: string, title: string, delivery: 'automatic' | 'application', position: number) =>
  (await db.insert(policyBenefitItems).values({ policyId, title, kind: 'subsidy', delivery, position }).returning())[0]!.id;

const rdPolicy = await policy('崂山区研发投入补助办法');
const rdSubsidy = await item(rdPolicy, '研发投入补助', 'application', 0);
const highTechAward = await item(rdPolicy, '高企认定奖励', 'automatic', 1);
const draftPolicy = await policy('人才住房补贴（草稿）', { state: 'draft' });
const draftItem = await item(draftPolicy, '住房补贴', 'application', 0);
const cityPolicy = await policy('青岛市专精特新企业奖励', { level: 'city', issuedOn: '2026-01-10' });
await item(cityPolicy, '专精特新奖励', 'automatic', 0);

await db.insert(policyEligibility).values([
  { itemId: rdSubsidy, enterpriseId: alpha, status: 'eligible', notifiedAt: new Date() },
  { itemId: rdSubsidy, enterpriseId: beta, status: 'possible' },
  { itemId: highTechAward, enterpriseId: alpha, status: 'eligible', notifiedAt: new Date() },
  // A draft is never evaluated, whatever it holds.
  { itemId: draftItem, enterpriseId: gamma, status: 'eligible' },
]);

const snapshot = { name: '', creditCode: null, industryCode: null, regionCode: null, figures: [] };
const application = async (values: Partial<typeof policyApplications.$inferInsert> & { enterpriseId: string; state: (typeof policyApplications.$inferInsert)['state'] }) =>
  (
    await db
      .insert(policyApplications)
      .values({ itemId: rdSubsidy, appliedByName: '申报人', idempotencyKey: crypto.randomUUID(), snapshot, ...values })
      .returning()
  )[0]!.id;
const paidApplication = await application({ enterpriseId: alpha, state: 'paid', submittedAt: new Date('2026-04-01T02:00:00Z'), rating: 4, approvedAmountWan: 50 });
await application({ enterpriseId: gamma, state: 'reviewed', submittedAt: new Date('2026-04-03T02:00:00Z'), approvedAmountWan: 30 });
// Gathering its files: not applied yet.
await application({ enterpriseId: beta, state: 'draft' });
const [confirmation] = await db
  .insert(policyAutomaticConfirmations)
  .values({ itemId: highTechAward, confirmedByName: '政策科', confirmedAt: new Date('2026-04-10T01:00:00Z'), enterprises: [alpha, beta].map((id) => ({ enterpriseId: id, name: '', amountWan: 20 })) })
  .returning();
await db.insert(policyPayouts).values([
  { itemId: rdSubsidy, enterpriseId: alpha, applicationId: paidApplication, mode: 'application', amountWan: 50, paidOn: '2026-04-11', recordedByName: '财务' },
  { itemId: highTechAward, enterpriseId: alpha, confirmationId: confirmation!.id, mode: 'automatic', amountWan: 20.1, paidOn: '2026-04-15', recordedByName: '财务' },
]);

interface Figures {
  eligible: number;
  possible: number;
  notified: number;
  applied: number;
  approved: number;
  paid: number;
  amountWan: number;
  medianDaysToPayout: number | null;
  ratings: number;
  meanRating: number | null;
}
interface Report {
  items: { id: string; title: string; state: string; figures: Figures; items: { id: string; title: string; figures: Figures }[] }[];
  total: number;
  totals: Figures;
}
interface Enterprises {
  items: { enterpriseId: string; name: string; items: { id: string; title: string }[]; amountWan: number | null }[];
  total: number;
}

describe('the policies evaluation', () => {
  it('counts each step per item, and per policy each enterprise once, with amounts, days to payout and ratings', async () => {
    const report = await json<Report>('/api/reports/policies?level=district');
    expect(report.total).toBe(1);
    const [rd] = report.items;
    expect(rd!.id).toBe(rdPolicy);
    expect(rd!.items.map((row) => [row.title, row.figures])).toEqual([
      ['研发投入补助', { eligible: 1, possible: 1, notified: 1, applied: 2, approved: 2, paid: 1, amountWan: 50, medianDaysToPayout: 10, ratings: 1, meanRating: 4 }],
      ['高企认定奖励', { eligible: 1, possible: 0, notified: 1, applied: 0, approved: 2, paid: 1, amountWan: 20.1, medianDaysToPayout: 5, ratings: 0, meanRating: null }],
    ]);
    // 甲 fits, was told, was approved and paid under both items: once each for the policy.
    expect(rd!.figures).toEqual({ eligible: 1, possible: 1, notified: 1, applied: 2, approved: 3, paid: 1, amountWan: 70.1, medianDaysToPayout: 7.5, ratings: 1, meanRating: 4 });
    expect(report.totals).toEqual(rd!.figures);
  });

  it('leaves drafts out, and totals every selected policy beyond the page', async () => {
    const all = await json<Report>('/api/reports/policies?pageSize=1');
    expect(all.total).toBe(2);
    expect(all.items.map((row) => row.title)).toEqual(['崂山区研发投入补助办法']);
    expect(all.totals.eligible).toBe(1);
    expect(all.totals.approved).toBe(3);
    const second = await json<Report>('/api/reports/policies?pageSize=1&page=2');
    expect(second.items.map((row) => [row.title, row.figures.paid])).toEqual([['青岛市专精特新企业奖励', 0]]);
    const draft = await json<Report>(`/api/reports/policies?policyId=${draftPolicy}`);
    expect([draft.total, draft.items, draft.totals.eligible]).toEqual([0, [], 0]);
  });

  it('opens the enterprises behind a figure, as many as it counts', async () => {
    const approved = await json<Enterprises>(`/api/reports/policies/enterprises?figure=approved&policyId=${rdPolicy}`);
    expect(approved.total).toBe(3);
    expect(approved.items.map((row) => [row.enterpriseId, row.items.map((entry) => entry.title), row.amountWan])).toEqual([
      [gamma, ['研发投入补助'], null],
      [alpha, ['研发投入补助', '高企认定奖励'].sort((a, b) => a.localeCompare(b, 'zh-CN')), null],
      [beta, ['高企认定奖励'], null],
    ]);
    const paid = await json<Enterprises>(`/api/reports/policies/enterprises?figure=paid&itemId=${highTechAward}`);
    expect(paid.items.map((row) => [row.enterpriseId, row.amountWan])).toEqual([[alpha, 20.1]]);
    const afterTheLast = await json<Enterprises>(`/api/reports/policies/enterprises?figure=approved&policyId=${rdPolicy}&pageSize=2&page=3`);
    expect([afterTheLast.items, afterTheLast.total]).toEqual([[], 3]);
    const ofDraft = await json<Enterprises>(`/api/reports/policies/enterprises?figure=eligible&itemId=${draftItem}`);
    expect(ofDraft.total).toBe(0);
  });

  it('exports the evaluation as a workbook in the reader\'s language and audits it', async () => {
    const response = await get(leader, '/api/reports/policies/export?level=district', 'en');
    expect(response.statusCode, response.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Policies', 'Benefit items']);
    const items = workbook.getWorksheet('Benefit items')!;
    expect(items.getRow(1).getCell(5).value).toBe('Eligible');
    expect(items.getRow(3).values).toEqual([undefined, '崂山区研发投入补助办法', '高企认定奖励', 'Subsidy', 'Automatic (no application)', 1, 0, 1, 0, 2, 1, 20.1, 5, 0]);
    // No rating yet: an empty cell, not a zero.
    expect(items.getRow(3).getCell(15).value).toBeNull();
    const audit = await db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'policyEvaluation'), eq(auditEvents.actorId, leader.userId)));
    expect(audit).toHaveLength(1);
  });

  it('is read by the policy office and leaders only', async () => {
    for (const roles of [['agent'], ['operator'], ['enterprise']] as const) {
      const who = await signIn([...roles], roles[0] === 'enterprise' ? { enterpriseId: alpha } : undefined);
      expect((await get(who, '/api/reports/policies')).statusCode).toBe(403);
      expect((await get(who, `/api/reports/policies/enterprises?figure=paid`)).statusCode).toBe(403);
    }
    expect((await get(officer, '/api/reports/policies/enterprises?figure=granted')).statusCode).toBe(400);
  });
});
