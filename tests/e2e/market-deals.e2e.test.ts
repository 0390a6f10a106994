import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdf } from '../../src/platform/attachments/attachments-test-app.ts';
import { phone, startE2e, type E2e } from './harness.ts';
import { signDeal } from './market-steps.ts';

/** The two organisations' users are made by the test, with a password of its own. */
const password = 'Harbour-Bridge-2718';

let e2e: E2e;
let admin: Page;

/** The API as the page's signed-in user calls it, with its session cookie and CSRF token. */
async function apiOf(page: Page) {
  const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  return async (url: string, data?: unknown, multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>) => {
    const response = await page.request.post(url, { headers: { 'x-csrf-token': csrfToken }, ...(multipart ? { multipart } : { data: data ?? {} }) });
    if (!response.ok()) throw new Error(`${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as Record<string, any>;
  };
}

beforeAll(async () => {
  e2e = await startE2e();
  admin = await e2e.newPage();
  await e2e.logIn(admin, 'admin');
});

async function logInAs(page: Page, username: string) {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('introductions and deals in the browser', () => {
  it('lets a listing owner accept on a phone and the operator record the signing with the contract file', async () => {
    const post = await apiOf(admin);
    const seller = await post('/api/enterprises', { name: '青岛党建软件科技有限公司', kind: 'company', confirmDuplicate: true });
    const buyer = await post('/api/enterprises', { name: '青岛需求方制造有限公司', kind: 'company', confirmDuplicate: true });
    for (const [username, enterpriseId] of [['e2e-seller', seller.id], ['e2e-buyer', buyer.id]]) {
      await post('/api/users', { username, displayName: username, password, roles: ['enterprise'], enterpriseId });
    }
    const listing = await post('/api/market/listings', { title: '智慧党建信息管理系统', summary: '组织生活与党员教育', ownerId: seller.id });
    const demand = await post('/api/market/demands', { kind: 'technology', title: '党员教育平台升级', summary: '移动端学习', confidentialDetails: 'E2E-保密预算 80 万', ownerId: buyer.id });
    for (const [kind, id] of [['listings', listing.id], ['demands', demand.id]]) {
      await post(`/api/market/${kind}/${id}/actions/submit`);
      await post(`/api/market/${kind}/${id}/actions/approve`);
    }

    const buyerPage = await e2e.newPage();
    await logInAs(buyerPage, 'e2e-buyer');
    const introduction = await (await apiOf(buyerPage))('/api/market/introductions', { listingId: listing.id, demandId: demand.id, message: '希望采购' });

    const owner = await e2e.newPage(phone);
    await logInAs(owner, 'e2e-seller');
    await owner.goto('/market/introductions');
    const row = owner.locator('.ant-list-item', { hasText: '智慧党建信息管理系统' });
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(owner, 'deals-01-inbox-phone');
    await row.getByRole('button', { name: /接\s*受/ }).click();
    await owner.locator('.ant-popconfirm').getByRole('button', { name: /接\s*受/ }).click();
    await expect.poll(() => owner.getByText('没有等待你决定的对接申请').isVisible()).toBe(true);

    const accepted = (await (await owner.request.get(`/api/market/introductions/${introduction.id}`)).json()) as { deal: { id: string } };
    await owner.goto(`/market/deals/${accepted.deal.id}`);
    await expect.poll(() => owner.getByText('E2E-保密预算 80 万').isVisible()).toBe(true);
    await owner.getByRole('button', { name: '进入洽谈' }).click();
    await expect.poll(() => owner.getByRole('button', { name: '登记签约' }).isVisible()).toBe(true);
    expect(await owner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(owner, 'deals-02-deal-phone');

    await post('/api/attachments', undefined, { kind: 'deal', recordId: accepted.deal.id, file: { name: '技术合同.pdf', mimeType: 'application/pdf', buffer: pdf } });
    await admin.goto(`/market/deals/${accepted.deal.id}`);
    await signDeal(admin, { amountWan: '36', fileName: '技术合同.pdf' });
    await expect.poll(() => admin.getByRole('button', { name: '技术合同登记' }).isVisible()).toBe(true);
    await expect.poll(() => admin.getByText('签约 · ').isVisible()).toBe(true);
    await e2e.screenshot(admin, 'deals-03-signed');
  });
});
