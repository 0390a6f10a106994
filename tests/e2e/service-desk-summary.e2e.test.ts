import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, startE2e, type E2e } from './harness.ts';

// A supervisor (the demo leader) reads a team's daily summary for the morning meeting: the figures and the open
// request, printed without the menu and the buttons, and exported as a workbook. The team, its routing rule and
// the request are made through the API first, so that other browser tests' requests do not change what is seen.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** The API as the page's signed-in user calls it, with its session cookie and CSRF token. */
async function apiOf(page: Page) {
  const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  return async (url: string, data?: unknown) => {
    const response = await page.request.post(url, { headers: { 'x-csrf-token': csrfToken }, data: data ?? {} });
    if (!response.ok()) throw new Error(`${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as Record<string, any>;
  };
}

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('the daily summary', () => {
  it('shows a supervisor the figures and open items, prints without the menu and downloads as a workbook', async () => {
    const admin = await e2e.newPage();
    await e2e.logIn(admin, 'admin');
    const asAdmin = await apiOf(admin);
    const team = await asAdmin('/api/teams', { name: '创业园综合服务组（日报）' });
    const site = await asAdmin('/api/sites', { name: '创业园（日报）', kind: 'park' });
    await asAdmin('/api/service-desk/routing-rules', { categoryCode: 'other', siteId: site.id, teamId: team.id });

    const enterprise = await e2e.newPage();
    await e2e.logIn(enterprise, 'enterprise');
    const request = await (await apiOf(enterprise))('/api/service-requests', {
      categoryCode: 'other',
      priority: 'high',
      site: { siteId: site.id },
      description: '园区 3 号门门禁无法刷卡',
      idempotencyKey: randomUUID(),
    });
    expect(request.teamId).toBe(team.id);
    await asAdmin(`/api/service-desk/summaries/${team.id}/produce`);

    const leader = await e2e.newPage(desktop);
    await e2e.logIn(leader, 'leader');
    await leader.getByRole('menuitem', { name: '服务日报' }).click();
    await poll(() => leader.getByRole('heading', { name: '服务日报' }).isVisible()).toBe(true);
    await leader.getByRole('row', { name: /创业园综合服务组（日报）/ }).getByRole('link').click();
    await poll(() => leader.getByRole('heading', { name: /创业园综合服务组（日报） · \d{4}-\d{2}-\d{2} 服务日报/ }).isVisible()).toBe(true);
    const openItems = leader.locator('.ant-card', { hasText: '未结工单（1）' });
    await poll(() => openItems.getByRole('link', { name: request.reference as string }).isVisible()).toBe(true);
    await poll(() => openItems.getByText('其他').isVisible()).toBe(true);
    // Nothing of the new team's was decided that day: its SLA figures stand at nought.
    const slaCard = leader.locator('.ant-card', { hasText: '时限达标' });
    await poll(() => slaCard.locator('.ant-statistic', { hasText: '解决达标' }).locator('.ant-statistic-content-value').textContent()).toBe('0');
    await poll(() => slaCard.locator('.ant-statistic', { hasText: '首次响应超时' }).locator('.ant-statistic-content-value').textContent()).toBe('0');
    await e2e.screenshot(leader, 'service-desk-summary-01-page');

    // Printed for the meeting: the page alone.
    await leader.emulateMedia({ media: 'print' });
    await poll(() => leader.locator('.app-sider').isVisible()).toBe(false);
    await poll(() => leader.locator('.app-header').isVisible()).toBe(false);
    await poll(() => leader.getByRole('button', { name: '导出 Excel' }).isVisible()).toBe(false);
    await poll(() => leader.getByRole('button', { name: '重新生成' }).isVisible()).toBe(false);
    expect(await openItems.getByRole('link', { name: request.reference as string }).isVisible()).toBe(true);
    await e2e.screenshot(leader, 'service-desk-summary-02-print');
    await leader.emulateMedia({ media: 'screen' });

    const [download] = await Promise.all([leader.waitForEvent('download'), leader.getByRole('button', { name: '导出 Excel' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^服务日报-创业园综合服务组（日报）-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['概况', '未结工单', '重复问题']);
    expect(workbook.getWorksheet('未结工单')!.getRow(2).getCell(1).value).toBe(request.reference);

    // The request opens from the summary.
    await openItems.getByRole('link', { name: request.reference as string }).click();
    await poll(() => new URL(leader.url()).pathname).toBe(`/service-desk/requests/${request.id}`);
  });
});
