import type { Locale } from '../../platform/i18n/locale.ts';
import type { serviceWindows } from './schema.ts';
import type { ServiceWindow } from './schemas.ts';

type WindowRow = typeof serviceWindows.$inferSelect;

/** A window's name in the reader's language. */
export function windowNameIn(locale: Locale, row: Pick<WindowRow, 'nameZhCn' | 'nameZhTw' | 'nameEn'>): string {
  return { 'zh-CN': row.nameZhCn, 'zh-TW': row.nameZhTw, en: row.nameEn }[locale];
}

export function presentWindow(row: WindowRow, locale: Locale): ServiceWindow {
  return {
    code: row.code,
    name: windowNameIn(locale, row),
    names: { 'zh-CN': row.nameZhCn, 'zh-TW': row.nameZhTw, en: row.nameEn },
    description: row.description,
    active: row.active,
    position: row.position,
  };
}

/** The stored columns of the names a form gives. */
export function nameColumns(names: ServiceWindow['names']) {
  return { nameZhCn: names['zh-CN'], nameZhTw: names['zh-TW'], nameEn: names.en };
}

/** What the audit trail keeps of a window. */
export function auditedWindow(row: WindowRow) {
  const { createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = row;
  return fields;
}
