import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/connection.ts';
import { users } from './schema.ts';

/** The enabled accounts of an enterprise: who hears of what happens to the requests made in its name. */
export async function enterpriseUserIds(db: DbOrTx, enterpriseId: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.enterpriseId, enterpriseId), eq(users.disabled, false)));
  return rows.map((row) => row.id);
}
