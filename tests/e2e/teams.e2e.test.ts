import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2e, type E2e } from './harness.ts';

// The administrator keeps the teams: a new field office, a member for a period, and a rotation that overlaps.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('teams', () => {
  it('creates a team, adds a member, and keeps the dialog open with the reason when a period overlaps', async () => {
    const page = await e2e.newPage();
    await e2e.logIn(page, 'admin');
    await page.goto('/teams');
    await page.getByRole('button', { name: '新建团队' }).click();
    const teamDialog = page.getByRole('dialog', { name: '新建团队' });
    await teamDialog.getByLabel('名称').fill('城阳区驻京办');
    await teamDialog.getByLabel('驻地').fill('北京');
    await teamDialog.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => teamDialog.isVisible()).toBe(false);
    // A new team opens in its drawer, ready for members.
    const drawer = page.locator('.ant-drawer');
    await poll(() => drawer.getByText('城阳区驻京办').first().isVisible()).toBe(true);

    async function addOfficerFromToday() {
      await page.getByRole('button', { name: '添加成员' }).click();
      const dialog = page.getByRole('dialog', { name: '添加成员' });
      await dialog.getByLabel('成员').fill('李招商');
      await page.locator('.ant-select-item-option', { hasText: '李招商' }).first().click();
      await dialog.getByRole('button', { name: /保\s*存/ }).click();
      return dialog;
    }

    const first = await addOfficerFromToday();
    await poll(() => first.isVisible()).toBe(false);
    await poll(() => drawer.getByText('李招商（驻深办）').isVisible()).toBe(true);
    await e2e.screenshot(page, 'teams-01-member');

    const second = await addOfficerFromToday();
    await poll(() => second.getByText('此人在该团队已有与此重叠的任职期间').isVisible()).toBe(true);
    expect(await second.isVisible()).toBe(true);
    await second.getByRole('button', { name: /取\s*消/ }).click();
    expect(await drawer.getByText('李招商（驻深办）').count()).toBe(1);

    // The year's targets, on the measures the modules count; set in a dialog, shown with the progress.
    const targets = drawer.getByRole('region', { name: '年度目标' });
    await poll(() => targets.getByText('走访企业次数').isVisible()).toBe(true);
    await targets.getByRole('button', { name: '设定目标' }).click();
    const targetDialog = page.getByRole('dialog', { name: /年目标$/ });
    await targetDialog.getByLabel('走访企业次数').fill('40');
    await targetDialog.getByLabel('签约金额').fill('500000');
    await targetDialog.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => targetDialog.isVisible()).toBe(false);
    const visitsRow = targets.locator('tr', { hasText: '走访企业次数' });
    await poll(() => visitsRow.textContent()).toContain('0 / 40');
    await poll(() => targets.locator('tr', { hasText: '签约金额' }).textContent()).toContain('500,000 万元');
    await e2e.screenshot(page, 'teams-02-targets');
  });
});
