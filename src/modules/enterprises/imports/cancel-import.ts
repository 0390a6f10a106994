import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { DbOrTx } from '../../../platform/db/connection.ts';
import { conflict } from '../../../platform/http/errors.ts';
import { enterpriseImports } from '../schema.ts';
import { findImport } from './find-import.ts';

/** Drops a validated import that the uploader decided not to commit; its rows go with it. */
export async function cancelImport(db: DbOrTx, user: SessionUser, id: string) {
  await findImport(db, user, id);
  const [cancelled] = await db
    .update(enterpriseImports)
    .set({ status: 'cancelled', rows: [], finishedAt: new Date() })
    .where(and(eq(enterpriseImports.id, id), eq(enterpriseImports.status, 'validated')))
    .returning({ id: enterpriseImports.id });
  if (!cancelled) throw conflict('enterprise.import.notCommittable');
}
