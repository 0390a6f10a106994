import ExcelJS from 'exceljs';
import { AppError } from '../../../platform/http/errors.ts';
import { parseCsv } from '../../reference/parse-csv.ts';

export interface SheetRow {
  /** As the spreadsheet numbers it, counting from 1. */
  rowNumber: number;
  cells: string[];
}

export interface Sheet {
  header: SheetRow;
  rows: SheetRow[];
}

const maxImportRows = 50_000;
// Longer than any field may be, so a cut cell is still refused; keeps a pasted essay out of previews and reports.
const maxCellLength = 2000;
const cut = (text: string) => (text.length > maxCellLength ? `${text.slice(0, maxCellLength)}…` : text).trim();

const badFile = (code: string, params?: Record<string, unknown>) => new AppError(400, `enterprise.import.${code}`, { params });

function startsWith(buffer: Buffer, bytes: number[]): boolean {
  return bytes.every((byte, i) => buffer[i] === byte);
}

/** A cell as the user sees it: dates as YYYY-MM-DD, formulas by their result, rich text as plain text. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

async function readXlsx(buffer: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw badFile('corrupt');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw badFile('empty');
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.push({ rowNumber, cells: Array.from(values, (v) => cut(cellText(v as ExcelJS.CellValue))) });
  });
  return rows;
}

/** UTF-8 (with or without a byte-order mark), else GB18030, as Excel in Chinese saves CSV. */
function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

function readCsv(buffer: Buffer): SheetRow[] {
  if (buffer.includes(0)) throw badFile('unsupportedFile');
  return parseCsv(decodeText(buffer)).map((cells, i) => ({ rowNumber: i + 1, cells: cells.map(cut) }));
}

/**
 * The first sheet of an .xlsx or the rows of a .csv, judged by content rather than name: a renamed file, a damaged
 * workbook, an old .xls or an empty sheet is refused with a 400 saying which.
 */
export async function readSpreadsheet(fileName: string, buffer: Buffer): Promise<Sheet> {
  const lowerName = fileName.toLowerCase();
  let rows: SheetRow[];
  if (startsWith(buffer, [0x50, 0x4b, 0x03, 0x04])) rows = await readXlsx(buffer);
  else if (startsWith(buffer, [0xd0, 0xcf, 0x11, 0xe0])) throw badFile('legacyExcel');
  else if (lowerName.endsWith('.csv')) rows = readCsv(buffer);
  else if (lowerName.endsWith('.xlsx')) throw badFile('corrupt');
  else throw badFile('unsupportedFile');
  const [header, ...data] = rows.filter((row) => row.cells.some((cell) => cell !== ''));
  if (!header) throw badFile('empty');
  if (data.length > maxImportRows) throw badFile('tooManyRows', { max: maxImportRows });
  return { header, rows: data };
}
