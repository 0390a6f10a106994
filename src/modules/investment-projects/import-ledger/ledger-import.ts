import { isUniqueViolation } from '../../../platform/db/unique-violation.ts';
import { defineImportKind } from '../../../platform/imports/import-kind.ts';
import type { ImportRouteOptions } from '../../../platform/imports/import-routes.ts';
import { creditCodeConstraint } from '../../enterprises/create-enterprise.ts';
import { checkLedgerRows } from './check-ledger-rows.ts';
import { ledgerColumns, ledgerHeader } from './ledger-columns.ts';
import { ledgerTemplate } from './ledger-template.ts';
import { loadLedgerContext } from './load-ledger-context.ts';
import { parseLedgerRow } from './parse-ledger-row.ts';
import { openLedgerWriter } from './write-ledger-projects.ts';

/** Projects from an existing ledger (台账): each row a project at its stage, of an enterprise found or created. */
export const ledgerImport = defineImportKind({
  name: 'project-ledger',
  messages: 'project.import',
  columns: ledgerColumns,
  header: ledgerHeader,
  requiredColumn: 'name',
  loadContext: loadLedgerContext,
  parseRow: parseLedgerRow,
  checkRows: checkLedgerRows,
  openWriter: openLedgerWriter,
  // An enterprise of the file entered by hand with its credit code meanwhile, at the very moment of the commit.
  conflictMessage: (error) => (isUniqueViolation(error, creditCodeConstraint) ? 'project.import.conflict' : undefined),
  template: ledgerTemplate,
  templateFileName: { message: 'project.ledger.template.fileName', ascii: 'project-ledger-template.xlsx' },
});

export const ledgerImportRoutes: ImportRouteOptions = {
  path: '/api/projects',
  permission: 'project.import',
  tag: 'project ledger imports',
  records: 'projects (a ledger, 台账)',
};
