import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phone, startE2e, type E2e } from './harness.ts';

// 挂点联系 on phones: an administrator links a policy commissioner to an enterprise from its page, sees the link on
// the page, its timeline and the key enterprise list, ends a link; the commissioner finds the enterprise on their
// home card; the demo commissioner's card shows the recent visits of theirs.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const enterpriseName = '青岛沉浸互动数字科技有限公司';

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('key enterprises on a phone', () => {
  it("links a commissioner from the enterprise's page, and the commissioner's home card lists the enterprise", async () => {
    const admin = await e2e.newPage(phone);
    await e2e.logIn(admin, 'admin');
    await admin.goto(`/enterprises?q=${encodeURIComponent('沉浸互动')}`);
    await admin.getByRole('link', { name: enterpriseName }).first().click();
    await poll(() => admin.getByText('目前无人挂点联系').isVisible()).toBe(true);

    await admin.getByRole('button', { name: /新增挂点/ }).click();
    const dialog = admin.getByRole('dialog', { name: '新增挂点' });
    await dialog.getByLabel('人员').fill('赵招商');
    await admin.locator('.ant-select-item-option', { hasText: '赵招商' }).first().click();
    await dialog.getByLabel('备注').fill('数字文旅政策对接');
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(admin, 'key-enterprises-01-link-phone');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => dialog.isVisible()).toBe(false);

    const card = admin.locator('.ant-card', { hasText: '挂点联系' }).filter({ hasText: '政策专员' });
    await poll(() => card.getByText('赵招商（即墨区）').isVisible()).toBe(true);
    await poll(() => card.getByText('重点企业').isVisible()).toBe(true);
    await poll(() => admin.getByText('新增政策专员').first().isVisible()).toBe(true);
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(admin, 'key-enterprises-02-linked-phone');

    // The same person again at once is refused, worded, and the dialog stays open.
    await admin.getByRole('button', { name: /新增挂点/ }).click();
    const again = admin.getByRole('dialog', { name: '新增挂点' });
    await again.getByLabel('人员').fill('赵招商');
    await admin.locator('.ant-select-item-option', { hasText: '赵招商' }).first().click();
    await again.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => admin.getByText('此人在该期间已以同一身份挂点联系该企业').isVisible()).toBe(true);
    await again.getByRole('button', { name: /取\s*消/ }).click();

    await admin.goto('/key-enterprises');
    await poll(() => admin.getByRole('link', { name: enterpriseName }).isVisible()).toBe(true);
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(admin, 'key-enterprises-03-list-phone');

    const commissioner = await e2e.newPage(phone);
    await e2e.logIn(commissioner, 'officer2');
    await commissioner.goto('/');
    const home = commissioner.locator('.ant-card', { hasText: '我挂点联系的企业' });
    await poll(() => home.getByRole('link', { name: enterpriseName }).isVisible()).toBe(true);
    await poll(() => home.getByText('没有未办结的诉求').isVisible()).toBe(true);
    expect(await commissioner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(commissioner, 'key-enterprises-04-home-card-phone');
  });

  it("shows the demo commissioner their enterprises' recent visits, and ends a link", async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'ls-policy');
    await page.goto('/');
    const home = page.locator('.ant-card', { hasText: '我挂点联系的企业' });
    await poll(() => home.getByRole('link', { name: '青岛幻境虚拟现实科技有限公司' }).isVisible()).toBe(true);
    await poll(() => home.getByText(/消防验收/).isVisible()).toBe(true);

    const admin = await e2e.newPage(phone);
    await e2e.logIn(admin, 'admin');
    await admin.goto('/key-enterprises');
    await admin.getByRole('link', { name: '青岛视界光学科技有限公司' }).click();
    const card = admin.locator('.ant-card', { hasText: '挂点联系' }).filter({ hasText: '政策专员' });
    await card.getByRole('button', { name: /结\s*束/ }).click();
    await admin.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => admin.getByText('政策专员结束').first().isVisible()).toBe(true);

    await page.reload();
    await poll(() => home.getByRole('link', { name: '青岛幻境虚拟现实科技有限公司' }).isVisible()).toBe(true);

    // Someone linked to no enterprise is told so.
    const agent = await e2e.newPage(phone);
    await e2e.logIn(agent, 'agent');
    await agent.goto('/');
    await poll(() => agent.locator('.ant-card', { hasText: '我挂点联系的企业' }).getByText('你目前没有挂点联系的企业').isVisible()).toBe(true);
  });
});
