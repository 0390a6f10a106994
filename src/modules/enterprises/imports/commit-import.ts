import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/audit/record-audit.ts';
import type { SessionUser } from '../../../platform/auth/sessions.ts';
import type { Db } from '../../../platform/db/connection.ts';
import { AppError, conflict } from '../../../platform/http/errors.ts';
import type { Jobs } from '../../../platform/jobs/jobs.ts';
import { enterpriseImports } from '../schema.ts';
import { findImport } from './find-import.ts';

export const importJob = 'enterprise-import';

export interface ImportJobData {
  importId: string;
}

/** Queues a validated import; a background job then creates its valid rows in one transaction. */
export async function commitImport(db: Db, jobs: Jobs, user: SessionUser, actor: Actor, id: string): Promise<void> {
  const record = await findImport(db, user, id);
  if (record.status !== 'validated') throw conflict('enterprise.import.notCommittable', { importStatus: record.status });
  if (record.validRows === 0) throw new AppError(409, 'enterprise.import.nothingToImport');
  const [queued] = await db
    .update(enterpriseImports)
    .set({ status: 'queued', committedBy: actor })
    .where(and(eq(enterpriseImports.id, id), eq(enterpriseImports.status, 'validated')))
    .returning({ id: enterpriseImports.id });
  // Two commits at once: only one finds the import still validated.
  if (!queued) throw conflict('enterprise.import.notCommittable', { importStatus: 'queued' });
  await jobs.send<ImportJobData>(importJob, { importId: id });
}
