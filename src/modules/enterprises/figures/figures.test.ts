import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../../platform/audit/schema.ts';
import { createTestApp, type SignedIn } from '../../../test/app.ts';
import { enterpriseFigures, enterprises } from '../schema.ts';
import { readFiguresOf } from './read-figures.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const officer = await signIn(['officer'], { username: 'figures-officer' });
const leader = await signIn(['leader']);
const operator = await signIn(['operator']);
const agent = await signIn(['agent']);

type Json = Record<string, unknown>;
const send = (who: SignedIn, method: 'GET' | 'PUT' | 'POST', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });
async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}
const newEnterprise = async (name: string) => (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name, confirmDuplicate: true }), 201)).id;

type Figure = { value: number; source: string | null; selfReported: boolean; verifiedBy: { id: string; name: string } | null; verifiedAt: string | null; updatedBy: { id: string } | null };
type Year = { year: number; figures: Record<string, Figure | null> };
type Figures = { items: Year[]; firstYear: number; lastYear: number; indicators: { key: string; unit: string }[] };
const put = (who: SignedIn, id: string, year: number | string, body: unknown, language?: string) => send(who, 'PUT', `/api/enterprises/${id}/figures/${year}`, body, language);
const figuresOf = async (who: SignedIn, id: string) => ok<Figures>(await send(who, 'GET', `/api/enterprises/${id}/figures`));
const nextYear = new Date().getUTCFullYear() + 1;

const company = await newEnterprise('青岛海润精密制造有限公司（指标测试）');
const other = await newEnterprise('青岛澜涛新材料有限公司（指标测试）');
const companyUser = await signIn(['enterprise'], { enterpriseId: company });
const figureAudits = (id: string) => ctx.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'enterprise'), eq(auditEvents.entityId, id)));

describe('yearly figures', () => {
  it('keeps staff figures by year, audited, clearing on null and leaving missing keys alone', async () => {
    const before = (await ctx.db.select({ updatedAt: enterprises.updatedAt }).from(enterprises).where(eq(enterprises.id, company)))[0]!.updatedAt;
    const saved = await ok<Year>(await put(officer, company, 2024, { values: { revenue: 12800.5, employees: 86, rdSpending: 640 }, source: '统计年报' }));
    expect(saved.figures.revenue).toMatchObject({ value: 12800.5, source: '统计年报', selfReported: false, verifiedAt: null, updatedBy: { id: officer.userId } });
    expect(saved.figures.taxesPaid).toBeNull();
    await ok(await put(officer, company, 2024, { values: { rdSpending: null, taxesPaid: 410.25 } }));
    const all = await figuresOf(admin, company);
    expect(all.indicators.map((i) => i.key)).toEqual(['revenue', 'rdSpending', 'employees', 'taxesPaid', 'outputValue']);
    expect(all.lastYear).toBe(nextYear);
    const [year] = all.items;
    expect(year!.year).toBe(2024);
    expect(year!.figures.rdSpending).toBeNull();
    expect(year!.figures.revenue!.value).toBe(12800.5);
    expect(year!.figures.taxesPaid).toMatchObject({ value: 410.25, source: null });

    // Every write is in the enterprise's history; the record reads as changed for whatever follows figures.
    const audits = (await figureAudits(company)).filter((a) => a.action === 'figures');
    expect(audits).toHaveLength(2);
    expect(audits[1]!.before).toMatchObject({ year: 2024, rdSpending: { value: 640 } });
    expect(audits[1]!.after).toMatchObject({ year: 2024, rdSpending: null, taxesPaid: { value: 410.25 } });
    const after = (await ctx.db.select({ updatedAt: enterprises.updatedAt }).from(enterprises).where(eq(enterprises.id, company)))[0]!.updatedAt;
    expect(after.getTime()).toBeGreaterThan(before.getTime());

    // The same values again are no change and write no history.
    await ok(await put(officer, company, 2024, { values: { revenue: 12800.5, employees: 86 }, source: '统计年报' }));
    expect((await figureAudits(company)).filter((a) => a.action === 'figures')).toHaveLength(2);

    const facts = await readFiguresOf(ctx.db, [company, other]);
    expect(facts.get(other)).toEqual([]);
    expect(facts.get(company)!.map((f) => [f.year, f.indicator, f.value, f.selfReported])).toEqual([
      [2024, 'employees', 86, false],
      [2024, 'revenue', 12800.5, false],
      [2024, 'taxesPaid', 410.25, false],
    ]);
  });

  it('refuses bad years, negative, fractional headcounts, too many decimals and long sources, in the reader\'s language', async () => {
    const fields = async (response: Awaited<ReturnType<typeof send>>) =>
      (await ok<{ errors: { field: string; message: string }[] }>(response, 400)).errors.map((e) => [e.field, e.message]);
    expect(await fields(await put(officer, company, 1999, { values: { revenue: 1 } }, 'en'))).toEqual([['year', `The year must be between 2000 and ${nextYear}`]]);
    expect(await fields(await put(officer, company, nextYear + 1, { values: { revenue: 1 } }))).toEqual([['year', `年度应在 2000 到 ${nextYear} 之间`]]);
    expect(
      await fields(await put(officer, company, 2025, { values: { revenue: -1, employees: 10.5, taxesPaid: 1.23456, outputValue: 1e13, rdSpending: 1e-7 } }, 'en')),
    ).toEqual([
      ['values.revenue', 'Must not be negative'],
      ['values.rdSpending', 'At most 4 decimals'],
      ['values.employees', 'A headcount must be a whole number'],
      ['values.taxesPaid', 'At most 4 decimals'],
      ['values.outputValue', 'Too large'],
    ]);
    expect((await put(officer, company, 2025, { values: { revenue: 1 }, source: '统'.repeat(201) })).statusCode).toBe(400);
    expect((await put(officer, company, 'abc', { values: { revenue: 1 } })).statusCode).toBe(400);
    expect((await put(officer, company, 2025, { values: { revenue: '12' } })).statusCode).toBe(400);
    expect((await figuresOf(admin, company)).items.map((y) => y.year)).toEqual([2024]);
  });

  it('lets an enterprise user report only its own figures, self-reported until staff verify them', async () => {
    const reported = await ok<Year>(await put(companyUser, company, 2025, { values: { revenue: 15000, employees: 92 }, source: '企业自报' }));
    expect(reported.figures.revenue).toMatchObject({ value: 15000, selfReported: true, verifiedAt: null, updatedBy: { id: companyUser.userId } });
    // Overwriting a staff figure makes it the enterprise's own again; clearing one staff gave is refused.
    await ok(await put(companyUser, company, 2024, { values: { employees: 90 } }));
    const cleared = await ok<{ errors: { field: string }[] }>(await put(companyUser, company, 2024, { values: { revenue: null } }), 400);
    expect(cleared.errors.map((e) => e.field)).toEqual(['values.revenue']);
    const mine = await figuresOf(companyUser, company);
    expect(mine.items.map((y) => y.year)).toEqual([2025, 2024]);
    expect(mine.items[1]!.figures.employees).toMatchObject({ value: 90, selfReported: true });
    expect(mine.items[1]!.figures.revenue).toMatchObject({ value: 12800.5, selfReported: false });

    // Another enterprise is as missing as an unknown id, for reading and writing alike.
    for (const id of [other, '00000000-0000-4000-8000-000000000000']) {
      expect((await send(companyUser, 'GET', `/api/enterprises/${id}/figures`)).statusCode).toBe(404);
      expect((await put(companyUser, id, 2025, { values: { revenue: 1 } })).statusCode).toBe(404);
    }
    expect(await readFiguresOf(ctx.db, [other])).toEqual(new Map([[other, []]]));
    // An enterprise user verifies nothing, not even its own.
    expect((await send(companyUser, 'POST', `/api/enterprises/${company}/figures/2025/verify`)).statusCode).toBe(403);

    const verified = await ok<Year>(await send(leader, 'POST', `/api/enterprises/${company}/figures/2025/verify`));
    expect(verified.figures.revenue).toMatchObject({ selfReported: true, verifiedBy: { id: leader.userId } });
    expect(verified.figures.revenue!.verifiedAt).not.toBeNull();
    // Verifying again records nothing more.
    await ok(await send(leader, 'POST', `/api/enterprises/${company}/figures/2025/verify`));
    expect((await figureAudits(company)).filter((a) => a.action === 'figures-verify')).toHaveLength(1);

    // Reporting a verified figure anew makes it unverified; staff changing it makes it theirs.
    const again = await ok<Year>(await put(companyUser, company, 2025, { values: { revenue: 15200 }, source: '企业自报' }));
    expect(again.figures.revenue).toMatchObject({ value: 15200, selfReported: true, verifiedAt: null, verifiedBy: null });
    expect(again.figures.employees).toMatchObject({ selfReported: true, verifiedBy: { id: leader.userId } });
    const overwritten = await ok<Year>(await put(officer, company, 2025, { values: { revenue: 15100 }, source: '税务数据' }));
    expect(overwritten.figures.revenue).toMatchObject({ value: 15100, source: '税务数据', selfReported: false, updatedBy: { id: officer.userId } });
    const facts = (await readFiguresOf(ctx.db, [company])).get(company)!;
    expect(facts.find((f) => f.year === 2025 && f.indicator === 'employees')).toMatchObject({ selfReported: true, verified: true });
  });

  it('refuses roles without the permission', async () => {
    for (const who of [operator, agent]) {
      expect((await put(who, company, 2025, { values: { revenue: 1 } })).statusCode).toBe(403);
      expect((await send(who, 'POST', `/api/enterprises/${company}/figures/2025/verify`)).statusCode).toBe(403);
      // The service desk reads the figures of the enterprises it serves.
      await ok(await send(who, 'GET', `/api/enterprises/${company}/figures`));
    }
    const investor = await signIn(['investor']);
    expect((await send(investor, 'GET', `/api/enterprises/${company}/figures`)).statusCode).toBe(403);
  });

  it('writes one enterprise\'s concurrent reports one after the other', async () => {
    const id = await newEnterprise('青岛并发科技有限公司（指标测试）');
    const responses = await Promise.all(Array.from({ length: 6 }, (_, i) => put(officer, id, 2024, { values: { revenue: 100 + i } })));
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    const rows = await ctx.db.select().from(enterpriseFigures).where(eq(enterpriseFigures.enterpriseId, id));
    expect(rows).toHaveLength(1);
    expect((await figureAudits(id)).filter((a) => a.action === 'figures')).toHaveLength(6);
  });

  it("moves a merged duplicate's figures, the survivor's own standing", async () => {
    const survivor = await newEnterprise('青岛合并存续科技有限公司（指标测试）');
    const duplicate = await newEnterprise('青岛合并存续科技公司（指标测试重复）');
    await ok(await put(officer, survivor, 2024, { values: { revenue: 5000 }, source: '统计年报' }));
    await ok(await put(officer, duplicate, 2024, { values: { revenue: 4800, employees: 40 }, source: '税务数据' }));
    await ok(await put(officer, duplicate, 2025, { values: { taxesPaid: 120 } }));
    await ok(await send(admin, 'POST', `/api/enterprises/${survivor}/merge`, { duplicateId: duplicate }));
    const facts = await readFiguresOf(ctx.db, [survivor, duplicate]);
    expect(facts.get(survivor)!.map((f) => [f.year, f.indicator, f.value])).toEqual([
      [2024, 'employees', 40],
      [2024, 'revenue', 5000],
      [2025, 'taxesPaid', 120],
    ]);
    // The duplicate's figure the survivor already had stays with the merged record, as history.
    expect(facts.get(duplicate)!.map((f) => [f.year, f.indicator, f.value])).toEqual([[2024, 'revenue', 4800]]);
    // A merged record takes no new figures: they belong on the survivor.
    expect((await put(officer, duplicate, 2025, { values: { revenue: 1 } })).statusCode).toBe(409);
  });
});
