import { posix } from 'node:path';
import { SaxesParser } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../http/errors.ts';
import { parseDate } from './parse-cells.ts';

export interface SheetRow {
  /** As the spreadsheet numbers it, counting from 1. */
  rowNumber: number;
  cells: string[];
}

export const badFile = (code: string, params?: Record<string, unknown>, status = 400) =>
  new AppError(status, `import.${code}`, { params });

// A workbook of 50,000 rows unpacks to some tens of MB in a handful of parts; a zip bomb goes far beyond both.
export const maxUnpackedBytes = 100 * 1024 * 1024;
export const maxZipEntries = 1000;
// Cells further right are ignored: templates have a dozen or two columns, and a cell at XFD1 must not cost 16,384 slots a row.
export const maxColumns = 100;

const tooLarge = () => badFile('tooLarge', { max: maxUnpackedBytes / 1024 / 1024 }, 413);
// saxes holds a node (text, tag, comment, DOCTYPE) in memory until it ends; no spreadsheet has one this long.
const maxNodeChars = 1 << 20;

// Number formats 14–22, 27–36, 45–47 and 50–58 are Excel's built-in dates and times (the latter ranges in CJK locales).
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
/** A custom format showing a year or day once quoted text, [colours/locales] and escaped characters are set aside. */
const isDateFormat = (code: string) => /[yd]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));

async function openZip(buffer: Buffer): Promise<ZipFile> {
  try {
    return await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch {
    throw badFile('corrupt');
  }
}

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  if (zip.entryCount > maxZipEntries) throw badFile('tooManyParts', { max: maxZipEntries });
  const entries = new Map<string, Entry>();
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(badFile('corrupt')));
    zip.readEntry();
  });
}

/** What reading a part reports, element by element; names lose their namespace prefix (x:row → row). */
interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * A strict streaming XML parser (saxes) for one part. Prefixes are dropped rather than resolved (x:row reads as
 * row): writers choose their own, and only local names matter here. A DOCTYPE is refused, so the file can declare
 * no entity of its own; malformed XML, or a node longer than maxNodeChars, reads as a damaged file.
 */
function createXmlReader(handlers: XmlHandlers) {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let lastNodeEnd = 0;
  const nodeEnded = () => {
    lastNodeEnd = parser.position;
  };
  const text = (piece: string) => {
    nodeEnded();
    handlers.text?.(piece);
  };
  parser.on('error', () => {
    throw badFile('corrupt');
  });
  parser.on('doctype', () => {
    throw badFile('corrupt');
  });
  parser.on('opentag', (tag) => {
    nodeEnded();
    handlers.open?.(localName(tag.name), tag.attributes);
  });
  parser.on('closetag', (tag) => {
    nodeEnded();
    handlers.close?.(localName(tag.name));
  });
  parser.on('text', text);
  parser.on('cdata', text);
  return {
    write(chunk: string) {
      parser.write(chunk);
      if (parser.position - lastNodeEnd > maxNodeChars) throw badFile('corrupt');
    },
    /** Checks that the part ended as well-formed XML. */
    end() {
      parser.close();
    },
  };
}

/** Reads the parts of one workbook, inflating no more than maxUnpackedBytes in all, whatever the headers claim. */
class Workbook {
  private unpackedBytes = 0;
  constructor(
    private readonly zip: ZipFile,
    private readonly entries: Map<string, Entry>,
  ) {}

  has(path: string) {
    return this.entries.has(path);
  }

  /** The part's text, chunk by chunk as it inflates; each chunk is a turn of the event loop. */
  async *chunks(path: string): AsyncGenerator<string> {
    const entry = this.entries.get(path);
    if (!entry) throw badFile('corrupt');
    if (this.unpackedBytes + entry.uncompressedSize > maxUnpackedBytes) throw tooLarge();
    let stream;
    try {
      stream = await this.zip.openReadStreamPromise(entry);
    } catch {
      throw badFile('corrupt');
    }
    const decoder = new TextDecoder('utf-8');
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        this.unpackedBytes += chunk.length;
        if (this.unpackedBytes > maxUnpackedBytes) throw tooLarge();
        yield decoder.decode(chunk, { stream: true });
      }
    } catch (error) {
      // Inflate errors, and a part longer than its header says, read as a damaged file.
      throw error instanceof AppError ? error : badFile('corrupt');
    } finally {
      stream.destroy();
    }
  }

  async scan(path: string, handlers: XmlHandlers) {
    const reader = createXmlReader(handlers);
    for await (const chunk of this.chunks(path)) reader.write(chunk);
    reader.end();
  }
}

/** The part holding the first sheet, by the workbook's order and its relationships. */
async function firstSheetPath(workbook: Workbook): Promise<string> {
  let relationId: string | undefined;
  await workbook.scan('xl/workbook.xml', {
    open(name, attributes) {
      if (name !== 'sheet' || relationId !== undefined) return;
      relationId = Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1] ?? '';
    },
  });
  if (relationId === undefined) throw badFile('empty');
  let target: string | undefined;
  await workbook.scan('xl/_rels/workbook.xml.rels', {
    open(name, attributes) {
      if (name === 'Relationship' && attributes.Id === relationId) target = attributes.Target;
    },
  });
  if (!target) throw badFile('corrupt');
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));
}

/** For each cell style (the s of a cell), whether it shows a date. */
async function readDateStyles(workbook: Workbook): Promise<boolean[]> {
  if (!workbook.has('xl/styles.xml')) return [];
  const customDateFormats = new Set<number>();
  const styles: boolean[] = [];
  let inCellStyles = false;
  await workbook.scan('xl/styles.xml', {
    open(name, attributes) {
      const formatId = Number(attributes.numFmtId);
      if (name === 'numFmt' && isDateFormat(attributes.formatCode ?? '')) customDateFormats.add(formatId);
      else if (name === 'cellXfs') inCellStyles = true;
      else if (name === 'xf' && inCellStyles) styles.push(builtInDateFormats.has(formatId) || customDateFormats.has(formatId));
    },
    close(name) {
      if (name === 'cellXfs') inCellStyles = false;
    },
  });
  return styles;
}

/** Text gathered from the t elements of a string item, leaving out phonetic guides (rPh). */
function textCollector(maxLength: number) {
  let text = '';
  let depthInText = 0;
  let inPhonetic = false;
  return {
    open(name: string) {
      if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) depthInText++;
    },
    close(name: string) {
      if (name === 'rPh') inPhonetic = false;
      else if (name === 't' && depthInText > 0) depthInText--;
    },
    add(piece: string) {
      if (depthInText > 0 && text.length <= maxLength) text += piece;
    },
    take() {
      const taken = text.slice(0, maxLength + 1);
      text = '';
      return taken;
    },
  };
}

async function readSharedStrings(workbook: Workbook, maxLength: number): Promise<string[]> {
  if (!workbook.has('xl/sharedStrings.xml')) return [];
  const strings: string[] = [];
  const text = textCollector(maxLength);
  await workbook.scan('xl/sharedStrings.xml', {
    open: (name) => text.open(name),
    close(name) {
      text.close(name);
      if (name === 'si') strings.push(text.take());
    },
    text: (piece) => text.add(piece),
  });
  return strings;
}

/** A: 0, B: 1, …, AA: 26. */
function columnIndex(reference: string | undefined): number | undefined {
  const letters = /^[A-Z]+/.exec(reference ?? '')?.[0];
  if (!letters) return undefined;
  return [...letters].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/**
 * The rows of the first sheet of an .xlsx, as the user sees them: dates as YYYY-MM-DD, formulas by their cached
 * result, rich text as plain text; cell text is kept to maxCellLength + 1 characters. Rows come as the sheet
 * inflates, so a caller that stops early never unpacks the rest; more than maxUnpackedBytes in all, or more than
 * maxZipEntries parts, is refused before it can fill the memory.
 */
export async function* readXlsxRows(buffer: Buffer, maxCellLength: number): AsyncGenerator<SheetRow> {
  const zip = await openZip(buffer);
  const workbook = new Workbook(zip, await listEntries(zip));
  const sheetPath = await firstSheetPath(workbook);
  const dateStyles = await readDateStyles(workbook);
  const sharedStrings = await readSharedStrings(workbook, maxCellLength);

  const ready: SheetRow[] = [];
  let row: SheetRow | undefined;
  let lastRowNumber = 0;
  let cell: { index: number; type: string; style: number; value: string } | undefined;
  let inValue = false;
  const inlineText = textCollector(maxCellLength);
  const cellText = (c: NonNullable<typeof cell>): string => {
    switch (c.type) {
      case 's':
        return sharedStrings[Number(c.value)] ?? '';
      case 'inlineStr':
        return inlineText.take();
      case 'b':
        return c.value === '1' ? 'true' : 'false';
      case 'str':
      case 'e':
        return c.value;
      default: {
        if (c.value === '' || Number.isNaN(Number(c.value))) return c.value;
        return dateStyles[c.style] ? (parseDate(c.value) ?? c.value) : String(Number(c.value));
      }
    }
  };
  const reader = createXmlReader({
    open(name, attributes) {
      if (name === 'row') {
        // Rows and cells may leave out their position (r), which is then the next one.
        lastRowNumber = Number(attributes.r) || lastRowNumber + 1;
        row = { rowNumber: lastRowNumber, cells: [] };
      } else if (name === 'c' && row) {
        const index = columnIndex(attributes.r) ?? row.cells.length;
        cell = { index, type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), value: '' };
        // Text of a previous cell that was not an inline string must not leak into this one.
        inlineText.take();
      } else if (name === 'v' && cell) inValue = true;
      else if (cell) inlineText.open(name);
    },
    close(name) {
      if (name === 'row' && row) {
        ready.push(row);
        row = undefined;
      } else if (name === 'c' && cell && row) {
        if (cell.index < maxColumns) {
          const text = cellText(cell);
          while (row.cells.length < cell.index) row.cells.push('');
          row.cells[cell.index] = text;
        }
        cell = undefined;
      } else if (name === 'v') inValue = false;
      else if (cell) inlineText.close(name);
    },
    text(piece) {
      if (inValue && cell && cell.value.length <= maxCellLength) cell.value += piece;
      else if (cell) inlineText.add(piece);
    },
  });
  for await (const chunk of workbook.chunks(sheetPath)) {
    reader.write(chunk);
    yield* ready.splice(0);
  }
  reader.end();
  yield* ready.splice(0);
}
