import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chinaToday } from '../../../platform/calendar/china-day.ts';
import { createTestApp, type SignedIn } from '../../../test/app.ts';
import { enterpriseFigures, enterprises } from '../../enterprises/schema.ts';
import type { AmountRule, Rule } from '../rules/rule-schemas.ts';
import { policies, policyBenefitItems, policyEligibility } from '../schema.ts';
import { refreshChangedEnterprises } from './push-jobs.ts';
import { refreshItemEligibility } from './refresh-eligibility.ts';

const { app, ctx, signIn } = await createTestApp();
const { db } = ctx;
const admin = await signIn(['admin']);
const officer = await signIn(['officer']);
const operator = await signIn(['operator']);

type Json = Record<string, unknown>;
const get = (who: SignedIn, url: string, language = 'zh-CN') => app.inject({ method: 'GET', url, headers: { ...who.headers, 'accept-language': language } });
async function ok<T = Json>(response: Awaited<ReturnType<typeof get>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

const thisYear = Number(chinaToday().slice(0, 4));
const lastYear = thisYear - 1;

async function newEnterprise(name: string, facts: Partial<typeof enterprises.$inferInsert> = {}) {
  const [row] = await db
    .insert(enterprises)
    .values({ name, searchText: name, industryCode: 'C3911', regionCode: '370212', sizeClass: 'small', foundedOn: '2015-05-01', ...facts })
    .returning({ id: enterprises.id });
  return row!.id;
}
async function newPolicy(title: string, items: { title: string; rule: Rule; amountRule?: AmountRule }[], state: 'draft' | 'published' = 'published') {
  const [policy] = await db
    .insert(policies)
    .values({ title, issuer: '崂山区科技局', level: 'district', issuedOn: '2026-01-05', guideDueAt: new Date(), state, publishedAt: state === 'published' ? new Date() : null })
    .returning({ id: policies.id });
  const rows = await db
    .insert(policyBenefitItems)
    .values(items.map((item, position) => ({ policyId: policy!.id, position, kind: 'award' as const, ...item })))
    .returning({ id: policyBenefitItems.id });
  return { policyId: policy!.id, itemIds: rows.map((row) => row.id) };
}

// Revenue last year at least 5,000 万元 in software (I65) or electronics (C39): the demo's kind of 崂山 rule.
const revenueRule: Rule = {
  all: [
    { kind: 'industry', codes: ['C39', 'I65'] },
    { kind: 'indicator', indicator: 'revenue', year: { kind: 'yearsBack', years: 1 }, comparison: 'gte', value: 5000 },
  ],
};
const fits = await newEnterprise('青岛规则适配电子有限公司');
const unknownRevenue = await newEnterprise('青岛规则未报电子有限公司');
const tooSmall = await newEnterprise('青岛规则小额电子有限公司');
const otherIndustry = await newEnterprise('青岛规则食品有限公司', { industryCode: 'C14' });
await db.insert(enterpriseFigures).values([
  { enterpriseId: fits, year: lastYear, indicator: 'revenue', value: 8000 },
  { enterpriseId: tooSmall, year: lastYear, indicator: 'revenue', value: 4999.5 },
  { enterpriseId: otherIndustry, year: lastYear, indicator: 'revenue', value: 9000 },
]);
const { policyId, itemIds } = await newPolicy('崂山区促进电子信息产业发展的若干政策', [
  { title: '营业收入首次突破5000万元奖励', rule: revenueRule, amountRule: { kind: 'share', indicator: 'revenue', year: { kind: 'yearsBack', years: 1 }, percent: 1, capWan: 50 } },
  { title: '无条件的宣传服务', rule: { all: [] } },
]);
const [revenueItem] = itemIds as [string, string];
const draft = await newPolicy('草稿政策', [{ title: '草稿条目', rule: revenueRule }], 'draft');
const userOf = (enterpriseId: string) => signIn(['enterprise'], { enterpriseId });
const fitsUser = await userOf(fits);
const unknownUser = await userOf(unknownRevenue);

type Fit = { items: { itemId: string; status: string; amountWan: number | null; conditions: { outcome: string; actual: unknown; missing: boolean; year?: number }[] }[] };

describe('an enterprise’s fit', () => {
  it('explains each condition of each offered item, with the estimated sum', async () => {
    const fit = await ok<Fit>(await get(officer, `/api/enterprises/${fits}/policy-fit`));
    // The item without a condition and the draft's are not offered by rule.
    expect(fit.items.map((item) => item.itemId)).toEqual([revenueItem]);
    expect(fit.items[0]).toMatchObject({ status: 'eligible', amountWan: 50, conditions: [{ outcome: 'met', actual: 'C3911' }, { outcome: 'met', actual: 8000, year: lastYear }] });

    const unknown = await ok<Fit>(await get(unknownUser, '/api/policies/for-me'));
    expect(unknown.items[0]).toMatchObject({ status: 'possible', amountWan: null, conditions: [{ outcome: 'met' }, { outcome: 'unknown', actual: null, missing: true, year: lastYear }] });
    expect((await ok<Fit>(await get(admin, `/api/enterprises/${tooSmall}/policy-fit`))).items[0]).toMatchObject({ status: 'ineligible', amountWan: 49.995 });
  });

  it('lets an enterprise user read only its own fit: another’s or a missing one is 404', async () => {
    await ok(await get(fitsUser, `/api/enterprises/${fits}/policy-fit`));
    await ok(await get(fitsUser, `/api/enterprises/${unknownRevenue}/policy-fit`), 404);
    await ok(await get(fitsUser, `/api/enterprises/00000000-0000-4000-8000-000000000000/policy-fit`), 404);
    await ok(await get(admin, `/api/enterprises/00000000-0000-4000-8000-000000000000/policy-fit`), 404);
    // Staff have no organisation of their own to browse for; an investor without one sees nothing.
    await ok(await get(officer, '/api/policies/for-me'), 403);
    expect((await ok<Fit>(await get(await signIn(['investor']), '/api/policies/for-me'))).items).toEqual([]);
  });
});

describe('an item’s enterprises', () => {
  type Page = { items: { id: string; name: string }[]; total: number; counts: { eligible: number; possible: number } };
  it('lists the eligible and the possible over the whole register with both counts, for staff only', async () => {
    const eligible = await ok<Page>(await get(operator, `/api/policies/items/${revenueItem}/eligible`));
    expect(eligible.items.map((e) => e.id)).toContain(fits);
    expect(eligible.items.map((e) => e.id)).not.toContain(unknownRevenue);
    expect(eligible.total).toBe(eligible.counts.eligible);
    const possible = await ok<Page>(await get(operator, `/api/policies/items/${revenueItem}/eligible?status=possible&pageSize=1`));
    expect(possible.items).toHaveLength(1);
    expect(possible.total).toBe(possible.counts.possible);
    const all = await ok<Page>(await get(operator, `/api/policies/items/${revenueItem}/eligible?status=possible&pageSize=100`));
    expect(all.items.map((e) => e.id)).toContain(unknownRevenue);
    expect(all.items.map((e) => e.id)).not.toContain(tooSmall);

    await ok(await get(fitsUser, `/api/policies/items/${revenueItem}/eligible`), 403);
    await ok(await get(officer, `/api/policies/items/00000000-0000-4000-8000-000000000000/eligible`), 404);
    await ok(await get(officer, `/api/policies/items/${revenueItem}/eligible?status=ineligible`), 400);
  });
});

describe('push', () => {
  type Inbox = { items: { text: string; link: string }[] };
  const inbox = async (who: SignedIn) => (await ok<Inbox>(await get(who, '/api/notifications'))).items;

  it('records who fits a published item and tells the newly eligible once', async () => {
    await db.transaction((tx) => refreshItemEligibility(tx, ctx, revenueItem));
    const rows = await db.select().from(policyEligibility).where(eq(policyEligibility.itemId, revenueItem));
    const statusOf = new Map(rows.map((row) => [row.enterpriseId, row.status]));
    expect(statusOf.get(fits)).toBe('eligible');
    expect(statusOf.get(unknownRevenue)).toBe('possible');
    expect(statusOf.has(tooSmall)).toBe(false);
    expect(statusOf.has(otherIndustry)).toBe(false);
    expect(await inbox(fitsUser)).toEqual([
      expect.objectContaining({ text: '你单位符合《崂山区促进电子信息产业发展的若干政策》中“营业收入首次突破5000万元奖励”的条件，请查看“惠企政策”', link: '/policies/for-me' }),
    ]);
    expect(await inbox(unknownUser)).toEqual([]);

    // Again: nothing new, no second notice.
    await db.transaction((tx) => refreshItemEligibility(tx, ctx, revenueItem));
    expect(await inbox(fitsUser)).toHaveLength(1);
    // A draft's item keeps no rows.
    await db.transaction((tx) => refreshItemEligibility(tx, ctx, draft.itemIds[0]!));
    expect(await db.select().from(policyEligibility).where(eq(policyEligibility.itemId, draft.itemIds[0]!))).toEqual([]);
  });

  it('catches up enterprises whose figures changed, telling one that gave its missing figure', async () => {
    await refreshChangedEnterprises(ctx);
    await db.insert(enterpriseFigures).values({ enterpriseId: unknownRevenue, year: lastYear, indicator: 'revenue', value: 6000, selfReported: true });
    await db.update(enterpriseFigures).set({ value: 100, updatedAt: new Date() }).where(and(eq(enterpriseFigures.enterpriseId, fits), eq(enterpriseFigures.year, lastYear)));
    expect(await refreshChangedEnterprises(ctx)).toBeGreaterThanOrEqual(1);
    expect((await inbox(unknownUser)).map((n) => n.link)).toEqual(['/policies/for-me']);
    const rows = await db.select().from(policyEligibility).where(eq(policyEligibility.itemId, revenueItem));
    expect(rows.find((row) => row.enterpriseId === unknownRevenue)).toMatchObject({ status: 'eligible', notifiedAt: expect.any(Date) });
    // No longer fitting: its row goes, so fitting again would be news again.
    expect(rows.find((row) => row.enterpriseId === fits)).toBeUndefined();

    // A second run reads the overlap again and tells nobody twice.
    await refreshChangedEnterprises(ctx);
    expect(await inbox(unknownUser)).toHaveLength(1);
  });

  it('keeps a withdrawn policy’s rows as the record of whom it reached', async () => {
    const before = await db.select().from(policyEligibility).where(eq(policyEligibility.itemId, revenueItem));
    await db.update(policies).set({ state: 'withdrawn' }).where(eq(policies.id, policyId));
    await db.transaction((tx) => refreshItemEligibility(tx, ctx, revenueItem));
    expect(await db.select().from(policyEligibility).where(eq(policyEligibility.itemId, revenueItem))).toEqual(before);
    await db.update(policies).set({ state: 'published' }).where(eq(policies.id, policyId));
  });
});
