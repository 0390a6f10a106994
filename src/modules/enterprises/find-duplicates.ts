import { and, arrayOverlaps, asc, eq, isNull, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { nameKeys } from './name-keys.ts';
import { enterprises } from './schema.ts';
import type { DuplicateCandidate } from './schemas.ts';
import { canonicalCreditCode } from './validate-credit-code.ts';

export interface DuplicateQuery {
  name: string;
  formerNames?: readonly string[];
  creditCode?: string | null;
  /** The record being edited, which is no duplicate of itself. */
  excludeId?: string;
}

/**
 * Enterprises that may be the same as the one described: the holder of the same credit code (merged records
 * included, since the code stays with them), then live records whose current or former name is near-identical.
 */
export async function findDuplicates(db: DbOrTx, query: DuplicateQuery): Promise<DuplicateCandidate[]> {
  const others = query.excludeId ? ne(enterprises.id, query.excludeId) : undefined;
  const columns = { id: enterprises.id, name: enterprises.name, creditCode: enterprises.creditCode };
  const creditCode = query.creditCode ? canonicalCreditCode(query.creditCode) : '';
  const keys = nameKeys(query.name, query.formerNames ?? []);
  const byCode = creditCode
    ? await db.select(columns).from(enterprises).where(and(eq(enterprises.creditCode, creditCode), others))
    : [];
  const byName = keys.length
    ? await db
        .select(columns)
        .from(enterprises)
        .where(and(arrayOverlaps(enterprises.nameKeys, keys), isNull(enterprises.mergedIntoId), others))
        .orderBy(asc(enterprises.name))
        .limit(10)
    : [];
  const seen = new Set(byCode.map((c) => c.id));
  return [
    ...byCode.map((c) => ({ ...c, reason: 'creditCode' as const })),
    ...byName.filter((c) => !seen.has(c.id)).map((c) => ({ ...c, reason: 'name' as const })),
  ];
}
