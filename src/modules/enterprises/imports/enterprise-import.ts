import type { ImportRouteOptions } from '../../../platform/imports/import-routes.ts';
import { defineImportKind } from '../../../platform/imports/import-kind.ts';
import { isUniqueViolation } from '../../../platform/db/unique-violation.ts';
import { loadInputContext } from '../check-enterprise-input.ts';
import { columnHeader, columnKeys } from '../columns.ts';
import { creditCodeConstraint } from '../create-enterprise.ts';
import { checkImportRows } from './check-import-rows.ts';
import { importTemplate } from './import-template.ts';
import { parseImportRow } from './parse-import-row.ts';
import { openEnterpriseWriter } from './write-imported-enterprises.ts';
import '../messages.ts';

/** Enterprises from a spreadsheet (the register's own template, an export, an error report corrected). */
export const enterpriseImport = defineImportKind({
  name: 'enterprise',
  messages: 'enterprise.import',
  columns: columnKeys,
  header: columnHeader,
  // The capital without its unit, as people often head it.
  headerAliases: [
    ['注册资本', 'registeredCapitalWan'],
    ['Registered capital', 'registeredCapitalWan'],
  ],
  requiredColumn: 'name',
  loadContext: loadInputContext,
  parseRow: parseImportRow,
  checkRows: (db, rows, locale) => checkImportRows(db, rows, locale),
  openWriter: openEnterpriseWriter,
  // Someone entered one of the credit codes between upload and commit.
  conflictMessage: (error) => (isUniqueViolation(error, creditCodeConstraint) ? 'enterprise.import.conflict' : undefined),
  template: importTemplate,
  templateFileName: { message: 'enterprise.template.fileName', ascii: 'enterprise-import-template.xlsx' },
});

export const enterpriseImportRoutes: ImportRouteOptions = {
  path: '/api/enterprises',
  permission: 'enterprise.import',
  tag: 'enterprise imports',
  records: 'enterprises',
};
