import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { simplifiedOnlyCharacters } from '../../../platform/i18n/simplified-only.ts';
import { createTestApp } from '../../../test/app.ts';
import { columnHeader, columnKeys, type ColumnKey } from '../columns.ts';
import { creditCodeCheckCharacter } from '../validate-credit-code.ts';
import { postImport } from './test-upload.ts';

const { app, signIn } = await createTestApp({ jobs: true });
const admin = await signIn(['admin']);
const officer = await signIn(['officer']);

const headers = columnKeys.map((column) => columnHeader('zh-CN', column));

/** A valid credit code for the n-th test enterprise. */
function code(n: number, region = '370212') {
  const first17 = `91${region}MA${String(n).padStart(6, '0')}X`;
  return first17 + creditCodeCheckCharacter(first17);
}

function upload(fileName: string, content: Buffer, user = officer, locale = 'zh-CN') {
  return postImport(app, user.headers, fileName, content, locale);
}

async function xlsx(rows: (string | number | Date | null)[][], header = headers) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('企业');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A row in template order from the fields given. */
function row(fields: Partial<Record<ColumnKey, string | number | Date>>) {
  return columnKeys.map((key) => fields[key] ?? null);
}

async function readWorkbook(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

async function waitUntilFinished(id: string, user = officer) {
  for (let waited = 0; waited < 20_000; waited += 100) {
    const status = (await app.inject({ method: 'GET', url: `/api/enterprises/imports/${id}`, headers: user.headers })).json();
    if (!['queued', 'importing'].includes(status.status)) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the import did not finish');
}

async function commit(id: string, user = officer) {
  return app.inject({ method: 'POST', url: `/api/enterprises/imports/${id}/commit`, headers: user.headers });
}

const tag = (await app.inject({ method: 'POST', url: '/api/tags', headers: admin.headers, payload: { name: '专精特新', color: '#722ed1' } })).json();
const existing = (
  await app.inject({
    method: 'POST',
    url: '/api/enterprises',
    headers: admin.headers,
    payload: { name: '青岛已有企业有限公司', creditCode: code(999_999) },
  })
).json();

// The English template's example tags; its Chinese ones are 专精特新, made above, and 高新技术企业, which no test makes.
for (const name of ['High-tech enterprise', 'Specialised and innovative']) {
  await app.inject({ method: 'POST', url: '/api/tags', headers: admin.headers, payload: { name, color: '#1677ff' } });
}

/** Every text of a workbook: sheet names and cells. */
function wordsOf(workbook: ExcelJS.Workbook): string {
  return workbook.worksheets
    .flatMap((sheet) => [sheet.name, ...sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.filter((cell) => typeof cell === 'string') : []))])
    .join('\n');
}

describe('the template', () => {
  it.each([
    ['zh-CN', '企业导入模板.xlsx', ['企业', '填写说明'], ['标签：「高新技术企业」不存在']],
    ['zh-TW', '企業匯入範本.xlsx', ['企業', '填寫說明'], ['標籤：「高新技術企業」不存在']],
    ['en', 'enterprise-import-template.xlsx', ['Enterprises', 'Instructions'], []],
  ] as const)('speaks %s, in headers, notes and an example row that the import accepts', async (locale, fileName, sheetNames, problems) => {
    const response = await app.inject({ method: 'GET', url: '/api/enterprises/import-template', headers: { ...officer.headers, 'accept-language': locale } });
    expect(response.statusCode).toBe(200);
    expect(decodeURIComponent(response.headers['content-disposition'] as string)).toContain(`''${fileName}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(sheetNames);
    expect((workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(columnKeys.map((column) => columnHeader(locale, column)));
    if (locale === 'en') expect(wordsOf(workbook)).not.toMatch(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u);
    if (locale === 'zh-TW') expect(simplifiedOnlyCharacters(wordsOf(workbook))).toEqual([]);

    const uploaded = (await upload('template.xlsx', response.rawPayload, officer, locale)).json();
    expect(uploaded).toMatchObject({ totalRows: 1, validRows: problems.length ? 0 : 1 });
    expect(uploaded.errors.flatMap((row: { messages: string[] }) => row.messages)).toEqual(problems);
    expect(uploaded.preview[0].values[columnHeader(locale, 'region')]).toBe(
      { 'zh-CN': '山东省/青岛市/崂山区', 'zh-TW': '山東省/青島市/嶗山區', en: 'Shandong/Qingdao/Laoshan District' }[locale],
    );
    // The organisation kind: a column, an example in the reader's words and a note naming every kind.
    expect(uploaded.preview[0].values[columnHeader(locale, 'kind')]).toBe({ 'zh-CN': '企业', 'zh-TW': '企業', en: 'Company' }[locale]);
    const notes = workbook.worksheets[1]!.getSheetValues().filter(Array.isArray).map((row) => row.slice(1));
    expect(notes).toContainEqual([
      columnHeader(locale, 'kind'),
      {
        'zh-CN': '企业、高校、科研院所、投资机构、孵化器 或 其他；不填为企业',
        'zh-TW': '企業、高校、科研院所、投資機構、孵化器 或 其他；不填為企業',
        en: 'Company, University, Research institute, Investor, Incubator or Other; Company when left empty',
      }[locale],
    ]);
  });
});

describe('uploading', () => {
  it('validates every row and keeps the good ones for commit', async () => {
    const content = await xlsx([
      row({ name: '青岛导入甲科技有限公司', creditCode: code(1).toLowerCase(), industryCode: '6513', region: '山东省/青岛市/崂山区', registeredCapitalWan: '1,200', foundedOn: new Date(Date.UTC(2018, 5, 1)), sizeClass: '小型', contactName: '张三', contactPhone: '0532-1', contactEmail: 'z@example.com', tags: '專精特新', formerNames: '青岛导入甲旧名有限公司' }),
      row({ name: '青岛导入乙科技有限公司', region: '高新区', foundedOn: '2019/3/5', industryCode: 'C3491' }),
      row({ name: '青岛导入丙有限公司', creditCode: '91350100M000100Y44' }),
      row({ name: '青岛导入丁有限公司', industryCode: 'C9999', region: '朝阳区', foundedOn: '去年', sizeClass: '巨型', registeredCapitalWan: '很多', tags: '不存在' }),
      row({ name: '', contactPhone: '123' }),
      row({ name: '青岛导入戊有限公司', creditCode: code(1) }),
      row({ name: '青岛导入甲科技有限责任公司' }),
      row({ name: '青岛已有企业有限责任公司' }),
      row({ name: '青岛导入己有限公司', creditCode: code(999_999) }),
      row({ name: '<b>青岛导入庚有限公司</b>', address: "'); DROP TABLE enterprises; --" }),
    ]);
    const response = await upload('企业名单.xlsx', content);
    expect(response.statusCode).toBe(201);
    const summary = response.json();
    expect(summary).toMatchObject({ fileName: '企业名单.xlsx', status: 'validated', totalRows: 10, validRows: 3, invalidRows: 7 });
    expect(summary.preview[0]).toMatchObject({ rowNumber: 2, errors: [] });
    expect(summary.preview[0].values).toMatchObject({ 企业名称: '青岛导入甲科技有限公司', 成立日期: '2018-06-01', 标签: '專精特新' });
    const messages = Object.fromEntries(summary.errors.map((e: { rowNumber: number; messages: string[] }) => [e.rowNumber, e.messages]));
    expect(messages[4]).toEqual(['统一社会信用代码：无效，请逐位核对']);
    expect(messages[5]).toEqual([
      '所在地区：有多处同名，请写完整，如 山东省/青岛市/崂山区',
      '注册资本(万元)：应为数字',
      '成立日期：日期格式应为 YYYY-MM-DD 或 YYYY/M/D',
      '企业规模：应为 大型、中型、小型 或 微型',
      '标签：「不存在」不存在',
      '行业代码：不在国民经济行业分类（GB/T 4754）中',
    ]);
    expect(messages[6]).toEqual(['联系人：填写了电话或邮箱时必填', '企业名称：必填']);
    expect(messages[7]).toEqual(['统一社会信用代码：与第 2 行重复']);
    expect(messages[8]).toEqual(['企业名称：与第 2 行重复']);
    expect(messages[9]).toEqual(['企业名称：可能与已有企业重复：青岛已有企业有限公司']);
    expect(messages[10]).toEqual(['统一社会信用代码：已有企业使用此代码：青岛已有企业有限公司']);

    const report = await app.inject({ method: 'GET', url: `/api/enterprises/imports/${summary.id}/errors.xlsx`, headers: officer.headers });
    expect(report.statusCode).toBe(200);
    const sheet = await readWorkbook(report.rawPayload);
    expect(sheet.rowCount).toBe(8);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.at(-1)).toBe('错误原因');
    const third = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(third[0]).toBe('青岛导入丙有限公司');
    expect(third.at(-1)).toBe('统一社会信用代码：无效，请逐位核对');

    const otherOfficer = await signIn(['officer']);
    for (const url of [`/api/enterprises/imports/${summary.id}`, `/api/enterprises/imports/${summary.id}/errors.xlsx`]) {
      expect((await app.inject({ method: 'GET', url, headers: otherOfficer.headers })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url, headers: admin.headers })).statusCode).toBe(200);
    }
    expect((await commit(summary.id, otherOfficer)).statusCode).toBe(404);

    const committed = await commit(summary.id);
    expect(committed.statusCode).toBe(202);
    expect(committed.json().status).toBe('queued');
    expect((await commit(summary.id)).statusCode).toBe(409);
    const finished = await waitUntilFinished(summary.id);
    expect(finished).toMatchObject({ status: 'done', processedRows: 3, importedRows: 3, validRows: 3 });
    expect(finished.finishedAt).toEqual(expect.any(String));

    const list = (await app.inject({ method: 'GET', url: '/api/enterprises?q=青岛导入&sort=name', headers: officer.headers })).json();
    expect(list.items.map((i: { name: string }) => i.name).sort()).toEqual(
      ['<b>青岛导入庚有限公司</b>', '青岛导入乙科技有限公司', '青岛导入甲科技有限公司'].sort(),
    );
    const first = list.items.find((i: { name: string }) => i.name === '青岛导入甲科技有限公司');
    const record = (await app.inject({ method: 'GET', url: `/api/enterprises/${first.id}`, headers: officer.headers })).json();
    expect(record).toMatchObject({
      creditCode: code(1),
      industryCode: 'I6513',
      regionCode: '370212',
      registeredCapitalWan: 1200,
      foundedOn: '2018-06-01',
      sizeClass: 'small',
      formerNames: ['青岛导入甲旧名有限公司'],
      contacts: [{ name: '张三', phone: '0532-1', email: 'z@example.com', isPrimary: true }],
      tags: [{ id: tag.id }],
    });
    const timeline = (await app.inject({ method: 'GET', url: `/api/enterprises/${first.id}/timeline`, headers: officer.headers })).json();
    expect(timeline.items).toMatchObject([{ kind: 'audit', title: '通过批量导入创建', details: { after: { importId: summary.id, rowNumber: 2 } } }]);
    const zone = list.items.find((i: { name: string }) => i.name === '青岛导入乙科技有限公司');
    expect(zone.regionName).toBe('山东省 / 青岛市 / 高新区');
  });

  it('reports every error of a row, the credit code already in use among them, in the uploader\'s language', async () => {
    const content = await xlsx([
      row({ name: '青岛多错有限公司', creditCode: code(999_999), industryCode: 'C9999', foundedOn: '去年', sizeClass: '巨型', registeredCapitalWan: '很多', tags: '不存在', contactPhone: '1', region: '火星' }),
    ]);
    const english = (await upload('errors.xlsx', content, officer, 'en')).json();
    expect(english.errors).toEqual([
      {
        rowNumber: 2,
        messages: [
          'Region: Not in the table of administrative divisions',
          'Registered capital (10,000 CNY): Must be a number',
          'Founding date: Dates are written YYYY-MM-DD or YYYY/M/D',
          'Size: Must be large, medium, small or micro',
          'Contact: Required when a phone or email is given',
          'Tags: "不存在" does not exist',
          'Industry code: Not in the industrial classification (GB/T 4754)',
          'Unified social credit code: Already used by 青岛已有企业有限公司',
        ],
      },
    ]);
    const traditional = (await upload('errors.xlsx', content, officer, 'zh-TW')).json();
    expect(traditional.errors[0].messages).toContain('統一社會信用代碼：已有企業使用此代碼：青岛已有企业有限公司');
    expect(traditional.errors[0].messages).toContain('行業代碼：不在國民經濟行業分類（GB/T 4754）中');
  });

  it('words the preview and the error report in the reader\'s language, and reads a header row in any', async () => {
    const english = columnKeys.map((column) => columnHeader('en', column));
    const content = await xlsx([row({ name: 'Qingdao Report Test Co. Ltd.', region: 'Qingdao/Laoshan', sizeClass: 'Huge' })], english);
    const summary = (await upload('list.xlsx', content, officer, 'en')).json();
    expect(summary.preview[0].values).toMatchObject({ 'Enterprise name': 'Qingdao Report Test Co. Ltd.', Region: 'Qingdao/Laoshan', Size: 'Huge' });
    expect(summary.errors).toEqual([{ rowNumber: 2, messages: ['Size: Must be large, medium, small or micro'] }]);

    const report = await app.inject({ method: 'GET', url: `/api/enterprises/imports/${summary.id}/errors.xlsx`, headers: { ...officer.headers, 'accept-language': 'en' } });
    expect(decodeURIComponent(report.headers['content-disposition'] as string)).toContain("''list-errors.xlsx");
    const sheet = await readWorkbook(report.rawPayload);
    expect(sheet.name).toBe('Rows with errors');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...english, 'Row in the upload', 'Errors']);
    const reported = (sheet.getRow(2).values as unknown[]).slice(1);
    expect([reported[0], reported[4], reported[8], ...reported.slice(-2)]).toEqual(['Qingdao Report Test Co. Ltd.', 'Qingdao/Laoshan', 'Huge', 2, 'Size: Must be large, medium, small or micro']);

    // A reader of Chinese uploads the English report as it is: its headers are read, its two extra columns ignored.
    const again = (await upload('list-errors.xlsx', report.rawPayload)).json();
    expect(again.preview[0].values).toMatchObject({ 企业名称: 'Qingdao Report Test Co. Ltd.', 所在地区: 'Qingdao/Laoshan', 企业规模: 'Huge' });
    expect(again.errors).toEqual([{ rowNumber: 2, messages: ['企业规模：应为 大型、中型、小型 或 微型'] }]);
  });

  it('reads CSV in UTF-8 with or without a byte-order mark, and in GB18030', async () => {
    const text = `${headers.join(',')}\r\n"青岛CSV甲有限公司",${code(2)},,I6513,"山东省/青岛市/市南区",,"1,000",2020/1/2,中型,,,,\r\n青岛CSV乙有限公司,,,,,,,,,,,,\n`;
    const plain = await upload('list.csv', Buffer.from(text));
    expect(plain.json()).toMatchObject({ totalRows: 2, validRows: 2 });
    expect(plain.json().preview[0].values).toMatchObject({ '注册资本(万元)': '1,000', 企业规模: '中型' });
    const bom = await upload('list.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/CSV/g, 'BOM'))]));
    expect(bom.json()).toMatchObject({ totalRows: 2, validRows: 2 });
    const gb = await upload('list.csv', encodeGb18030(text.replace(/CSV/g, '国标').replace(code(2), code(3))));
    expect(gb.json()).toMatchObject({ totalRows: 2, validRows: 2 });
    expect(gb.json().preview[0].values['企业名称']).toBe('青岛国标甲有限公司');
    expect((await commit(gb.json().id)).statusCode).toBe(202);
    expect(await waitUntilFinished(gb.json().id)).toMatchObject({ status: 'done', importedRows: 2 });
  });

  it('refuses files it cannot read with a 400 that says why', async () => {
    const cases: [string, Buffer, string][] = [
      ['notes.xlsx', Buffer.from('just some text, renamed'), 'enterprise.import.corrupt'],
      ['notes.txt', Buffer.from('just some text'), 'enterprise.import.unsupportedFile'],
      ['broken.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)]), 'enterprise.import.corrupt'],
      ['old.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]), 'enterprise.import.legacyExcel'],
      ['empty.xlsx', await xlsx([], []), 'enterprise.import.empty'],
      ['header-only.xlsx', await xlsx([]), 'enterprise.import.empty'],
      ['wrong.xlsx', await xlsx([['a', 'b']], ['公司', '代码']), 'enterprise.import.headerMismatch'],
      ['twice.csv', Buffer.from('企业名称,企业名称\nA,B\n'), 'enterprise.import.duplicateColumn'],
      ['binary.csv', Buffer.from([0x41, 0x00, 0x42]), 'enterprise.import.unsupportedFile'],
    ];
    for (const [fileName, content, problem] of cases) {
      const response = await upload(fileName, content);
      expect(response.statusCode, fileName).toBe(400);
      expect(response.json().code, fileName).toBe(problem);
    }
    const essay = await upload('essay.csv', Buffer.from(`企业名称,地址\n${'长'.repeat(3_000_000)},x\n`));
    expect(essay.json().errors[0].messages).toEqual(['企业名称：不能超过 200 个字符']);
    expect(essay.json().preview[0].values['企业名称'].length).toBeLessThan(2100);
    const huge = await upload('huge.csv', Buffer.alloc(21 * 1024 * 1024, 0x41));
    expect(huge.statusCode).toBe(413);
    const english = await upload('wrong.xlsx', await xlsx([['a']], ['公司']), officer, 'en');
    expect(english.json().title).toContain('header row');
    const noFile = await app.inject({ method: 'POST', url: '/api/enterprises/imports', headers: { ...officer.headers, 'content-type': 'application/json' }, payload: { file: 'x' } });
    expect(noFile.statusCode).toBeGreaterThanOrEqual(400);
    expect(noFile.statusCode).toBeLessThan(500);
  });

  it('keeps imports to admins, officers and operators', async () => {
    for (const role of ['agent', 'enterprise', 'investor', 'leader'] as const) {
      const user = await signIn([role], role === 'enterprise' ? { enterpriseId: existing.id } : {});
      expect((await upload('list.csv', Buffer.from('企业名称\nA\n'), user)).statusCode).toBe(403);
    }
  });
});

describe('committing', () => {
  it('imports all or nothing: a conflict in the middle leaves no row behind', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => row({ name: `全有全无测试${i}号科技有限公司`, creditCode: code(10_000 + i) }));
    const summary = (await upload('big.xlsx', await xlsx(rows))).json();
    expect(summary.validRows).toBe(1200);
    // Someone enters row 901's enterprise by hand between upload and commit.
    await app.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload: { name: '手工录入公司', creditCode: code(10_900) } });
    expect((await commit(summary.id)).statusCode).toBe(202);
    const finished = await waitUntilFinished(summary.id);
    // Progress of the first batch was visible although its transaction was later rolled back.
    expect(finished).toMatchObject({ status: 'failed', importedRows: 0, processedRows: 500 });
    expect(finished.error).toContain('未导入任何数据');
    const list = (await app.inject({ method: 'GET', url: '/api/enterprises?q=全有全无测试', headers: officer.headers })).json();
    expect(list.total).toBe(0);
    const again = await commit(summary.id);
    expect(again.statusCode, again.body).toBe(409);
  });

  it('can be cancelled before commit', async () => {
    const summary = (await upload('list.csv', Buffer.from('企业名称\n取消测试有限公司\n'))).json();
    const cancelled = await app.inject({ method: 'POST', url: `/api/enterprises/imports/${summary.id}/cancel`, headers: officer.headers });
    expect(cancelled.json().status).toBe('cancelled');
    expect((await commit(summary.id)).statusCode).toBe(409);
  });
});

/** GB18030 bytes of text, built from the decoder itself (Node has no encoder for it). */
function encodeGb18030(text: string): Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return Buffer.from([...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : table.get(char)!)));
}
