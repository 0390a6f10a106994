import type { DbOrTx } from '../../platform/db/connection.ts';
import type { Locale } from '../../platform/i18n/locale.ts';
import { allMarketFields, fieldName } from './field-names.ts';
import type { MarketField } from './schema.ts';

export function presentField(locale: Locale, field: MarketField) {
  return {
    id: field.id,
    name: fieldName(locale, field),
    nameZh: field.name,
    nameEn: field.nameEn,
    industryCode: field.industryCode,
    active: field.active,
    position: field.position,
  };
}

/** The fields to choose from (active ones), or the whole list for administering it. */
export async function listMarketFields(db: DbOrTx, locale: Locale, options: { includeInactive: boolean }) {
  const fields = await allMarketFields(db);
  return fields.filter((field) => options.includeInactive || field.active).map((field) => presentField(locale, field));
}
