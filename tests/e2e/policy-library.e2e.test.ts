import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phone, startE2e, type E2e } from './harness.ts';
import { addTagAndRdItem, publishPolicy, writePolicy } from './policy-steps.ts';

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

describe('the policy library', () => {
  it('lets an officer write a policy with a rule-based item and publish it, and an enterprise read it on a phone', async () => {
    const page = await e2e.newPage();
    await e2e.logIn(page, 'officer');
    await page.goto('/policies');
    await poll(() => page.getByRole('link', { name: '崂山区高新技术企业认定奖励办法' }).isVisible()).toBe(true);

    await writePolicy(page, { title, originalText: '第一条 对在本区注册的高新技术企业，上一年度研发投入 500 万元以上的，给予 20 万元奖励。' });
    await addTagAndRdItem(page, { title: '高新技术企业研发奖励', tag: '高新技术企业', rdAtLeastWan: 500, amountWan: 20 });
    await e2e.screenshot(page, 'policy-01-draft-with-item');
    await publishPolicy(page);

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
