import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn } from '../../../test/app.ts';
import { enterprises } from '../../enterprises/schema.ts';
import { policyEligibility } from '../schema.ts';
import { refreshChangedEnterprises } from './push-jobs.ts';
import { refreshItemEligibility } from './refresh-eligibility.ts';

// The jobs run: a change to a published policy's items is followed by the queued recomputation.
const { app, ctx, signIn } = await createTestApp({ jobs: true });
const { db } = ctx;
const officer = await signIn(['officer']);

type Json = Record<string, unknown>;
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const send = (who: SignedIn, method: Method, url: string, payload?: unknown) =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': 'zh-CN' }, ...(payload === undefined ? {} : { payload: payload as Json }) });
async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

async function newEnterprise(name: string, industryCode: string) {
  const [row] = await db
    .insert(enterprises)
    .values({ name, searchText: name, industryCode, regionCode: '370212', sizeClass: 'small', foundedOn: '2015-05-01' })
    .returning({ id: enterprises.id });
  return row!.id;
}
const electronics = await newEnterprise('青岛新鲜度电子有限公司', 'C3911');
const food = await newEnterprise('青岛新鲜度食品有限公司', 'C1431');
const electronicsUser = await signIn(['enterprise'], { enterpriseId: electronics });
const foodUser = await signIn(['enterprise'], { enterpriseId: food });

const ruleOf = (codes: string[]) => ({ all: [{ kind: 'region', codes: ['370212'] }, { kind: 'industry', codes }] });
const item = (title: string, codes: string[]) => ({ title, kind: 'award', delivery: 'application', rule: ruleOf(codes), amountRule: { kind: 'fixed', amountWan: 10 } });
type Detail = { id: string; items: { id: string; title: string }[] };

const rowsOf = async (itemId: string) =>
  (await db.select().from(policyEligibility).where(eq(policyEligibility.itemId, itemId))).map((row) => ({ enterpriseId: row.enterpriseId, status: row.status, notified: !!row.notifiedAt }));
const enterprisesOf = async (itemId: string) => (await rowsOf(itemId)).map((row) => row.enterpriseId).sort();
const inbox = async (who: SignedIn) => (await ok<{ items: { text: string }[] }>(await send(who, 'GET', '/api/notifications'))).items;
const forMe = async (who: SignedIn) => (await ok<{ items: { policyId: string }[] }>(await send(who, 'GET', '/api/policies/for-me'))).items;

const policy = await ok<Detail>(
  await send(officer, 'POST', '/api/policies', {
    title: '崂山区电子信息产业扶持办法（新鲜度）',
    issuer: '青岛市崂山区工业和信息化局',
    level: 'district',
    issuedOn: '2026-01-05',
    guideTarget: '崂山区企业',
    guideConditions: '电子信息企业',
    guideAmount: '10 万元',
    guideHowToApply: '平台申报',
    guideContact: '0532-8899 1001',
  }),
  201,
);
const first = (await ok<Detail>(await send(officer, 'POST', `/api/policies/${policy.id}/items`, item('研发投入奖励', ['C39'])), 201)).items[0]!;

describe('keeping policy_eligibility fresh', () => {
  it('follows publishing, an added item, a rule edit and a deletion, telling the newly eligible once', async () => {
    // A draft's item is recomputed only when the policy is published.
    expect(await rowsOf(first.id)).toEqual([]);
    await ok(await send(officer, 'POST', `/api/policies/${policy.id}/publish`));
    await expect.poll(() => rowsOf(first.id), { timeout: 15_000 }).toEqual([{ enterpriseId: electronics, status: 'eligible', notified: true }]);

    // The rule widened to food: the food enterprise becomes eligible and is told; the electronics one not again.
    await ok(await send(officer, 'PATCH', `/api/policies/${policy.id}/items/${first.id}`, { rule: ruleOf(['C39', 'C14']) }));
    await expect.poll(() => enterprisesOf(first.id), { timeout: 15_000 }).toEqual([electronics, food].sort());
    expect(await inbox(foodUser)).toHaveLength(1);
    expect(await inbox(electronicsUser)).toHaveLength(1);

    // An item added to the published policy is checked against the register.
    const added = (await ok<Detail>(await send(officer, 'POST', `/api/policies/${policy.id}/items`, item('食品企业奖励', ['C14'])), 201)).items.find(
      (one) => one.title === '食品企业奖励',
    )!;
    await expect.poll(() => rowsOf(added.id), { timeout: 15_000 }).toEqual([{ enterpriseId: food, status: 'eligible', notified: true }]);
    expect(await inbox(foodUser)).toHaveLength(2);

    // The rule narrowed again: the food enterprise's row goes.
    await ok(await send(officer, 'PATCH', `/api/policies/${policy.id}/items/${first.id}`, { rule: ruleOf(['C39']) }));
    await expect.poll(() => enterprisesOf(first.id), { timeout: 15_000 }).toEqual([electronics]);

    // Deleting an item takes its rows with it (the foreign key cascades), at once.
    await ok(await send(officer, 'DELETE', `/api/policies/${policy.id}/items/${added.id}`));
    expect(await rowsOf(added.id)).toEqual([]);
  });

  it('keeps a withdrawn policy’s rows as the record, offers it no longer, and tells nobody twice when it is published again', async () => {
    expect((await forMe(electronicsUser)).map((fit) => fit.policyId)).toContain(policy.id);
    await ok(await send(officer, 'POST', `/api/policies/${policy.id}/withdraw`));
    expect((await forMe(electronicsUser)).map((fit) => fit.policyId)).not.toContain(policy.id);
    const fit = await ok<{ items: { policyId: string }[] }>(await send(officer, 'GET', `/api/enterprises/${electronics}/policy-fit`));
    expect(fit.items.map((one) => one.policyId)).not.toContain(policy.id);

    // Neither the item's refresh nor the enterprise's change scan takes the record away.
    await db.transaction((tx) => refreshItemEligibility(tx, ctx, first.id));
    await refreshChangedEnterprises(ctx);
    await db.update(enterprises).set({ updatedAt: new Date() }).where(eq(enterprises.id, electronics));
    await refreshChangedEnterprises(ctx);
    expect(await rowsOf(first.id)).toEqual([{ enterpriseId: electronics, status: 'eligible', notified: true }]);

    await ok(await send(officer, 'POST', `/api/policies/${policy.id}/publish`));
    await db.transaction((tx) => refreshItemEligibility(tx, ctx, first.id));
    expect(await rowsOf(first.id)).toEqual([{ enterpriseId: electronics, status: 'eligible', notified: true }]);
    expect(await inbox(electronicsUser)).toHaveLength(1);
    expect((await db.execute(sql`SELECT count(*)::int AS n FROM policy_eligibility WHERE item_id = ${first.id}`)).rows[0]).toEqual({ n: 1 });
  });
});
