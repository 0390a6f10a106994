import { and, desc, inArray, ne } from 'drizzle-orm';
import type { Permission } from '../../platform/auth/permissions.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { translate } from '../../platform/i18n/messages.ts';
import { requestScopeOf } from './request-policy.ts';
import { windowRequests } from './schema.ts';

/**
 * The window requests of the enterprises not yet closed, newest first, worded for a reader who follows those
 * enterprises (a linked commissioner's home card): each opens for the reader only if the request policy lets them.
 */
export async function openWindowRequestsOf(
  db: DbOrTx,
  query: { enterpriseIds: readonly string[]; reader: { id: string; permissions: readonly Permission[] }; locale: Locale },
) {
  if (!query.enterpriseIds.length) return [];
  const rows = await db
    .select({ id: windowRequests.id, enterpriseId: windowRequests.enterpriseId, reference: windowRequests.reference, subject: windowRequests.subject, state: windowRequests.state, createdAt: windowRequests.createdAt })
    .from(windowRequests)
    .where(and(inArray(windowRequests.enterpriseId, [...query.enterpriseIds]), ne(windowRequests.state, 'closed')))
    .orderBy(desc(windowRequests.createdAt))
    .limit(50);
  const mayOpen = requestScopeOf({ ...query.reader, enterpriseId: null }).all && query.reader.permissions.includes('window-request.read');
  return rows.map((row) => ({
    enterpriseId: row.enterpriseId!,
    reference: row.reference,
    title: row.subject,
    state: translate(query.locale, `windowRequest.state.${row.state}`),
    openedAt: row.createdAt,
    path: mayOpen ? `/service-windows/requests/${row.id}` : null,
  }));
}
