import { describe, expect, it } from 'vitest';
import { maxFileNameLength, safeFileName } from './file-name.ts';

describe('file names safe to show and to download under', () => {
  it.each([
    ['a plain name', '项目申报书.docx', '项目申报书.docx'],
    ['a path from an old browser', 'C:\\Users\\王\\Desktop\\报价.xlsx', '报价.xlsx'],
    ['a path of the other kind', '../../etc/passwd', 'passwd'],
    ['NUL and line breaks', 'a\u0000b\r\nc.pdf', 'abc.pdf'],
    ['the override that shows "exe" as "txt"', 'invoice\u202Etxt.exe', 'invoicetxt.exe'],
    ['runs of spaces', '  年度   报告 .pdf ', '年度 报告 .pdf'],
    ['Traditional and decomposed characters as typed, composed', 'Cafe\u0301 臺灣.txt', 'Café 臺灣.txt'],
    ['nothing left', '\u0000\u200B', 'attachment'],
    ['only dots', '..', 'attachment'],
  ])('%s', (_, raw, safe) => {
    expect(safeFileName(raw)).toBe(safe);
  });

  it('shortens a long name, keeping its extension and whole characters', () => {
    const cut = safeFileName(`${'😀'.repeat(300)}.pdf`);
    expect([...cut]).toHaveLength(maxFileNameLength);
    expect(cut.endsWith('😀.pdf')).toBe(true);
    expect(safeFileName(`name.${'x'.repeat(300)}`)).toBe(`name.${'x'.repeat(maxFileNameLength - 5)}`);
  });
});
