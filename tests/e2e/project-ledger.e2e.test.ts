import { randomInt } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phone, startE2e, type E2e } from './harness.ts';

// An administrator brings an existing project ledger (台账) in from the projects page.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('importing a project ledger', () => {
  it('uploads the ledger, shows the bad row with its reason, imports the good ones and lists them', async () => {
    const page = await e2e.newPage();
    await e2e.logIn(page, 'admin');
    await page.goto('/projects');
    await page.getByRole('link', { name: /导入台账/ }).click();
    await poll(() => page.getByText('导入项目台账').first().isVisible()).toBe(true);

    const template = await page.request.get('/api/projects/import-template');
    expect(template.ok()).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await template.body()) as unknown as ArrayBuffer);
    const header = (workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1).map(String);
    const ledger = new ExcelJS.Workbook();
    const sheet = ledger.addWorksheet('台账');
    sheet.addRow(header);
    const row = (values: Record<string, string>) => sheet.addRow(header.map((column) => values[column] ?? ''));
    // Other browser tests share the database: names of this run only.
    const run = randomInt(1_000_000);
    row({ 项目名称: `台账浏览器测试甲${run}`, 企业名称: `青岛台账浏览器测试${run}有限公司`, 阶段: '洽谈' });
    row({ 项目名称: `台账浏览器测试乙${run}`, 企业名称: `青岛台账浏览器测试${run}有限公司`, 阶段: '签约', 签约日期: '2024-03-15', '协议投资额(万元)': '8000', '内资/外资': '内资' });
    row({ 项目名称: `台账浏览器测试丙${run}`, 企业名称: `青岛台账浏览器测试${run}有限公司`, 阶段: '火星' });
    await page.locator('input[type=file]').setInputFiles({
      name: '台账.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await ledger.xlsx.writeBuffer()),
    });
    await poll(() => page.getByText('导入 2 条有效记录').isVisible()).toBe(true);
    await poll(() => page.locator('.import-row-invalid').textContent()).toContain('阶段：应为');
    await poll(() => page.getByRole('button', { name: /下载错误报告/ }).isVisible()).toBe(true);
    await e2e.screenshot(page, 'ledger-01-preview');

    await page.getByText('导入 2 条有效记录').click();
    await page.getByRole('button', { name: '开始导入' }).click();
    await poll(() => page.getByText('导入完成，共导入 2 个项目').isVisible()).toBe(true);
    await e2e.screenshot(page, 'ledger-02-done');
    await page.getByRole('button', { name: '查看项目' }).click();
    await poll(() => page.getByText(`台账浏览器测试乙${run}`).first().isVisible()).toBe(true);
  });

  it('fits the import page on a phone', async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'admin');
    await page.goto('/projects/import');
    await poll(() => page.getByText('导入项目台账').first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  });
});
