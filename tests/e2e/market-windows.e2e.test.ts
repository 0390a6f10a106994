import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, phone, startE2e, type E2e } from './harness.ts';

// An investor asks the market's IP window from the home page on a phone; the market's operator finds the request
// in the desk's team queue and accepts it; the operator keeps the windows among the desk's categories; a listing's
// page offers the windows too.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe("the technology market's windows at the service desk", () => {
  it('take an investor\'s question from the home card to the operator\'s queue', async () => {
    const investor = await e2e.newPage(phone);
    await e2e.logIn(investor, 'investor');
    const card = investor.locator('.ant-card', { hasText: '技术市场服务窗口' });
    const window = card.locator('.ant-list-item', { has: investor.getByText('知识产权', { exact: true }) });
    await poll(() => window.isVisible()).toBe(true);
    await e2e.screenshot(investor, 'market-windows-00-home-card');
    await window.getByRole('button', { name: /咨\s*询/ }).click();
    await investor.waitForURL(/\/service-desk\/new\?category=market-ip$/);
    // The window is chosen, and a window asks for no place.
    await poll(() => investor.getByText('知识产权（技术市场服务窗口）').isVisible()).toBe(true);
    await poll(() => investor.getByText('专利申请与布局、商标注册、知识产权质押与维权咨询').isVisible()).toBe(true);
    expect(await investor.getByText('从园区选择').count()).toBe(0);
    await investor.getByLabel('问题描述').fill('被投企业的 VR 光学模组专利拟作价入股，想了解评估和质押的流程');
    await investor.getByRole('button', { name: /提\s*交/ }).click();
    await investor.waitForURL(/\/service-desk\/requests\//);
    const reference = investor.getByText(/^SR\d{4}-\d{6}$/);
    await poll(() => reference.isVisible()).toBe(true);

    const operator = await e2e.newPage(desktop);
    await e2e.logIn(operator, 'operator');
    await operator.goto('/service-desk/queue?queue=team');
    const row = operator.getByRole('link', { name: /VR 光学模组专利拟作价入股/ });
    await poll(() => row.isVisible()).toBe(true);
    await e2e.screenshot(operator, 'market-windows-01-operator-queue');
    await row.click();
    await operator.getByRole('button', { name: /受\s*理/ }).click();
    await poll(() => operator.getByText('陈经纪（技术市场）').first().isVisible()).toBe(true);
    await poll(() => investor.getByText('已受理').first().isVisible()).toBe(true);

    await operator.goto('/admin/service-categories');
    await poll(() => operator.locator('.ant-tag', { hasText: '服务窗口' }).count()).toBe(4);

    await investor.goto('/market/listings');
    await investor.locator('a[href^="/market/listings/"]:not([href$="/new"])').first().click();
    const beside = investor.locator('.ant-card', { hasText: '技术市场服务窗口' });
    const legal = beside.locator('.ant-list-item', { has: investor.getByText('法律服务', { exact: true }) });
    await poll(() => legal.isVisible()).toBe(true);
    await legal.getByRole('button', { name: /咨\s*询/ }).click();
    await investor.waitForURL(/\/service-desk\/new\?category=market-legal$/);
  });
});
