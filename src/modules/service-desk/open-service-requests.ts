import { and, desc, inArray } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { requestLink } from './request-notices.ts';
import { visibleRequestIds, requestScopeOf } from './request-policy.ts';
import { openStates } from './request-workflow.ts';
import { serviceRequests } from './schema.ts';

/**
 * The service requests of the enterprises still being worked on, newest first, worded for a reader who follows
 * those enterprises (a linked leader's home card): each opens for the reader only if the request policy lets them.
 */
export async function openServiceRequestsOf(
  db: DbOrTx,
  query: { enterpriseIds: readonly string[]; reader: { id: string; permissions: readonly Permission[] }; locale: Locale },
) {
  if (!query.enterpriseIds.length) return [];
  const rows = await db
    .select({
      id: serviceRequests.id,
      enterpriseId: serviceRequests.enterpriseId,
      reference: serviceRequests.reference,
      description: serviceRequests.description,
      state: serviceRequests.state,
      createdAt: serviceRequests.createdAt,
    })
    .from(serviceRequests)
    .where(and(inArray(serviceRequests.enterpriseId, [...query.enterpriseIds]), inArray(serviceRequests.state, [...openStates])))
    .orderBy(desc(serviceRequests.createdAt))
    .limit(50);
  const mayOpen = await visibleRequestIds(
    db,
    await requestScopeOf(db, { ...query.reader, enterpriseId: null }),
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    // Selected by enterprise, so never an investor's own.
    enterpriseId: row.enterpriseId!,
    reference: row.reference,
    title: row.description.length > 60 ? `${row.description.slice(0, 60)}…` : row.description,
    state: translate(query.locale, `serviceRequest.state.${row.state}`),
    openedAt: row.createdAt,
    path: mayOpen.has(row.id) ? requestLink(row.id) : null,
  }));
}
