import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import { chinaDayOf, chinaToday } from '../../platform/calendar/china-day.ts';
import { readCalendarWithin } from '../../platform/calendar/read-business-calendar.ts';
import type { Tx } from '../../platform/db/connection.ts';
import { startAction } from '../../platform/workflow/workflow.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import type { DemoSeed } from '../../server/module.ts';
import { enterprises } from '../enterprises/schema.ts';
import { eligibleEnterprises } from '../policies/eligibility/eligible-enterprises.ts';
import { policies, policyBenefitItems, type PolicyBenefitItem } from '../policies/schema.ts';
import { refreshApplicationClock } from './application-clock.ts';
import { policyApplicationSubject, policyApplicationWorkflow, type ApplicationAction } from './application-workflow.ts';
import { computedAmounts } from './qualified-list.ts';
import { readApplicationSnapshot } from './read-application-snapshot.ts';
import { policyApplications, policyAutomaticConfirmations, policyPayouts, type PolicyApplication } from './schema.ts';

interface DemoStep {
  action: ApplicationAction;
  daysAgo: number;
  evidence?: Record<string, unknown>;
}

interface DemoApplication {
  /** The demo enterprise user's own enterprise, or the n-th other 崂山 enterprise of the register by name. */
  enterprise: 'own' | number;
  item: string;
  steps: DemoStep[];
  rating?: { rating: number; comment: string };
}

const at = (daysAgo: number, hour = 10) => new Date(Date.parse(`${chinaToday()}T${String(hour).padStart(2, '0')}:00:00+08:00`) - daysAgo * 86_400_000);
const day = (daysAgo: number) => chinaDayOf(at(daysAgo));

/** An application through to payout: submitted, accepted, approved, publicized for a week, paid. */
const paidSteps = (startedDaysAgo: number, amountWan: number): DemoStep[] => [
  { action: 'submit', daysAgo: startedDaysAgo },
  { action: 'accept', daysAgo: startedDaysAgo - 2 },
  { action: 'approve', daysAgo: startedDaysAgo - 20, evidence: { approvedAmountWan: amountWan, note: '材料齐全，核定通过' } },
  { action: 'publicize', daysAgo: startedDaysAgo - 22, evidence: { noticeEndsOn: day(startedDaysAgo - 29) } },
  { action: 'pay', daysAgo: startedDaysAgo - 35, evidence: { paidOn: day(startedDaysAgo - 35), amountWan } },
];

/** Applications at every stage, the demo enterprise user's own among them (its VR R&D subsidy left to apply for). */
const demoApplications: DemoApplication[] = [
  { enterprise: 'own', item: '营业收入首次突破 1 亿元奖励', steps: paidSteps(80, 50), rating: { rating: 5, comment: '公示后一周就到账了，专员全程指导' } },
  {
    enterprise: 'own',
    item: '专精特新中小企业奖励',
    steps: [
      { action: 'submit', daysAgo: 12 },
      { action: 'accept', daysAgo: 10 },
      { action: 'return', daysAgo: 6, evidence: { reasons: '专精特新认定文件为复印件且未盖章，请上传加盖公章的扫描件' } },
    ],
  },
  { enterprise: 0, item: '虚拟现实企业研发投入补贴', steps: [{ action: 'submit', daysAgo: 3 }] },
  {
    enterprise: 1,
    item: '虚拟现实企业研发投入补贴',
    steps: [
      { action: 'submit', daysAgo: 9 },
      { action: 'accept', daysAgo: 8 },
    ],
  },
  {
    enterprise: 2,
    item: '研发投入补助',
    steps: [
      { action: 'submit', daysAgo: 30 },
      { action: 'accept', daysAgo: 28 },
      { action: 'approve', daysAgo: 5, evidence: { approvedAmountWan: 36.5 } },
    ],
  },
  {
    enterprise: 3,
    item: '研发投入补助',
    steps: [
      { action: 'submit', daysAgo: 40 },
      { action: 'accept', daysAgo: 38 },
      { action: 'approve', daysAgo: 12, evidence: { approvedAmountWan: 20 } },
      { action: 'publicize', daysAgo: 2, evidence: { noticeEndsOn: day(-5) } },
    ],
  },
  {
    enterprise: 4,
    item: '虚拟现实企业研发投入补贴',
    steps: [
      { action: 'submit', daysAgo: 25 },
      { action: 'accept', daysAgo: 24 },
      { action: 'reject', daysAgo: 15, evidence: { reason: '上一年度研发投入未达到 500 万元的申报条件' } },
    ],
  },
  { enterprise: 5, item: '人才公寓优先配租', steps: [] },
  {
    enterprise: 6,
    item: '规上工业企业稳增长奖励',
    steps: [
      { action: 'submit', daysAgo: 20 },
      { action: 'withdraw', daysAgo: 18 },
    ],
  },
  // Past its 60 working days: the office's overdue queue has something in it.
  {
    enterprise: 7,
    item: '规上工业企业稳增长奖励',
    steps: [
      { action: 'submit', daysAgo: 100 },
      { action: 'accept', daysAgo: 96 },
    ],
  },
  { enterprise: 1, item: '专精特新中小企业奖励', steps: paidSteps(120, 30), rating: { rating: 4, comment: '流程清楚，希望材料能再精简' } },
];

/** 免申即享 in the demo: the item's list confirmed a month ago and most of it paid since. */
const automaticDemo = { item: '高新技术企业首次认定奖励', confirmedDaysAgo: 30, paidDaysAgo: 20 };

/**
 * Demo applications at every stage, with their histories back in time and the 60-day clock set, and payouts both
 * ways: after application and from a confirmed data-qualified list. Inside the first start's transaction, after
 * the policies' demo.
 */
export async function seedDemoApplications(tx: Tx, seed: DemoSeed): Promise<void> {
  const ownId = seed.keys.get('demo-enterprise-user');
  const [staff] = await tx.select({ id: users.id, name: users.displayName }).from(users).where(eq(users.username, 'ls-policy'));
  if (!ownId || !staff) return;
  const others = await tx
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(eq(enterprises.regionCode, '370212'), ne(enterprises.id, ownId)))
    .orderBy(asc(enterprises.name))
    .limit(8);
  const items = await tx
    .select({ item: policyBenefitItems })
    .from(policyBenefitItems)
    .innerJoin(policies, eq(policies.id, policyBenefitItems.policyId))
    .where(and(eq(policies.state, 'published'), inArray(policyBenefitItems.title, [...demoApplications.map((demo) => demo.item), automaticDemo.item])));
  const itemNamed = new Map(items.map(({ item }) => [item.title, item]));
  const calendar = await readCalendarWithin(tx);
  const today = chinaToday();

  for (const [index, demo] of demoApplications.entries()) {
    const item = itemNamed.get(demo.item);
    const enterpriseId = demo.enterprise === 'own' ? ownId : others[demo.enterprise]?.id;
    if (!item || !enterpriseId) continue;
    const { snapshot, suggestedAmountWan } = await readApplicationSnapshot(tx, enterpriseId, item, today);
    const startedAt = at((demo.steps[0]?.daysAgo ?? 2) + 1);
    const [application] = await tx
      .insert(policyApplications)
      .values({
        itemId: item.id,
        enterpriseId,
        // Enterprises' own accounts are created after every module's demo data: the applicant is named, not linked.
        appliedById: null,
        appliedByName: `${snapshot.name}经办人`,
        state: policyApplicationWorkflow.initial,
        idempotencyKey: `demo-${index}`,
        snapshot,
        suggestedAmountWan,
        createdAt: startedAt,
        updatedAt: startedAt,
      })
      .returning();
    const moved = await replaySteps(tx, application!, demo, { staff, applicant: { id: null, name: application!.appliedByName } });
    await refreshApplicationClock(tx, calendar, moved);
  }
  const automatic = itemNamed.get(automaticDemo.item);
  if (automatic) await seedAutomaticPayouts(tx, automatic, staff);
}

/** Writes the application's history as it happened, step by step, and what each step left on it. */
async function replaySteps(
  tx: Tx,
  application: PolicyApplication,
  demo: DemoApplication,
  actors: { staff: { id: string; name: string }; applicant: { id: string | null; name: string } },
): Promise<PolicyApplication> {
  const enterpriseSide: readonly ApplicationAction[] = ['submit', 'resubmit', 'withdraw'];
  let state: string = application.state;
  const changes: Partial<PolicyApplication> = {};
  await tx.insert(workflowTransitions).values({
    workflow: policyApplicationWorkflow.name,
    recordKind: policyApplicationSubject.kind,
    recordId: application.id,
    fromState: null,
    toState: state,
    action: startAction,
    actorId: actors.applicant.id,
    actorName: actors.applicant.name,
    at: application.createdAt,
  });
  for (const step of demo.steps) {
    const to = policyApplicationWorkflow.transitions[step.action].to;
    const actor = enterpriseSide.includes(step.action) ? actors.applicant : actors.staff;
    await tx.insert(workflowTransitions).values({
      workflow: policyApplicationWorkflow.name,
      recordKind: policyApplicationSubject.kind,
      recordId: application.id,
      fromState: state,
      toState: to,
      action: step.action,
      actorId: actor.id,
      actorName: actor.name,
      evidence: step.evidence ?? null,
      at: at(step.daysAgo),
    });
    state = to;
    const evidence = step.evidence ?? {};
    if (step.action === 'submit') changes.submittedAt = at(step.daysAgo);
    if (step.action === 'return') changes.returnReasons = evidence.reasons as string;
    if (step.action === 'approve') changes.approvedAmountWan = evidence.approvedAmountWan as number;
    if (step.action === 'publicize') changes.noticeEndsOn = evidence.noticeEndsOn as string;
    if (step.action === 'reject') changes.rejectionReason = evidence.reason as string;
    if (step.action === 'pay') {
      changes.paidAt = at(step.daysAgo);
      await tx.insert(policyPayouts).values({
        itemId: application.itemId,
        enterpriseId: application.enterpriseId,
        applicationId: application.id,
        mode: 'application',
        amountWan: evidence.amountWan as number,
        paidOn: evidence.paidOn as string,
        recordedById: actors.staff.id,
        recordedByName: actors.staff.name,
        createdAt: at(step.daysAgo),
      });
    }
  }
  const rated = demo.rating ? { rating: demo.rating.rating, ratingComment: demo.rating.comment, ratedAt: at((demo.steps.at(-1)?.daysAgo ?? 0) - 3) } : {};
  const [moved] = await tx
    .update(policyApplications)
    .set({ ...changes, ...rated, state: state as PolicyApplication['state'], updatedAt: at(demo.steps.at(-1)?.daysAgo ?? 0) })
    .where(eq(policyApplications.id, application.id))
    .returning();
  return moved!;
}

/** The automatic item's eligible enterprises confirmed with their computed amounts, and those with an amount paid. */
async function seedAutomaticPayouts(tx: Tx, item: PolicyBenefitItem, staff: { id: string; name: string }): Promise<void> {
  const eligible = await eligibleEnterprises(tx, item.id, { status: 'eligible', page: 1, pageSize: 200 });
  if (eligible.items.length === 0) return;
  const amounts = await computedAmounts(tx, item, eligible.items.map((enterprise) => enterprise.id));
  const listed = eligible.items.map((enterprise) => ({ enterpriseId: enterprise.id, name: enterprise.name, amountWan: amounts.get(enterprise.id) ?? null }));
  const [confirmation] = await tx
    .insert(policyAutomaticConfirmations)
    .values({ itemId: item.id, enterprises: listed, confirmedById: staff.id, confirmedByName: staff.name, confirmedAt: at(automaticDemo.confirmedDaysAgo) })
    .returning();
  // The last on the list is left unpaid, so that the page shows one still to pay.
  const paid = listed.slice(0, -1).filter((entry) => entry.amountWan !== null);
  if (paid.length === 0) return;
  await tx.insert(policyPayouts).values(
    paid.map((entry) => ({
      itemId: item.id,
      enterpriseId: entry.enterpriseId,
      confirmationId: confirmation!.id,
      mode: 'automatic' as const,
      amountWan: entry.amountWan!,
      paidOn: day(automaticDemo.paidDaysAgo),
      recordedById: staff.id,
      recordedByName: staff.name,
      createdAt: at(automaticDemo.paidDaysAgo),
    })),
  );
}
