import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdf } from '../../src/platform/attachments/attachments-test-app.ts';
import { chooseOption, desktop, phone, startE2e, type E2e } from './harness.ts';
import { signDeal } from './market-steps.ts';

/** The three organisations' users are made by the test, with a password of its own. */
const password = 'Harbour-Bridge-2718';
const secret = 'E2E-保密：现有网箱 120 个，预算上限 90 万';
const listingTitle = '海洋牧场水质在线监测浮标';

let e2e: E2e;
let setup: Page;

type Json = Record<string, any>;

/** The API as the page's signed-in user calls it, with its session cookie and CSRF token. */
async function apiOf(page: Page) {
  const { csrfToken } = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  return async (url: string, data?: unknown, multipart?: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>) => {
    const response = await page.request.post(url, { headers: { 'x-csrf-token': csrfToken }, ...(multipart ? { multipart } : { data: data ?? {} }) });
    if (!response.ok()) throw new Error(`${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as Json;
  };
}
const getJson = async (page: Page, url: string) => (await (await page.request.get(url)).json()) as Json;

async function logInAs(page: Page, username: string) {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

const visible = (locator: Locator) => expect.poll(() => locator.first().isVisible(), { timeout: 15_000 }).toBe(true);
/** The number a Statistic shows under its title, inside a scope. */
const statistic = (scope: Locator, title: string) => scope.locator('.ant-statistic', { hasText: title }).locator('.ant-statistic-content-value').first();

beforeAll(async () => {
  e2e = await startE2e();
  setup = await e2e.newPage();
  await e2e.logIn(setup, 'admin');
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('the technology market from a demand to a signed deal', () => {
  it('matches while writing, reviews, introduces, keeps the confidential details to the accepting owner, and counts the signed deal', async () => {
    // The organisations and the owner's published listing are the stage, made through the API.
    const post = await apiOf(setup);
    const organisation = async (name: string) => (await post('/api/enterprises', { name, kind: 'company', confirmDuplicate: true })).id as string;
    const demander = await organisation('青岛海湾养殖科技有限公司');
    const owner = await organisation('青岛蓝谷海洋仪器研究院');
    const bystander = await organisation('青岛旁观者贸易有限公司');
    for (const [username, enterpriseId] of [['e2e-demander', demander], ['e2e-owner', owner], ['e2e-bystander', bystander]]) {
      await post('/api/users', { username, displayName: username, password, roles: ['enterprise'], enterpriseId });
    }
    const fields = (await getJson(setup, '/api/market/fields')) as unknown as Json[];
    const marine = fields.find((field) => field.name === '海洋科技')!.id as string;
    const listing = await post('/api/market/listings', {
      ownerId: owner,
      title: listingTitle,
      summary: '海洋牧场水质在线监测浮标：溶解氧、盐度、叶绿素、水温实时监测，4G 回传，适用于网箱养殖和海洋牧场',
      fieldId: marine,
      modes: ['转让', '许可'],
      priceWan: 60,
    });
    await post(`/api/market/listings/${listing.id}/actions/submit`);
    await post(`/api/market/listings/${listing.id}/actions/approve`);
    const statisticsBefore = await getJson(setup, '/api/market/statistics');
    const marineBefore = (statisticsBefore.fieldDeals as Json[]).find((row) => row.fieldId === marine);

    // 1. The enterprise user writes a demand and sees the listing ranked, with its reasons, while writing.
    const user = await e2e.newPage(desktop);
    await logInAs(user, 'e2e-demander');
    // Home, before anything: the organisation's cards say what is missing.
    await visible(user.getByText('你还没有已发布的需求'));
    await visible(user.getByText('你的机构还没有科技成果'));
    await user.goto('/market/demands/new');
    await user.getByLabel('标题').fill('海洋牧场水质在线监测');
    await user.getByLabel('摘要').fill('网箱养殖需要海洋牧场水质在线监测浮标，实时监测溶解氧、盐度和叶绿素，数据回传到手机');
    const preview = user.locator('.ant-card', { hasText: '边写边看：匹配的科技成果' });
    const match = preview.locator('.ant-list-item', { hasText: listingTitle });
    await visible(match);
    await visible(match.locator('.match-reasons li', { hasText: '都提到' }));
    expect(await match.textContent()).toContain('第 1');
    await e2e.screenshot(user, 'flow-01-matches-while-writing');
    await user.getByLabel('保密详情').fill(secret);
    await user.getByRole('button', { name: '保存草稿' }).click();
    await user.waitForURL(/\/market\/demands\/[0-9a-f-]{36}$/);
    const demandId = user.url().split('/').at(-1)!;
    await user.getByRole('button', { name: '提交审核' }).click();
    await visible(user.locator('.ant-tag', { hasText: '待审核' }));

    // 2. The operator approves it.
    const operator = await e2e.newPage(desktop);
    await e2e.logIn(operator, 'operator');
    await operator.goto(`/market/demands/${demandId}`);
    await operator.getByRole('button', { name: '审核通过' }).click();
    await visible(operator.locator('.ant-tag', { hasText: '已发布' }));

    // Published, the demand's best matches are on the user's home, with their reasons.
    await user.goto('/');
    const homeMatches = user.locator('.ant-card', { hasText: '我的需求的匹配' });
    const homeMatch = homeMatches.locator('.ant-list-item', { hasText: listingTitle });
    await visible(homeMatch);
    await visible(homeMatch.locator('.match-reasons li'));

    // 3. The user asks for an introduction to the listing, about the demand.
    await user.goto(`/market/listings/${listing.id}`);
    await user.getByRole('button', { name: '申请对接' }).click();
    const dialog = user.locator('.ant-modal');
    await chooseOption(user, dialog.getByLabel('相关需求（可选）'), '海洋牧场水质在线监测');
    await dialog.getByLabel('留言').fill('希望尽快试用');
    await dialog.getByRole('button', { name: '提交申请' }).click();
    await visible(user.getByText('对接申请已提交'));

    // The operator's home has it waiting for the owner, linked to its page.
    await operator.goto('/');
    const queue = operator.locator('.ant-card', { hasText: '对接与交易待办' });
    await visible(queue.getByRole('link', { name: listingTitle }));
    const introductionId = (await queue.getByRole('link', { name: listingTitle }).getAttribute('href'))!.split('/').at(-1)!;
    // Cards of one's own records are not the operator's.
    expect(await operator.locator('.ant-card', { hasText: '我的需求的匹配' }).count()).toBe(0);
    expect(await operator.locator('.ant-card', { hasText: '我的科技成果' }).count()).toBe(0);
    await e2e.screenshot(operator, 'flow-02-operator-home');

    // Before the owner accepts, neither the owner nor anyone else reads the demand's confidential details.
    const ownerPage = await e2e.newPage(phone);
    await logInAs(ownerPage, 'e2e-owner');
    await ownerPage.goto(`/market/introductions/${introductionId}`);
    await visible(ownerPage.getByText('保密信息在双方确认对接后向成果方开放'));
    expect(await ownerPage.content()).not.toContain(secret);
    const third = await e2e.newPage(desktop);
    await logInAs(third, 'e2e-bystander');
    expect((await third.request.get(`/api/market/introductions/${introductionId}`)).status()).toBe(404);
    await third.goto(`/market/demands/${demandId}`);
    await visible(third.getByText('海洋牧场水质在线监测').first());
    expect(await third.content()).not.toContain(secret);

    // 4. The owner accepts on a phone; the details become theirs to read, and no one else's.
    await ownerPage.goto('/market/introductions');
    const row = ownerPage.locator('.ant-list-item', { hasText: listingTitle });
    await visible(row);
    await row.getByRole('button', { name: /接\s*受/ }).click();
    await ownerPage.locator('.ant-popconfirm').getByRole('button', { name: /接\s*受/ }).click();
    await visible(ownerPage.getByText('没有等待你决定的对接申请'));
    const dealId = ((await getJson(ownerPage, `/api/market/introductions/${introductionId}`)).deal as Json).id as string;
    await ownerPage.goto(`/market/deals/${dealId}`);
    await visible(ownerPage.getByText(secret));
    expect(await ownerPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(ownerPage, 'flow-03-owner-reads-details');
    await third.goto(`/market/demands/${demandId}`);
    await visible(third.getByText('海洋牧场水质在线监测').first());
    expect(await third.content()).not.toContain(secret);
    expect((await third.request.get(`/api/market/deals/${dealId}`)).status()).toBe(404);

    // 5. The operator moves the deal to 签约 with the contract file.
    await post('/api/attachments', undefined, { kind: 'deal', recordId: dealId, file: { name: '技术转让合同.pdf', mimeType: 'application/pdf', buffer: pdf } });
    await operator.goto(`/market/deals/${dealId}`);
    await operator.getByRole('button', { name: '进入洽谈' }).click();
    await visible(operator.getByRole('button', { name: '登记签约' }));
    await signDeal(operator, { amountWan: '58', fileName: '技术转让合同.pdf' });
    await visible(operator.getByRole('button', { name: '技术合同登记' }));

    // 6. The listing's funnel counts it, on its page and on the owner's home.
    await ownerPage.goto(`/market/listings/${listing.id}`);
    const funnel = ownerPage.locator('.ant-card', { hasText: '成果转化漏斗' });
    await expect.poll(() => statistic(funnel, '已签约').textContent(), { timeout: 15_000 }).toBe('1');
    expect(await statistic(funnel, '对接申请').textContent()).toBe('1');
    expect(await statistic(funnel, '已接受').textContent()).toBe('1');
    expect(await statistic(funnel, '匹配需求').textContent()).not.toBe('0');
    expect(await funnel.locator('.ant-statistic', { hasText: '合同金额（万元）' }).textContent()).toContain('58.00');
    await ownerPage.goto('/');
    const mine = ownerPage.locator('.ant-card', { hasText: '我的科技成果' });
    await visible(mine.locator('.ant-list-item', { hasText: listingTitle }).getByText('58 万元'));
    await e2e.screenshot(ownerPage, 'flow-04-owner-home-phone');

    // 7. The operator's statistics count the signed deal, in total and in the listing's field.
    await operator.goto('/market/statistics');
    const deals = operator.locator('.ant-card', { hasText: '对接与交易' }).first();
    await expect.poll(() => statistic(deals, '签约交易').textContent(), { timeout: 15_000 }).toBe(String(statisticsBefore.deals.dealsSigned + 1));
    const byField = operator.locator('.ant-card', { hasText: '按领域的对接与交易' });
    const marineRow = byField.locator('tr', { hasText: '海洋科技' });
    await visible(marineRow);
    const cells = await marineRow.locator('td').allTextContents();
    // 领域, 对接申请, 对接已接受, 接受率, 签约交易, 签约率, 履约完成, 履约完成率, 合同金额
    expect(Number(cells[4])).toBe((marineBefore?.dealsSigned ?? 0) + 1);
    expect(Number(cells[8])).toBeCloseTo((marineBefore?.contractAmountWan ?? 0) + 58);
    await e2e.screenshot(operator, 'flow-05-statistics');
  }, 150_000); // Four users and eleven pages in one story: about 45 s on a quiet 2-core machine, more while other work runs.
});
