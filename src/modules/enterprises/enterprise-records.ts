import { asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { referenceData, type LocalizedReference } from '../reference/reference-data.ts';
import { nameKeys, searchText } from './name-keys.ts';
import { enterpriseContacts, enterprises, enterpriseTags, tags } from './schema.ts';
import type { Enterprise, EnterpriseInput } from './schemas.ts';

// Shared by the services that read or write whole enterprise records.

/** The search columns that follow from the names and credit code. */
export function derivedColumns(row: { name: string; formerNames: string[]; creditCode: string | null }) {
  return {
    searchText: searchText(row.name, row.formerNames, row.creditCode),
    nameKeys: nameKeys(row.name, row.formerNames),
  };
}

/** The stored columns of a new enterprise, from its validated fields (contacts and tags go elsewhere). */
export function newEnterpriseRow(input: EnterpriseInput) {
  const formerNames = input.formerNames ?? [];
  const creditCode = input.creditCode ?? null;
  return {
    name: input.name,
    formerNames,
    creditCode,
    industryCode: input.industryCode ?? null,
    regionCode: input.regionCode ?? null,
    address: input.address ?? null,
    registeredCapitalWan: input.registeredCapitalWan ?? null,
    foundedOn: input.foundedOn ?? null,
    sizeClass: input.sizeClass ?? null,
    kind: input.kind ?? 'company',
    ...derivedColumns({ name: input.name, formerNames, creditCode }),
  };
}

/** Tags of each enterprise, by name. */
export async function tagsOf(db: DbOrTx, enterpriseIds: string[]) {
  const byEnterprise = new Map<string, { id: string; name: string; color: string }[]>();
  if (enterpriseIds.length === 0) return byEnterprise;
  const rows = await db
    .select({ enterpriseId: enterpriseTags.enterpriseId, id: tags.id, name: tags.name, color: tags.color })
    .from(enterpriseTags)
    .innerJoin(tags, eq(tags.id, enterpriseTags.tagId))
    .where(inArray(enterpriseTags.enterpriseId, enterpriseIds))
    .orderBy(asc(tags.name));
  for (const { enterpriseId, ...tag } of rows) byEnterprise.set(enterpriseId, [...(byEnterprise.get(enterpriseId) ?? []), tag]);
  return byEnterprise;
}

/** Contacts of each enterprise, the primary one first. */
export async function contactsOf(db: DbOrTx, enterpriseIds: string[]) {
  const byEnterprise = new Map<string, Enterprise['contacts']>();
  if (enterpriseIds.length === 0) return byEnterprise;
  const rows = await db
    .select()
    .from(enterpriseContacts)
    .where(inArray(enterpriseContacts.enterpriseId, enterpriseIds))
    .orderBy(asc(enterpriseContacts.position));
  for (const { enterpriseId, position: _position, ...contact } of rows) {
    const list = byEnterprise.get(enterpriseId) ?? [];
    if (contact.isPrimary) list.unshift(contact);
    else list.push(contact);
    byEnterprise.set(enterpriseId, list);
  }
  return byEnterprise;
}

/** The names of an enterprise's industry and region, from one language's reference tables. */
function referenceNames(names: LocalizedReference, codes: { industryCode: string | null; regionCode: string | null }) {
  const industryPath = names.industryPath(codes.industryCode);
  return { industryName: industryPath.at(-1)?.name ?? null, industryPath, regionPath: names.regionPath(codes.regionCode) };
}

/**
 * The enterprise as a reader of this language sees it: industry and region named in their script or language
 * (records are read, compared and audited in the standard's own Simplified names).
 */
export async function inReaderLanguage(db: DbOrTx, locale: Locale, enterprise: Enterprise): Promise<Enterprise> {
  return { ...enterprise, ...referenceNames((await referenceData(db)).localized(locale), enterprise) };
}

async function presentEnterprises(db: DbOrTx, rows: (typeof enterprises.$inferSelect)[]): Promise<Enterprise[]> {
  const ids = rows.map((r) => r.id);
  // One after another: `db` may be a transaction, whose single connection runs one query at a time.
  const reference = await referenceData(db);
  const contacts = await contactsOf(db, ids);
  const tagLists = await tagsOf(db, ids);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    formerNames: row.formerNames,
    creditCode: row.creditCode,
    industryCode: row.industryCode,
    regionCode: row.regionCode,
    ...referenceNames(reference, row),
    address: row.address,
    registeredCapitalWan: row.registeredCapitalWan,
    foundedOn: row.foundedOn,
    sizeClass: row.sizeClass,
    kind: row.kind,
    contacts: contacts.get(row.id) ?? [],
    tags: tagLists.get(row.id) ?? [],
    mergedIntoId: row.mergedIntoId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
}

/** The whole record, or null; `forUpdate` locks the row until the transaction ends. */
export async function readEnterprise(db: DbOrTx, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(enterprises).where(eq(enterprises.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) return null;
  const [enterprise] = await presentEnterprises(db, [row]);
  return enterprise!;
}

type Auditable = Pick<
  Enterprise,
  'name' | 'formerNames' | 'creditCode' | 'industryCode' | 'regionCode' | 'address' | 'registeredCapitalWan' | 'foundedOn' | 'sizeClass' | 'kind' | 'mergedIntoId'
> & {
  contacts: Omit<Enterprise['contacts'][number], 'id'>[];
  tags: { name: string }[];
};

/** What the audit trail keeps of a record: its fields, contacts and tag names, without ids or derived columns. */
export function auditView(enterprise: Auditable) {
  return {
    name: enterprise.name,
    formerNames: enterprise.formerNames,
    creditCode: enterprise.creditCode,
    industryCode: enterprise.industryCode,
    regionCode: enterprise.regionCode,
    address: enterprise.address,
    registeredCapitalWan: enterprise.registeredCapitalWan,
    foundedOn: enterprise.foundedOn,
    sizeClass: enterprise.sizeClass,
    kind: enterprise.kind,
    contacts: enterprise.contacts.map(({ name, title, phone, email, isPrimary }) => ({ name, title, phone, email, isPrimary })),
    tags: enterprise.tags.map((t) => t.name),
    mergedIntoId: enterprise.mergedIntoId,
  };
}
