import type { DbOrTx } from '../../platform/db/connection.ts';
import type { FieldError } from '../../platform/http/errors.ts';
import { referenceData, type ReferenceData } from '../reference/reference-data.ts';
import { tags } from './schema.ts';
import type { EnterpriseChanges } from './schemas.ts';

export interface InputContext {
  reference: ReferenceData;
  /** Tags by id, for telling which ids exist and naming them. */
  tags: Map<string, { id: string; name: string }>;
}

export async function loadInputContext(db: DbOrTx): Promise<InputContext> {
  const reference = await referenceData(db);
  const tagRows = await db.select({ id: tags.id, name: tags.name }).from(tags);
  return { reference, tags: new Map(tagRows.map((t) => [t.id, t])) };
}

/**
 * What the schema cannot tell alone: that the industry, region and tags exist, and that at most one contact is the
 * primary one. Returns the input with the industry code in its full form ('3911' → 'C3911'), or the problems.
 */
export function checkEnterpriseInput<T extends EnterpriseChanges>(
  context: InputContext,
  input: T,
): { value: T; problems: FieldError[] } {
  const problems: FieldError[] = [];
  let industryCode = input.industryCode;
  if (industryCode) {
    industryCode = context.reference.resolveIndustryCode(industryCode);
    if (!industryCode) problems.push({ field: 'industryCode', message: 'enterprise.industryUnknown' });
  }
  if (input.regionCode && !context.reference.regions.has(input.regionCode)) {
    problems.push({ field: 'regionCode', message: 'enterprise.regionUnknown' });
  }
  input.tagIds?.forEach((id, i) => {
    if (!context.tags.has(id)) problems.push({ field: `tagIds.${i}`, message: 'enterprise.tagUnknown', params: { name: id } });
  });
  if ((input.contacts?.filter((c) => c.isPrimary).length ?? 0) > 1) {
    problems.push({ field: 'contacts', message: 'enterprise.onePrimaryContact' });
  }
  return { value: industryCode === input.industryCode ? input : { ...input, industryCode }, problems };
}
