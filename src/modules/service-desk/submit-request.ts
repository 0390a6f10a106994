import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { PermissionGrants } from '../../platform/auth/permissions.ts';
import type { Db } from '../../platform/db/connection.ts';
import type { AppContext } from '../../platform/http/context.ts';
import { invalidInput, notFound } from '../../platform/http/errors.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { startWorkflow } from '../../platform/workflow/start-workflow.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { enterpriseExists } from '../enterprises/enterprise-exists.ts';
import { resolveSiteReference, type SiteLocation } from '../sites/find-site-unit.ts';
import { announceRequestChange } from './announce-request-change.ts';
import { keyEnterpriseTreatment } from './key-enterprise-requests.ts';
import { refreshRequestSla } from './refresh-request-sla.ts';
import { tellRequester, tellStaff } from './request-notices.ts';
import { requestScopeOf } from './request-policy.ts';
import { readRequestDetail } from './request-records.ts';
import { serviceRequestSubject, serviceRequestWorkflow } from './request-workflow.ts';
import { routeNewRequest } from './route-new-request.ts';
import { serviceCategories, serviceRequests, type ServiceRequestChannel } from './schema.ts';
import type { RequestDetail, SubmitRequestInput } from './schemas.ts';

/**
 * The enterprise a request is for and how it came in: an agent logs a call or a walk-in for the enterprise they
 * name; an enterprise user submits on the web for their own, and another enterprise's id answers as a missing one;
 * an investor without an enterprise submits for themselves (null), which only a market window takes.
 */
async function originOf(db: Db, actor: WorkflowActor, input: SubmitRequestInput): Promise<{ enterpriseId: string | null; channel: ServiceRequestChannel }> {
  if (actor.permissions.includes('serviceRequest.log')) {
    if (!input.enterpriseId) throw invalidInput([{ field: 'enterpriseId', message: 'serviceRequest.enterpriseRequired' }]);
    if (!(await enterpriseExists(db, input.enterpriseId))) throw invalidInput([{ field: 'enterpriseId', message: 'serviceRequest.enterpriseNotFound' }]);
    const channel = input.channel ?? 'phone';
    if (channel === 'web') throw invalidInput([{ field: 'channel', message: 'serviceRequest.channelForAgents' }]);
    return { enterpriseId: input.enterpriseId, channel };
  }
  if (input.enterpriseId && input.enterpriseId !== actor.enterpriseId) throw notFound();
  return { enterpriseId: actor.enterpriseId, channel: 'web' };
}

/**
 * Submits a request: checks the category and the place (a market window asks for none, and is the only one to
 * take an investor's own request), routes it (rule → team, else the fallback owner), tells
 * whoever takes it, and answers at once with its reference number. The opener's idempotency key makes a double
 * submit, or a retry after a lost answer, return the first request: of concurrent inserts with one key, the unique
 * index lets one through and the others wait for it, then find it.
 */
export async function submitRequest(
  db: Db,
  ctx: Pick<AppContext, 'jobs' | 'config'>,
  permissionTable: PermissionGrants,
  actor: WorkflowActor & { id: string },
  input: SubmitRequestInput,
  locale: Locale,
): Promise<{ request: RequestDetail; created: boolean }> {
  const { enterpriseId, channel } = await originOf(db, actor, input);
  const [category] = await db
    .select({ code: serviceCategories.code, marketWindow: serviceCategories.marketWindow })
    .from(serviceCategories)
    .where(and(eq(serviceCategories.code, input.categoryCode), eq(serviceCategories.active, true)));
  if (!category) throw invalidInput([{ field: 'categoryCode', message: 'serviceRequest.categoryUnavailable' }]);
  if (!category.marketWindow && enterpriseId === null) throw invalidInput([{ field: 'categoryCode', message: 'serviceRequest.enterpriseCategory' }]);
  if (!category.marketWindow && !input.site && !input.locationText) throw invalidInput([{ field: 'locationText', message: 'serviceRequest.locationRequired' }]);
  const location: SiteLocation | null = input.site ? await resolveSiteReference(db, input.site, 'site') : null;
  const routing = await routeNewRequest(db, permissionTable, { categoryCode: category.code, siteId: location?.siteId ?? null });
  const keyEnterprise = enterpriseId ? await keyEnterpriseTreatment(db, enterpriseId, input.priority) : { priority: input.priority, copiedLeaderIds: [] };
  const id = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(serviceRequests)
      .values({
        enterpriseId,
        openedById: actor.id,
        openedByName: actor.name,
        channel,
        categoryCode: category.code,
        priority: keyEnterprise.priority,
        siteId: location?.siteId ?? null,
        buildingId: location?.buildingId ?? null,
        floorId: location?.floorId ?? null,
        unitId: location?.unitId ?? null,
        locationText: input.locationText ?? null,
        description: input.description,
        state: serviceRequestWorkflow.initial,
        teamId: routing.teamId,
        ownerId: routing.ownerId,
        idempotencyKey: input.idempotencyKey,
      })
      .onConflictDoNothing({ target: [serviceRequests.openedById, serviceRequests.idempotencyKey] })
      .returning();
    if (!inserted) return null;
    await startWorkflow(tx, serviceRequestWorkflow, serviceRequestSubject, { recordId: inserted.id, actor });
    await refreshRequestSla(db, tx, inserted.id);
    const { createdAt: _createdAt, updatedAt: _updatedAt, idempotencyKey: _key, ...audited } = inserted;
    await recordAudit(tx, actor, { entityType: serviceRequestSubject.kind, entityId: inserted.id, action: 'create', after: audited });
    await tellStaff(
      tx,
      ctx,
      inserted,
      routing.notifyUserIds.filter((userId) => userId !== actor.id),
      { kind: 'service-request.submitted', message: 'serviceRequest.notice.submitted', params: { description: inserted.description.slice(0, 60) } },
    );
    // 挂点联系: the enterprise's linked leader is copied on its request.
    await tellStaff(
      tx,
      ctx,
      inserted,
      keyEnterprise.copiedLeaderIds.filter((userId) => userId !== actor.id && !routing.notifyUserIds.includes(userId)),
      { kind: 'service-request.keyEnterprise', message: 'serviceRequest.notice.keyEnterprise', params: { description: inserted.description.slice(0, 60) } },
    );
    await announceRequestChange(tx, inserted);
    // The receipt: a call or a walk-in logged by an agent reaches the enterprise's own accounts too.
    await tellRequester(tx, ctx, inserted, actor.id, { kind: 'service-request.received', message: 'serviceRequest.notice.received' });
    return inserted.id;
  });
  const scope = await requestScopeOf(db, actor);
  if (id) return { request: await readRequestDetail(db, scope, actor, id, locale), created: true };
  const [existing] = await db
    .select({ id: serviceRequests.id })
    .from(serviceRequests)
    .where(and(eq(serviceRequests.openedById, actor.id), eq(serviceRequests.idempotencyKey, input.idempotencyKey)));
  return { request: await readRequestDetail(db, scope, actor, existing!.id, locale), created: false };
}
