import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import type { WorkflowActor } from '../../platform/workflow/workflow.ts';
import { fieldNamesIn } from './field-names.ts';
import { listingWorkflow } from './market-workflow.ts';
import { ownerNames, presentShared } from './present-market-record.ts';
import type { ListingRow } from './schema.ts';

/** Listings as the API answers them, in the reader's language, with the actions the caller may take. */
export async function presentListings(db: DbOrTx, actor: WorkflowActor, locale: Locale, rows: readonly ListingRow[]) {
  const [owners, fields] = await Promise.all([ownerNames(db, rows), fieldNamesIn(db, locale)]);
  return rows.map((row) => ({
    ...presentShared(row, owners, listingWorkflow, actor),
    details: row.details,
    field: row.fieldId ? { id: row.fieldId, name: fields.get(row.fieldId) ?? '' } : null,
    keywords: row.keywords,
    maturity: row.maturity,
    trl: row.trl,
    patents: row.patents,
    modes: row.modes,
    priceWan: row.priceWan,
  }));
}

export async function presentListing(db: DbOrTx, actor: WorkflowActor, locale: Locale, row: ListingRow) {
  const [listing] = await presentListings(db, actor, locale, [row]);
  return listing!;
}
