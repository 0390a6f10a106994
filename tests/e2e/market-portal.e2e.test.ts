import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phone, startE2e, type E2e } from './harness.ts';

// The market's public portal on a phone, for a reader who has not signed in.

let e2e: E2e;

/** Pages load their data after the first paint: wait for it longer than expect.poll's second. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('the public portal', () => {
  it('finds a listing by Traditional words without signing in, shows it without contacts, and leads to sign-in', async () => {
    const page = await e2e.newPage(phone);
    await page.goto('/portal');
    await poll(() => page.locator('.portal-card-title').count()).toBe(10);
    await page.getByPlaceholder('搜索标题、摘要或关键词').fill('智慧黨建');
    await page.getByPlaceholder('搜索标题、摘要或关键词').press('Enter');
    const hit = page.locator('.portal-card-title', { hasText: '“红帆”智慧党建信息化管理系统' });
    await poll(() => hit.isVisible()).toBe(true);
    expect(page.url()).toContain('q=');
    await e2e.screenshot(page, 'portal-01-search');

    await hit.click();
    await page.waitForURL(/\/portal\/listings\/[0-9a-f-]{36}$/);
    await poll(() => page.getByRole('heading', { name: '“红帆”智慧党建信息化管理系统' }).isVisible()).toBe(true);
    const text = await page.locator('body').innerText();
    expect(text).toContain('青岛海澜智联软件有限公司');
    expect(text).not.toContain('139 6420 7715');
    expect(text).not.toContain('赵立平');
    // Laid out for the phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await e2e.screenshot(page, 'portal-02-listing');

    await page.locator('.language-select select').selectOption('zh-TW');
    await poll(() => page.getByRole('button', { name: '登入後申請對接' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '登入後申請對接' }).click();
    await page.waitForURL(/\/login\?next=/);
    expect(decodeURIComponent(page.url())).toMatch(/next=\/market\/listings\/[0-9a-f-]{36}$/);
  });

  it('lists demands by kind, and answers an unpublished or unknown record as not found', async () => {
    const page = await e2e.newPage(phone);
    await page.goto('/portal/demands?kind=capital');
    await poll(() => page.getByText('投资意向').first().isVisible()).toBe(true);
    expect(await page.getByText('技术需求', { exact: true }).count()).toBe(0);
    await page.goto('/portal/listings/00000000-0000-4000-8000-000000000000');
    await poll(() => page.getByText('该记录不存在或已下架').isVisible()).toBe(true);
  });
});
