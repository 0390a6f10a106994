/**
 * Splits CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF) into rows of
 * cells, one at a time so that a reader can stop early. A leading byte-order mark is dropped; blank lines are kept
 * as rows of one empty cell so that row numbers match what a spreadsheet shows.
 */
export function* csvRows(text: string): Generator<string[]> {
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      yield row;
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    yield row;
  }
}

/** Every row of CSV text at once, for files small enough to hold. */
export function parseCsv(text: string): string[][] {
  return [...csvRows(text)];
}

/** Rows after the header as objects keyed by the header's names. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows
    .filter((cells) => cells.some((c) => c !== ''))
    .map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
