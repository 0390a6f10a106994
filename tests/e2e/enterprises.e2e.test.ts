import { randomInt } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeAlphabet as alphabet, creditCodeCheckCharacter } from '../../src/modules/enterprises/validate-credit-code.ts';
import { phone, startE2e, type E2e } from './harness.ts';

/** A well-formed credit code of a Laoshan (370212) company that the demo data cannot have. */
function freshCreditCode(): string {
  const organisation = Array.from({ length: 9 }, () => alphabet[randomInt(alphabet.length)]).join('');
  const first17 = `91370212${organisation}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

/** The same code with a check character that is certainly wrong, and the one it should have been. */
function withWrongCheckCharacter(code: string): { code: string; expected: string } {
  const expected = code.slice(-1);
  const wrong = alphabet[(alphabet.indexOf(expected) + 1) % alphabet.length]!;
  return { code: `${code.slice(0, 17)}${wrong}`, expected };
}

/** Waits for the language menu to finish closing, so that screenshots show the page. */
async function menuClosed(page: Page) {
  await expect.poll(() => page.locator('.ant-dropdown:not(.ant-dropdown-hidden)').count()).toBe(0);
}

const enterpriseName = '青岛澜湾智能科技有限公司';
const traditionalQuery = '青島瀾灣智能';

let e2e: E2e;
let admin: Page;
let createdId = '';

beforeAll(async () => {
  e2e = await startE2e();
  admin = await e2e.newPage();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('Qiao in the browser', () => {
  it('signs the demo administrator in from the login page', async () => {
    await admin.goto('/enterprises');
    // Not signed in: the login page, which keeps where the user was going.
    await admin.waitForURL(/\/login\?next=%2Fenterprises/);
    await expect.poll(() => admin.getByText('连接政府、企业与资本').isVisible()).toBe(true);
    await e2e.screenshot(admin, '01-login');

    await admin.locator('#username').fill('admin');
    await admin.locator('#password').fill('wrong-password-1');
    await admin.locator('button[type=submit]').click();
    await expect.poll(() => admin.locator('.ant-alert-error').textContent()).toContain('用户名或密码不正确');

    await e2e.logIn(admin, 'admin');
    await admin.goto('/');
    await expect.poll(() => admin.getByRole('heading', { name: '你好，系统管理员' }).isVisible()).toBe(true);
    await expect.poll(() => admin.getByText('企业总数').isVisible()).toBe(true);
    await e2e.screenshot(admin, '02-home');
  });

  it('creates an enterprise with a valid credit code', async () => {
    const creditCode = freshCreditCode();
    await admin.goto('/enterprises/new');
    await admin.locator('#name').fill(enterpriseName);
    await admin.locator('#creditCode').fill(creditCode.toLowerCase());
    await admin.locator('#address').fill('青岛市崂山区松岭路 169 号');
    // The industry picker searches on the server, so Traditional script finds the Simplified standard.
    await admin.locator('#industryCode').click();
    await admin.locator('#industryCode').fill('應用軟件');
    await admin.getByTitle('I6513 应用软件开发').click();
    await admin.getByRole('button', { name: '添加联系人' }).click();
    await admin.locator('#contacts_0_name').fill('韩梅梅');
    await admin.locator('#contacts_0_phone').fill('0532-8888 6666');
    await admin.getByRole('button', { name: '创建', exact: true }).click();

    await admin.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);
    createdId = admin.url().split('/').pop()!;
    await expect.poll(() => admin.getByRole('heading', { name: enterpriseName }).isVisible()).toBe(true);
    await expect.poll(() => admin.getByText(creditCode).isVisible()).toBe(true);
    await expect.poll(() => admin.getByText('应用软件开发').first().isVisible()).toBe(true);
    await admin.getByRole('tab', { name: '修改历史' }).click();
    await expect.poll(() => admin.locator('.audit-event').first().textContent()).toContain('创建');
    await e2e.screenshot(admin, '03-enterprise-created');
  });

  it('explains a credit code with a wrong check character at the field', async () => {
    const { code } = withWrongCheckCharacter(freshCreditCode());
    await admin.goto('/enterprises/new');
    await admin.locator('#name').fill('青岛校验位测试有限公司');
    await admin.locator('#creditCode').fill(code);
    const message = '统一社会信用代码无效，请逐位核对';
    await expect.poll(() => admin.locator('#creditCode_help').textContent()).toContain(message);
    // Submitting is refused before anything is saved.
    await admin.getByRole('button', { name: '创建', exact: true }).click();
    await expect.poll(() => admin.locator('#creditCode_help').textContent()).toBe(message);
    expect(admin.url()).toMatch(/\/enterprises\/new$/);
    await e2e.screenshot(admin, '04-wrong-check-character');
  });

  it('finds the new enterprise by its name in Traditional script', async () => {
    await admin.goto('/enterprises');
    const search = admin.getByPlaceholder('搜索企业名称、曾用名或信用代码');
    await search.fill(traditionalQuery);
    await search.press('Enter');
    await admin.waitForURL(/q=/);
    await expect.poll(() => admin.locator('.ant-table-tbody').getByRole('link', { name: enterpriseName }).isVisible()).toBe(true);
    await expect.poll(() => admin.getByText('共 1 家企业').isVisible()).toBe(true);
    await e2e.screenshot(admin, '05-found-by-traditional-name');

    // The export downloads what the filters found, not the whole register.
    const [download] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: '导出' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const exported = new ExcelJS.Workbook();
    await exported.xlsx.readFile(await download.path());
    const names = exported.worksheets[0]!.getColumn(1).values.slice(2).map(String);
    expect(names).toEqual([enterpriseName]);
  });

  it('switches the interface to English and to Traditional Chinese', async () => {
    await admin.goto('/enterprises');
    await admin.getByTestId('language-switcher').click();
    await admin.getByRole('menuitem', { name: 'English' }).click();
    await expect.poll(() => admin.getByRole('heading', { name: 'Enterprises' }).isVisible()).toBe(true);
    await expect.poll(() => admin.getByRole('button', { name: /New enterprise/ }).isVisible()).toBe(true);
    // antd's own texts follow too.
    await expect.poll(() => admin.locator('.ant-pagination-options').textContent()).toContain('/ page');
    await menuClosed(admin);
    await e2e.screenshot(admin, '06-english');

    await admin.getByTestId('language-switcher').click();
    await admin.getByRole('menuitem', { name: '繁體中文' }).click();
    await expect.poll(() => admin.getByRole('heading', { name: '企業資料庫' }).isVisible()).toBe(true);
    await expect.poll(() => admin.getByRole('menuitem', { name: '使用者管理' }).isVisible()).toBe(true);
    await menuClosed(admin);
    await e2e.screenshot(admin, '07-traditional-chinese');

    // The choice outlives a reload: the browser and the account both keep it.
    await admin.reload();
    await expect.poll(() => admin.getByRole('heading', { name: '企業資料庫' }).isVisible()).toBe(true);
    await admin.getByTestId('language-switcher').click();
    await admin.getByRole('menuitem', { name: '简体中文' }).click();
    await expect.poll(() => admin.getByRole('heading', { name: '企业库' }).isVisible()).toBe(true);
  });

  it('shows the list as cards at phone width', async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'officer');
    await page.goto('/enterprises');
    await expect.poll(() => page.getByTestId('enterprise-cards').isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await e2e.screenshot(page, '08-phone-list');
    await page.context().close();
  });

  it('shows an enterprise user only their own enterprise', async () => {
    const page = await e2e.newPage();
    await e2e.logIn(page, 'enterprise');
    // An enterprise user starts on the home page (their market records and matches); the menu leads to their record.
    await page.getByRole('menuitem', { name: '我的企业' }).click();
    await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);
    const ownId = page.url().split('/').pop();
    expect(await page.getByRole('menuitem', { name: '企业库' }).count()).toBe(0);
    await e2e.screenshot(page, '09-enterprise-user-own');

    await page.goto('/enterprises');
    await expect.poll(() => page.getByText('没有权限').first().isVisible()).toBe(true);
    expect(createdId).not.toBe(ownId);
    await page.goto(`/enterprises/${createdId}`);
    await expect.poll(() => page.getByText('页面不存在').isVisible()).toBe(true);
    await e2e.screenshot(page, '10-enterprise-user-other');

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.waitForURL(/\/login/);
    await page.goto(`/enterprises/${ownId}`);
    await page.waitForURL(/\/login\?next=/);
    await page.context().close();
  });

  it('imports a spreadsheet: preview, confirmation, progress, done', async () => {
    await admin.goto('/enterprises/import');
    const template = await admin.request.get('/api/enterprises/import-template');
    expect(template.ok()).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await template.body()) as unknown as ArrayBuffer);
    const header = (workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1).map(String);

    const upload = new ExcelJS.Workbook();
    const sheet = upload.addWorksheet('企业');
    sheet.addRow(header);
    const row = (values: Record<string, string>) => sheet.addRow(header.map((column) => values[column] ?? ''));
    row({ 企业名称: '青岛导入测试一号科技有限公司', 统一社会信用代码: freshCreditCode(), 企业规模: '小型' });
    row({ 企业名称: '青岛导入测试二号科技有限公司', 统一社会信用代码: freshCreditCode(), 企业规模: '微型' });
    row({ 企业名称: '青岛导入测试三号科技有限公司', 统一社会信用代码: withWrongCheckCharacter(freshCreditCode()).code });
    const buffer = Buffer.from(await upload.xlsx.writeBuffer());

    await admin.locator('input[type=file]').setInputFiles({
      name: '企业导入.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    await expect.poll(() => admin.getByText('导入 2 条有效记录').isVisible(), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => admin.locator('.import-row-invalid').count()).toBe(1);
    await expect.poll(() => admin.locator('.import-row-invalid').textContent()).toContain('统一社会信用代码：无效');
    await e2e.screenshot(admin, '11-import-preview');

    await admin.getByText('导入 2 条有效记录').click();
    await admin.getByRole('button', { name: '开始导入' }).click();
    await expect.poll(() => admin.getByText('导入完成，共导入 2 家企业').isVisible(), { timeout: 30_000 }).toBe(true);
    await e2e.screenshot(admin, '12-import-done');

    await admin.getByRole('button', { name: '查看企业列表' }).click();
    await expect.poll(() => admin.getByRole('link', { name: '青岛导入测试一号科技有限公司' }).isVisible()).toBe(true);
  });
});
