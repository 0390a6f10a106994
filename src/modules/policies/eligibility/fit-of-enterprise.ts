import { asc, desc, eq } from 'drizzle-orm';
import { chinaToday } from '../../../platform/calendar/china-day.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { computeAmount, evaluateRule, type AmountEstimate, type RuleEvaluation } from '../rules/evaluate-rule.ts';
import { readEnterpriseFacts } from '../rules/read-enterprise-facts.ts';
import { policies, policyBenefitItems, type BenefitKind, type DeliveryMode, type PolicyLevel } from '../schema.ts';
import { offeredItems } from './published-items.ts';

export type ItemFit = RuleEvaluation &
  AmountEstimate & {
    itemId: string;
    itemTitle: string;
    kind: BenefitKind;
    delivery: DeliveryMode;
    policyId: string;
    policyTitle: string;
    issuer: string;
    level: PolicyLevel;
    applicationClosesOn: string | null;
  };

const statusOrder = { eligible: 0, possible: 1, ineligible: 2 } as const;

/**
 * Every item offered today against one enterprise, each condition explained, with the sum it would pay: eligible
 * first, then possible, then the rest, each by the policy's newest issue. Null when there is no such enterprise.
 * Evaluated here rather than in SQL: one enterprise's facts are a few rows, and the explanation needs each condition.
 */
export async function fitOfEnterprise(db: DbOrTx, enterpriseId: string, today: string = chinaToday()): Promise<ItemFit[] | null> {
  const facts = (await readEnterpriseFacts(db, [enterpriseId])).get(enterpriseId);
  if (!facts) return null;
  const items = await db
    .select({
      itemId: policyBenefitItems.id,
      itemTitle: policyBenefitItems.title,
      kind: policyBenefitItems.kind,
      delivery: policyBenefitItems.delivery,
      rule: policyBenefitItems.rule,
      amountRule: policyBenefitItems.amountRule,
      policyId: policies.id,
      policyTitle: policies.title,
      issuer: policies.issuer,
      level: policies.level,
      applicationClosesOn: policies.applicationClosesOn,
    })
    .from(policyBenefitItems)
    .innerJoin(policies, eq(policies.id, policyBenefitItems.policyId))
    .where(offeredItems(today))
    .orderBy(desc(policies.issuedOn), asc(policies.id), asc(policyBenefitItems.position), asc(policyBenefitItems.id));
  const fits = items.map(({ rule, amountRule, ...item }) => ({
    ...item,
    ...evaluateRule(rule, facts, { today }),
    ...computeAmount(amountRule, facts, { today }),
  }));
  // A stable sort keeps the policies' order within each status.
  return fits.sort((a, b) => statusOrder[a.status] - statusOrder[b.status]);
}
