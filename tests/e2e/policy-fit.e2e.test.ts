import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitOfEnterprise } from '../../src/modules/policies/eligibility/fit-of-enterprise.ts';
import { users } from '../../src/platform/auth/schema.ts';
import { phone, startE2e, type E2e } from './harness.ts';

// A demo enterprise's user opens "policies for me" on a phone and reads, for an item it fits or may fit, each
// condition marked met, unmet or missing, with what would make it fit.

let e2e: E2e;
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
});

describe('policies for me', () => {
  it('shows a demo enterprise the items it fits with each condition explained, at phone width', async () => {
    const [account] = await e2e.ctx.db.select({ enterpriseId: users.enterpriseId }).from(users).where(eq(users.username, 'enterprise'));
    const fits = (await fitOfEnterprise(e2e.ctx.db, account!.enterpriseId!))!.filter((item) => item.status !== 'ineligible');
    // The demo data gives its enterprise at least one item it fits or may fit: the page is about them.
    expect(fits.length).toBeGreaterThan(0);
    const first = fits[0]!;

    const page = await e2e.newPage(phone);
    await e2e.logIn(page, 'enterprise');
    await page.goto('/policies/for-me');
    const card = page.locator('.policy-fit-item').filter({ hasText: first.itemTitle }).first();
    await poll(() => card.isVisible()).toBe(true);
    await poll(() => card.getByText(first.policyTitle).isVisible()).toBe(true);
    // Every condition of the item is there, each with its mark.
    const marks = { met: '已满足', unmet: '未满足', unknown: '缺少数据' } as const;
    for (const [outcome, label] of Object.entries(marks)) {
      const expected = first.conditions.filter((condition) => condition.outcome === outcome).length;
      expect(await card.getByRole('img', { name: label }).count()).toBe(expected);
    }
    // A missing figure says what to report.
    const missing = first.conditions.find((condition) => condition.outcome === 'unknown' && condition.condition.kind === 'indicator');
    if (missing) await poll(() => card.getByText(new RegExp(`填报${missing.year}年`)).first().isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await e2e.screenshot(page, 'policy-fit-01-for-me-phone');
  });
});
