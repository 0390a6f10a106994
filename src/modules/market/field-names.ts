import { asc } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { toTraditional } from '../../platform/i18n/traditional.ts';
import { marketFields, type MarketField } from './schema.ts';

/** A field's name in the reader's language: stored Simplified and English, Traditional by opencc. */
export function fieldName(locale: Locale, field: Pick<MarketField, 'name' | 'nameEn'>): string {
  if (locale === 'en') return field.nameEn;
  return locale === 'zh-TW' ? toTraditional(field.name) : field.name;
}

/** Every field (a few dozen rows), in the list's order. */
export function allMarketFields(db: DbOrTx): Promise<MarketField[]> {
  return db.select().from(marketFields).orderBy(asc(marketFields.position), asc(marketFields.name));
}

/** Every field's name in the reader's language by id: what presenting a page of records needs, in one query. */
export async function fieldNamesIn(db: DbOrTx, locale: Locale): Promise<Map<string, string>> {
  return new Map((await allMarketFields(db)).map((field) => [field.id, fieldName(locale, field)]));
}
