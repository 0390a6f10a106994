import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phone, startE2e, type E2e } from './harness.ts';

// The administrator enters next year's holidays on a phone, as soon as the State Council announces them.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

/** Types a day into an antd date picker and takes it. */
async function pickDay(picker: Locator, day: string) {
  await picker.click();
  await picker.fill(day);
  await picker.press('Enter');
}

describe('the working calendar', () => {
  it('lets an administrator add a year with its holidays and make-up days, refusing a day that is both', async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'admin');
    await page.goto('/admin/calendar');
    const year2026 = page.getByRole('region', { name: '2026 年' });
    await poll(() => year2026.getByText('国庆节').isVisible()).toBe(true);
    expect(await year2026.getByText('2026-10-10').isVisible()).toBe(true);

    await page.getByRole('button', { name: '添加年度' }).click();
    const dialog = page.getByRole('dialog', { name: '添加年度' });
    await poll(() => dialog.getByLabel('年度').inputValue()).toBe('2027');
    await dialog.getByRole('button', { name: '添加假期' }).click();
    await dialog.getByPlaceholder('假期名称').fill('元旦');
    await pickDay(dialog.getByPlaceholder('放假开始'), '2027-01-01');
    await pickDay(dialog.getByPlaceholder('放假结束'), '2027-01-03');
    await dialog.getByRole('button', { name: '添加调休上班日' }).click();
    const workday = dialog.getByPlaceholder('第 1 个调休上班日');
    await pickDay(workday, '2027-01-02');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => dialog.getByText('这一天已在放假期间内，不能同时是调休上班日').isVisible()).toBe(true);
    await e2e.screenshot(page, 'working-calendar-01-refused-390');

    await pickDay(workday, '2027-01-09');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => dialog.isVisible()).toBe(false);
    const year2027 = page.getByRole('region', { name: '2027 年' });
    await poll(() => year2027.getByText('元旦').isVisible()).toBe(true);
    expect(await year2027.textContent()).toContain('2027-01-01 – 2027-01-03');
    expect(await year2027.getByText('2027-01-09').isVisible()).toBe(true);
    await e2e.screenshot(page, 'working-calendar-02-added-390');
  });
});
