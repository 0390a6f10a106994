import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/app.ts';
import { emptyRowBomb, part, repeatedPart, rowBomb, sheetEnd, sheetStart, workbook, zip } from '../../../platform/imports/hostile-workbooks.ts';
import { multipartBody, postImport } from './test-upload.ts';

const { app, signIn } = await createTestApp();
const officer = await signIn(['officer']);

const upload = (fileName: string, content: Buffer, locale = 'zh-CN') => postImport(app, officer.headers, fileName, content, locale);

/**
 * Uploads the file while asking for /healthz over and over, and samples the process's memory: a reader that blocks
 * the event loop answers at most the first health check before the upload's own answer.
 */
async function uploadUnderWatch(fileName: string, content: Buffer) {
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 5);
  let finished = false;
  const response = upload(fileName, content).finally(() => {
    finished = true;
  });
  let healthAnswers = 0;
  while (!finished) {
    // A turn of the event loop between checks, as requests from other clients would arrive.
    await nextTurn();
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    if (health.statusCode === 200 && !finished) healthAnswers++;
  }
  clearInterval(sampler);
  return { response: await response, healthAnswers, rssGrowth: peakRss - baseline.rss, heapGrowth: peakHeap - baseline.heapUsed };
}

const megabytes = 1024 * 1024;

describe('hostile spreadsheets', () => {
  it('stops reading a row bomb at the row limit, keeps memory low and keeps answering other requests', async () => {
    expect(rowBomb().length).toBeLessThan(2 * megabytes);
    const { response, healthAnswers, rssGrowth, heapGrowth } = await uploadUnderWatch('rows.xlsx', rowBomb());
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'enterprise.import.tooManyRows', title: '一次最多导入 50000 行' });
    expect(healthAnswers).toBeGreaterThan(3);
    expect(rssGrowth).toBeLessThan(300 * megabytes);
    expect(heapGrowth).toBeLessThan(300 * megabytes);
  });

  it('refuses a zip bomb that declares its gigabyte, before inflating it', async () => {
    const bomb = workbook(emptyRowBomb());
    expect(bomb.length).toBeLessThan(4 * megabytes);
    const { response, rssGrowth } = await uploadUnderWatch('bomb.xlsx', bomb);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'enterprise.import.tooLarge' });
    expect(rssGrowth).toBeLessThan(300 * megabytes);
    const english = await upload('bomb.xlsx', bomb, 'en');
    expect(english.json().title).toBe('The file unpacks to more than 100 MB, which no list of enterprises needs; keep only one sheet of data and upload it again');
  });

  it('refuses a zip bomb whose headers claim a small sheet, as soon as it outgrows the claim', async () => {
    const bomb = workbook({ ...emptyRowBomb(), claimedSize: 2000 });
    const { response, rssGrowth, heapGrowth } = await uploadUnderWatch('liar.xlsx', bomb);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'enterprise.import.corrupt' });
    expect(rssGrowth).toBeLessThan(300 * megabytes);
    expect(heapGrowth).toBeLessThan(300 * megabytes);
  });

  it('counts the unpacked bytes of all parts together', async () => {
    const sixtyMegabytes = (name: string) => repeatedPart(name, sheetStart, '<row/>'.repeat(1 << 17), 80, sheetEnd);
    const bomb = zip([
      part('xl/workbook.xml', '<workbook xmlns:r="r"><sheets><sheet name="企业" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      part('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
      sixtyMegabytes('xl/styles.xml'),
      sixtyMegabytes('xl/worksheets/sheet1.xml'),
    ]);
    const response = await upload('parts.xlsx', bomb);
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('enterprise.import.tooLarge');
  });

  it('refuses an archive of thousands of parts', async () => {
    const parts = Array.from({ length: 5000 }, (_, i) => part(`xl/media/image${i}.png`, ''));
    const response = await upload('parts.xlsx', workbook(part('xl/worksheets/sheet1.xml', `${sheetStart}${sheetEnd}`), parts));
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'enterprise.import.tooManyParts', title: '文件包含的部件超过 1000 个，不是普通的 .xlsx 文件' });
  });

  it('stops reading a CSV at the row limit', async () => {
    const { response, healthAnswers, rssGrowth } = await uploadUnderWatch('rows.csv', Buffer.from('企业名称\n'.concat('甲\n'.repeat(3_000_000))));
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('enterprise.import.tooManyRows');
    expect(healthAnswers).toBeGreaterThan(3);
    expect(rssGrowth).toBeLessThan(300 * megabytes);
  });

  it('reads a well-formed streamed sheet: inline strings, entities, shared strings with phonetic guides, dates', async () => {
    const sheet = part(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0"?><x:worksheet xmlns:x="x"><x:sheetData>
        <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>成立日期</x:t></x:is></x:c></x:row>
        <x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="C3" s="1"><x:v>43252</x:v></x:c></x:row>
        <x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:r><x:t>A&amp;B</x:t></x:r><x:r><x:t xml:space="preserve"> &#x9752;岛有限公司</x:t></x:r></x:is></x:c></x:row>
      </x:sheetData></x:worksheet>`,
    );
    const content = zip([
      part('xl/workbook.xml', '<workbook xmlns:r="r"><sheets><sheet name="企业" sheetId="1" r:id="rId7"/><sheet name="b" sheetId="2" r:id="rId1"/></sheets></workbook>'),
      part('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/other.xml"/><Relationship Id="rId7" Target="/xl/worksheets/sheet1.xml"/></Relationships>'),
      part('xl/sharedStrings.xml', '<sst><si><t>企业名称</t></si><si><r><t>青岛流式</t></r><r><t>有限公司</t></r><rPh><t>あ</t></rPh></si></sst>'),
      part('xl/styles.xml', '<styleSheet><numFmts><numFmt numFmtId="180" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="180"/></cellXfs></styleSheet>'),
      sheet,
    ]);
    const response = await upload('stream.xlsx', content);
    expect(response.statusCode, response.body).toBe(201);
    const { preview } = response.json();
    expect(preview.map((row: { rowNumber: number; values: Record<string, string> }) => [row.rowNumber, row.values['企业名称'], row.values['成立日期']])).toEqual([
      [3, '青岛流式有限公司', '2018-06-01'],
      [4, 'A&B 青岛有限公司', ''],
    ]);
  });

  it('numbers rows and cells that leave out their position as the next ones', async () => {
    const sheet = part(
      'xl/worksheets/sheet1.xml',
      `${sheetStart}<row><c t="s"><v>0</v></c><c t="inlineStr"><is><t>地址</t></is></c></row><row><c t="inlineStr"><is><t>甲有限公司</t></is></c><c t="inlineStr"><is><t>崂山</t></is></c></row><row><c t="inlineStr"><is><t>乙有限公司</t></is></c></row>${sheetEnd}`,
    );
    const { preview } = (await upload('positions.xlsx', workbook(sheet))).json();
    expect(preview.map((row: { rowNumber: number; values: Record<string, string> }) => [row.rowNumber, row.values['企业名称'], row.values['地址']])).toEqual([
      [2, '甲有限公司', '崂山'],
      [3, '乙有限公司', ''],
    ]);
  });

  it('refuses a sheet that declares its own entities', async () => {
    const sheet = part('xl/worksheets/sheet1.xml', '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>');
    const response = await upload('entities.xlsx', workbook(sheet));
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('enterprise.import.corrupt');
  });

  it('refuses a DOCTYPE even when it declares nothing', async () => {
    const sheet = part('xl/worksheets/sheet1.xml', `<!DOCTYPE worksheet>${sheetStart}<row><c t="s"><v>0</v></c></row>${sheetEnd}`);
    const response = await upload('doctype.xlsx', workbook(sheet));
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('enterprise.import.corrupt');
  });

  // Each is well-formed but one node of 80 MB, within the unpacked limit; holding it whole is what the reader refuses.
  it.each([
    ['a tag', `${sheetStart}<row r="`, `"/>${sheetEnd}`],
    ['a cell text', `${sheetStart}<row><c t="inlineStr"><is><t>`, `</t></is></c></row>${sheetEnd}`],
    ['a comment', `${sheetStart}<!--`, `-->${sheetEnd}`],
    ['a DOCTYPE', '<!DOCTYPE worksheet [<!--', `-->]>${sheetStart}${sheetEnd}`],
  ])('refuses %s of 80 MB without holding it', async (_, start, end) => {
    const huge = repeatedPart('xl/worksheets/sheet1.xml', start, 'a'.repeat(1 << 17), 600, end);
    const { response, rssGrowth } = await uploadUnderWatch('huge-node.xlsx', workbook(huge));
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('enterprise.import.corrupt');
    expect(rssGrowth).toBeLessThan(300 * megabytes);
  });

  it.each([
    ['a close tag that matches no open one', `${sheetStart}<row><c t="s"><v>0</v></c></cell></row>${sheetEnd}`],
    ['an entity XML does not define', `${sheetStart}<row><c t="inlineStr"><is><t>&nbsp;</t></is></c></row>${sheetEnd}`],
    ['an attribute without quotes', `${sheetStart}<row r=1><c t="s"><v>0</v></c></row>${sheetEnd}`],
    ['a sheet cut off before its end', `${sheetStart}<row><c t="s"><v>0</v></c></row><row><c t="inlineStr"><is><t>甲有限公司</t>`],
  ])('refuses a sheet with %s as a damaged file', async (_, xml) => {
    const response = await upload('malformed.xlsx', workbook(part('xl/worksheets/sheet1.xml', xml)), 'en');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'enterprise.import.corrupt', title: 'The file is damaged or not a valid .xlsx file' });
  });
});

describe('broken uploads', () => {
  it('answers 400 to a multipart body cut off in the middle of the file', async () => {
    const { head, contentType } = multipartBody('list.csv', Buffer.from('企业名称\n甲'));
    const response = await app.inject({
      method: 'POST',
      url: '/api/enterprises/imports',
      headers: { ...officer.headers, 'content-type': contentType, 'content-length': String(head.length + 5000) },
      payload: Buffer.concat([head, Buffer.from('企业名称\n甲有限')]),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('enterprise.import.incompleteUpload');
  });

  it('answers 400 to bytes of another kind named .xlsx', async () => {
    const wordDocument = zip([part('word/document.xml', '<w:document xmlns:w="w"/>')]);
    for (const content of [Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), wordDocument]) {
      const response = await upload('list.xlsx', content, 'zh-TW');
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ code: 'enterprise.import.corrupt', title: '檔案已損壞，或不是有效的 .xlsx 檔案' });
    }
  });
});
