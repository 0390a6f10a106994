import { setImmediate as nextTurn } from 'node:timers/promises';
import { csvRows } from '../text/parse-csv.ts';
import { badFile, maxColumns, readXlsxRows, type SheetRow } from './read-xlsx.ts';

export type { SheetRow } from './read-xlsx.ts';

export interface Sheet {
  header: SheetRow;
  rows: SheetRow[];
}

const maxImportRows = 50_000;
// Longer than any field may be, so a cut cell is still refused; keeps a pasted essay out of previews and reports.
const maxCellLength = 2000;
// Rows read between turns of the event loop, so that other requests are answered while a big file is read.
const rowsPerTurn = 1000;
const cut = (text: string) => (text.length > maxCellLength ? `${text.slice(0, maxCellLength)}…` : text).trim();

function startsWith(buffer: Buffer, bytes: number[]): boolean {
  return bytes.every((byte, i) => buffer[i] === byte);
}

/** UTF-8 (with or without a byte-order mark), else GB18030, as Excel in Chinese saves CSV. */
function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

function* readCsvRows(buffer: Buffer): Generator<SheetRow> {
  if (buffer.includes(0)) throw badFile('unsupportedFile');
  let rowNumber = 0;
  for (const cells of csvRows(decodeText(buffer))) yield { rowNumber: ++rowNumber, cells };
}

/** The non-blank rows with their cells cut to size, stopping as soon as there are more than an import takes. */
async function keepRows(source: AsyncIterable<SheetRow> | Iterable<SheetRow>): Promise<SheetRow[]> {
  const kept: SheetRow[] = [];
  let read = 0;
  for await (const { rowNumber, cells } of source) {
    if (++read % rowsPerTurn === 0) await nextTurn();
    const shown = cells.slice(0, maxColumns).map(cut);
    if (!shown.some((cell) => cell !== '')) continue;
    // The header and at most maxImportRows rows of data.
    if (kept.length > maxImportRows) throw badFile('tooManyRows', { max: maxImportRows });
    kept.push({ rowNumber, cells: shown });
  }
  return kept;
}

/**
 * The first sheet of an .xlsx or the rows of a .csv, judged by content rather than name: a renamed file, a damaged
 * workbook, an old .xls or an empty sheet is refused with a 400 saying which. A file with too many rows, or an
 * .xlsx that unpacks too large, is refused as soon as that shows, without reading the rest.
 */
export async function readSpreadsheet(fileName: string, buffer: Buffer): Promise<Sheet> {
  const lowerName = fileName.toLowerCase();
  let source: AsyncIterable<SheetRow> | Iterable<SheetRow>;
  if (startsWith(buffer, [0x50, 0x4b, 0x03, 0x04])) source = readXlsxRows(buffer, maxCellLength);
  else if (startsWith(buffer, [0xd0, 0xcf, 0x11, 0xe0])) throw badFile('legacyExcel');
  else if (lowerName.endsWith('.csv')) source = readCsvRows(buffer);
  else if (lowerName.endsWith('.xlsx')) throw badFile('corrupt');
  else throw badFile('unsupportedFile');
  const [header, ...rows] = await keepRows(source);
  if (!header) throw badFile('empty');
  return { header, rows };
}
