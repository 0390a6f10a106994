import { and, eq } from 'drizzle-orm';
import { users } from '../../platform/auth/schema.ts';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { WindowRequest } from './schema.ts';

/** Who hears of answers on a request: every enabled user of its enterprise, or the investor who opened it. */
export async function requesterAudience(db: DbOrTx, request: Pick<WindowRequest, 'enterpriseId' | 'openedById'>): Promise<string[]> {
  if (!request.enterpriseId) return request.openedById ? [request.openedById] : [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.enterpriseId, request.enterpriseId), eq(users.disabled, false)));
  return rows.map((row) => row.id);
}
