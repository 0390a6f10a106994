import { eq, inArray, sql } from 'drizzle-orm';
import { recordAudit, systemActor } from '../../../platform/audit/record-audit.ts';
import type { Db } from '../../../platform/db/connection.ts';
import type { JobDefinition, Jobs } from '../../../platform/jobs/jobs.ts';
import { creditCodeConstraint } from '../create-enterprise.ts';
import { newContactRows } from '../enterprise-links.ts';
import { auditView, newEnterpriseRow } from '../enterprise-records.ts';
import { enterpriseContacts, enterpriseImports, enterprises, enterpriseTags, tags } from '../schema.ts';
import { isUniqueViolation } from '../../../platform/db/unique-violation.ts';
import { importJob, type ImportJobData } from './commit-import.ts';

// Rows inserted per statement, and so how often progress is reported.
const batchSize = 500;

/**
 * Imports the valid rows of a queued import in ONE transaction, so that a crash or an error leaves either every
 * row or none. Progress is written through another connection, so it shows while the transaction runs; the final
 * status is written inside it, so "done" and the data commit together. Safe to run twice: a transaction-level lock
 * serialises runs of the same import and a finished one is skipped.
 */
export async function runImport(db: Db, { importId }: ImportJobData): Promise<void> {
  const [claimed] = await db
    .update(enterpriseImports)
    .set({ status: 'importing' })
    .where(sql`${enterpriseImports.id} = ${importId} AND ${enterpriseImports.status} IN ('queued', 'importing')`)
    .returning({ rows: enterpriseImports.rows, committedBy: enterpriseImports.committedBy });
  if (!claimed) return;
  const actor = claimed.committedBy ?? systemActor;
  const rows = claimed.rows.flatMap((row) => (row.input ? [{ ...row, input: row.input }] : []));
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`enterprise-import:${importId}`}))`);
      const [current] = await tx.select({ status: enterpriseImports.status }).from(enterpriseImports).where(eq(enterpriseImports.id, importId));
      if (current?.status !== 'importing') return;
      const tagNames = new Map((await tx.select({ id: tags.id, name: tags.name }).from(tags)).map((t) => [t.id, t.name]));
      for (let start = 0; start < rows.length; start += batchSize) {
        const batch = rows.slice(start, start + batchSize);
        const records = batch.map(({ input, rowNumber }) => ({ row: newEnterpriseRow(input), input, rowNumber }));
        const created = await tx
          .insert(enterprises)
          .values(records.map((r) => r.row))
          .returning({ id: enterprises.id });
        const contacts = records.map(({ input }, i) => newContactRows(created[i]!.id, input.contacts ?? []));
        if (contacts.flat().length) await tx.insert(enterpriseContacts).values(contacts.flat());
        const tagIds = records.map(({ input }) => [...new Set(input.tagIds ?? [])]);
        const tagLinks = tagIds.flatMap((ids, i) => ids.map((tagId) => ({ enterpriseId: created[i]!.id, tagId })));
        if (tagLinks.length) await tx.insert(enterpriseTags).values(tagLinks);
        await recordAudit(
          tx,
          actor,
          records.map(({ row, rowNumber }, i) => ({
            entityType: 'enterprise',
            entityId: created[i]!.id,
            action: 'import',
            after: {
              ...auditView({ ...row, mergedIntoId: null, contacts: contacts[i]!, tags: tagIds[i]!.map((id) => ({ name: tagNames.get(id) ?? id })) }),
              importId,
              rowNumber,
            },
          })),
        );
        await db
          .update(enterpriseImports)
          .set({ processedRows: start + batch.length })
          .where(eq(enterpriseImports.id, importId));
      }
      await tx
        .update(enterpriseImports)
        .set({ status: 'done', processedRows: rows.length, importedRows: rows.length, finishedAt: new Date() })
        .where(eq(enterpriseImports.id, importId));
    });
  } catch (error) {
    await db
      .update(enterpriseImports)
      .set({
        status: 'failed',
        error: isUniqueViolation(error, creditCodeConstraint) ? 'enterprise.import.conflict' : 'enterprise.import.failed',
        finishedAt: new Date(),
      })
      .where(eq(enterpriseImports.id, importId));
    // Left for the job queue to record; a retry finds the import failed and does nothing.
    if (!isUniqueViolation(error, creditCodeConstraint)) throw error;
  }
}

export const importJobDefinition = (db: Db): JobDefinition<ImportJobData> => ({ name: importJob, handle: (data) => runImport(db, data) });

/**
 * At start-up, queues again the imports that a stopped process left queued or importing: their transaction was
 * rolled back with the process, so they start over from nothing.
 */
export async function requeueInterruptedImports(db: Db, jobs: Jobs): Promise<void> {
  const interrupted = await db
    .update(enterpriseImports)
    .set({ status: 'queued', processedRows: 0 })
    .where(inArray(enterpriseImports.status, ['queued', 'importing']))
    .returning({ id: enterpriseImports.id });
  for (const { id } of interrupted) await jobs.send<ImportJobData>(importJob, { importId: id });
}
