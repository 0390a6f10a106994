import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { enterprises, type OrganisationKind } from '../enterprises/schema.ts';
import { fieldNamesIn } from '../market/field-names.ts';
import type { DemandRow, ListingRow } from '../market/schema.ts';

type Owners = Map<string, { name: string; kind: OrganisationKind }>;

async function ownersOf(db: DbOrTx, rows: readonly { ownerId: string }[]): Promise<Owners> {
  const ids = [...new Set(rows.map((row) => row.ownerId))];
  if (ids.length === 0) return new Map();
  const found = await db.select({ id: enterprises.id, name: enterprises.name, kind: enterprises.kind }).from(enterprises).where(inArray(enterprises.id, ids));
  return new Map(found.map(({ id, ...owner }) => [id, owner]));
}

/**
 * What listings and demands show the public alike. Each field is copied by name, never spread from the row, so
 * that contacts, confidential details and review notes cannot come along. A published record changes only through
 * its workflow, so its last change is its approval or renewal.
 */
function publicShared(row: ListingRow | DemandRow, owners: Owners) {
  return {
    id: row.id,
    owner: owners.get(row.ownerId) ?? { name: '', kind: 'other' as const },
    title: row.title,
    summary: row.summary,
    publishedAt: row.updatedAt,
    expiresAt: row.expiresAt,
  };
}

/** Published listings for anyone, in the reader's language. */
export async function presentPublicListings(db: DbOrTx, locale: Locale, rows: readonly ListingRow[]) {
  const [owners, fields] = await Promise.all([ownersOf(db, rows), fieldNamesIn(db, locale)]);
  return rows.map((row) => ({
    ...publicShared(row, owners),
    field: row.fieldId ? { id: row.fieldId, name: fields.get(row.fieldId) ?? '' } : null,
    keywords: row.keywords,
    maturity: row.maturity,
    trl: row.trl,
    patents: row.patents.map(({ number, type, status }) => ({ number, type, status })),
    modes: row.modes,
    priceWan: row.priceWan,
    details: row.details,
  }));
}

/** Published demands for anyone: the public summary and terms, never the confidential details. */
export async function presentPublicDemands(db: DbOrTx, locale: Locale, rows: readonly DemandRow[]) {
  const [owners, fields] = await Promise.all([ownersOf(db, rows), fieldNamesIn(db, locale)]);
  return rows.map((row) => ({
    ...publicShared(row, owners),
    kind: row.kind,
    fields: row.fieldIds.map((id) => ({ id, name: fields.get(id) ?? '' })),
    targets: row.targets,
    budgetWan: row.budgetWan,
    deadline: row.deadline,
    maturityNeeded: row.maturityNeeded,
    ipOwnership: row.ipOwnership,
    stages: row.stages,
    ticketMinWan: row.ticketMinWan,
    ticketMaxWan: row.ticketMaxWan,
    modes: row.modes,
  }));
}
