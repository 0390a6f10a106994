import type { Locale } from '../../platform/i18n/locale.ts';
import { localizedName, namesOf } from '../../platform/i18n/localized-name.ts';
import type { serviceWindows } from './schema.ts';
import type { ServiceWindow } from './schemas.ts';

type WindowRow = typeof serviceWindows.$inferSelect;

export function presentWindow(row: WindowRow, locale: Locale): ServiceWindow {
  return {
    code: row.code,
    name: localizedName(locale, row),
    names: namesOf(row),
    description: row.description,
    active: row.active,
    position: row.position,
  };
}

/** What the audit trail keeps of a window. */
export function auditedWindow(row: WindowRow) {
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = row;
  return fields;
}
