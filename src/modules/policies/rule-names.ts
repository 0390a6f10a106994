import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { tags } from '../enterprises/schema.ts';
import { industries, regions } from '../reference/schema.ts';
import type { Rule } from './rules/rule-schemas.ts';
import { policyLists } from './schema.ts';

/** The names of what rules refer to by id or code, so that every reader sees conditions in words. */
export interface RuleNames {
  tags: Record<string, string>;
  lists: Record<string, string>;
  industries: Record<string, string>;
  regions: Record<string, string>;
}

/**
 * The names of every tag, list, industry and region the rules name, in the reader's language where the reference
 * data has one (English names of sections, divisions and regions). Read here rather than from the tag and
 * reference routes, which enterprises and investors may not call.
 */
export async function readRuleNames(db: DbOrTx, rules: readonly Rule[], locale: Locale): Promise<RuleNames> {
  const conditions = rules.flatMap((rule) => rule.all);
  const tagIds = [...new Set(conditions.flatMap((c) => (c.kind === 'tags' ? c.tagIds : [])))];
  const listIds = [...new Set(conditions.flatMap((c) => (c.kind === 'list' ? [c.listId] : [])))];
  const industryCodes = [...new Set(conditions.flatMap((c) => (c.kind === 'industry' ? c.codes : [])))];
  const regionCodes = [...new Set(conditions.flatMap((c) => (c.kind === 'region' ? c.codes : [])))];
  const english = locale === 'en';
  const tagRows = tagIds.length ? await db.select({ key: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, tagIds)) : [];
  const listRows = listIds.length ? await db.select({ key: policyLists.id, name: policyLists.name }).from(policyLists).where(inArray(policyLists.id, listIds)) : [];
  const industryRows = industryCodes.length
    ? await db.select({ key: industries.code, name: industries.name, nameEn: industries.nameEn }).from(industries).where(inArray(industries.code, industryCodes))
    : [];
  const regionRows = regionCodes.length ? await db.select({ key: regions.code, name: regions.name, nameEn: regions.nameEn }).from(regions).where(inArray(regions.code, regionCodes)) : [];
  const byKey = (rows: { key: string; name: string; nameEn?: string | null }[]) => Object.fromEntries(rows.map((row) => [row.key, (english && row.nameEn) || row.name]));
  return { tags: byKey(tagRows), lists: byKey(listRows), industries: byKey(industryRows), regions: byKey(regionRows) };
}
