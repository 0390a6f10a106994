import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../../platform/db/connection.ts';
import type { ImportRun } from '../../../../platform/imports/import-kind.ts';
import { imports } from '../../../../platform/imports/schema.ts';
import { enterprises } from '../../schema.ts';
import { writeYearFigures } from '../write-figures.ts';
import type { FigureRowInput } from './parse-figure-row.ts';

/**
 * Inside the import's transaction: each row's figures as staff-given (an import is the staff's), a blank source
 * naming the file. An enterprise merged away since the upload gives its row to the survivor, as a merge moves figures.
 */
export async function openFigureWriter(tx: Tx, { importId, actor }: ImportRun) {
  const [upload] = await tx.select({ fileName: imports.fileName }).from(imports).where(eq(imports.id, importId));
  const fileName = upload?.fileName ?? null;
  return async (batch: { input: FigureRowInput; rowNumber: number }[]) => {
    const ids = [...new Set(batch.map(({ input }) => input.enterpriseId!))];
    const survivors = new Map(
      (await tx.select({ id: enterprises.id, mergedIntoId: enterprises.mergedIntoId }).from(enterprises).where(inArray(enterprises.id, ids))).map((e) => [
        e.id,
        e.mergedIntoId ?? e.id,
      ]),
    );
    await writeYearFigures(
      tx,
      actor,
      batch.map(({ input }) => ({
        enterpriseId: survivors.get(input.enterpriseId!) ?? input.enterpriseId!,
        year: input.year,
        values: input.values,
        source: input.source ?? fileName,
        selfReported: false,
      })),
      'figures-import',
    );
  };
}
