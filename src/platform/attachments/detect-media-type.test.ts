import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { detectMediaType } from './detect-media-type.ts';

const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'qiao-detect-'));
afterAll(() => fs.rm(folder, { recursive: true, force: true }));

let files = 0;
async function detect(content: Buffer | string) {
  const file = path.join(folder, `file-${files++}`);
  await fs.writeFile(file, content);
  return detectMediaType(file);
}

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('企业').addRow(['企业名称']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('media type from content', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n', 'latin1'), 'application/pdf', false],
    ['a PNG', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'image/png', false],
    ['UTF-8 text', '招商项目简介\n第二行', 'text/plain', false],
    ['GB18030 text, as Chinese Windows writes it', Buffer.from('c7e0b5ba0d0abfc6bcbc', 'hex'), 'text/plain', false],
    ['text with a byte no text holds', Buffer.from('plain\u0000text'), 'application/octet-stream', false],
    ['a web page behind a byte-order mark and blank lines', '\ufeff\n\n  <!doctype html><title>x</title>', 'text/html', true],
    ['a fragment of a page', '<b>hello</b>', 'text/html', true],
    ['XHTML', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"></html>', 'text/html', true],
    ['XML data', '<?xml version="1.0"?><projects><project name="one"/></projects>', 'application/xml', false],
    ['XML declaring entities', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'application/xml', true],
    ['an SVG drawing', '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>', 'image/svg+xml', false],
    ['an SVG with a handler separated by a slash', '<svg/onload=alert(1)>', 'image/svg+xml', true],
    ['an SVG holding HTML', '<svg><foreignObject><body/></foreignObject></svg>', 'image/svg+xml', true],
    ['a Windows program', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]), 'application/x-msdownload', true],
    ['a Linux program', Buffer.concat([Buffer.from('7f454c46020101', 'hex'), Buffer.alloc(64)]), 'application/x-elf', true],
  ])('%s', async (_, content, mediaType, active) => {
    expect(await detect(content)).toEqual({ mediaType, active });
  });

  it('reads an Office document as far into its zip as it takes', async () => {
    expect(await detect(await workbook())).toEqual({ mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', active: false });
  });

  it('finds script far into a large drawing, across the chunks it is read in', async () => {
    const padding = ' '.repeat(64 * 1024 - 10);
    expect(await detect(`<svg>${padding}<script>alert(1)</script></svg>`)).toEqual({ mediaType: 'image/svg+xml', active: true });
    expect(await detect(`<svg>${padding.repeat(5)}<circle r="1"/></svg>`)).toEqual({ mediaType: 'image/svg+xml', active: false });
  });
});
