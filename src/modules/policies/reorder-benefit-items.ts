import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import { getPolicy } from './get-policy.ts';
import { findVisiblePolicy, type PolicyActor } from './policy-access.ts';
import { policies, policyBenefitItems } from './schema.ts';
import type { PolicyDetail } from './schemas.ts';

/** Puts the policy's items in the order given, which must name each of them once (so no item is lost or invented). */
export async function reorderBenefitItems(db: Db, actor: PolicyActor, policyId: string, itemIds: readonly string[], locale: Locale): Promise<PolicyDetail> {
  await db.transaction(async (tx) => {
    await findVisiblePolicy(tx, actor, policyId, { lock: true });
    const current = await tx.select({ id: policyBenefitItems.id }).from(policyBenefitItems).where(eq(policyBenefitItems.policyId, policyId));
    const given = new Set(itemIds);
    if (given.size !== itemIds.length || given.size !== current.length || current.some((item) => !given.has(item.id))) {
      throw invalidInput([{ field: 'itemIds', message: 'policy.item.reorderMismatch' }]);
    }
    // One array literal of uuids (checked above to be the policy's own) numbers every item in a statement.
    await tx.execute(sql`
      UPDATE ${policyBenefitItems} SET position = ordered.position - 1, updated_at = now()
      FROM unnest(${`{${itemIds.join(',')}}`}::uuid[]) WITH ORDINALITY AS ordered(id, position)
      WHERE ${policyBenefitItems.id} = ordered.id`);
    await tx.update(policies).set({ updatedAt: new Date() }).where(eq(policies.id, policyId));
    await recordAudit(tx, actor, { entityType: 'policy', entityId: policyId, action: 'reorderItems', after: { itemIds } });
  });
  return getPolicy(db, actor, policyId, locale);
}
