import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choosePeriod, desktop, phone, startE2e, type E2e } from './harness.ts';

// A leader reads 招商报表 on the demo data and opens the projects behind a figure; an officer reads it on a phone.
// Other browser tests create projects in the same database meanwhile, so no figure is asserted as a number here
// (the API tests hold the fixture's figures); what is asserted is that a figure opens the list with its filters.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('招商报表', () => {
  it('draws the figures of this year and opens the projects behind the funnel', async () => {
    const page = await e2e.newPage(desktop);
    await e2e.logIn(page, 'leader');
    await page.getByRole('menuitem', { name: '招商报表' }).click();
    await poll(() => page.getByRole('heading', { name: '招商报表' }).isVisible()).toBe(true);
    const funnel = page.locator('.ant-card', { hasText: '项目阶段漏斗' });
    await poll(() => funnel.locator('canvas').count()).toBeGreaterThan(0);
    await poll(() => page.locator('.ant-card', { hasText: '签约项目与计入金额' }).getByText('按行业').first().isVisible()).toBe(true);
    await poll(() => page.locator('.ant-card', { hasText: '载体出租率' }).getByRole('link', { name: '即墨国际家居博览中心' }).isVisible()).toBe(true);
    await e2e.screenshot(page, 'investment-reports-01-desktop');

    // The first row of the funnel: the projects created this year, all of which reached 线索.
    const leadFigure = funnel.locator('.ant-table-tbody tr').first().getByRole('link');
    await leadFigure.click();
    await poll(() => new URL(page.url()).pathname).toBe('/projects');
    const address = new URL(page.url()).searchParams;
    expect(address.get('view')).toBe('table');
    expect(address.get('reachedStage')).toBe('lead');
    expect(address.get('createdFrom')).toMatch(/^\d{4}-01-01$/);
    await poll(() => page.getByText('曾到达线索或更后阶段').isVisible()).toBe(true);
    await poll(() => page.locator('.ant-table-tbody tr.ant-table-row').count()).toBeGreaterThan(0);
    await e2e.screenshot(page, 'investment-reports-02-drill-down');
  });

  it('fits a phone for an officer, and an empty period says so', async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'officer');
    await page.goto('/reports/investment');
    await poll(() => page.getByRole('heading', { name: '招商报表' }).isVisible()).toBe(true);
    await poll(() => page.locator('.ant-card', { hasText: '项目阶段漏斗' }).locator('.ant-table, .ant-empty').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'investment-reports-03-phone');

    // The calendar of a period's end fits the phone (a range picker's two months would not).
    await page.getByRole('textbox', { name: '开始', exact: true }).click();
    const calendar = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
    await poll(() => calendar.count()).toBe(1);
    const box = await calendar.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
    await page.keyboard.press('Escape');
    await poll(() => calendar.count()).toBe(0);

    // A period long past holds no project.
    // On a phone the period is two pickers of one month each, which fit its width.
    await choosePeriod(page, '2001-01-01', '2001-12-31');
    await poll(() => page.getByText('期间内没有符合条件的项目').isVisible()).toBe(true);
    await poll(() => page.getByText('期间内没有签约项目').isVisible()).toBe(true);
  });
});
