// How spreadsheet cells written by people become typed values; null means "not readable as such".

/** Days from 1899-12-30 (Excel's day 0, which absorbs its 1900 leap-year bug) to 1970-01-01. */
const excelEpochOffset = 25569;

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1800 || year > 2200 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** 2016-06-16, 2016/6/16, 2016.6.16, 2016年6月16日, 20160616, or an Excel day number such as 42537. */
export function parseDate(text: string): string | null {
  const value = text.normalize('NFKC').trim();
  const parts = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (parts) return isoDate(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  if (/^\d{1,6}(\.\d+)?$/.test(value)) {
    const days = Math.floor(Number(value));
    const date = new Date((days - excelEpochOffset) * 86_400_000);
    return days > 0 ? isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) : null;
  }
  return null;
}

/** 1,200 / 1200.5 / 1200万元 / １２００ → a number of 万元. */
export function parseAmount(text: string): number | null {
  const value = text.normalize('NFKC').replace(/[,，\s]/g, '').replace(/(万元|万|元)$/, '');
  if (!/^-?\d+(\.\d+)?$/.test(value)) return null;
  return Number(value);
}

/** Splits a cell holding several names: 高新技术企业、专精特新 or 甲; 乙. */
export function splitList(text: string): string[] {
  return text
    .split(/[、,，;；\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}
