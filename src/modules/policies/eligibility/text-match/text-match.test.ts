import { describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn } from '../../../../test/app.ts';
import { enterprises } from '../../../enterprises/schema.ts';
import { listings } from '../../../market/schema.ts';
import { policies, policyBenefitItems } from '../../schema.ts';

const { app, ctx, signIn } = await createTestApp();
const { db } = ctx;
const officer = await signIn(['officer']);
const investor = await signIn(['investor']);

type Json = Record<string, unknown>;
const get = (who: SignedIn, url: string) => app.inject({ method: 'GET', url, headers: { ...who.headers, 'accept-language': 'zh-CN' } });
async function ok<T = Json>(response: Awaited<ReturnType<typeof get>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

async function newEnterprise(name: string, industryCode: string, listing?: { title: string; keywords: string[]; summary: string }) {
  const [row] = await db.insert(enterprises).values({ name, searchText: name, industryCode, regionCode: '370212' }).returning({ id: enterprises.id });
  if (listing) await db.insert(listings).values({ ownerId: row!.id, state: 'published', searchText: listing.title, ...listing });
  return row!.id;
}
// Both software companies: only the listing tells them apart.
const vr = await newEnterprise('青岛幻视科技有限公司', 'I6513', {
  title: '虚拟现实头戴显示与沉浸式内容制作平台',
  keywords: ['虚拟现实', 'VR', '沉浸式'],
  summary: '面向文旅与教育的VR虚拟现实内容制作与头显交互技术，支持沉浸式体验。',
});
const logistics = await newEnterprise('青岛速运软件有限公司', 'I6513', {
  title: '冷链物流仓储调度系统',
  keywords: ['冷链', '物流', '仓储'],
  summary: '冷链运输车辆调度与仓储温度监测的软件平台。',
});
const quiet = await newEnterprise('青岛默默食品有限公司', 'C1431');
// Its name, industry and listing say nothing but what half the register and every policy say.
const generic = await newEnterprise('青岛博远科技发展有限公司', 'M7530', {
  title: '企业科技发展咨询',
  keywords: ['科技', '发展'],
  summary: '为企业科技发展提供咨询。',
});
const ranch = await newEnterprise('青岛碧波海洋科技有限公司', 'A0411', {
  title: '海洋牧场智能网箱与深远海养殖平台',
  keywords: ['海洋牧场', '深远海养殖', '智能网箱'],
  summary: '面向海洋牧场的智能网箱投喂与水质监测，支持深远海养殖。',
});
const vrUser = await signIn(['enterprise'], { enterpriseId: vr });
const logisticsUser = await signIn(['enterprise'], { enterpriseId: logistics });
const genericUser = await signIn(['enterprise'], { enterpriseId: generic });
const ranchUser = await signIn(['enterprise'], { enterpriseId: ranch });

async function newPolicy(title: string, originalText: string, rule: { all: never[] } | { all: [{ kind: 'region'; codes: string[] }] }, state: 'draft' | 'published' = 'published') {
  const [policy] = await db
    .insert(policies)
    .values({ title, originalText, issuer: '崂山区科技局', level: 'district', issuedOn: '2026-01-05', guideDueAt: new Date(), state, publishedAt: new Date() })
    .returning({ id: policies.id });
  await db.insert(policyBenefitItems).values({ policyId: policy!.id, position: 0, kind: 'award', title: '扶持资金', rule });
  return policy!.id;
}
const vrPolicy = await newPolicy('崂山区支持虚拟现实产业发展的若干措施', '鼓励企业开展虚拟现实（VR）头显、沉浸式内容制作与交互技术研发。', { all: [] });
const ruled = await newPolicy('崂山区虚拟现实企业奖励（按条件）', '虚拟现实企业奖励。', { all: [{ kind: 'region', codes: ['370212'] }] });
// It shares with the generic enterprise 科技, 有限公司, 青岛, 企业 and 发展, with the ranch 海洋牧场 and 深远海养殖.
const ranchPolicy = await newPolicy(
  '崂山区支持科技企业发展海洋牧场的若干措施',
  '鼓励在青岛注册的科技企业、有限公司建设海洋牧场，发展深远海养殖，推动企业科技发展。',
  { all: [] },
);
const draft = await newPolicy('虚拟现实草稿政策', '虚拟现实头显沉浸式内容。', { all: [] }, 'draft');

type Page = { items: { enterpriseId: string; terms: string[]; score: number }[]; total: number; textMatched: boolean };
type MayConcern = { items: { policyId: string; terms: string[] }[] };

describe('the free-text match of policies', () => {
  it('ranks first the enterprise whose listing is about the policy’s subject, with the shared words', async () => {
    const page = await ok<Page>(await get(officer, `/api/policies/${vrPolicy}/text-matches`));
    expect(page.textMatched).toBe(true);
    expect(page.items[0]).toMatchObject({ enterpriseId: vr });
    expect(page.items[0]!.terms).toEqual(expect.arrayContaining(['虚拟现实', '沉浸式']));
    // A word's parts (虚拟, 现实) are not shown beside it.
    expect(page.items[0]!.terms).not.toContain('虚拟');
    expect(page.items.map((match) => match.enterpriseId)).not.toContain(logistics);
    expect(page.items.map((match) => match.enterpriseId)).not.toContain(quiet);
    // Paginated.
    expect(await ok<Page>(await get(officer, `/api/policies/${vrPolicy}/text-matches?page=2&pageSize=${page.total}`))).toMatchObject({ items: [], total: page.total });
  });

  it('counts as shared only the words that tell enterprises apart, not what most names and every policy say', async () => {
    const page = await ok<Page>(await get(officer, `/api/policies/${ranchPolicy}/text-matches`));
    expect(page.items.map((match) => match.enterpriseId)).toEqual([ranch]);
    expect(page.items[0]!.terms).toEqual(expect.arrayContaining(['海洋牧场', '深远海']));
    expect(page.items[0]!.terms).not.toEqual(expect.arrayContaining(['科技']));
    expect((await ok<MayConcern>(await get(ranchUser, '/api/policies/for-me/may-concern'))).items).toEqual([
      expect.objectContaining({ policyId: ranchPolicy, terms: expect.arrayContaining(['海洋牧场']) }),
    ]);
    expect((await ok<MayConcern>(await get(genericUser, '/api/policies/for-me/may-concern'))).items).toEqual([]);
  });

  it('leaves a policy with a rule-based item, or a draft, to its rule or its publication', async () => {
    expect(await ok<Page>(await get(officer, `/api/policies/${ruled}/text-matches`))).toMatchObject({ items: [], total: 0, textMatched: false });
    expect(await ok<Page>(await get(officer, `/api/policies/${draft}/text-matches`))).toMatchObject({ items: [], textMatched: false });
  });

  it('is for policy staff only; a missing policy is 404', async () => {
    await ok(await get(vrUser, `/api/policies/${vrPolicy}/text-matches`), 403);
    await ok(await get(investor, `/api/policies/${vrPolicy}/text-matches`), 403);
    await ok(await get(officer, '/api/policies/00000000-0000-4000-8000-000000000000/text-matches'), 404);
  });

  it('shows an enterprise user the policies that may concern its own enterprise only', async () => {
    const mine = await ok<MayConcern>(await get(vrUser, '/api/policies/for-me/may-concern'));
    expect(mine.items).toEqual([expect.objectContaining({ policyId: vrPolicy, terms: expect.arrayContaining(['虚拟现实']) })]);
    expect((await ok<MayConcern>(await get(logisticsUser, '/api/policies/for-me/may-concern'))).items).toEqual([]);
    expect((await ok<MayConcern>(await get(investor, '/api/policies/for-me/may-concern'))).items).toEqual([]);
    await ok(await get(officer, '/api/policies/for-me/may-concern'), 403);
  });
});
