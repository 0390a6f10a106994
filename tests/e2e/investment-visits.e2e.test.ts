import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phone, startE2e, type E2e } from './harness.ts';

// An officer of the Shenzhen office, on a phone after a meeting: types the visit, loses the page before saving,
// finds what was typed still there, saves it and sees it in the list.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('a visit typed on a phone', () => {
  it('survives a reload before saving, then saves once and shows in the list', async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'officer');
    // The home page shows the officer's open next steps from visits.
    await poll(() => page.getByText('我的走访待办').isVisible()).toBe(true);
    await page.goto('/visits/new');
    await poll(() => page.getByRole('button', { name: /保存走访/ }).isVisible()).toBe(true);

    const name = '深圳市天穹航电科技有限公司';
    await page.getByText('新企业', { exact: true }).click();
    await page.getByPlaceholder('新企业名称').fill(name);
    await page.getByLabel('地点').fill('南山区科技园');
    await page.getByText('产业链配套', { exact: true }).click();
    await page.getByLabel('产业链配套说明').fill('电池与螺旋桨需在 30 公里内配套');
    await page.getByPlaceholder('谈了什么、对方意向').fill('航电模组企业，考虑北方设厂');
    await e2e.screenshot(page, 'visits-00-quick-form-phone');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);

    // The signal drops and the page is reloaded before saving: nothing typed is lost.
    await page.reload();
    await poll(() => page.getByText('已恢复上次未保存的内容').isVisible()).toBe(true);
    expect(await page.getByPlaceholder('新企业名称').inputValue()).toBe(name);
    expect(await page.getByLabel('地点').inputValue()).toBe('南山区科技园');
    expect(await page.getByLabel('产业链配套说明').inputValue()).toBe('电池与螺旋桨需在 30 公里内配套');
    expect(await page.getByPlaceholder('谈了什么、对方意向').inputValue()).toBe('航电模组企业，考虑北方设厂');

    await page.getByRole('button', { name: /保存走访/ }).click();
    await page.waitForURL((url) => /\/visits\/[0-9a-f-]{36}$/.test(url.pathname));
    await poll(() => page.getByText('电池与螺旋桨需在 30 公里内配套').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'visits-01-saved-phone');

    // The recorder corrects the place.
    await page.getByRole('button', { name: /修\s*改/ }).click();
    const place = page.getByRole('dialog').getByLabel('地点');
    await place.fill('南山区科技园南区');
    await page.getByRole('dialog').getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => page.getByText('南山区科技园南区').first().isVisible()).toBe(true);

    // The meeting went well: the visit becomes a project, and each page links the other.
    const visitPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: '转为项目' }).click();
    const form = page.getByRole('dialog');
    await poll(() => form.getByLabel('项目名称').inputValue()).toBe(`${name}项目`);
    await e2e.screenshot(page, 'visits-01b-turn-into-project-phone');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL((url) => /\/projects\/[0-9a-f-]{36}$/.test(url.pathname));
    await poll(() => page.getByText('来自走访').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await page.getByRole('link', { name: /南山区科技园南区/ }).click();
    await page.waitForURL((url) => url.pathname === visitPath);
    await poll(() => page.getByRole('link', { name: `${name}项目` }).isVisible()).toBe(true);

    await page.goto('/visits');
    await poll(() => page.getByRole('link', { name }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'visits-02-list-phone');

    // Saved, the draft is gone: the form starts empty.
    await page.goto('/visits/new');
    await poll(() => page.getByRole('button', { name: /保存走访/ }).isVisible()).toBe(true);
    expect(await page.getByText('已恢复上次未保存的内容').count()).toBe(0);
  });

  it("shows the office's field trip report and the month's activity at phone width", async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'officer');
    await page.goto('/visits/trips');
    await page.getByRole('link', { name: '南山—宝安无人机产业链专题出访' }).click();
    await poll(() => page.getByText('企业关注点汇总').isVisible()).toBe(true);
    await poll(() => page.getByText(/电池、螺旋桨、遥控终端/).first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'visits-03-trip-report-phone');

    await page.goto('/visits/activity');
    await poll(() => page.getByText('按人员').first().isVisible()).toBe(true);
    await poll(() => page.getByRole('img', { name: '关注点分布' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'visits-04-activity-phone');
  });
});
