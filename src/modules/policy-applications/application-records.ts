import { and, asc, eq, isNull } from 'drizzle-orm';
import { attachments } from '../../platform/attachments/schema.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { allowedActions } from '../../platform/workflow/allowed-actions.ts';
import { transitionsOf } from '../../platform/workflow/transitions-of.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { enterprises } from '../enterprises/schema.ts';
import { policies, policyBenefitItems } from '../policies/schema.ts';
import { findVisibleApplication, type ApplicationScope } from './application-policy.ts';
import { handlerOf, isApplicant, policyApplicationSubject, policyApplicationWorkflow } from './application-workflow.ts';
import { policyApplicationFiles, policyApplications, policyPayouts, type PolicyApplication, type PolicyPayout } from './schema.ts';
import type { ApplicationDetail, ApplicationSummary, PayoutView } from './schemas.ts';

// Shared by the services that read applications and payouts: the lists, the detail, and every write that answers with one.

/** The columns a summary needs besides the application: its item's and policy's titles. */
export const summaryColumns = {
  application: policyApplications,
  itemTitle: policyBenefitItems.title,
  policyId: policies.id,
  policyTitle: policies.title,
};

/** Past its 60-working-day target and not yet paid, rejected or withdrawn. */
export const isOverdue = (application: Pick<PolicyApplication, 'dueAt'>, now: Date) => application.dueAt !== null && application.dueAt.getTime() <= now.getTime();

export function summaryOf(row: { application: PolicyApplication; itemTitle: string; policyId: string; policyTitle: string }, now: Date): ApplicationSummary {
  const { application } = row;
  return {
    id: application.id,
    number: application.number,
    state: application.state,
    itemId: application.itemId,
    itemTitle: row.itemTitle,
    policyId: row.policyId,
    policyTitle: row.policyTitle,
    enterpriseId: application.enterpriseId,
    enterpriseName: application.snapshot.name,
    submittedAt: application.submittedAt,
    dueAt: application.dueAt,
    overdue: isOverdue(application, now),
    approvedAmountWan: application.approvedAmountWan,
    updatedAt: application.updatedAt,
  };
}

/** Payouts with their item's and policy's titles and the enterprise's name, for the lists and the benefits. */
export const payoutColumns = {
  payout: policyPayouts,
  itemTitle: policyBenefitItems.title,
  policyTitle: policies.title,
  enterpriseName: enterprises.name,
};

export function payoutViewOf(row: { payout: PolicyPayout; itemTitle: string; policyTitle: string; enterpriseName: string }): PayoutView {
  const { payout } = row;
  return {
    id: payout.id,
    itemId: payout.itemId,
    itemTitle: row.itemTitle,
    policyTitle: row.policyTitle,
    enterpriseId: payout.enterpriseId,
    enterpriseName: row.enterpriseName,
    applicationId: payout.applicationId,
    mode: payout.mode,
    amountWan: payout.amountWan,
    paidOn: payout.paidOn,
    evidenceAttachmentId: payout.evidenceAttachmentId,
    recordedByName: payout.recordedByName,
    createdAt: payout.createdAt,
  };
}

/** Payouts joined to what names them; the caller adds the condition and order. */
export const selectPayouts = (db: DbOrTx) =>
  db
    .select(payoutColumns)
    .from(policyPayouts)
    .innerJoin(policyBenefitItems, eq(policyBenefitItems.id, policyPayouts.itemId))
    .innerJoin(policies, eq(policies.id, policyBenefitItems.policyId))
    .innerJoin(enterprises, eq(enterprises.id, policyPayouts.enterpriseId));

/** The item an application is for, with its policy: what the form and the required files read. */
export async function readApplicationItem(db: DbOrTx, itemId: string) {
  const [row] = await db
    .select({ item: policyBenefitItems, policy: policies })
    .from(policyBenefitItems)
    .innerJoin(policies, eq(policies.id, policyBenefitItems.policyId))
    .where(eq(policyBenefitItems.id, itemId));
  return row ?? null;
}

/**
 * One application as its page shows it: the pre-filled record, each required file with the files named for it,
 * the payout, its handler, the history of its moves and what the reader may do now.
 */
export async function readApplicationDetail(db: DbOrTx, scope: ApplicationScope, actor: WorkflowActor, id: string): Promise<ApplicationDetail> {
  const application = await findVisibleApplication(db, scope, id);
  const found = await readApplicationItem(db, application.itemId);
  const { item, policy } = found!;
  const named = await db
    .select({ requiredFile: policyApplicationFiles.requiredFile, attachmentId: attachments.id, fileName: attachments.fileName })
    .from(policyApplicationFiles)
    .innerJoin(attachments, eq(attachments.id, policyApplicationFiles.attachmentId))
    .where(and(eq(policyApplicationFiles.applicationId, id), isNull(attachments.deletedAt)))
    .orderBy(asc(attachments.createdAt));
  const [payout] = await selectPayouts(db).where(eq(policyPayouts.applicationId, id));
  const history = await transitionsOf(db, policyApplicationSubject.kind, id);
  const now = new Date();
  return {
    ...summaryOf({ application, itemTitle: item.title, policyId: policy.id, policyTitle: policy.title }, now),
    appliedByName: application.appliedByName,
    handlerName: handlerOf(history)?.actorName ?? null,
    snapshot: application.snapshot,
    suggestedAmountWan: application.suggestedAmountWan,
    statement: application.statement,
    noticeEndsOn: application.noticeEndsOn,
    returnReasons: application.returnReasons,
    rejectionReason: application.rejectionReason,
    warnAt: application.warnAt,
    paidAt: application.paidAt,
    rating: application.rating,
    ratingComment: application.ratingComment,
    requiredFiles: item.requiredFiles.map((name) => ({
      name,
      files: named.filter((file) => file.requiredFile === name).map(({ attachmentId, fileName }) => ({ attachmentId, fileName })),
    })),
    payout: payout ? payoutViewOf(payout) : null,
    history: history.map((t) => ({
      action: t.action,
      from: t.fromState,
      to: t.toState,
      at: t.at,
      actorName: t.actorName,
      evidence: (t.evidence as Record<string, unknown> | null) ?? null,
    })),
    actions: allowedActions(policyApplicationWorkflow, actor, application.state, application),
    mayRate: application.state === 'paid' && application.rating === null && isApplicant(actor, application),
  };
}
