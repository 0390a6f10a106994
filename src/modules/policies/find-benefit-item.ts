import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/connection.ts';
import { notFound } from '../../platform/http/errors.ts';
import { findVisiblePolicy, type PolicyReader } from './policy-access.ts';
import { policyBenefitItems, type Policy, type PolicyBenefitItem } from './schema.ts';

/** An item of a policy the user sees, both locked for the caller's transaction; 404 for an item of another policy. */
export async function findBenefitItem(tx: Tx, user: PolicyReader, policyId: string, itemId: string): Promise<{ policy: Policy; item: PolicyBenefitItem }> {
  const policy = await findVisiblePolicy(tx, user, policyId, { lock: true });
  const [item] = await tx
    .select()
    .from(policyBenefitItems)
    .where(and(eq(policyBenefitItems.id, itemId), eq(policyBenefitItems.policyId, policyId)))
    .for('update');
  if (!item) throw notFound();
  return { policy, item };
}
