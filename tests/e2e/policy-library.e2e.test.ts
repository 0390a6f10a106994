import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phone, startE2e, type E2e } from './harness.ts';

// The policy office writes a policy with a benefit item whose rule has two conditions, built in the form with no
// code, and publishes it; an enterprise then reads it, with the conditions in words, on a phone.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const title = '崂山区支持虚拟现实企业研发创新若干措施（浏览器测试）';

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

/**
 * Picks an option of a select, then waits for its list to be gone, so that it covers no field below; a select of
 * several stays open after a pick, and is closed by a click on `closeBy` (a heading beside it).
 */
async function choose(page: Page, field: Locator, option: string, closeBy?: Locator) {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await field.click();
  await open.getByTitle(option, { exact: true }).click();
  if (closeBy) await closeBy.click();
  await poll(() => open.count()).toBe(0);
}

describe('the policy library', () => {
  it('lets an officer write a policy with a rule-based item and publish it, and an enterprise read it on a phone', async () => {
    const page = await e2e.newPage();
    await e2e.logIn(page, 'officer');
    await page.goto('/policies');
    await poll(() => page.getByRole('link', { name: '崂山区高新技术企业认定奖励办法' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: /新建政策/ }).click();
    const form = page.locator('.ant-modal');
    await form.getByLabel('政策标题').fill(title);
    await form.getByLabel('发文机关').fill('青岛市崂山区人民政府');
    await form.getByLabel('文号').fill('崂政发〔2026〕21号');
    await form.getByLabel('政策原文').fill('第一条 对在本区注册的高新技术企业，上一年度研发投入 500 万元以上的，给予 20 万元奖励。');
    await form.getByLabel('申报对象').fill('在崂山区注册的高新技术企业');
    await form.getByLabel('申报条件').fill('高新技术企业，上一年度研发投入不低于 500 万元');
    await form.getByLabel('支持标准').fill('一次性奖励 20 万元');
    await form.getByLabel('申报方式').fill('通过平台在线申报');
    await form.getByLabel('咨询方式').fill('崂山区科学技术局，0532-8899 1001');
    await form.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => page.getByRole('heading', { name: title }).isVisible()).toBe(true);
    await poll(() => page.getByText('草稿', { exact: true }).isVisible()).toBe(true);

    await page.getByRole('button', { name: /添加支持事项/ }).click();
    const item = page.locator('.ant-modal', { hasText: '添加支持事项' });
    await item.getByLabel('事项名称').fill('高新技术企业研发奖励');
    await item.getByRole('button', { name: /添加条件/ }).click();
    await choose(page, item.getByLabel('条件 1 类型'), '企业标签');
    await choose(page, item.getByLabel('条件 1 标签', { exact: true }), '高新技术企业', item.getByText('条件 1', { exact: true }));
    await item.getByRole('button', { name: /添加条件/ }).click();
    await choose(page, item.getByLabel('条件 2 类型'), '年度指标');
    await choose(page, item.getByLabel('条件 2 指标'), '研发投入');
    await item.getByLabel('条件 2 数值').fill('500');
    await item.getByText('固定金额', { exact: true }).click();
    await item.getByLabel('金额（万元）').fill('20');
    await item.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => page.getByText('具有以下任一标签：高新技术企业', { exact: true }).isVisible()).toBe(true);
    await poll(() => page.getByText('上一年度研发投入不低于 500 万元', { exact: true }).isVisible()).toBe(true);
    await poll(() => page.getByText('金额：20 万元', { exact: true }).isVisible()).toBe(true);
    await e2e.screenshot(page, 'policy-01-draft-with-item');

    await page.getByRole('button', { name: /^发\s*布$/ }).click();
    await poll(() => page.locator('.page-header .ant-tag', { hasText: /^已发布$/ }).isVisible()).toBe(true);
    await poll(() => page.locator('.page-header .ant-tag', { hasText: /^指南已发布$/ }).isVisible()).toBe(true);

    const reader = await e2e.newPage(phone);
    await e2e.logIn(reader, 'enterprise');
    await reader.goto('/policies');
    await poll(() => reader.getByRole('link', { name: title }).isVisible()).toBe(true);
    // Drafts stay with the office.
    expect(await reader.getByText('崂山区软件和信息技术服务业发展扶持办法').count()).toBe(0);
    expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(reader, 'policy-02-library-phone');

    await reader.getByRole('link', { name: title }).click();
    await poll(() => reader.getByText('上一年度研发投入不低于 500 万元', { exact: true }).isVisible()).toBe(true);
    await poll(() => reader.getByText('通过平台在线申报').isVisible()).toBe(true);
    expect(await reader.getByRole('button', { name: /添加支持事项/ }).count()).toBe(0);
    expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(reader, 'policy-03-policy-phone');
  });

  it('keeps the lists a condition names: the demo 瞪羚 list with its two enterprises, one taken off', async () => {
    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'officer');
    await page.goto('/policies');
    await page.getByRole('link', { name: /名单管理/ }).click();
    await poll(() => page.getByText('崂山区瞪羚企业名单', { exact: true }).isVisible()).toBe(true);
    await page.getByRole('button', { name: /2 家企业/ }).click();
    const members = page.locator('.ant-modal', { hasText: '崂山区瞪羚企业名单' });
    await poll(() => members.getByRole('link', { name: '青岛幻境虚拟现实科技有限公司' }).isVisible()).toBe(true);
    await members.getByRole('button', { name: '将青岛幻境虚拟现实科技有限公司移出名单' }).click();
    await poll(() => members.getByRole('link', { name: '青岛幻境虚拟现实科技有限公司' }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'policy-04-list-members-phone');
  });
});
