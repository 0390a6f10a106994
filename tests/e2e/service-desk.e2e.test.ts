import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktop, phone, startE2e, type E2e } from './harness.ts';

// The enterprise on a phone reports a power cut; the agent accepts, replies and resolves it at the desk; the
// enterprise sees the reply, each step arriving live, and rates the service.

let e2e: E2e;

const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('the service desk', () => {
  it('takes a power cut from a phone to resolved and rated', async () => {
    const enterprise = await e2e.newPage(phone);
    await e2e.logIn(enterprise, 'enterprise');
    await enterprise.goto('/service-desk/new');
    await enterprise.getByLabel('诉求类别').click();
    await enterprise.locator('.ant-select-item-option', { hasText: '水电气暖' }).click();
    await enterprise.locator('.ant-radio-button-wrapper', { hasText: '紧急' }).click();
    await enterprise.getByLabel('选择园区/载体').click();
    await enterprise.locator('.ant-select-item-option', { hasText: '即墨国际家居博览中心' }).click();
    await enterprise.getByLabel('选择楼栋（可选）').click();
    await enterprise.locator('.ant-select-item-option', { hasText: 'C座 商务办公' }).click();
    await enterprise.getByLabel('问题描述').fill('C座 12 层整层停电，服务器机房 UPS 只能撑 30 分钟');
    expect(await enterprise.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(enterprise, 'service-desk-00-submit-phone');
    await enterprise.getByRole('button', { name: /提\s*交/ }).click();
    await enterprise.waitForURL(/\/service-desk\/requests\//);
    const reference = enterprise.getByText(/^SR\d{4}-\d{6}$/);
    await poll(() => reference.isVisible()).toBe(true);
    const number = (await reference.textContent())!.trim();
    await poll(() => enterprise.getByText('新建').first().isVisible()).toBe(true);

    const agent = await e2e.newPage(desktop);
    await e2e.logIn(agent, 'agent');
    await agent.goto('/service-desk/queue?queue=team');
    const row = agent.getByRole('link', { name: /服务器机房/ });
    await poll(() => row.isVisible()).toBe(true);
    // The urgent on-site fault's ten minutes to a first response, counted down in its row.
    await poll(() => agent.getByText(/^剩余 \d+ 分钟$/).first().isVisible()).toBe(true);
    await e2e.screenshot(agent, 'service-desk-01-queue');
    await row.click();
    await poll(() => agent.getByText(number).isVisible()).toBe(true);
    await agent.getByRole('button', { name: /受\s*理/ }).click();
    await poll(() => agent.getByText('刘专员（企业服务）').first().isVisible()).toBe(true);
    await poll(() => agent.getByText('按时完成').isVisible()).toBe(true);
    // The enterprise's page follows without a reload.
    await poll(() => enterprise.getByText('已受理').first().isVisible()).toBe(true);

    await agent.getByLabel('回复', { exact: true }).fill('电工已出发，预计 10 分钟到场，请先关闭非必要负载。');
    await agent.getByRole('button', { name: /发\s*送/ }).click();
    await poll(() => agent.getByText('电工已出发', { exact: false }).isVisible()).toBe(true);
    await agent.locator('.ant-segmented-item', { hasText: '内部备注' }).click();
    await agent.getByLabel('回复', { exact: true }).fill('C座强电井 12F 总开关跳闸');
    await agent.getByRole('button', { name: /发\s*送/ }).click();
    await poll(() => agent.getByText('C座强电井 12F 总开关跳闸').isVisible()).toBe(true);
    await agent.getByRole('button', { name: /已解决/ }).click();
    await poll(() => agent.getByText('已解决').first().isVisible()).toBe(true);
    await e2e.screenshot(agent, 'service-desk-02-agent-resolved');

    await poll(() => enterprise.getByText('电工已出发', { exact: false }).isVisible()).toBe(true);
    await poll(() => enterprise.getByText('评价本次服务').isVisible()).toBe(true);
    // The internal note never reaches the enterprise.
    expect(await enterprise.getByText('C座强电井 12F 总开关跳闸').count()).toBe(0);
    await enterprise.locator('.ant-rate-star').nth(4).click();
    await enterprise.getByPlaceholder('说说您的感受（可选）').fill('十分钟就来了，谢谢！');
    await enterprise.getByRole('button', { name: '提交评价' }).click();
    await poll(() => enterprise.getByText('十分钟就来了，谢谢！').isVisible()).toBe(true);
    await poll(() => enterprise.getByText('评价本次服务').count()).toBe(0);
    expect(await enterprise.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(enterprise, 'service-desk-03-rated-phone');
  });

  it("lets an administrator change an SLA policy's targets", async () => {
    const admin = await e2e.newPage(desktop);
    await e2e.logIn(admin, 'admin');
    await admin.goto('/admin/service-desk');
    const policies = admin.locator('.ant-card', { hasText: '服务时限（SLA）' });
    const lowRow = policies.locator('tr', { hasText: '2880' });
    await poll(() => lowRow.isVisible()).toBe(true);
    await lowRow.getByRole('button', { name: /编辑|edit/i }).click();
    await admin.getByLabel('办结（分钟）').fill('100');
    await admin.getByRole('button', { name: /保\s*存/ }).click();
    // Shorter than the first response: refused with the server's message, nothing saved.
    await poll(() => admin.getByText('办结时限不能短于首次响应时限').isVisible()).toBe(true);
    await admin.getByLabel('办结（分钟）').fill('2400');
    await admin.getByRole('button', { name: /保\s*存/ }).click();
    await poll(() => policies.locator('tr', { hasText: '2400' }).isVisible()).toBe(true);
    await e2e.screenshot(admin, 'service-desk-04-sla-policies');
  });
});
