import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/sessions.ts';
import type { DbOrTx } from '../db/connection.ts';
import { conflict } from '../http/errors.ts';
import { findImport } from './find-import.ts';
import { kindMessage, type AnyImportKind } from './import-kind.ts';
import { imports } from './schema.ts';

/** Drops a validated import that the uploader decided not to commit; its rows go with it. */
export async function cancelImport(db: DbOrTx, kind: AnyImportKind, user: SessionUser, id: string) {
  await findImport(db, kind, user, id);
  const [cancelled] = await db
    .update(imports)
    .set({ status: 'cancelled', rows: [], finishedAt: new Date() })
    .where(and(eq(imports.id, id), eq(imports.status, 'validated')))
    .returning({ id: imports.id });
  if (!cancelled) throw conflict(kindMessage(kind, 'import.notCommittable'));
}
