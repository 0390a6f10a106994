import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.ts';
import { demoEnterprises } from './demo-data.ts';
import { enterprises, enterpriseTags } from './schema.ts';
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
  });
});
