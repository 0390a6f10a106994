import type { Locale } from './locale.ts';

export type Translations = Record<Locale, string>;
export type MessageCatalog = Record<string, Translations>;

const catalog: MessageCatalog = {};

/**
 * Adds a module's server-side messages (error titles, field messages, export headers). Keys are namespaced by
 * module, e.g. `enterprise.creditCode.checksum`; `{name}` placeholders are filled from params.
 */
export function defineMessages<T extends MessageCatalog>(messages: T): T {
  for (const [key, value] of Object.entries(messages)) {
    if (catalog[key]) throw new Error(`message ${key} defined twice`);
    catalog[key] = value;
  }
  return messages;
}

/** Every message defined so far, for checks that look over the whole catalogue. */
export function definedMessages(): Readonly<MessageCatalog> {
  return catalog;
}

export function hasMessage(key: string): boolean {
  return key in catalog;
}

export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const template = catalog[key]?.[locale] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
