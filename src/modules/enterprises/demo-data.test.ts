import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.ts';
import { demoEnterprises } from './demo-data.ts';
import { enterpriseFigures, enterprises, enterpriseTags } from './schema.ts';
import { seedDemoEnterprises } from './seed-demo-enterprises.ts';
import { creditCodeProblem } from './validate-credit-code.ts';

describe('the demo enterprises', () => {
  it('carry valid, distinct credit codes', () => {
    const codes = demoEnterprises.flatMap((e) => (e.creditCode ? [e.creditCode] : []));
    expect(codes.filter((code) => creditCodeProblem(code) !== null)).toEqual([]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('load into an empty database with the demo user\'s enterprise', async () => {
    const { db } = await createTestDatabase();
    const keyed = await db.transaction((tx) => seedDemoEnterprises(tx));
    const [total] = await db.select({ n: count() }).from(enterprises);
    expect(total?.n).toBe(demoEnterprises.length);
    expect(demoEnterprises.length).toBeGreaterThanOrEqual(25);
    const [tagged] = await db.select({ n: count() }).from(enterpriseTags);
    expect(tagged?.n).toBeGreaterThan(30);
    expect(keyed.get('demo-enterprise-user')).toEqual(expect.any(String));

    // Two years of figures, some reported by the enterprises themselves, some not given.
    const figures = await db.select().from(enterpriseFigures);
    expect([...new Set(figures.map((f) => f.year))].sort()).toEqual([2024, 2025]);
    const selfReported = figures.filter((f) => f.selfReported);
    expect(selfReported.some((f) => f.verifiedAt === null) && selfReported.some((f) => f.verifiedAt !== null)).toBe(true);
    expect(selfReported.some((f) => f.enterpriseId === keyed.get('demo-enterprise-user') && f.year === 2025)).toBe(true);
    const given2025 = new Set(figures.filter((f) => f.year === 2025).map((f) => f.enterpriseId));
    const given2024 = new Set(figures.filter((f) => f.year === 2024).map((f) => f.enterpriseId));
    expect(given2025.size).toBeLessThan(given2024.size);
    expect(figures.every((f) => f.value >= 0)).toBe(true);
  });
});
