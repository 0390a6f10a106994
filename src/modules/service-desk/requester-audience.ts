import { enterpriseUserIds } from '../../platform/auth/enterprise-users.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { ServiceRequest } from './schema.ts';

/** Who speaks for a request: every enabled user of its enterprise, or the investor who opened it for themselves. */
export async function requesterAudience(db: DbOrTx, request: Pick<ServiceRequest, 'enterpriseId' | 'openedById'>): Promise<string[]> {
  if (!request.enterpriseId) return request.openedById ? [request.openedById] : [];
  return enterpriseUserIds(db, request.enterpriseId);
}
