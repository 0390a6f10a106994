import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AmountRule, Condition } from '../../../../src/modules/policies/rules/rule-schemas.ts';
import { describeAmountRule, describeCondition, type RuleNames } from './describe-rule.ts';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import zhTW from './locales/zh-TW.json';

const resources = { 'zh-CN': { translation: zhCN }, 'zh-TW': { translation: zhTW }, en: { translation: en } };
async function wordsIn(language: keyof typeof resources): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources, interpolation: { escapeValue: false } });
  return instance.t;
}

const tag = '5b0c1c1e-4d2a-4c55-9a3e-2f6f3d7c9b10';
const list = '7d9e0a34-1f2b-4c8d-8e6f-0a1b2c3d4e5f';
const names: RuleNames = {
  tags: { [tag]: '高新技术企业' },
  lists: { [list]: '崂山区瞪羚企业名单' },
  industries: { C396: '智能消费设备制造' },
  regions: { '370212': '崂山区' },
};
const conditions: Condition[] = [
  { kind: 'industry', codes: ['C396', 'C9'] },
  { kind: 'region', codes: ['370212'] },
  { kind: 'tags', tagIds: [tag], match: 'any' },
  { kind: 'sizeClass', classes: ['medium', 'small'] },
  { kind: 'age', maxYears: 10 },
  { kind: 'registeredCapital', minWan: 100, maxWan: 1000 },
  { kind: 'indicator', indicator: 'rdSpending', year: { kind: 'yearsBack', years: 1 }, comparison: 'gte', value: 500 },
  { kind: 'indicator', indicator: 'employees', year: { kind: 'fixed', year: 2025 }, comparison: 'lt', value: 300 },
  { kind: 'list', listId: list },
];
const amounts: AmountRule[] = [
  { kind: 'fixed', amountWan: 50 },
  { kind: 'share', indicator: 'rdSpending', year: { kind: 'yearsBack', years: 1 }, percent: 10, capWan: 300 },
  { kind: 'share', indicator: 'revenue', year: { kind: 'yearsBack', years: 3 }, percent: 1.5 },
  { kind: 'none' },
];

describe('conditions and amount rules in words', () => {
  it('read as a guide would put them, in each language', async () => {
    const zh = await wordsIn('zh-CN');
    expect(conditions.map((condition) => describeCondition(condition, names, zh))).toEqual([
      '行业属于 C396 智能消费设备制造、C9',
      '注册地在 崂山区',
      '具有以下任一标签：高新技术企业',
      '企业规模为中型、小型',
      '成立不超过 10 年',
      '注册资本 100 万元 至 1,000 万元',
      '上一年度研发投入不低于 500 万元',
      '2025 年从业人员低于 300 人',
      '列入名单“崂山区瞪羚企业名单”',
    ]);
    expect(amounts.map((rule) => describeAmountRule(rule, zh))).toEqual(['50 万元', '上一年度研发投入的 10%，最高 300 万元', '3 年前营业收入的 1.5%', '不涉及金额']);

    const english = await wordsIn('en');
    expect(describeCondition(conditions[6]!, names, english)).toBe('R&D spending last year at least 500 × 10,000 yuan');
    expect(describeCondition(conditions[3]!, names, english)).toBe('A medium, small enterprise');
    expect(describeAmountRule(amounts[1]!, english)).toBe('10% of R&D spending last year, at most 300 × 10,000 yuan');
    expect(describeCondition(conditions[8]!, names, await wordsIn('zh-TW'))).toBe('列入名單「崂山区瞪羚企业名单」');
    // A tag or list deleted since: still a sentence, never an id.
    expect(describeCondition({ kind: 'tags', tagIds: ['gone'], match: 'all' }, names, zh)).toBe('同时具有标签：（已删除）');
  });
});
