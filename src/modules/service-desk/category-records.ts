import type { Locale } from '../../platform/i18n/locale.ts';
import { localizedName, namesOf } from '../../platform/i18n/localized-name.ts';
import type { CategoryView } from './schemas.ts';
import type { ServiceCategory } from './schema.ts';

export function presentCategory(row: ServiceCategory, locale: Locale): CategoryView {
  return {
    code: row.code,
    name: localizedName(locale, row),
    names: namesOf(row),
    description: row.description,
    marketWindow: row.marketWindow,
    active: row.active,
    position: row.position,
  };
}

/** What the audit trail keeps of a category. */
export function auditedCategory(row: ServiceCategory) {
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = row;
  return fields;
}
