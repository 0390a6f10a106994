import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phone, startE2e, type E2e } from './harness.ts';

// A 7×24 team's roster on phones: its lead plans a shift, the member on it asks a colleague to take it, and the
// colleague accepts; each page follows the others' changes live, without reloading.

let e2e: E2e;
let teamId: string;

/** The API as the page's signed-in user calls it, with its session cookie and CSRF token. */
async function apiOf(page: Page) {
  const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  return async (url: string, data: unknown) => {
    const response = await page.request.post(url, { headers: { 'x-csrf-token': csrfToken }, data });
    if (!response.ok()) throw new Error(`${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as { id: string; memberships: { userId: string; username: string }[] };
  };
}

async function userIdOf(page: Page, username: string): Promise<string> {
  const found = (await (await page.request.get(`/api/users?q=${username}&page=1&pageSize=20`)).json()) as { items: { id: string; username: string }[] };
  return found.items.find((user) => user.username === username)!.id;
}

beforeAll(async () => {
  e2e = await startE2e();
  const admin = await e2e.newPage();
  await e2e.logIn(admin, 'admin');
  const post = await apiOf(admin);
  teamId = (await post('/api/teams', { name: '企业服务 7×24 专班' })).id;
  for (const [username, role] of [['officer2', 'lead'], ['officer', 'member'], ['operator', 'member']] as const) {
    await post(`/api/teams/${teamId}/memberships`, { userId: await userIdOf(admin, username), role, startsOn: '2026-01-01' });
  }
  await admin.close();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

async function openRoster(username: string): Promise<Page> {
  const page = await e2e.newPage(phone);
  await e2e.logIn(page, username);
  await page.goto(`/teams/${teamId}/roster`);
  await expect.poll(() => page.getByRole('heading', { name: '企业服务 7×24 专班 值班表' }).isVisible()).toBe(true);
  return page;
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.locator('.ant-select-item-option', { hasText: option }).click();
}

describe("a team's on-call roster on a phone", () => {
  it('is planned by the lead, and a shift changes hands when the colleague asked accepts', async () => {
    const lead = await openRoster('officer2');
    await expect.poll(() => lead.getByText('这一天没有班次').isVisible()).toBe(true);
    const member = await openRoster('officer');
    const colleague = await openRoster('operator');
    // Members read the roster but do not plan it.
    expect(await member.getByRole('button', { name: '添加班次' }).count()).toBe(0);

    // Today, 08:00–20:00 as the form proposes, for 李招商 (the demo hotline's agents have shifts of their own).
    await lead.getByRole('button', { name: '添加班次' }).click();
    await choose(lead, '成员', '李招商（驻深办）');
    await lead.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => lead.getByTestId('roster-shift').filter({ hasText: '李招商（驻深办）' }).isVisible()).toBe(true);
    await e2e.screenshot(lead, 'roster-01-planned-phone');

    // The member's page, open all along, shows the shift without reloading.
    const memberShift = member.getByTestId('roster-shift').filter({ hasText: '08:00–20:00' });
    await expect.poll(() => memberShift.isVisible()).toBe(true);
    await memberShift.getByRole('button', { name: '请人接替' }).click();
    await choose(member, '请谁接替', '陈经纪（技术市场）');
    await member.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => member.getByText('待 陈经纪（技术市场） 确认接替').isVisible()).toBe(true);

    const colleagueShift = colleague.getByTestId('roster-shift').filter({ hasText: '待 陈经纪（技术市场） 确认接替' });
    await expect.poll(() => colleagueShift.isVisible()).toBe(true);
    await e2e.screenshot(colleague, 'roster-02-swap-asked-phone');
    await colleagueShift.getByRole('button', { name: '接替', exact: true }).click();

    // Everyone's page now shows the colleague on the shift, and no swap waiting.
    for (const page of [colleague, member, lead]) {
      await expect.poll(() => page.getByText('确认接替').count()).toBe(0);
      const shift = page.getByTestId('roster-shift').filter({ hasText: '08:00–20:00' });
      expect(await shift.textContent()).toContain('陈经纪（技术市场）');
      expect(await shift.textContent()).not.toContain('李招商（驻深办）');
    }
    expect(await member.getByRole('button', { name: '请人接替' }).count()).toBe(0);
  });

  it("opens from an agent's menu on their own team's week", async () => {
    const agent = await e2e.newPage(phone);
    await e2e.logIn(agent, 'agent-night');
    await agent.getByRole('button', { name: '打开菜单' }).click();
    await agent.getByRole('menuitem', { name: '值班表' }).click();
    await expect.poll(() => agent.getByRole('heading', { name: '区企业服务中心（7×24 热线） 值班表' }).isVisible()).toBe(true);
    await e2e.screenshot(agent, 'roster-03-agent-menu-phone');
    await expect.poll(() => agent.getByTestId('roster-shift').filter({ hasText: '高专员（企业服务·夜班）' }).first().isVisible()).toBe(true);
  });
});
