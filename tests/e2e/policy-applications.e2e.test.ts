import { and, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policies, policyBenefitItems } from '../../src/modules/policies/schema.ts';
import { desktop, phone, startE2e, type E2e } from './harness.ts';
import { reviewAndPay, stateTag, submitApplication } from './policy-steps.ts';

// 快申快享 end to end: the demo enterprise applies on a phone with its files; the policy commissioner accepts (and is
// shown as its handler), approves, publicizes and records the payout with its voucher; the enterprise sees 已兑现
// and the payout on its timeline.

let e2e: E2e;
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const item = '虚拟现实企业研发投入补贴';

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

const fitsPhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);

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

    await submitApplication(enterprise, { fileName: '申报材料.pdf', requiredFiles: ['营业执照', '上一年度研发费用专项审计报告'] });
    await fitsPhone(enterprise);
    await e2e.screenshot(enterprise, 'policy-applications-01-submitted-phone');

    const staff = await e2e.newPage(desktop);
    await e2e.logIn(staff, 'ls-policy');
    await staff.goto('/policy-applications/queue?state=submitted');
    await staff.locator(`a[href="${applicationPath}"]`).click();
    await reviewAndPay(staff, { amountWan: 120 });
    // Staff see who accepted it and so answers for it (受理人); the enterprise does not.
    await poll(() => staff.getByText('受理人', { exact: true }).isVisible()).toBe(true);
    await e2e.screenshot(staff, 'policy-applications-02-paid');

    await enterprise.reload();
    await poll(() => stateTag(enterprise, '已兑现').isVisible()).toBe(true);
    await poll(() => enterprise.getByText('评价本次兑现').isVisible()).toBe(true);
    expect(await enterprise.getByText('受理人', { exact: true }).count()).toBe(0);
    await enterprise.goto('/my-enterprise');
    await poll(() => enterprise.getByText('政策兑现（快申快享）').first().isVisible()).toBe(true);
    await poll(() => enterprise.getByText('累计兑现').isVisible()).toBe(true);
    await fitsPhone(enterprise);
    await e2e.screenshot(enterprise, 'policy-applications-03-timeline-phone');
  });
});
