import { and, eq } from 'drizzle-orm';
import type { Actor } from '../audit/record-audit.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { Db } from '../db/connection.ts';
import { AppError, conflict } from '../http/errors.ts';
import type { Jobs } from '../jobs/jobs.ts';
import { findImport } from './find-import.ts';
import { importJobName, kindMessage, type AnyImportKind } from './import-kind.ts';
import { imports } from './schema.ts';

export interface ImportJobData {
  importId: string;
}

/** Queues a validated import; a background job then writes its valid rows in one transaction. */
export async function commitImport(db: Db, jobs: Jobs, kind: AnyImportKind, user: SessionUser, actor: Actor, id: string): Promise<void> {
  const record = await findImport(db, kind, user, id);
  const notCommittable = kindMessage(kind, 'import.notCommittable');
  if (record.status !== 'validated') throw conflict(notCommittable, { importStatus: record.status });
  if (record.validRows === 0) throw new AppError(409, kindMessage(kind, 'import.nothingToImport'));
  const [queued] = await db
    .update(imports)
    .set({ status: 'queued', committedBy: actor })
    .where(and(eq(imports.id, id), eq(imports.status, 'validated')))
    .returning({ id: imports.id });
  // Two commits at once: only one finds the import still validated.
  if (!queued) throw conflict(notCommittable, { importStatus: 'queued' });
  await jobs.send<ImportJobData>(importJobName(kind), { importId: id });
}
