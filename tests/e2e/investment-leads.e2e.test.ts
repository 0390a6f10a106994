import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phone, startE2e, type E2e } from './harness.ts';

// An officer in the field, on a phone: claims a lead from the pool and logs a follow-up on it.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('leads on a phone', () => {
  it('claims a pool lead and logs a follow-up', async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'officer');
    // The home page lists the follow-ups due and the lead about to return to the pool.
    await poll(() => page.getByText('今日及逾期待跟进').first().isVisible()).toBe(true);
    await poll(() => page.getByRole('link', { name: '深圳市翼控微电子有限公司' }).first().isVisible()).toBe(true);
    await poll(() => page.getByText('即将退回公海').isVisible()).toBe(true);
    await e2e.screenshot(page, 'leads-00-home-phone');
    await page.goto('/leads?tab=pool');
    const lead = page.getByRole('link', { name: '深圳市芯途半导体设备有限公司' });
    await poll(() => lead.isVisible()).toBe(true);
    await e2e.screenshot(page, 'leads-01-pool-phone');
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await lead.click();

    await poll(() => page.getByText('公海线索请先认领，再记录跟进').isVisible()).toBe(true);
    await page.getByRole('button', { name: /认\s*领/ }).click();
    await poll(() => page.getByText('已认领，线索归你负责').isVisible()).toBe(true);
    await poll(() => page.getByText('李招商（驻深办）').first().isVisible()).toBe(true);

    await page.getByLabel('跟进内容').fill('电话联系罗秘书：董事会下月讨论北方基地选址，约好月底来青考察。');
    await page.getByRole('button', { name: /保存跟进/ }).click();
    await poll(() => page.getByText('电话联系罗秘书：董事会下月讨论北方基地选址，约好月底来青考察。').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'leads-02-followed-up-phone');

    // It is now the officer's own, and no longer in the pool.
    await page.goto('/leads?tab=mine');
    await poll(() => page.getByRole('link', { name: '深圳市芯途半导体设备有限公司' }).isVisible()).toBe(true);
    await page.goto('/leads?tab=pool');
    await poll(() => page.getByRole('link', { name: '青岛视界光学科技有限公司' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: '深圳市芯途半导体设备有限公司' }).count()).toBe(0);

    // A lead for a company not yet in the register: choosing a new enterprise asks for its name.
    await page.getByRole('button', { name: '新建线索' }).click();
    const dialog = page.getByRole('dialog', { name: '新建线索' });
    await dialog.getByText('新建企业').click();
    await poll(() => dialog.getByLabel('企业名称').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: /取\s*消/ }).click();
  });
});
