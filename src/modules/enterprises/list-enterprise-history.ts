import { listAuditEvents } from '../../platform/audit/list-audit-events.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { EnterpriseScope } from './enterprise-scope.ts';
import { enterpriseFamily } from './enterprise-timeline.ts';

/** The audit trail of the enterprise and of the records merged into it, with before and after. */
export async function listEnterpriseHistory(
  db: DbOrTx,
  scope: EnterpriseScope,
  id: string,
  query: { page: number; pageSize: number },
) {
  const entityIds = await enterpriseFamily(db, scope, id);
  return listAuditEvents(db, { entityType: 'enterprise', entityIds, ...query });
}
