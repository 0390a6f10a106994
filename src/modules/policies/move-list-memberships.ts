import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { EnterpriseMergeStep } from '../enterprises/merge-enterprises.ts';
import { policyListMembers } from './schema.ts';

/**
 * A merged-away enterprise's places on lists pass to the survivor, so that a `list` condition still finds it; a
 * list holding both keeps the survivor's place (and its date).
 */
export const moveListMemberships: EnterpriseMergeStep = async (tx, { survivorId, duplicateId, actor }) => {
  const moved = await tx.execute<{ list_id: string }>(sql`
    INSERT INTO ${policyListMembers} (list_id, enterprise_id, added_at)
    SELECT list_id, ${survivorId}, added_at FROM ${policyListMembers} WHERE enterprise_id = ${duplicateId}
    ON CONFLICT DO NOTHING
    RETURNING list_id`);
  await tx.delete(policyListMembers).where(eq(policyListMembers.enterpriseId, duplicateId));
  await recordAudit(
    tx,
    actor,
    moved.rows.map((row) => ({ entityType: 'policyList', entityId: row.list_id, action: 'move-enterprise', before: { enterpriseId: duplicateId }, after: { enterpriseId: survivorId } })),
  );
};
