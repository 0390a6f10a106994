import type { Listing } from './api.ts';

/** A contact as the form holds it: what the user left blank is absent. */
export interface ContactValues {
  name?: string;
  phone?: string;
  email?: string;
}

type Contact = Listing['contacts'][number];

const trimmed = (value: string | null | undefined): string => (value ?? '').trim();
const orNull = (value: string | null | undefined): string | null => trimmed(value) || null;

/** The contacts to send: rows the user left without a name are dropped, blank phone and e-mail are none. */
export function toContacts(values: readonly ContactValues[] | undefined): Contact[] {
  return (values ?? []).filter((contact) => trimmed(contact.name)).map((contact) => ({ name: trimmed(contact.name), phone: orNull(contact.phone), email: orNull(contact.email) }));
}

export function contactValues(contacts: readonly Contact[]): ContactValues[] {
  return contacts.map((contact) => ({ name: contact.name, phone: contact.phone ?? undefined, email: contact.email ?? undefined }));
}

/** Keywords typed as tags: trimmed, blanks dropped, each once (the first spelling kept). */
export function toKeywords(values: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const keyword of (values ?? []).map((value) => value.trim())) {
    const key = keyword.toLowerCase();
    if (!keyword || seen.has(key)) continue;
    seen.add(key);
    keywords.push(keyword);
  }
  return keywords;
}

/** An amount field the user may leave empty: the form gives undefined or null, the API takes null. */
export const amountOrNull = (value: number | null | undefined): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
