import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phone, startE2e, type E2e } from './harness.ts';

// The frame that modules plug into: the menu and home page by permission, the header's quick search, the audit log.

let e2e: E2e;

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('the application shell', () => {
  it('finds an enterprise from the header and opens it', async () => {
    const page = await e2e.newPage();
    await e2e.logIn(page, 'officer');
    await page.getByTestId('quick-search').fill('幻境');
    const hit = page.locator('.quick-search-title', { hasText: '青岛幻境虚拟现实科技有限公司' });
    await expect.poll(() => hit.isVisible()).toBe(true);
    await e2e.screenshot(page, 'shell-01-quick-search');
    await hit.click();
    await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { name: '青岛幻境虚拟现实科技有限公司' }).isVisible()).toBe(true);
    await page.getByTestId('quick-search').fill('没有这样的企业名称');
    await expect.poll(() => page.getByText('没有找到匹配的记录').isVisible()).toBe(true);
  });

  it('gives each role the menu and home cards its permissions open', async () => {
    const investor = await e2e.newPage();
    await e2e.logIn(investor, 'investor');
    // The demo investor acts for a fund: the market is theirs to use, the register is not.
    await expect.poll(() => investor.getByRole('menuitem', { name: '我的成果与需求' }).isVisible()).toBe(true);
    expect(await investor.getByRole('menuitem', { name: '企业库' }).count()).toBe(0);
    expect(await investor.getByTestId('quick-search').isVisible()).toBe(true);

    const officer = await e2e.newPage();
    await e2e.logIn(officer, 'officer');
    await expect.poll(() => officer.getByText('企业总数').isVisible()).toBe(true);
    expect(await officer.getByRole('menuitem', { name: '审计日志' }).count()).toBe(0);
    // Officers may work with the register but not take it away as a file.
    await officer.goto('/enterprises');
    await expect.poll(() => officer.getByRole('button', { name: '新建企业' }).isVisible()).toBe(true);
    expect(await officer.getByRole('button', { name: '导出' }).count()).toBe(0);
    await officer.goto('/admin/audit');
    await expect.poll(() => officer.getByText('没有权限').first().isVisible()).toBe(true);
  });

  it('lets a leader export and find the export in the audit log, at desk and phone width', async () => {
    const leader = await e2e.newPage();
    await e2e.logIn(leader, 'leader');
    await leader.goto('/enterprises?q=青岛');
    const [download] = await Promise.all([leader.waitForEvent('download'), leader.getByRole('button', { name: '导出' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

    await leader.getByRole('menuitem', { name: '审计日志' }).click();
    await leader.waitForURL(/\/admin\/audit$/);
    await leader.getByRole('combobox', { name: '操作' }).click();
    await leader.getByTitle('导出').click();
    // The leader's export of the register (other exports of theirs, of visits' figures say, are other rows).
    const row = leader.locator('.ant-table-row', { hasText: '王区长' }).filter({ hasText: '整个企业库' });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('q=青岛');
    await e2e.screenshot(leader, 'shell-02-audit-log');

    const onPhone = await e2e.newPage(phone);
    await e2e.logIn(onPhone, 'leader');
    await onPhone.goto('/admin/audit');
    await expect.poll(() => onPhone.locator('.audit-log-item', { hasText: '整个企业库' }).isVisible()).toBe(true);
    const width = await onPhone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(onPhone, 'shell-03-audit-log-phone');
  });
});
