import type { Locale } from './locale.ts';

/** A record named in each of the three languages, in its stored columns (a service window, a request category). */
export interface LocalizedNameColumns {
  nameZhCn: string;
  nameZhTw: string;
  nameEn: string;
}

/** The record's name in the reader's language. */
export function localizedName(locale: Locale, row: LocalizedNameColumns): string {
  return { 'zh-CN': row.nameZhCn, 'zh-TW': row.nameZhTw, en: row.nameEn }[locale];
}

/** The names as a form gives and a response shows them, keyed by language. */
export function namesOf(row: LocalizedNameColumns): Record<Locale, string> {
  return { 'zh-CN': row.nameZhCn, 'zh-TW': row.nameZhTw, en: row.nameEn };
}

/** The stored columns of the names a form gives. */
export function nameColumns(names: Record<Locale, string>): LocalizedNameColumns {
  return { nameZhCn: names['zh-CN'], nameZhTw: names['zh-TW'], nameEn: names.en };
}
