import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { forbidden, invalidInput } from '../../platform/http/errors.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { enterpriseExists } from '../enterprises/enterprise-exists.ts';
import type { MarketPolicy, MarketReader } from './market-policy.ts';
import { marketFields } from './schema.ts';

/** Fields newly given to a record must be active ones; `field` names the input field the message is on. */
export async function checkFields(db: DbOrTx, ids: readonly string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await db
    .select({ id: marketFields.id })
    .from(marketFields)
    .where(and(inArray(marketFields.id, [...ids]), eq(marketFields.active, true)));
  const known = new Set(found.map((row) => row.id));
  if (ids.some((id) => !known.has(id))) throw invalidInput([{ field, message: 'market.fieldUnknown' }]);
}

/**
 * The organisation a new record belongs to: a reviewer files it for the organisation they name; anyone else owns
 * what they create, as the organisation on their account, and may name no other.
 */
export async function ownerOfNewRecord(db: DbOrTx, policy: MarketPolicy, reader: MarketReader, ownerId: string | undefined): Promise<string> {
  if (policy.isReviewer(reader)) {
    if (!ownerId) throw invalidInput([{ field: 'ownerId', message: 'market.ownerRequired' }]);
    if (!(await enterpriseExists(db, ownerId))) throw invalidInput([{ field: 'ownerId', message: 'market.ownerUnknown' }]);
    return ownerId;
  }
  if (!reader.enterpriseId || (ownerId !== undefined && ownerId !== reader.enterpriseId)) throw forbidden();
  return reader.enterpriseId;
}

/** The search key of a record's public words; confidential details never go in, or a search would reveal them. */
export function marketSearchText(parts: readonly (string | null | undefined)[]): string {
  return normalizeKey(parts.filter(Boolean).join(' '));
}
