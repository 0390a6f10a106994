import type { FieldError } from '../../../platform/http/errors.ts';
import { locales, type Locale } from '../../../platform/i18n/locale.ts';
import { hasMessage, translate } from '../../../platform/i18n/messages.ts';
import { columnMessage, type ImportRow as PlatformImportRow, type RowValues as ImportRowValues } from '../../../platform/imports/import-kind.ts';
import { localiseIssues } from '../../../platform/http/validation.ts';
import { normalizeKey } from '../../../platform/text/normalize.ts';
import { resolveRegion } from '../../reference/resolve-region.ts';
import { checkEnterpriseInput, type InputContext } from '../check-enterprise-input.ts';
import { organisationKindName, sizeClassName, type ColumnKey } from '../columns.ts';
import { organisationKinds, sizeClasses, type OrganisationKind, type SizeClass } from '../schema.ts';
import { enterpriseInput, type EnterpriseInput } from '../schemas.ts';
import { parseAmount, parseDate, splitList } from '../../../platform/imports/parse-cells.ts';
import '../../../platform/http/messages.ts';
import '../messages.ts';

/** A row's cells by template column, as text. */
export type RowValues = ImportRowValues<ColumnKey>;

export interface ParsedRow {
  /** The fields to create the enterprise with; null when the row has errors. */
  input: EnterpriseInput | null;
  /** Worded for the uploader, each naming its column: "成立日期：日期格式应为 …". */
  errors: string[];
}

/** A row as an import keeps it, from upload to commit. */
export type ImportRow = PlatformImportRow<EnterpriseInput, ColumnKey>;

/** A size class by its key or its name in any language (大型, Large), and 大, 中, 小, 微 as Chinese shortens them. */
const sizeClassByName = new Map<string, SizeClass>(
  sizeClasses.flatMap((sizeClass) => [
    [sizeClass, sizeClass],
    [sizeClassName('zh-CN', sizeClass).slice(0, 1), sizeClass],
    ...locales.map((locale): [string, SizeClass] => [normalizeKey(sizeClassName(locale, sizeClass)), sizeClass]),
  ]),
);

/** An organisation kind by its key or its name in any language (高校, 高校, University), Traditional or Simplified. */
const organisationKindByName = new Map<string, OrganisationKind>(
  organisationKinds.flatMap((kind) => [
    [kind, kind],
    ...locales.map((locale): [string, OrganisationKind] => [normalizeKey(organisationKindName(locale, kind)), kind]),
  ]),
);

/** The column a field error belongs to: contacts.0.phone → 联系电话. */
const fieldColumns: Record<string, ColumnKey> = {
  name: 'name',
  formerNames: 'formerNames',
  creditCode: 'creditCode',
  industryCode: 'industryCode',
  regionCode: 'region',
  address: 'address',
  registeredCapitalWan: 'registeredCapitalWan',
  foundedOn: 'foundedOn',
  sizeClass: 'sizeClass',
  kind: 'kind',
  contacts: 'contactName',
  'contacts.0.name': 'contactName',
  'contacts.0.title': 'contactName',
  'contacts.0.phone': 'contactPhone',
  'contacts.0.email': 'contactEmail',
  tagIds: 'tags',
};

const columnOf = (field: string): ColumnKey | undefined => fieldColumns[field] ?? fieldColumns[field.split('.')[0]!];

/** "成立日期：日期格式应为 …", "Founding date: Dates are written …": the column's label, then what is wrong, in one language. */
export function wordError(locale: Locale, error: FieldError): string {
  const text = hasMessage(error.message) ? translate(locale, error.message, error.params) : error.message;
  const column = columnOf(error.field);
  const label = column ? translate(locale, `enterprise.column.${column}`) : error.field;
  return columnMessage(locale, label, text);
}

/**
 * Reads one spreadsheet row into the same fields the create form sends, then validates them with the same schema
 * and reference checks. Tags are named (by any spelling of their name); the region may be a name path, in any of
 * the three languages, or a code; the size class and the organisation kind are named in any of them (an empty kind
 * is a company, as on the form).
 */
export function parseImportRow(values: RowValues, context: InputContext, locale: Locale): ParsedRow {
  const cell = (key: ColumnKey) => (values[key] ?? '').trim();
  const problems: FieldError[] = [];
  const fields: Record<string, unknown> = { name: cell('name') };

  if (cell('creditCode')) fields.creditCode = cell('creditCode');
  if (cell('formerNames')) fields.formerNames = splitList(cell('formerNames'));
  if (cell('industryCode')) fields.industryCode = cell('industryCode');
  if (cell('address')) fields.address = cell('address');
  if (cell('region')) {
    const region = resolveRegion(context.reference, cell('region'));
    if ('code' in region) fields.regionCode = region.code;
    else problems.push({ field: 'regionCode', message: region.error === 'unknown' ? 'enterprise.regionUnknown' : 'enterprise.regionAmbiguous' });
  }
  if (cell('registeredCapitalWan')) {
    const amount = parseAmount(cell('registeredCapitalWan'));
    if (amount === null) problems.push({ field: 'registeredCapitalWan', message: 'enterprise.import.notANumber' });
    else fields.registeredCapitalWan = amount;
  }
  if (cell('foundedOn')) {
    const date = parseDate(cell('foundedOn'));
    if (date === null) problems.push({ field: 'foundedOn', message: 'enterprise.import.notADate' });
    else fields.foundedOn = date;
  }
  if (cell('sizeClass')) {
    const sizeClass = sizeClassByName.get(normalizeKey(cell('sizeClass')).replace(/\s*(企业|enterprise)$/, ''));
    if (!sizeClass) problems.push({ field: 'sizeClass', message: 'enterprise.import.sizeClass' });
    else fields.sizeClass = sizeClass;
  }
  if (cell('kind')) {
    const kind = organisationKindByName.get(normalizeKey(cell('kind')));
    if (!kind) problems.push({ field: 'kind', message: 'enterprise.import.kind' });
    else fields.kind = kind;
  }
  if (cell('contactName')) {
    fields.contacts = [{ name: cell('contactName'), phone: cell('contactPhone'), email: cell('contactEmail'), isPrimary: true }];
  } else if (cell('contactPhone') || cell('contactEmail')) {
    problems.push({ field: 'contacts', message: 'enterprise.import.contactNameMissing' });
  }
  if (cell('tags')) {
    const byKey = new Map([...context.tags.values()].map((t) => [normalizeKey(t.name), t.id]));
    const tagIds: string[] = [];
    for (const name of splitList(cell('tags'))) {
      const id = byKey.get(normalizeKey(name));
      if (id) tagIds.push(id);
      else problems.push({ field: 'tagIds', message: 'enterprise.tagUnknown', params: { name } });
    }
    fields.tagIds = tagIds;
  }

  const parsed = enterpriseInput.safeParse(fields, { reportInput: true });
  if (!parsed.success) problems.push(...localiseIssues(parsed.error.issues, locale));
  // The reference checks run even when the schema refused another field, so that the row's every error is shown;
  // a column already refused is not refused twice.
  const checked = checkEnterpriseInput(context, (parsed.success ? parsed.data : fields) as EnterpriseInput);
  const refusedColumns = new Set(problems.map((problem) => columnOf(problem.field)));
  problems.push(...checked.problems.filter((problem) => !refusedColumns.has(columnOf(problem.field))));
  const errors = problems.map((problem) => wordError(locale, problem));
  return { input: errors.length === 0 && parsed.success ? checked.value : null, errors };
}
