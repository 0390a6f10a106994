import { eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { verifyRecordAttachments } from '../../platform/attachments/verify-record-attachments.ts';
import { usersHoldingPermission } from '../../platform/auth/users-holding-permission.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { readBusinessCalendar } from '../../platform/calendar/read-business-calendar.ts';
import type { Db, Tx } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { conflict, invalidInput, type FieldError } from '../../platform/http/errors.ts';
import { applyTransition } from '../../platform/workflow/apply-transition.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { policyBenefitItems } from '../policies/schema.ts';
import { refreshApplicationClock } from './application-clock.ts';
import { tellAbout, tellApplicant } from './application-notices.ts';
import { applicationScopeOf, findVisibleApplication } from './application-policy.ts';
import { readApplicationDetail } from './application-records.ts';
import { policyApplicationSubject, policyApplicationWorkflow } from './application-workflow.ts';
import { policyApplicationPermissions } from './permissions.ts';
import { policyApplicationFiles, policyApplications, policyPayouts, type PolicyApplication } from './schema.ts';
import type { ApplicationDetail } from './schemas.ts';

type Evidence = Record<string, unknown> | null;
type NamedFile = { requiredFile: string; attachmentId: string };

/**
 * The files a submission names: each of the item's required files at least once, each file a live one uploaded to
 * this application. Kept as the application's files, replacing those of an earlier submission.
 */
async function keepSubmittedFiles(tx: Tx, application: PolicyApplication, files: readonly NamedFile[]): Promise<void> {
  const [item] = await tx.select({ requiredFiles: policyBenefitItems.requiredFiles }).from(policyBenefitItems).where(eq(policyBenefitItems.id, application.itemId));
  const required = item!.requiredFiles;
  const refused = new Set(
    await verifyRecordAttachments(tx, {
      recordKind: policyApplicationSubject.kind,
      recordId: application.id,
      attachmentIds: files.map((file) => file.attachmentId),
      actor: { id: null, name: '', permissions: [], enterpriseId: null },
    }),
  );
  const problems: FieldError[] = [
    ...files.flatMap((file, index): FieldError[] =>
      !required.includes(file.requiredFile)
        ? [{ field: `files.${index}.requiredFile`, message: 'policyApplication.fileNotRequired', params: { name: file.requiredFile } }]
        : refused.has(file.attachmentId)
          ? [{ field: `files.${index}.attachmentId`, message: 'workflow.attachmentInvalid' }]
          : [],
    ),
    ...required
      .filter((name) => !files.some((file) => file.requiredFile === name))
      .map((name): FieldError => ({ field: 'files', message: 'policyApplication.fileMissing', params: { name } })),
  ];
  if (problems.length) throw invalidInput(problems);
  await tx.delete(policyApplicationFiles).where(eq(policyApplicationFiles.applicationId, application.id));
  if (files.length) {
    await tx
      .insert(policyApplicationFiles)
      .values(files.map((file) => ({ applicationId: application.id, ...file })))
      .onConflictDoNothing();
  }
}

/** Records the payout of a publicized application: the approved amount unless another is given, and its voucher. */
async function recordApplicationPayout(tx: Tx, actor: WorkflowActor, application: PolicyApplication, evidence: Evidence): Promise<void> {
  if (application.noticeEndsOn && chinaToday() < application.noticeEndsOn) throw conflict('policyApplication.noticeRunning', { noticeEndsOn: application.noticeEndsOn });
  const [payout] = await tx
    .insert(policyPayouts)
    .values({
      itemId: application.itemId,
      enterpriseId: application.enterpriseId,
      applicationId: application.id,
      mode: 'application',
      amountWan: (evidence?.amountWan as number | undefined) ?? application.approvedAmountWan!,
      paidOn: evidence!.paidOn as string,
      evidenceAttachmentId: evidence!.evidenceFileId as string,
      recordedById: actor.id,
      recordedByName: actor.name,
    })
    .returning();
  const { createdAt: _createdAt, ...audited } = payout!;
  await recordAudit(tx, actor, { entityType: 'policy-payout', entityId: payout!.id, action: 'create', after: audited });
}

/** What a move writes on the application beyond its state, from the evidence given. */
function changesOf(action: string, application: PolicyApplication, evidence: Evidence, now: Date): Partial<PolicyApplication> {
  switch (action) {
    case 'submit':
      return { submittedAt: now, statement: (evidence?.statement as string | undefined) ?? application.statement };
    case 'resubmit':
      return { returnReasons: null, statement: (evidence?.statement as string | undefined) ?? application.statement };
    case 'return':
      return { returnReasons: evidence!.reasons as string };
    case 'approve':
      return { approvedAmountWan: evidence!.approvedAmountWan as number };
    case 'publicize':
      return { noticeEndsOn: evidence!.noticeEndsOn as string };
    case 'reject':
      return { rejectionReason: evidence!.reason as string };
    case 'pay':
      return { paidAt: now };
    default:
      return {};
  }
}

/**
 * Moves an application along its workflow (the enterprise submits, resubmits, withdraws; the office accepts,
 * returns, approves, publicizes, rejects, pays), writes what the move brings, sets the 60-day clock again and tells
 * the enterprise's users of the step; a submission tells the reviewers too.
 */
export async function moveApplication(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  actor: WorkflowActor & { id: string },
  id: string,
  action: string,
  body: unknown,
): Promise<ApplicationDetail> {
  const scope = applicationScopeOf(actor);
  await findVisibleApplication(db, scope, id);
  const calendar = await readBusinessCalendar(db);
  await db.transaction(async (tx) => {
    const applied = await applyTransition(tx, policyApplicationWorkflow, policyApplicationSubject, {
      recordId: id,
      action,
      actor,
      evidence: body,
      verifyAttachments: verifyRecordAttachments,
    });
    const before = applied.record as PolicyApplication;
    const evidence = applied.evidence;
    if (action === 'submit' || action === 'resubmit') await keepSubmittedFiles(tx, before, (evidence?.files as NamedFile[] | undefined) ?? []);
    if (action === 'publicize' && (evidence!.noticeEndsOn as string) < chinaToday()) {
      throw invalidInput([{ field: 'noticeEndsOn', message: 'policyApplication.noticeInPast' }]);
    }
    if (action === 'pay') await recordApplicationPayout(tx, actor, before, evidence);
    const now = new Date();
    const [application] = await tx
      .update(policyApplications)
      .set({ ...changesOf(action, before, evidence, now), updatedAt: now })
      .where(eq(policyApplications.id, id))
      .returning();
    await refreshApplicationClock(tx, calendar, application!);
    const params = { item: await itemTitle(tx, application!.itemId) };
    await tellApplicant(tx, ctx, application!, actor.id, { kind: `policy-application.${action}`, message: `policyApplication.notice.${action}`, params });
    if (action === 'submit' || action === 'resubmit') {
      const reviewers = await usersHoldingPermission(tx, policyApplicationPermissions, 'policyApplication.review');
      await tellAbout(tx, ctx, application!, reviewers, {
        kind: 'policy-application.received',
        message: 'policyApplication.notice.received',
        params: { ...params, enterprise: application!.snapshot.name },
      });
    }
  });
  return readApplicationDetail(db, scope, actor, id);
}

async function itemTitle(tx: Tx, itemId: string): Promise<string> {
  const [item] = await tx.select({ title: policyBenefitItems.title }).from(policyBenefitItems).where(eq(policyBenefitItems.id, itemId));
  return item!.title;
}
