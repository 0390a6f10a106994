import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './connection.ts';

/**
 * Runs `batch`, given how many rows it may take, until one takes fewer: a large backlog is worked through in short
 * statements, none holding many locks or rows at once. Returns how many rows were taken in all.
 */
export async function inBatches(batchSize: number, batch: (limit: number) => Promise<number>): Promise<number> {
  let taken = 0;
  for (;;) {
    const inThisBatch = await batch(batchSize);
    taken += inThisBatch;
    if (inThisBatch < batchSize) return taken;
  }
}

/**
 * Deletes the rows of a table with an `id` that meet `where`, oldest first by `orderBy`, `batchSize` rows a
 * statement; rows another transaction holds are left for the next time. Returns how many went.
 */
export function deleteInBatches(db: Db, table: PgTable, where: SQL, orderBy: SQL, batchSize: number): Promise<number> {
  return inBatches(batchSize, async (limit) => {
    const deleted = await db.execute(sql`
      DELETE FROM ${table} WHERE id IN (
        SELECT id FROM ${table} WHERE ${where} ORDER BY ${orderBy} LIMIT ${limit} FOR UPDATE SKIP LOCKED)`);
    return deleted.rowCount ?? 0;
  });
}
