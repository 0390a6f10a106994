import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { isUniqueViolation } from '../../platform/db/unique-violation.ts';
import { conflict } from '../../platform/http/errors.ts';
import { transitionTimelineSource } from '../../platform/workflow/transition-timeline.ts';
import type { TimelineReader, TimelineSource } from '../enterprises/enterprise-timeline.ts';
import type { EnterpriseMergeStep } from '../enterprises/merge-enterprises.ts';
import { policies, policyBenefitItems } from '../policies/schema.ts';
import { policyApplicationSubject, policyApplicationWorkflow } from './application-workflow.ts';
import { policyApplications, policyPayouts } from './schema.ts';

/**
 * Applications and payouts are read by the policy office and by the enterprise's own users; anyone else who
 * reads an enterprise's timeline (an investor reading its own organisation's) sees none of them.
 */
const readsPolicyRecords = (reader: TimelineReader) => reader.permissions.includes('policy.read') || reader.permissions.includes('policyApplication.apply');

/** Each payout on the enterprise's timeline: the item, its policy, the amount and how it came (application or 免申即享). */
export const payoutTimelineSource: TimelineSource = (enterpriseIds, reader) => sql`
  SELECT (${policyPayouts.paidOn}::timestamp AT TIME ZONE 'Asia/Shanghai') + (${policyPayouts.createdAt} - date_trunc('day', ${policyPayouts.createdAt})),
    'policy-payout', 'policyApplication.timeline.payout.' || ${policyPayouts.mode}, ${policyPayouts.recordedByName},
    jsonb_build_object('payoutId', ${policyPayouts.id}, 'applicationId', ${policyPayouts.applicationId}, 'itemId', ${policyPayouts.itemId},
      'amountWan', ${policyPayouts.amountWan}, 'paidOn', ${policyPayouts.paidOn},
      'line', ${policies.title} || ' · ' || ${policyBenefitItems.title} || ' · ' || trim_scale(${policyPayouts.amountWan})::text || ' 万元'),
    0::bigint
  FROM ${policyPayouts}
  JOIN ${policyBenefitItems} ON ${policyBenefitItems.id} = ${policyPayouts.itemId}
  JOIN ${policies} ON ${policies.id} = ${policyBenefitItems.policyId}
  WHERE ${policyPayouts.enterpriseId}::text IN ${enterpriseIds} AND ${readsPolicyRecords(reader) ? sql`true` : sql`false`}`;

/** Each application's submission and moves on its enterprise's timeline. */
export const applicationTimelineSource: TimelineSource = (enterpriseIds, reader) =>
  transitionTimelineSource(policyApplicationWorkflow, policyApplicationSubject, {
    titlePrefix: 'policyApplication.timeline',
    recordIds: (ids) =>
      sql`SELECT ${policyApplications.id}::text FROM ${policyApplications} WHERE ${policyApplications.enterpriseId}::text IN ${ids} AND ${readsPolicyRecords(reader) ? sql`true` : sql`false`}`,
  })(enterpriseIds);

/**
 * A merged-away enterprise's applications and payouts belong to the survivor, each move audited. Both records
 * having an application under way for one item, or a 免申即享 payout of one item in one year, is a double the
 * office settles first (withdraw one, correct a payout): the merge answers 409 rather than hide it.
 */
export const movePolicyApplications: EnterpriseMergeStep = async (tx, { survivorId, duplicateId, actor }) => {
  try {
    const applications = await tx
      .update(policyApplications)
      .set({ enterpriseId: survivorId, updatedAt: new Date() })
      .where(eq(policyApplications.enterpriseId, duplicateId))
      .returning({ id: policyApplications.id });
    const payouts = await tx
      .update(policyPayouts)
      .set({ enterpriseId: survivorId })
      .where(eq(policyPayouts.enterpriseId, duplicateId))
      .returning({ id: policyPayouts.id });
    const moved = (entityType: string) => (row: { id: string }) => ({
      entityType,
      entityId: row.id,
      action: 'move-enterprise',
      before: { enterpriseId: duplicateId },
      after: { enterpriseId: survivorId },
    });
    await recordAudit(tx, actor, [...applications.map(moved(policyApplicationSubject.kind)), ...payouts.map(moved('policy-payout'))]);
  } catch (error) {
    if (isUniqueViolation(error, 'policy_applications_one_open_idx') || isUniqueViolation(error, 'policy_payouts_automatic_once_idx')) {
      throw conflict('policyApplication.mergeDouble');
    }
    throw error;
  }
};
