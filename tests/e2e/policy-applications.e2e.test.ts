import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdf } from '../../src/platform/attachments/attachments-test-app.ts';
import { chinaToday } from '../../src/platform/calendar/china-day.ts';
import { policies, policyBenefitItems } from '../../src/modules/policies/schema.ts';
import { desktop, phone, startE2e, type E2e } from './harness.ts';

// 快申快享 end to end: the demo enterprise applies on a phone with its files; the policy commissioner accepts,
// approves, publicizes and records the payout with its voucher; the enterprise sees 已兑现 and the payout on its
// timeline.

let e2e: E2e;
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const item = '虚拟现实企业研发投入补贴';

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

const state = (page: Page, name: string) => page.locator('.ant-tag', { hasText: name }).first();
const fitsPhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);

async function upload(page: Page, fileName: string) {
  await page.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf });
  await poll(() => page.getByText(fileName).first().isVisible()).toBe(true);
}

/** Opens a move's dialog, lets the fill step fill it, saves (unless the fill did), and waits for the state it leads to. */
async function moveWithEvidence(page: Page, button: string, fill: (dialog: ReturnType<Page['locator']>) => Promise<void>, reached: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.locator('.ant-modal').filter({ hasText: button });
  await fill(dialog);
  // Enter in a date field submits the dialog's form already.
  const save = dialog.getByRole('button', { name: '保存' });
  if (await save.isVisible()) await save.click();
  await poll(() => state(page, reached).isVisible()).toBe(true);
}

async function typeDay(dialog: ReturnType<Page['locator']>, page: Page, label: string, day: string) {
  const input = dialog.getByLabel(label);
  await input.click();
  await input.fill(day);
  await input.press('Enter');
  await poll(() => page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').count()).toBe(0);
}

describe('policy applications', () => {
  it('takes an application from a phone to 已兑现, shown on the enterprise timeline', async () => {
    const [found] = await e2e.ctx.db
      .select({ id: policyBenefitItems.id })
      .from(policyBenefitItems)
      .innerJoin(policies, eq(policies.id, policyBenefitItems.policyId))
      .where(and(eq(policyBenefitItems.title, item), eq(policies.state, 'published')));

    const enterprise = await e2e.newPage(phone);
    await e2e.logIn(enterprise, 'enterprise');
    await enterprise.goto(`/policy-applications/new?item=${found!.id}`);
    await poll(() => enterprise.getByText('青岛幻境虚拟现实科技有限公司').first().isVisible()).toBe(true);
    await fitsPhone(enterprise);
    await e2e.screenshot(enterprise, 'policy-applications-00-apply-phone');
    await enterprise.getByRole('button', { name: '开始申请' }).click();
    await enterprise.waitForURL(/\/policy-applications\/[0-9a-f-]{36}$/);
    const applicationPath = new URL(enterprise.url()).pathname;

    await upload(enterprise, '申报材料.pdf');
    for (const required of ['营业执照', '上一年度研发费用专项审计报告']) {
      const field = enterprise.getByLabel(required);
      await field.click();
      await enterprise.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('申报材料.pdf', { exact: true }).click();
      await enterprise.keyboard.press('Escape');
      await poll(() => enterprise.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count()).toBe(0);
    }
    await enterprise.getByRole('button', { name: '提交申请' }).click();
    await poll(() => state(enterprise, '已提交').isVisible()).toBe(true);
    await fitsPhone(enterprise);
    await e2e.screenshot(enterprise, 'policy-applications-01-submitted-phone');

    const staff = await e2e.newPage(desktop);
    await e2e.logIn(staff, 'ls-policy');
    await staff.goto('/policy-applications/queue?state=submitted');
    await staff.locator(`a[href="${applicationPath}"]`).click();
    await staff.getByRole('button', { name: '受理' }).click();
    await poll(() => state(staff, '已受理').isVisible()).toBe(true);
    await moveWithEvidence(staff, '审核通过', (dialog) => dialog.getByLabel('核定金额').fill('120'), '已审核');
    await moveWithEvidence(staff, '公示', (dialog) => typeDay(dialog, staff, '公示截止日', chinaToday()), '公示中');
    await upload(staff, '拨付凭证.pdf');
    await moveWithEvidence(
      staff,
      '登记兑现',
      async (dialog) => {
        await dialog.getByLabel('拨付凭证').click();
        await staff.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').getByTitle('拨付凭证.pdf', { exact: true }).click();
      },
      '已兑现',
    );
    await e2e.screenshot(staff, 'policy-applications-02-paid');

    await enterprise.reload();
    await poll(() => state(enterprise, '已兑现').isVisible()).toBe(true);
    await poll(() => enterprise.getByText('评价本次兑现').isVisible()).toBe(true);
    await enterprise.goto('/my-enterprise');
    await poll(() => enterprise.getByText('政策兑现（快申快享）').first().isVisible()).toBe(true);
    await poll(() => enterprise.getByText('累计兑现').isVisible()).toBe(true);
    await fitsPhone(enterprise);
    await e2e.screenshot(enterprise, 'policy-applications-03-timeline-phone');
  });
});
