import type { DbOrTx } from '../../platform/db/connection.ts';
import { currentLinksOf } from '../key-enterprises/key-enterprise-links.ts';
import { serviceRequestPriorities, type ServiceRequestPriority } from './schema.ts';

/** A key enterprise's request is handled at least as high: 挂点联系 means its problems go first. */
const keyEnterpriseFloor: ServiceRequestPriority = 'high';

/** The more pressing of two priorities (the list runs from urgent down). */
const morePressing = (a: ServiceRequestPriority, b: ServiceRequestPriority): ServiceRequestPriority =>
  serviceRequestPriorities.indexOf(a) <= serviceRequestPriorities.indexOf(b) ? a : b;

/**
 * What 挂点联系 changes for a new request of this enterprise today: its priority (raised to at least high for a key
 * enterprise, never lowered) and the linked leaders, who are copied on it.
 */
export async function keyEnterpriseTreatment(
  db: DbOrTx,
  enterpriseId: string,
  priority: ServiceRequestPriority,
): Promise<{ priority: ServiceRequestPriority; copiedLeaderIds: string[] }> {
  const links = (await currentLinksOf(db, [enterpriseId])).get(enterpriseId) ?? [];
  if (links.length === 0) return { priority, copiedLeaderIds: [] };
  return {
    priority: morePressing(priority, keyEnterpriseFloor),
    copiedLeaderIds: [...new Set(links.filter((link) => link.role === 'leader').map((link) => link.userId))],
  };
}
