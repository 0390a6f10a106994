import { and, eq, sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/platform/auth/schema.ts';
import { notifications } from '../../src/platform/notifications/schema.ts';
import { desktop, phone, startE2e, type E2e } from './harness.ts';
import { addTagAndRdItem, publishPolicy, reviewAndPay, stateTag, submitApplication, writePolicy } from './policy-steps.ts';

// The policy service end to end: an officer writes a policy whose benefit item is a rule built in the form; the demo
// enterprise, which fits it, is told, finds it under "policies for me" with each condition explained, and applies on
// a phone; the policy office approves and pays; the policy's evaluation counts the payout and the enterprise's
// timeline shows it.

let e2e: E2e;
const poll = <T>(read: () => T | Promise<T>, timeout = 15_000) => expect.poll(read, { timeout });
const title = '崂山区虚拟现实企业研发创新奖励办法（验收）';
const itemTitle = '虚拟现实企业研发创新奖励';

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

const fitsPhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);

describe('the policy service', () => {
  it('takes a rule-based policy from the officer\'s form to a fitting enterprise\'s payout, counted in the evaluation and on its timeline', async () => {
    const officer = await e2e.newPage(desktop);
    await e2e.logIn(officer, 'officer');
    await writePolicy(officer, { title, originalText: '第五条 对在本区注册的高新技术企业，上一年度研发投入达到 200 万元的，给予 30 万元奖励。' });
    // The demo enterprise is a high-tech enterprise that spent well over 2,000,000 yuan on R&D last year.
    await addTagAndRdItem(officer, { title: itemTitle, tag: '高新技术企业', rdAtLeastWan: 200, amountWan: 30 });
    await publishPolicy(officer);

    // Publishing works out who fits in the background and tells them in their inbox.
    const [account] = await e2e.ctx.db.select({ id: users.id }).from(users).where(eq(users.username, 'enterprise'));
    const told = () =>
      e2e.ctx.db
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.userId, account!.id), eq(notifications.message, 'policy.fit.newlyEligible'), sql`${notifications.params}->>'item' = ${itemTitle}`));
    await poll(async () => (await told()).length, 30_000).toBe(1);

    const enterprise = await e2e.newPage(phone);
    await e2e.logIn(enterprise, 'enterprise');
    await enterprise.getByRole('button', { name: /^通知/ }).click();
    await poll(() => enterprise.getByText(`你单位符合《${title}》中“${itemTitle}”的条件，请查看“惠企政策”`).isVisible()).toBe(true);
    await e2e.screenshot(enterprise, 'policy-service-01-told-phone');

    await enterprise.goto('/policies/for-me');
    const card = enterprise.locator('.policy-fit-item').filter({ hasText: itemTitle });
    await poll(() => card.isVisible()).toBe(true);
    // Both conditions explained, each met: the tag, and last year's R&D spending against the threshold.
    await poll(() => card.getByRole('img', { name: '已满足' }).count()).toBe(2);
    expect(await card.getByRole('img', { name: '未满足' }).count()).toBe(0);
    await poll(() => card.getByText('上一年度研发投入不低于 200 万元').isVisible()).toBe(true);
    await fitsPhone(enterprise);
    await e2e.screenshot(enterprise, 'policy-service-02-for-me-phone');

    await card.getByRole('button', { name: '申请' }).click();
    await enterprise.getByRole('button', { name: '开始申请' }).click();
    await enterprise.waitForURL(/\/policy-applications\/[0-9a-f-]{36}$/);
    const applicationPath = new URL(enterprise.url()).pathname;
    await submitApplication(enterprise, { fileName: '研发投入说明.pdf', requiredFiles: [] });
    await fitsPhone(enterprise);

    await officer.goto('/policy-applications/queue?state=submitted');
    await officer.locator(`a[href="${applicationPath}"]`).click();
    await reviewAndPay(officer, { amountWan: 30 });

    await officer.goto('/reports/policies?level=district');
    const row = officer.locator('tr', { hasText: title }).first();
    await poll(() => row.isVisible()).toBe(true);
    // Columns after the title: eligible, possible, notified, applied, approved, paid, amount.
    const cell = (index: number) => row.locator('td').nth(index).innerText();
    await poll(() => cell(4)).toBe('1');
    expect([await cell(5), await cell(6), await cell(7)]).toEqual(['1', '1', '30']);
    expect(Number(await cell(1))).toBeGreaterThanOrEqual(1);
    expect(Number(await cell(3))).toBeGreaterThanOrEqual(1);
    await e2e.screenshot(officer, 'policy-service-03-evaluation');

    await enterprise.reload();
    await poll(() => stateTag(enterprise, '已兑现').isVisible()).toBe(true);
    await enterprise.goto('/my-enterprise');
    await poll(() => enterprise.getByText(`${title} · ${itemTitle} · 30 万元`).isVisible()).toBe(true);
    await fitsPhone(enterprise);
    await e2e.screenshot(enterprise, 'policy-service-04-timeline-phone');
  });
});
