import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../server/seeded-random.ts';
import { createTestDatabase } from '../../../test/database.ts';
import { figureIndicators } from '../../enterprises/figure-indicators.ts';
import { enterpriseFigures, enterprises, enterpriseTags, sizeClasses, tags } from '../../enterprises/schema.ts';
import { policyListMembers, policyLists } from '../schema.ts';
import { evaluateRule } from './evaluate-rule.ts';
import { readEnterpriseFacts } from './read-enterprise-facts.ts';
import { comparisons, type Condition, type Rule } from './rule-schemas.ts';
import { fittingEnterprisesSql } from './rule-sql.ts';

const { db } = await createTestDatabase();
const random = seededRandom(14);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
const some = <T>(values: readonly T[], most = values.length): T[] => {
  const chosen = values.filter(() => random() < 0.4).slice(0, most);
  return chosen.length ? chosen : [pick(values)];
};
const sometimesNull = <T>(value: T, chance = 0.15): T | null => (random() < chance ? null : value);

// The register: a few hundred enterprises with facts missing here and there, drawn from a few values each so that
// the rules' bounds land exactly on the data as often as not.
const industryCodes = (await db.execute<{ code: string }>(sql`SELECT code FROM industries WHERE level = 4 AND section IN ('C', 'I') ORDER BY code LIMIT 60`)).rows.map(
  (row) => row.code,
);
const districts = (await db.execute<{ code: string; parent_code: string }>(sql`SELECT code, parent_code FROM regions WHERE kind = 'district' ORDER BY code LIMIT 40`)).rows;
const tagIds = (
  await db
    .insert(tags)
    .values(['高新技术企业', '专精特新', '瞪羚企业', '科技型中小企业'].map((name) => ({ name, nameKey: `rule-sql-${name}`, color: '#336699' })))
    .returning({ id: tags.id })
).map((row) => row.id);
const listIds = (await db.insert(policyLists).values([{ name: '创新大赛获奖企业' }, { name: '重点企业' }]).returning({ id: policyLists.id })).map((row) => row.id);
const capitals = [0, 100, 500, 1000, 2500.5];
const figureValues = [0, 100, 500, 1000, 5000, 12_345.5];
const years = [2023, 2024, 2025, 2026];
const randomDay = () => `${2010 + Math.floor(random() * 17)}-${pick(['01-01', '02-28', '02-29', '03-01', '06-15', '12-31'])}`;
const validDay = (day: string) => (day.endsWith('02-29') && Number(day.slice(0, 4)) % 4 !== 0 ? day.replace('02-29', '02-28') : day);

const registerIds = (
  await db
    .insert(enterprises)
    .values(
      Array.from({ length: 300 }, (_, index) => ({
        name: `规则测试企业${index}`,
        searchText: `规则测试企业${index}`,
        industryCode: sometimesNull(pick(industryCodes)),
        regionCode: sometimesNull(pick(districts).code),
        sizeClass: sometimesNull(pick(sizeClasses)),
        foundedOn: sometimesNull(validDay(randomDay())),
        registeredCapitalWan: sometimesNull(pick(capitals)),
      })),
    )
    .returning({ id: enterprises.id })
).map((row) => row.id);
// A merged record fits nothing: it only points at the one it joined.
await db.update(enterprises).set({ mergedIntoId: registerIds[1] }).where(sql`${enterprises.id} = ${registerIds[0]}`);
await db.insert(enterpriseTags).values(registerIds.flatMap((enterpriseId) => tagIds.filter(() => random() < 0.3).map((tagId) => ({ enterpriseId, tagId }))));
await db.insert(policyListMembers).values(registerIds.flatMap((enterpriseId) => listIds.filter(() => random() < 0.2).map((listId) => ({ listId, enterpriseId }))));
await db.insert(enterpriseFigures).values(
  registerIds.flatMap((enterpriseId) =>
    (['revenue', 'rdSpending'] as const).flatMap((indicator) =>
      years.filter(() => random() < 0.6).map((year) => ({ enterpriseId, indicator, year, value: pick(figureValues), source: '统计年报' })),
    ),
  ),
);

function randomCondition(): Condition {
  switch (pick(['industry', 'region', 'tags', 'sizeClass', 'age', 'registeredCapital', 'indicator', 'indicator', 'list'] as const)) {
    case 'industry':
      return { kind: 'industry', codes: some(industryCodes, 3).map((code) => code.slice(0, pick([1, 3, 4, 5]))) };
    case 'region':
      return { kind: 'region', codes: some(districts, 3).map((district) => (random() < 0.5 ? district.code : district.parent_code)) };
    case 'tags':
      return { kind: 'tags', tagIds: some(tagIds, 3), match: pick(['any', 'all']) };
    case 'sizeClass':
      return { kind: 'sizeClass', classes: some(sizeClasses, 3) };
    case 'age': {
      const [minYears, maxYears] = [Math.floor(random() * 10), Math.floor(random() * 16)];
      return random() < 0.3 ? { kind: 'age', minYears } : random() < 0.5 ? { kind: 'age', maxYears } : { kind: 'age', minYears, maxYears };
    }
    case 'registeredCapital': {
      const [minWan, maxWan] = [pick(capitals), pick(capitals)];
      return random() < 0.3 ? { kind: 'registeredCapital', minWan } : random() < 0.5 ? { kind: 'registeredCapital', maxWan } : { kind: 'registeredCapital', minWan, maxWan };
    }
    case 'indicator':
      return {
        kind: 'indicator',
        indicator: pick(figureIndicators.slice(0, 3)),
        year: random() < 0.5 ? { kind: 'fixed', year: pick(years) } : { kind: 'yearsBack', years: Math.floor(random() * 3) },
        comparison: pick(comparisons),
        value: pick(figureValues),
      };
    case 'list':
      return { kind: 'list', listId: pick(listIds) };
  }
}

async function statusesInSql(rule: Rule, today: string): Promise<Map<string, string>> {
  const rows = await db.execute<{ enterprise_id: string; status: string }>(fittingEnterprisesSql(rule, { today }));
  return new Map(rows.rows.map((row) => [row.enterprise_id, row.status]));
}

describe('the SQL translation agrees with the evaluator', () => {
  it('on a random register, for many random rules, enterprise by enterprise (eligible, possible, ineligible)', async () => {
    const facts = await readEnterpriseFacts(db, registerIds);
    let seen = { eligible: 0, possible: 0, ineligible: 0 };
    for (let round = 0; round < 250; round++) {
      const rule: Rule = { all: Array.from({ length: 1 + Math.floor(random() * 4) }, randomCondition) };
      const today = pick(['2024-02-29', '2025-02-28', '2026-03-01', '2026-06-15']);
      const inSql = await statusesInSql(rule, today);
      for (const id of registerIds) {
        const evaluated = id === registerIds[0] ? 'ineligible' : evaluateRule(rule, facts.get(id)!, { today }).status;
        const status = inSql.get(id) ?? 'ineligible';
        if (status !== evaluated) expect({ rule, today, facts: facts.get(id), sql: status }).toEqual({ rule, today, facts: facts.get(id), sql: evaluated });
        seen = { ...seen, [evaluated]: seen[evaluated] + 1 };
      }
    }
    // The rules were varied enough to reach every status many times.
    expect(Math.min(seen.eligible, seen.possible, seen.ineligible)).toBeGreaterThan(1000);
  });

  it('reads a missing figure as unknown (possible), never as unmet, in both', async () => {
    const [company] = await db.insert(enterprises).values({ name: '无数据企业', searchText: '无数据企业', sizeClass: 'small' }).returning({ id: enterprises.id });
    const facts = (await readEnterpriseFacts(db, [company!.id])).get(company!.id)!;
    for (const comparison of comparisons) {
      const rule: Rule = {
        all: [
          { kind: 'sizeClass', classes: ['small'] },
          { kind: 'indicator', indicator: 'revenue', year: { kind: 'fixed', year: 2025 }, comparison, value: 1e12 },
        ],
      };
      expect(evaluateRule(rule, facts, { today: '2026-06-15' }).status).toBe('possible');
      expect((await statusesInSql(rule, '2026-06-15')).get(company!.id)).toBe('possible');
    }
  });

  it('reads the region lineage from the regions table: a city covers its districts', async () => {
    const district = districts[0]!;
    const facts = [...(await readEnterpriseFacts(db, registerIds)).values()].find((f) => f.regionCode === district.code)!;
    expect(facts.regionLineage).toEqual(expect.arrayContaining([district.code, district.parent_code]));
    expect(evaluateRule({ all: [{ kind: 'region', codes: [district.parent_code] }] }, facts, { today: '2026-06-15' }).status).toBe('eligible');
  });
});
