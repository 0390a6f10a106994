import ExcelJS from 'exceljs';
import { addSheet, excelDateFormat } from '../http/xlsx-download.ts';

/** A template's parts, all in the reader's language. */
export interface TemplateParts {
  sheet: string;
  headers: string[];
  /** One example row (to be replaced), in the order of the headers. */
  example: ExcelJS.CellValue[];
  /** Positions (from 0) of the columns holding dates, shown as YYYY-MM-DD. */
  dateColumns: number[];
  notesSheet: string;
  /** The notes sheet's own header: the column, then what to write in it. */
  notesHeader: [string, string];
  notes: [string, string][];
}

/** The workbook an import kind's users fill in: the columns and an example row, then a sheet of notes. */
export function templateWorkbook(parts: TemplateParts): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = addSheet(workbook, parts.sheet, parts.headers);
  for (const position of parts.dateColumns) sheet.getColumn(position + 1).numFmt = excelDateFormat;
  sheet.addRow(parts.example);
  const help = workbook.addWorksheet(parts.notesSheet);
  help.columns = [{ width: 30 }, { width: 100 }];
  help.addRow(parts.notesHeader);
  help.getRow(1).font = { bold: true };
  for (const note of parts.notes) help.addRow(note);
  return workbook;
}
