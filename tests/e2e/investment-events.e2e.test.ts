import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phone, startE2e, type E2e } from './harness.ts';

// A leader on a phone records a signing ceremony and opens its page; an officer reads the rankings.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('promotion events on a phone', () => {
  it('records an event and shows its page with totals and the landing tracker, within the width of the phone', async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'leader');
    await page.goto('/events');
    await poll(() => page.getByRole('button', { name: /登记活动/ }).isVisible()).toBe(true);
    await page.getByRole('button', { name: /登记活动/ }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.getByLabel('活动名称').fill('2026 青岛（上海）智能制造推介会（浏览器测试）');
    await dialog.getByLabel('举办日期').fill('2026-11-18');
    await dialog.getByLabel('城市').fill('上海');
    await dialog.getByLabel('场馆').fill('国家会展中心');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();

    await poll(() => page.getByRole('heading', { name: '2026 青岛（上海）智能制造推介会（浏览器测试）' }).isVisible()).toBe(true);
    await poll(() => page.getByText('本场暂无签约').isVisible()).toBe(true);
    await poll(() => page.getByText('落地跟踪（计入本场 0 个项目）').isVisible()).toBe(true);
    await page.locator('[data-step="registered"]').click();
    await poll(() => page.locator('.ant-modal').getByText('暂无项目').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'events-01-event-page-phone');

    await page.goto('/events');
    await poll(() => page.getByRole('link', { name: '2026 青岛（上海）智能制造推介会（浏览器测试）' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'events-02-list-phone');
  });

  it("shows an officer the rankings with their total", async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'officer');
    await page.goto('/rankings');
    await poll(() => page.getByRole('heading', { name: '招商业绩排名' }).isVisible()).toBe(true);
    await poll(() => page.locator('.ant-table-summary').getByText('合计').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'events-03-rankings-phone');
  });
});
