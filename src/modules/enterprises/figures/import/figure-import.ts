import { defineImportKind } from '../../../../platform/imports/import-kind.ts';
import type { ImportRouteOptions } from '../../../../platform/imports/import-routes.ts';
import { lastFigureYear } from '../figure-rules.ts';
import { checkFigureRows } from './check-figure-rows.ts';
import { figureColumns, figureHeader, figureHeaderAliases } from './figure-columns.ts';
import { figureTemplate } from './figure-template.ts';
import { parseFigureRow } from './parse-figure-row.ts';
import { openFigureWriter } from './write-imported-figures.ts';

/** Enterprises' yearly figures from a sheet (统计年报, 税务数据): each row one enterprise's year, written as staff-given. */
export const figureImport = defineImportKind({
  name: 'enterprise-figures',
  messages: 'enterprise.figures.import',
  columns: figureColumns,
  header: figureHeader,
  headerAliases: figureHeaderAliases,
  requiredColumn: 'year',
  loadContext: async () => ({ lastYear: lastFigureYear() }),
  parseRow: parseFigureRow,
  checkRows: checkFigureRows,
  openWriter: openFigureWriter,
  template: figureTemplate,
  templateFileName: { message: 'enterprise.figures.template.fileName', ascii: 'enterprise-figures-template.xlsx' },
});

export const figureImportRoutes: ImportRouteOptions = {
  path: '/api/enterprises/figures',
  permission: 'enterpriseFigure.import',
  tag: 'enterprise figure imports',
  records: "enterprises' yearly figures",
};
