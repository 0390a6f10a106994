import { asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { readRuleNames } from './rule-names.ts';
import { guideStatusOf } from './guide-deadline.ts';
import { policies, policyBenefitItems, type Policy } from './schema.ts';
import type { BenefitItemView, PolicyDetail, PolicySummary } from './schemas.ts';

/** The instants a guide's status is judged at: now, and the start of "due soon". */
export interface GuideClock {
  now: Date;
  soon: Date;
}

const itemCount = sql<number>`(SELECT count(*)::int FROM ${policyBenefitItems} WHERE ${policyBenefitItems}.policy_id = ${policies}.id)`;

export function summaryOf(policy: Policy, items: number, clock: GuideClock): PolicySummary {
  return {
    id: policy.id,
    title: policy.title,
    issuer: policy.issuer,
    level: policy.level,
    documentNumber: policy.documentNumber,
    issuedOn: policy.issuedOn,
    effectiveOn: policy.effectiveOn,
    expiresOn: policy.expiresOn,
    applicationOpensOn: policy.applicationOpensOn,
    applicationClosesOn: policy.applicationClosesOn,
    state: policy.state,
    publishedAt: policy.publishedAt,
    guideDueAt: policy.guideDueAt,
    guidePublishedAt: policy.guidePublishedAt,
    guideStatus: guideStatusOf(policy, clock.now, clock.soon),
    itemCount: items,
    updatedAt: policy.updatedAt,
  };
}

/** A page of policies matching the condition, latest issued first. */
export async function readPolicySummaries(db: DbOrTx, where: SQL | undefined, clock: GuideClock, page: { limit: number; offset: number }): Promise<PolicySummary[]> {
  const rows = await db
    .select({ policy: policies, itemCount })
    .from(policies)
    .where(where)
    .orderBy(desc(policies.issuedOn), desc(policies.createdAt), asc(policies.id))
    .limit(page.limit)
    .offset(page.offset);
  return rows.map((row) => summaryOf(row.policy, row.itemCount, clock));
}

export async function readBenefitItems(db: DbOrTx, policyIds: readonly string[]): Promise<(BenefitItemView & { policyId: string })[]> {
  if (policyIds.length === 0) return [];
  return db
    .select({
      id: policyBenefitItems.id,
      policyId: policyBenefitItems.policyId,
      position: policyBenefitItems.position,
      title: policyBenefitItems.title,
      kind: policyBenefitItems.kind,
      delivery: policyBenefitItems.delivery,
      rule: policyBenefitItems.rule,
      amountRule: policyBenefitItems.amountRule,
      requiredFiles: policyBenefitItems.requiredFiles,
      description: policyBenefitItems.description,
    })
    .from(policyBenefitItems)
    .where(inArray(policyBenefitItems.policyId, [...policyIds]))
    .orderBy(asc(policyBenefitItems.position), asc(policyBenefitItems.createdAt));
}

/** What a manager may do with a policy in its state. */
function actionsOf(policy: Policy, mayManage: boolean): PolicyDetail['actions'] {
  if (!mayManage) return [];
  if (policy.state === 'draft') return ['edit', 'publish', 'delete'];
  if (policy.state === 'published') return ['edit', 'withdraw'];
  return ['edit', 'publish'];
}

/** A policy with its guide, original text and items, as the reader sees it. */
export async function policyDetailOf(db: DbOrTx, policy: Policy, clock: GuideClock, mayManage: boolean, locale: Locale): Promise<PolicyDetail> {
  const items = await readBenefitItems(db, [policy.id]);
  const [creator] = policy.createdById ? await db.select({ name: users.displayName }).from(users).where(eq(users.id, policy.createdById)) : [];
  return {
    ...summaryOf(policy, items.length, clock),
    originalText: policy.originalText,
    guideTarget: policy.guideTarget,
    guideConditions: policy.guideConditions,
    guideAmount: policy.guideAmount,
    guideHowToApply: policy.guideHowToApply,
    guideContact: policy.guideContact,
    createdByName: creator?.name ?? null,
    items: items.map(({ policyId: _policyId, ...item }) => item),
    names: await readRuleNames(db, items.map((item) => item.rule), locale),
    actions: actionsOf(policy, mayManage),
  };
}
