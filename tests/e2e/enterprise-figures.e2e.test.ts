import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, phone, startE2e, type E2e } from './harness.ts';

// 年度指标: an officer corrects a year's figures on an enterprise's page; the enterprise's own user, on a phone,
// reports a year of its own and sees it marked self-reported until a leader verifies it.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('yearly figures', () => {
  it("lets an officer edit a year's figures on the enterprise's page", async () => {
    const officer = await e2e.newPage(desktop);
    await e2e.logIn(officer, 'officer');
    await officer.goto(`/enterprises?q=${encodeURIComponent('微声电子')}`);
    await officer.getByRole('link', { name: '青岛微声电子科技有限公司' }).first().click();
    const card = officer.locator('.ant-card', { hasText: '年度指标' });
    await poll(() => card.getByRole('cell', { name: '2024', exact: true }).isVisible()).toBe(true);

    await card.getByRole('button', { name: '编辑 2024 年度指标' }).click();
    const dialog = officer.getByRole('dialog', { name: '编辑 2024 年度指标' });
    await dialog.getByLabel('营业收入').fill('23456.78');
    await dialog.getByLabel('数据来源').fill('统计年报（修订）');
    await e2e.screenshot(officer, 'enterprise-figures-01-edit');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => dialog.isVisible()).toBe(false);
    await poll(() => card.getByText('23,456.78').isVisible()).toBe(true);
    await poll(() => officer.getByText('修改年度指标').first().isVisible()).toBe(true);
  });

  it('lets the enterprise report its own figures on a phone, marked self-reported until verified', async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'enterprise');
    await page.goto('/my-enterprise');
    const card = page.locator('.ant-card', { hasText: '年度指标' });
    await poll(() => card.getByRole('cell', { name: '2025', exact: true }).isVisible()).toBe(true);

    await card.getByRole('button', { name: /新增年度/ }).click();
    const dialog = page.getByRole('dialog', { name: '新增年度' });
    await dialog.getByLabel('年度').fill('2023');
    await dialog.getByLabel('营业收入').fill('8800');
    await dialog.getByLabel('从业人数').fill('118');
    await dialog.getByLabel('数据来源').fill('企业自报');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => dialog.isVisible()).toBe(false);

    const row = card.getByRole('row').filter({ has: page.getByRole('cell', { name: '2023', exact: true }) });
    await poll(() => row.getByText('8,800').isVisible()).toBe(true);
    await poll(() => row.getByText('自报·未核实').count()).toBe(2);
    // The enterprise verifies nothing itself.
    expect(await row.getByRole('button', { name: /核\s*实/ }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'enterprise-figures-02-self-reported-phone');

    const leader = await e2e.newPage(phone);
    await e2e.logIn(leader, 'leader');
    await leader.goto(new URL(page.url()).pathname);
    const leaderRow = leader.locator('.ant-card', { hasText: '年度指标' }).getByRole('row').filter({ has: leader.getByRole('cell', { name: '2023', exact: true }) });
    await leaderRow.getByRole('button', { name: /核\s*实/ }).click();
    await poll(() => leaderRow.getByText('自报·未核实').count()).toBe(0);
    await poll(() => leaderRow.getByText('自报', { exact: true }).count()).toBe(2);
  });
});
