import { and, eq, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import { invalidInput } from '../../platform/http/errors.ts';
import { enterpriseContacts, enterpriseTags } from './schema.ts';
import type { EnterpriseInput } from './schemas.ts';

type ContactInput = NonNullable<EnterpriseInput['contacts']>[number];

/** The primary contact is the one marked so, or else the first. */
function primaryIndex(contacts: ContactInput[]): number {
  const marked = contacts.findIndex((c) => c.isPrimary);
  return marked >= 0 ? marked : 0;
}

/**
 * Makes the enterprise's contacts the given list: contacts given with their id are kept (other modules may link to
 * them) and updated, those without are added, and those left out are removed.
 */
export async function replaceContacts(tx: DbOrTx, enterpriseId: string, contacts: ContactInput[]): Promise<void> {
  const existing = new Set(
    (await tx.select({ id: enterpriseContacts.id }).from(enterpriseContacts).where(eq(enterpriseContacts.enterpriseId, enterpriseId))).map(
      (c) => c.id,
    ),
  );
  const problems = contacts.flatMap((c, i) =>
    c.id && !existing.has(c.id) ? [{ field: `contacts.${i}.id`, message: 'enterprise.contactUnknown' }] : [],
  );
  if (problems.length) throw invalidInput(problems);
  const kept = contacts.flatMap((c) => (c.id ? [c.id] : []));
  await tx
    .delete(enterpriseContacts)
    .where(and(eq(enterpriseContacts.enterpriseId, enterpriseId), kept.length ? notInArray(enterpriseContacts.id, kept) : undefined));
  const primary = primaryIndex(contacts);
  for (const [position, { id, ...contact }] of contacts.entries()) {
    const values = {
      name: contact.name,
      title: contact.title ?? null,
      phone: contact.phone ?? null,
      email: contact.email ?? null,
      isPrimary: position === primary,
      position,
    };
    if (id) await tx.update(enterpriseContacts).set(values).where(eq(enterpriseContacts.id, id));
    else await tx.insert(enterpriseContacts).values({ ...values, enterpriseId });
  }
}

/** Contacts of new enterprises, in one statement: imports add thousands at once. */
export function newContactRows(enterpriseId: string, contacts: ContactInput[]) {
  const primary = primaryIndex(contacts);
  return contacts.map((c, position) => ({
    enterpriseId,
    name: c.name,
    title: c.title ?? null,
    phone: c.phone ?? null,
    email: c.email ?? null,
    isPrimary: position === primary,
    position,
  }));
}

export async function replaceTags(tx: DbOrTx, enterpriseId: string, tagIds: string[]): Promise<void> {
  await tx.delete(enterpriseTags).where(eq(enterpriseTags.enterpriseId, enterpriseId));
  const unique = [...new Set(tagIds)];
  if (unique.length) await tx.insert(enterpriseTags).values(unique.map((tagId) => ({ enterpriseId, tagId })));
}
