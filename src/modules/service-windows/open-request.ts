import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import { usersHoldingPermission } from '../../platform/auth/users-holding-permission.ts';
import type { Db } from '../../platform/db/connection.ts';
import { invalidInput, notFound } from '../../platform/http/errors.ts';
import type { AppContext } from '../../platform/http/context.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { notify } from '../../platform/notifications/notify.ts';
import { normalizeKey } from '../../platform/text/normalize.ts';
import { startWorkflow } from '../../platform/workflow/start-workflow.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { enterpriseExists } from '../enterprises/enterprise-exists.ts';
import { readRequestDetail } from './request-records.ts';
import { requestScopeOf } from './request-policy.ts';
import { windowRequestSubject, windowRequestWorkflow } from './request-workflow.ts';
import { serviceWindows, windowRequests } from './schema.ts';
import type { OpenRequestInput, RequestDetail } from './schemas.ts';

/** The path of a request in the web app, for notices. */
export const requestLink = (id: string) => `/service-windows/requests/${id}`;

/**
 * The enterprise a request is for: staff name one (a walk-in, a phone call); everyone else opens for the account's
 * own enterprise, or, an investor without one, for themselves. Another enterprise's id answers as a missing one.
 */
async function enterpriseOf(db: Db, actor: WorkflowActor, given: string | undefined): Promise<string | null> {
  if (actor.permissions.includes('window-request.answer')) {
    if (!given) throw invalidInput([{ field: 'enterpriseId', message: 'windowRequest.enterpriseRequired' }]);
    if (!(await enterpriseExists(db, given))) throw invalidInput([{ field: 'enterpriseId', message: 'windowRequest.enterpriseNotFound' }]);
    return given;
  }
  if (given && given !== actor.enterpriseId) throw notFound();
  return actor.enterpriseId;
}

/**
 * Opens a request at an active window and tells the staff who answer. The opener's idempotency key makes a double
 * submit, or a retry after a lost answer, return the first request: of concurrent inserts with one key, the
 * unique index lets one through and the others wait for it, then find it.
 */
export async function openRequest(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  permissionTable: PermissionGrants,
  actor: WorkflowActor & { id: string },
  input: OpenRequestInput,
  locale: Locale,
): Promise<{ request: RequestDetail; created: boolean }> {
  const scope = requestScopeOf(actor);
  const enterpriseId = await enterpriseOf(db, actor, input.enterpriseId);
  const id = await db.transaction(async (tx) => {
    const [window] = await tx
      .select({ code: serviceWindows.code })
      .from(serviceWindows)
      .where(and(eq(serviceWindows.code, input.windowCode), eq(serviceWindows.active, true)));
    if (!window) throw invalidInput([{ field: 'windowCode', message: 'windowRequest.windowUnavailable' }]);
    const [inserted] = await tx
      .insert(windowRequests)
      .values({
        windowCode: window.code,
        enterpriseId,
        openedById: actor.id,
        openedByName: actor.name,
        subject: input.subject,
        description: input.description,
        state: windowRequestWorkflow.initial,
        searchText: normalizeKey(`${input.subject} ${input.description}`),
        idempotencyKey: input.idempotencyKey,
      })
      .onConflictDoNothing({ target: [windowRequests.openedById, windowRequests.idempotencyKey] })
      .returning();
    if (!inserted) return null;
    await startWorkflow(tx, windowRequestWorkflow, windowRequestSubject, { recordId: inserted.id, actor });
    await recordAudit(tx, actor, {
      entityType: windowRequestSubject.kind,
      entityId: inserted.id,
      action: 'create',
      after: { reference: inserted.reference, windowCode: inserted.windowCode, enterpriseId, subject: inserted.subject, description: inserted.description },
    });
    const staff = (await usersHoldingPermission(tx, permissionTable, 'window-request.answer')).filter((userId) => userId !== actor.id);
    await notify(tx, ctx, {
      userIds: staff,
      kind: 'window-request.opened',
      message: 'windowRequest.notice.opened',
      params: { reference: inserted.reference, subject: inserted.subject },
      link: requestLink(inserted.id),
      record: { kind: windowRequestSubject.kind, id: inserted.id },
    });
    return inserted.id;
  });
  if (id) return { request: await readRequestDetail(db, scope, actor, id, locale), created: true };
  const [existing] = await db
    .select({ id: windowRequests.id })
    .from(windowRequests)
    .where(and(eq(windowRequests.openedById, actor.id), eq(windowRequests.idempotencyKey, input.idempotencyKey)));
  return { request: await readRequestDetail(db, scope, actor, existing!.id, locale), created: false };
}
