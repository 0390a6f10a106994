import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { enterprises } from './schema.ts';

/** Whether users may be linked to this enterprise: it exists and was not merged away. */
export async function enterpriseExists(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: enterprises.id })
    .from(enterprises)
    .where(and(eq(enterprises.id, id), isNull(enterprises.mergedIntoId)));
  return Boolean(row);
}
