import { readFileSync } from 'node:fs';

/** One meaningful line of an operator-edited data file, with its 1-based line number for error messages. */
export interface DataLine {
  line: number;
  text: string;
}

/** A data file that cannot be used as it stands; the message names the file and line. */
export class DataFileError extends Error {
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'DataFileError';
  }
}

// A comment starts at a '#' that begins the line or follows whitespace, so that terms such as "c#" survive.
const COMMENT = /(^|\s)#.*$/;

/** Lines of a UTF-8 text file without comments, surrounding blanks and empty lines. */
export function readDataLines(path: string | URL): DataLine[] {
  const lines: DataLine[] = [];
  readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const text = raw.replace(COMMENT, '').trim();
      if (text) lines.push({ line: index + 1, text });
    });
  return lines;
}
