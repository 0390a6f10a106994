import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput, type FieldError } from '../../platform/http/errors.ts';
import { tags } from '../enterprises/schema.ts';
import { industries, regions } from '../reference/schema.ts';
import type { DeliveryMode } from './schema.ts';
import type { Rule } from './rules/rule-schemas.ts';
import { policyLists } from './schema.ts';

/** Of the values, those the table's column lacks. */
async function missing(values: readonly string[], present: (values: string[]) => Promise<{ value: string }[]>): Promise<Set<string>> {
  const wanted = [...new Set(values)];
  if (wanted.length === 0) return new Set();
  const found = new Set((await present(wanted)).map((row) => row.value));
  return new Set(wanted.filter((value) => !found.has(value)));
}

/**
 * Every tag, list, industry and region a rule names exists, so that a condition never silently reads nothing; each
 * one that does not is a field error on its place in the rule. 免申即享 needs something to check: an item
 * without conditions would pay everyone on the register.
 */
export async function checkBenefitItem(db: DbOrTx, item: { rule: Rule; delivery: DeliveryMode }): Promise<void> {
  const conditions = item.rule.all;
  const gather = (pick: (condition: Rule['all'][number]) => readonly string[] | undefined) => conditions.flatMap((condition) => pick(condition) ?? []);
  // One after another: inside a transaction, the queries share its one connection.
  const unknownTags = await missing(gather((c) => (c.kind === 'tags' ? c.tagIds : undefined)), (ids) => db.select({ value: tags.id }).from(tags).where(inArray(tags.id, ids)));
  const unknownLists = await missing(gather((c) => (c.kind === 'list' ? [c.listId] : undefined)), (ids) =>
    db.select({ value: policyLists.id }).from(policyLists).where(inArray(policyLists.id, ids)),
  );
  const unknownIndustries = await missing(gather((c) => (c.kind === 'industry' ? c.codes : undefined)), (codes) =>
    db.select({ value: industries.code }).from(industries).where(inArray(industries.code, codes)),
  );
  const unknownRegions = await missing(gather((c) => (c.kind === 'region' ? c.codes : undefined)), (codes) =>
    db.select({ value: regions.code }).from(regions).where(inArray(regions.code, codes)),
  );
  const errors: FieldError[] = [];
  conditions.forEach((condition, index) => {
    const at = `rule.all.${index}`;
    if (condition.kind === 'tags') {
      condition.tagIds.forEach((id, n) => unknownTags.has(id) && errors.push({ field: `${at}.tagIds.${n}`, message: 'policy.item.unknownTag' }));
    } else if (condition.kind === 'list') {
      if (unknownLists.has(condition.listId)) errors.push({ field: `${at}.listId`, message: 'policy.item.unknownList' });
    } else if (condition.kind === 'industry') {
      condition.codes.forEach((code, n) => unknownIndustries.has(code) && errors.push({ field: `${at}.codes.${n}`, message: 'policy.item.unknownIndustry', params: { code } }));
    } else if (condition.kind === 'region') {
      condition.codes.forEach((code, n) => unknownRegions.has(code) && errors.push({ field: `${at}.codes.${n}`, message: 'policy.item.unknownRegion', params: { code } }));
    }
  });
  if (item.delivery === 'automatic' && conditions.length === 0) errors.push({ field: 'delivery', message: 'policy.item.automaticNeedsConditions' });
  if (errors.length) throw invalidInput(errors);
}
