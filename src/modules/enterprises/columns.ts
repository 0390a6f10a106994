import type { Locale } from '../../platform/i18n/locale.ts';
import { translate } from '../../platform/i18n/messages.ts';
import type { OrganisationKind, SizeClass } from './schema.ts';
import './messages.ts';

/**
 * The spreadsheet columns of the import template, in order. Exports use the same ones (plus a few read-only
 * columns), so an exported list can be edited and imported elsewhere.
 */
export const columnKeys = [
  'name',
  'creditCode',
  'formerNames',
  'industryCode',
  'region',
  'address',
  'registeredCapitalWan',
  'foundedOn',
  'sizeClass',
  'kind',
  'contactName',
  'contactPhone',
  'contactEmail',
  'tags',
] as const;

export type ColumnKey = (typeof columnKeys)[number];

/** The columns an export adds, which an import ignores. */
export type ReadOnlyColumnKey = 'industryName' | 'updatedAt';

/** A column's header in the reader's language: 企业名称, 企業名稱, Enterprise name. An import reads any of them. */
export const columnHeader = (locale: Locale, column: ColumnKey | ReadOnlyColumnKey): string => translate(locale, `enterprise.column.${column}`);

/** 大型, Large, …: how a sheet in the reader's language writes a size class. An import reads any of them. */
export const sizeClassName = (locale: Locale, sizeClass: SizeClass): string => translate(locale, `enterprise.sizeClass.${sizeClass}`);

/** 高校, University, …: how a sheet in the reader's language writes an organisation kind. An import reads any of them. */
export const organisationKindName = (locale: Locale, kind: OrganisationKind): string => translate(locale, `enterprise.kind.${kind}`);

/** How several names share one cell: 高新技术企业、专精特新 in Chinese, A; B in English. An import splits on either. */
export const listSeparators: Record<Locale, string> = { 'zh-CN': '、', 'zh-TW': '、', en: '; ' };
