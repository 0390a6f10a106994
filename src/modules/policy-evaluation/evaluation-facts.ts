import { sql, type SQL } from 'drizzle-orm';
import { policyEligibility } from '../policies/schema.ts';
import { policyApplications, policyAutomaticConfirmations, policyPayouts } from '../policy-applications/schema.ts';

/** The steps an enterprise reaches with a benefit item, in the order the evaluation shows them. */
export const evaluationFigures = ['eligible', 'possible', 'notified', 'applied', 'approved', 'paid'] as const;
export type EvaluationFigure = (typeof evaluationFigures)[number];

/** States of an application that come after its approval (审核通过): it counts as approved in them. */
const approvedStates = sql.raw(`'reviewed', 'publicized', 'paid'`);

/**
 * Every (item, enterprise, figure) the evaluation counts, as one derived table: the counts and the drill-down to
 * enterprises read this same definition, so that a figure and the list behind it always agree.
 * - eligible / possible: the item's current fit (`policy_eligibility`); notified: told of it by the push;
 * - applied: an application submitted (a draft is not); approved: an application approved, or the enterprise on a
 *   confirmed 免申即享 list; paid: a payout recorded, either way.
 */
export function evaluationFacts(): SQL {
  return sql`(
    SELECT ${policyEligibility.itemId} AS item_id, ${policyEligibility.enterpriseId} AS enterprise_id, ${policyEligibility.status} AS figure
    FROM ${policyEligibility}
    UNION ALL
    SELECT ${policyEligibility.itemId}, ${policyEligibility.enterpriseId}, 'notified' FROM ${policyEligibility} WHERE ${policyEligibility.notifiedAt} IS NOT NULL
    UNION ALL
    SELECT ${policyApplications.itemId}, ${policyApplications.enterpriseId}, 'applied' FROM ${policyApplications} WHERE ${policyApplications.submittedAt} IS NOT NULL
    UNION ALL
    SELECT ${policyApplications.itemId}, ${policyApplications.enterpriseId}, 'approved' FROM ${policyApplications}
    WHERE ${policyApplications.state} IN (${approvedStates})
    UNION ALL
    SELECT ${policyAutomaticConfirmations.itemId}, (listed->>'enterpriseId')::uuid, 'approved'
    FROM ${policyAutomaticConfirmations}, jsonb_array_elements(${policyAutomaticConfirmations.enterprises}) AS listed
    UNION ALL
    SELECT ${policyPayouts.itemId}, ${policyPayouts.enterpriseId}, 'paid' FROM ${policyPayouts}
  )`;
}

/**
 * Each payout with the China days it took: from the application's first submission, or from the confirmation of the
 * 免申即享 list it was paid from.
 */
export function payoutDurations(): SQL {
  return sql`(
    SELECT p.item_id, p.enterprise_id, p.amount_wan,
           p.paid_on - (COALESCE(a.submitted_at, c.confirmed_at) AT TIME ZONE 'Asia/Shanghai')::date AS days
    FROM ${policyPayouts} p
    LEFT JOIN ${policyApplications} a ON a.id = p.application_id
    LEFT JOIN ${policyAutomaticConfirmations} c ON c.id = p.confirmation_id
  )`;
}
