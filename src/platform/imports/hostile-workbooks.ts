// Hostile .xlsx files for the import's tests and benchmark, built small: a huge part is one deflated block
// repeated, so no test ever holds the inflated text.
import { crc32, deflateRawSync, constants as zlibConstants } from 'node:zlib';

/** A zip part: its deflated bytes, its real size and checksum, and the size its headers claim. */
export interface Part {
  name: string;
  deflated: Buffer;
  size: number;
  crc: number;
  claimedSize?: number;
}

/** Deflates prefix + unit × times + suffix without ever holding the inflated text: a huge part in a small file. */
export function repeatedPart(name: string, prefix: string, unit: string, times: number, suffix: string): Part {
  const sync = { finishFlush: zlibConstants.Z_SYNC_FLUSH };
  const unitBytes = Buffer.from(unit);
  const unitDeflated = deflateRawSync(unitBytes, sync);
  let crc = crc32(prefix);
  for (let i = 0; i < times; i++) crc = crc32(unitBytes, crc);
  crc = crc32(suffix, crc);
  return {
    name,
    deflated: Buffer.concat([deflateRawSync(prefix, sync), ...Array<Buffer>(times).fill(unitDeflated), deflateRawSync(suffix)]),
    size: Buffer.byteLength(prefix) + unitBytes.length * times + Buffer.byteLength(suffix),
    crc,
  };
}

export const part = (name: string, text: string): Part => repeatedPart(name, text, '', 0, '');

/** A zip archive as the format describes it; headers give claimedSize where a part lies about its size. */
export function zip(parts: Part[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, deflated, size, crc, claimedSize = size } of parts) {
    const fileName = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(0x21, 12);
    header.writeUInt32LE(crc >>> 0, 14);
    header.writeUInt32LE(deflated.length, 18);
    header.writeUInt32LE(claimedSize, 22);
    header.writeUInt16LE(fileName.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    header.copy(entry, 8, 6, 30);
    entry.writeUInt32LE(offset, 42);
    local.push(header, fileName, deflated);
    central.push(entry, fileName);
    offset += header.length + fileName.length + deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

/** An .xlsx whose first sheet is the given part, its rows pointing at one shared string. */
export function workbook(sheet: Part, extraParts: Part[] = []): Buffer {
  return zip([
    part('xl/workbook.xml', '<workbook xmlns:r="r"><sheets><sheet name="企业" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    part('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    part('xl/sharedStrings.xml', '<sst><si><t>企业名称</t></si></sst>'),
    sheet,
    ...extraParts,
  ]);
}

export const sheetStart = '<worksheet><sheetData>';
export const sheetEnd = '</sheetData></worksheet>';
const rowsPerUnit = 10_000;

/** Three million one-cell rows, as in the file that once held the server for over a minute. */
export const rowBomb = () =>
  workbook(repeatedPart('xl/worksheets/sheet1.xml', sheetStart, '<row><c t="s"><v>0</v></c></row>'.repeat(rowsPerUnit), 300, sheetEnd));
/** A gigabyte of empty rows, honestly declared. */
export const emptyRowBomb = () => repeatedPart('xl/worksheets/sheet1.xml', sheetStart, '<row/>'.repeat(1 << 17), 1365, sheetEnd);
