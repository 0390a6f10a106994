import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnterpriseTexts } from '../../src/modules/policies/eligibility/text-match/enterprise-texts.ts';
import { policies, policyBenefitItems } from '../../src/modules/policies/schema.ts';
import { users } from '../../src/platform/auth/schema.ts';
import { desktop, phone, startE2e, type E2e } from './harness.ts';

// A policy with no conditions written as rules, its text about what a demo enterprise does: the enterprise's user
// sees it apart as "may concern you" on a phone, and an officer sees the enterprise with the shared words.

let e2e: E2e;
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const title = '崂山区重点产业企业服务包（文本匹配）';

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('the free-text match of a policy', () => {
  it('shows the enterprise the policy apart, and staff the enterprise with the shared words', async () => {
    const { db } = e2e.ctx;
    const [account] = await db.select({ enterpriseId: users.enterpriseId }).from(users).where(eq(users.username, 'enterprise'));
    const own = (await readEnterpriseTexts(db)).find((text) => text.id === account!.enterpriseId)!;
    const [policy] = await db
      .insert(policies)
      .values({ title, originalText: `支持${own.classes}。${own.market}`, issuer: '崂山区科技局', level: 'district', issuedOn: '2026-01-05', guideDueAt: new Date(), state: 'published', publishedAt: new Date() })
      .returning({ id: policies.id });
    await db.insert(policyBenefitItems).values({ policyId: policy!.id, position: 0, kind: 'service', title: '上门服务', rule: { all: [] } });

    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'enterprise');
    await page.goto('/policies/for-me');
    await poll(() => page.getByText('可能与您相关').isVisible()).toBe(true);
    await poll(() => page.getByRole('link', { name: title }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'policy-text-match-01-may-concern-phone');

    const staff = await e2e.newPage(desktop);
    await e2e.logIn(staff, 'officer');
    await staff.goto(`/policies/${policy!.id}`);
    await poll(() => staff.getByText('文本可能相关的企业').isVisible()).toBe(true);
    await poll(() => staff.getByRole('link', { name: own.name }).first().isVisible()).toBe(true);
    await e2e.screenshot(staff, 'policy-text-match-02-staff');
  });
});
