import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePeriod, desktop, phone, startE2e, type E2e } from './harness.ts';

// A supervisor (the demo leader) reads the service desk's report on the demo data: the figures of the last twelve
// months, the requests behind a figure and their pages, the workbook; and the same report on a phone.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('the service desk report', () => {
  it('draws the figures, opens the requests behind one and each request, and exports a workbook', async () => {
    const page = await e2e.newPage(desktop);
    await e2e.logIn(page, 'leader');
    await page.getByRole('menuitem', { name: '服务台报表' }).click();
    await poll(() => page.getByRole('heading', { name: '服务台报表' }).isVisible()).toBe(true);
    const flow = page.locator('.ant-card', { hasText: '新建与解决' });
    await poll(() => flow.locator('canvas').count()).toBeGreaterThan(0);
    const satisfaction = page.locator('.ant-card', { hasText: '企业满意度' });
    await poll(() => satisfaction.getByText('按团队').isVisible()).toBe(true);
    await e2e.screenshot(page, 'service-desk-reports-01-desktop');

    // The demo's power cut solved in 25 minutes met its resolution target: the figure opens the requests that met it.
    const sla = page.locator('.ant-card', { hasText: '时限达标' }).first();
    const resolutionMet = sla.locator('.ant-table').first().locator('.ant-table-tbody tr.ant-table-row').first().locator('td').nth(4).getByRole('link');
    const met = Number(await resolutionMet.textContent());
    expect(met).toBeGreaterThan(0);
    await resolutionMet.click();
    await poll(() => new URL(page.url()).searchParams.get('figure')).toBe('sla');
    expect(new URL(page.url()).searchParams.get('target')).toBe('resolution');
    expect(new URL(page.url()).searchParams.get('outcome')).toBe('met');
    await poll(() => page.getByText(`共 ${met} 条`).isVisible()).toBe(true);
    await page.goBack();

    // The backlog's total opens the same number of requests, each linking to its page.
    const backlog = page.locator('.ant-card', { hasText: '未结工单账龄' });
    const firstTeam = backlog.locator('.ant-table-tbody tr.ant-table-row').first();
    const openFigure = firstTeam.locator('td').nth(1).getByRole('link');
    const open = Number(await openFigure.textContent());
    expect(open).toBeGreaterThan(0);
    await openFigure.click();
    await poll(() => new URL(page.url()).pathname).toBe('/reports/service-desk/requests');
    expect(new URL(page.url()).searchParams.get('figure')).toBe('open');
    await poll(() => page.getByText(`共 ${open} 条`).isVisible()).toBe(true);
    await poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBe(Math.min(open, 20));
    await e2e.screenshot(page, 'service-desk-reports-02-drill-down');
    const reference = page.locator('.ant-table-tbody tr.ant-table-row').first().getByRole('link');
    const referenceText = (await reference.textContent())!;
    expect(referenceText).toMatch(/^SR\d{4}-\d{6}$/);
    await reference.click();
    await poll(() => new URL(page.url()).pathname).toMatch(/^\/service-desk\/requests\/[0-9a-f-]{36}$/);
    await poll(() => page.getByText(referenceText).first().isVisible()).toBe(true);
    await page.goBack();
    await page.getByRole('link', { name: '返回报表' }).click();
    await poll(() => new URL(page.url()).pathname).toBe('/reports/service-desk');

    // The demo's ratings: a team's count of them opens its rated requests.
    await poll(() => satisfaction.getByRole('link').count()).toBeGreaterThan(0);
    const ratedFigure = satisfaction.locator('.ant-table').nth(1).locator('.ant-table-tbody tr.ant-table-row').first().locator('td').nth(1).getByRole('link');
    const ratings = Number(await ratedFigure.textContent());
    await ratedFigure.click();
    await poll(() => new URL(page.url()).searchParams.get('figure')).toBe('rated');
    await poll(() => page.getByText(`共 ${ratings} 条`).isVisible()).toBe(true);
    await page.goBack();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^服务台报表-\d{4}-\d{2}至\d{4}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['时限达标按团队', '时限达标按类别', '时限达标按月', '新建与解决', '未结工单账龄', '满意度按月', '满意度按团队', '满意度按类别']);
    expect(workbook.getWorksheet('未结工单账龄')!.rowCount).toBeGreaterThan(1);
  });

  it('fits a phone, and months long past say they hold nothing', async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'leader');
    await page.goto('/reports/service-desk');
    await poll(() => page.getByRole('heading', { name: '服务台报表' }).isVisible()).toBe(true);
    await poll(() => page.locator('.ant-card', { hasText: '未结工单账龄' }).locator('.ant-table').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'service-desk-reports-03-phone');

    await page.getByRole('textbox', { name: '开始', exact: true }).click();
    const calendar = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
    await poll(() => calendar.count()).toBe(1);
    const box = await calendar.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
    await page.keyboard.press('Escape');
    await poll(() => calendar.count()).toBe(0);

    await choosePeriod(page, '2001-01', '2001-12');
    await poll(() => page.getByText('期间内没有符合条件的工单').isVisible()).toBe(true);
    await poll(() => page.getByText('期间内没有评价').isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2001-01');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
  });
});
