import { enterpriseUserIds } from '../../platform/auth/enterprise-users.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { WindowRequest } from './schema.ts';

/** Who hears of answers on a request: every enabled user of its enterprise, or the investor who opened it. */
export async function requesterAudience(db: DbOrTx, request: Pick<WindowRequest, 'enterpriseId' | 'openedById'>): Promise<string[]> {
  if (!request.enterpriseId) return request.openedById ? [request.openedById] : [];
  return enterpriseUserIds(db, request.enterpriseId);
}
