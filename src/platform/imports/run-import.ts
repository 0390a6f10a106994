import { and, eq, inArray, sql } from 'drizzle-orm';
import { systemActor } from '../audit/record-audit.ts';
import type { Db } from '../db/connection.ts';
import type { JobDefinition, Jobs } from '../jobs/jobs.ts';
import type { ImportJobData } from './commit-import.ts';
import { importJobName, kindMessage, type AnyImportKind } from './import-kind.ts';
import { imports } from './schema.ts';

// Rows written per batch, and so how often progress is reported.
const batchSize = 500;

/**
 * Writes the valid rows of a queued import in ONE transaction, so that a crash or an error leaves either every
 * row or none. Progress is written through another connection, so it shows while the transaction runs; the final
 * status is written inside it, so "done" and the data commit together. Safe to run twice: a transaction-level lock
 * serialises runs of the same import and a finished one is skipped.
 */
export async function runImport(db: Db, kind: AnyImportKind, { importId }: ImportJobData): Promise<void> {
  const [claimed] = await db
    .update(imports)
    .set({ status: 'importing' })
    .where(sql`${imports.id} = ${importId} AND ${imports.kind} = ${kind.name} AND ${imports.status} IN ('queued', 'importing')`)
    .returning({ rows: imports.rows, committedBy: imports.committedBy });
  if (!claimed) return;
  const actor = claimed.committedBy ?? systemActor;
  const rows = claimed.rows.flatMap((row) => (row.input ? [{ input: row.input, rowNumber: row.rowNumber }] : []));
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`${importJobName(kind)}:${importId}`}))`);
      const [current] = await tx.select({ status: imports.status }).from(imports).where(eq(imports.id, importId));
      if (current?.status !== 'importing') return;
      const write = await kind.openWriter(tx, { importId, actor });
      for (let start = 0; start < rows.length; start += batchSize) {
        const batch = rows.slice(start, start + batchSize);
        await write(batch);
        await db
          .update(imports)
          .set({ processedRows: start + batch.length })
          .where(eq(imports.id, importId));
      }
      await tx
        .update(imports)
        .set({ status: 'done', processedRows: rows.length, importedRows: rows.length, finishedAt: new Date() })
        .where(eq(imports.id, importId));
    });
  } catch (error) {
    const conflict = kind.conflictMessage?.(error);
    await db
      .update(imports)
      .set({ status: 'failed', error: conflict ?? kindMessage(kind, 'import.failed'), finishedAt: new Date() })
      .where(eq(imports.id, importId));
    // Left for the job queue to record; a retry finds the import failed and does nothing.
    if (!conflict) throw error;
  }
}

/** The kind's job, which a module lists among its jobs. */
export const importJobDefinition = (db: Db, kind: AnyImportKind): JobDefinition<ImportJobData> => ({
  name: importJobName(kind),
  handle: (data) => runImport(db, kind, data),
});

/**
 * At start-up, queues again the imports of this kind that a stopped process left queued or importing: their
 * transaction was rolled back with the process, so they start over from nothing.
 */
export async function requeueInterruptedImports(db: Db, jobs: Jobs, kind: AnyImportKind): Promise<void> {
  const interrupted = await db
    .update(imports)
    .set({ status: 'queued', processedRows: 0 })
    .where(and(eq(imports.kind, kind.name), inArray(imports.status, ['queued', 'importing'])))
    .returning({ id: imports.id });
  for (const { id } of interrupted) await jobs.send<ImportJobData>(importJobName(kind), { importId: id });
}
