import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../../../platform/audit/schema.ts';
import { postUpload } from '../../../../platform/imports/test-upload.ts';
import { createTestApp, type SignedIn } from '../../../../test/app.ts';
import { enterpriseFigures } from '../../schema.ts';
import { creditCodeCheckCharacter } from '../../validate-credit-code.ts';
import { readFiguresOf } from '../read-figures.ts';
import { figureColumns, figureHeader, type FigureColumn } from './figure-columns.ts';

const { app, ctx, signIn } = await createTestApp({ jobs: true });
const admin = await signIn(['admin']);
const officer = await signIn(['officer']);

type Json = Record<string, unknown>;
const send = (who: SignedIn, method: 'GET' | 'POST' | 'PUT', url: string, payload?: Json, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload ? { payload } : {}) });
const upload = (fileName: string, content: Buffer, who = officer, locale = 'zh-CN') => postUpload(app, '/api/enterprises/figures/imports', who.headers, fileName, content, locale);

function code(n: number) {
  const first17 = `91370212MA${String(n).padStart(6, '0')}F`;
  return first17 + creditCodeCheckCharacter(first17);
}

async function xlsx(rows: Partial<Record<FigureColumn, string | number>>[], locale: 'zh-CN' | 'en' = 'zh-CN') {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('指标');
  sheet.addRow(figureColumns.map((column) => figureHeader(locale, column)));
  for (const cells of rows) sheet.addRow(figureColumns.map((column) => cells[column] ?? null));
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function waitUntilFinished(id: string) {
  for (let waited = 0; waited < 60_000; waited += 200) {
    const status = (await send(officer, 'GET', `/api/enterprises/figures/imports/${id}`)).json();
    if (!['queued', 'importing'].includes(status.status)) return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the import did not finish');
}

const newEnterprise = async (name: string, creditCode?: string) =>
  (await send(admin, 'POST', '/api/enterprises', { name, creditCode, confirmDuplicate: true })).json().id as string;
const coded = await newEnterprise('青岛指标导入甲有限公司', code(1));
const named = await newEnterprise('青岛指标导入乙有限公司');
// Two records of one name: only the credit code tells them apart.
await newEnterprise('青岛指标导入同名有限公司');
await newEnterprise('青岛指标导入同名有限公司');
const selfReporter = await signIn(['enterprise'], { enterpriseId: named });
await send(selfReporter, 'PUT', `/api/enterprises/${named}/figures/2024`, { values: { revenue: 900, employees: 30 }, source: '企业自报' });
const nextYear = new Date().getUTCFullYear() + 1;

describe('importing yearly figures', () => {
  it('previews good rows and every bad one with its reasons in the uploader\'s language, then writes the good ones as staff-given', async () => {
    const rows = [
      { creditCode: code(1), year: 2024, revenue: '12,800.5', rdSpending: 640, employees: 86, source: '统计年报' },
      { creditCode: code(1), year: '2025年', revenue: 15000, taxesPaid: '410.25万元' },
      { enterpriseName: '青岛指标导入乙有限公司', year: 2024, revenue: 1000 },
      { enterpriseName: '青岛指标导入丙有限公司', year: 2024, revenue: 1 },
      { creditCode: code(1), year: 1999, revenue: 1 },
      { creditCode: code(1), year: 2023, revenue: -5, employees: 3.5 },
      { creditCode: code(1), year: 2024, outputValue: 1 },
      { enterpriseName: '青岛指标导入同名有限公司', year: 2024, revenue: 1 },
      { creditCode: code(1), year: 2022 },
      { creditCode: code(2), year: 2022, revenue: 'n/a' },
    ];
    const response = await upload('2024年度指标.xlsx', await xlsx(rows));
    expect(response.statusCode, response.body).toBe(201);
    const summary = response.json();
    expect(summary).toMatchObject({ status: 'validated', totalRows: 10, validRows: 3, invalidRows: 7 });
    expect(summary.errors).toEqual([
      { rowNumber: 5, messages: ['企业名称：企业库中没有该企业'] },
      { rowNumber: 6, messages: [`年度：年度应在 2000 到 ${nextYear} 之间`] },
      { rowNumber: 7, messages: ['营业收入(万元)：不能为负数', '从业人数：人数应为整数'] },
      { rowNumber: 8, messages: ['年度：与第 2 行是同一企业同一年度'] },
      { rowNumber: 9, messages: ['企业名称：有多家企业同名，请填写统一社会信用代码'] },
      { rowNumber: 10, messages: ['营业收入(万元)：至少填写一项指标'] },
      { rowNumber: 11, messages: ['营业收入(万元)：应为数字', '统一社会信用代码：企业库中没有该企业'] },
    ]);
    const english = (await upload('figures.xlsx', await xlsx(rows.slice(3, 6), 'en'), officer, 'en')).json();
    expect(english.errors.map((e: { messages: string[] }) => e.messages)).toEqual([
      ['Enterprise name: No such enterprise in the register'],
      [`Year: The year must be between 2000 and ${nextYear}`],
      ['Revenue (10,000 CNY): Must not be negative', 'Employees: A headcount must be a whole number'],
    ]);

    const committed = await send(officer, 'POST', `/api/enterprises/figures/imports/${summary.id}/commit`);
    expect(committed.statusCode, committed.body).toBe(202);
    expect(await waitUntilFinished(summary.id)).toMatchObject({ status: 'done', importedRows: 3 });
    const facts = await readFiguresOf(ctx.db, [coded, named]);
    expect(facts.get(coded)!.map((f) => [f.year, f.indicator, f.value, f.selfReported])).toEqual([
      [2024, 'employees', 86, false],
      [2024, 'rdSpending', 640, false],
      [2024, 'revenue', 12800.5, false],
      [2025, 'revenue', 15000, false],
      [2025, 'taxesPaid', 410.25, false],
    ]);
    // The imported revenue replaces the self-reported one as staff-given; the headcount not in the file stays the enterprise's.
    expect(facts.get(named)!.map((f) => [f.indicator, f.value, f.selfReported])).toEqual([
      ['employees', 30, true],
      ['revenue', 1000, false],
    ]);
    const [sources] = await ctx.db
      .select({ source: enterpriseFigures.source })
      .from(enterpriseFigures)
      .where(and(eq(enterpriseFigures.enterpriseId, coded), eq(enterpriseFigures.year, 2025), eq(enterpriseFigures.indicator, 'revenue')));
    expect(sources!.source).toBe('2024年度指标.xlsx');
    const audits = await ctx.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'figures-import'), inArray(auditEvents.entityId, [coded, named])));
    expect(audits).toHaveLength(3);
  }, 120_000);

  it('writes all of a file or nothing', async () => {
    const [before] = await ctx.db.select({ value: enterpriseFigures.value }).from(enterpriseFigures).where(and(eq(enterpriseFigures.enterpriseId, coded), eq(enterpriseFigures.year, 2024), eq(enterpriseFigures.indicator, 'revenue')));
    const summary = (await upload('again.xlsx', await xlsx([{ creditCode: code(1), year: 2024, revenue: 20000 }, { creditCode: code(1), year: 2021, revenue: 100 }]))).json();
    // The database refuses the second row at the commit: the first, valid as it is, must not be written either.
    await ctx.db.execute(`ALTER TABLE enterprise_figures ADD CONSTRAINT figure_import_test_check CHECK (year <> 2021) NOT VALID`);
    try {
      await send(officer, 'POST', `/api/enterprises/figures/imports/${summary.id}/commit`);
      const finished = await waitUntilFinished(summary.id);
      expect(finished.status).not.toBe('done');
    } finally {
      await ctx.db.execute(`ALTER TABLE enterprise_figures DROP CONSTRAINT figure_import_test_check`);
    }
    const [after] = await ctx.db.select({ value: enterpriseFigures.value }).from(enterpriseFigures).where(and(eq(enterpriseFigures.enterpriseId, coded), eq(enterpriseFigures.year, 2024), eq(enterpriseFigures.indicator, 'revenue')));
    expect(after!.value).toBe(before!.value);
  }, 120_000);

  it('gives the template in the reader\'s language, to staff who may import', async () => {
    const template = await send(officer, 'GET', '/api/enterprises/figures/import-template', undefined, 'en');
    expect(template.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect((book.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(figureColumns.map((column) => figureHeader('en', column)));
    for (const who of [await signIn(['operator']), await signIn(['agent']), selfReporter]) {
      expect((await send(who, 'GET', '/api/enterprises/figures/import-template')).statusCode).toBe(403);
      expect((await upload('x.xlsx', await xlsx([{ creditCode: code(1), year: 2024, revenue: 1 }]), who)).statusCode).toBe(403);
    }
  });
});
