import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { EnterpriseMergeStep } from '../enterprises/merge-enterprises.ts';
import { talentRecords } from './schema.ts';
import { talentSubject } from './talent-workflow.ts';

/** Talent that landed at a merged-away enterprise landed at the survivor. */
export const moveTalentLandings: EnterpriseMergeStep = async (tx, { survivorId, duplicateId, actor }) => {
  const moved = await tx
    .update(talentRecords)
    .set({ landedEnterpriseId: survivorId, updatedAt: new Date() })
    .where(eq(talentRecords.landedEnterpriseId, duplicateId))
    .returning({ id: talentRecords.id });
  await recordAudit(
    tx,
    actor,
    moved.map(({ id }) => ({ entityType: talentSubject.kind, entityId: id, action: 'move-enterprise', before: { landedEnterpriseId: duplicateId }, after: { landedEnterpriseId: survivorId } })),
  );
};
