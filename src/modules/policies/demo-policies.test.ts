import { asc, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { createDemoDatabase } from '../../test/demo-database.ts';
import { checkBenefitItem } from './check-benefit-item.ts';
import { guideStatusOf } from './guide-deadline.ts';
import { amountRuleSchema, ruleSchema } from './rules/rule-schemas.ts';
import { fittingEnterprisesSql } from './rules/rule-sql.ts';
import { policies, policyBenefitItems, policyEligibility } from './schema.ts';

describe('the demo policies', () => {
  it('hold a dozen district and city policies whose rules name real tags, lists, industries and regions', async () => {
    const { db } = await createDemoDatabase();
    const rows = await db.select().from(policies).orderBy(asc(policies.issuedOn));
    expect(rows).toHaveLength(12);
    expect(rows.map((row) => row.title)).toContain('青岛市崂山区关于加快新旧动能转换打造高端新兴产业促进先进制造业发展的实施细则');
    expect(new Set(rows.map((row) => row.level))).toEqual(new Set(['district', 'city']));
    const now = new Date();
    const statuses = rows.map((row) => [row.state, guideStatusOf(row, now, now)]);
    expect(statuses.filter(([state]) => state === 'published').length).toBeGreaterThanOrEqual(8);
    expect(statuses).toContainEqual(['draft', 'overdue']);
    expect(statuses).toContainEqual(['withdrawn', 'done']);
    for (const row of rows.filter((policy) => policy.state !== 'draft')) expect(row.guidePublishedAt!.getTime()).toBeLessThanOrEqual(row.guideDueAt.getTime());

    const items = await db.select().from(policyBenefitItems);
    expect(items.length).toBeGreaterThanOrEqual(12);
    for (const item of items) {
      expect(ruleSchema.safeParse(item.rule).success, item.title).toBe(true);
      expect(amountRuleSchema.safeParse(item.amountRule).success, item.title).toBe(true);
      await checkBenefitItem(db, item);
    }
  });

  it('start with who fits each published item recorded, told by the first scan once their accounts exist', async () => {
    const { db } = await createDemoDatabase();
    const published = await db
      .select({ id: policyBenefitItems.id, rule: policyBenefitItems.rule })
      .from(policyBenefitItems)
      .innerJoin(policies, eq(policies.id, policyBenefitItems.policyId))
      .where(eq(policies.state, 'published'));
    let recorded = 0;
    for (const item of published.filter((row) => row.rule.all.length > 0)) {
      const rows = await db.select({ enterpriseId: policyEligibility.enterpriseId, status: policyEligibility.status }).from(policyEligibility).where(eq(policyEligibility.itemId, item.id));
      const { rows: fitting } = await db.execute<{ enterprise_id: string; status: string }>(fittingEnterprisesSql(item.rule, { today: chinaToday() }));
      expect(new Set(rows.map((row) => `${row.enterpriseId}:${row.status}`))).toEqual(new Set(fitting.map((row) => `${row.enterprise_id}:${row.status}`)));
      recorded += rows.length;
    }
    expect(recorded).toBeGreaterThan(0);
    expect(await db.select().from(policyEligibility).where(isNull(policyEligibility.notifiedAt))).toHaveLength(recorded);
  });
});
