import { eq } from 'drizzle-orm';
import type { Actor } from '../../platform/audit/record-audit.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { createEnterprise, lockDuplicateKeys } from './create-enterprise.ts';
import { findDuplicates } from './find-duplicates.ts';
import { enterprises } from './schema.ts';

/**
 * The master record of an organisation someone names outside the register (an entrant on a public form): the holder
 * of its credit code, else the live record of the same name (by duplicate key), else a new record. What the caller
 * learns is an id, never the candidates, so a form open to anyone reveals nothing of the register. A merged
 * record gives its survivor. The name's and code's locks are held until the caller's transaction ends, so two
 * simultaneous forms naming one new organisation create it once.
 */
export async function findOrCreateEnterprise(tx: Tx, actor: Actor, organisation: { name: string; creditCode?: string | null }): Promise<string> {
  await lockDuplicateKeys(tx, organisation);
  const [found] = await findDuplicates(tx, organisation);
  if (!found) return (await createEnterprise(tx, actor, { name: organisation.name, creditCode: organisation.creditCode ?? undefined, confirmDuplicate: true })).id;
  const [row] = await tx.select({ mergedIntoId: enterprises.mergedIntoId }).from(enterprises).where(eq(enterprises.id, found.id));
  return row?.mergedIntoId ?? found.id;
}
