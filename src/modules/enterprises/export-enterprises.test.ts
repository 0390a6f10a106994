import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { simplifiedOnlyCharacters } from '../../platform/i18n/simplified-only.ts';
import { createTestApp } from '../../test/app.ts';
import { postImport } from './imports/test-upload.ts';
import { creditCodeCheckCharacter } from './validate-credit-code.ts';
import { excelDate, excelDateTime } from '../../platform/http/xlsx-download.ts';

const { app, signIn } = await createTestApp();
const admin = await signIn(['admin']);

// Another register, to import the exports into: in this one their enterprises exist already.
const elsewhere = await createTestApp({ jobs: true });
const elsewhereAdmin = await elsewhere.signIn(['admin']);

const tagNames = ['专精特新', '高新技术企业'];
for (const [register, user] of [[app, admin], [elsewhere.app, elsewhereAdmin]] as const) {
  for (const name of tagNames) await register.inject({ method: 'POST', url: '/api/tags', headers: user.headers, payload: { name, color: '#722ed1' } });
}

/** A valid credit code for the n-th test enterprise. */
function code(n: number) {
  const first17 = `91370212MA${String(n).padStart(6, '0')}X`;
  return first17 + creditCodeCheckCharacter(first17);
}

async function exportIn(locale: string, q: string) {
  const response = await app.inject({ method: 'GET', url: `/api/enterprises/export?q=${encodeURIComponent(q)}`, headers: { ...admin.headers, 'accept-language': locale } });
  expect(response.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const row = Object.fromEntries(header.map((name, i) => [name, sheet.getRow(2).getCell(i + 1).value]));
  return { response, sheet, header, row };
}

async function waitUntilImportedElsewhere(id: string) {
  for (let waited = 0; waited < 20_000; waited += 100) {
    const status = (await elsewhere.app.inject({ method: 'GET', url: `/api/enterprises/imports/${id}`, headers: elsewhereAdmin.headers })).json();
    if (!['queued', 'importing'].includes(status.status)) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the import did not finish');
}

describe('excelDateTime', () => {
  it.each([
    ['2026-01-01T20:30:15.000Z', '2026-01-02T04:30:15.000Z'],
    ['2026-06-30T15:59:59.999Z', '2026-06-30T23:59:59.000Z'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01T00:00:00.000Z'],
  ])('shows %s as Beijing reads it: %s', (instant, wallClock) => {
    expect(excelDateTime(new Date(instant)).toISOString()).toBe(wallClock);
  });
});

describe('exporting enterprises', () => {
  it('writes dates and times as Excel dates in Beijing time, which an import reads back', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/enterprises',
      headers: admin.headers,
      payload: { name: '导出日期测试有限公司', foundedOn: '2018-06-01' },
    });
    expect(created.statusCode).toBe(201);
    const updatedAt = new Date(created.json().updatedAt);

    const { response, sheet, header } = await exportIn('zh-CN', '导出日期测试');
    expect(sheet.name).toBe('企业名录');
    const founded = sheet.getRow(2).getCell(header.indexOf('成立日期') + 1);
    const updated = sheet.getRow(2).getCell(header.indexOf('更新时间') + 1);
    expect(founded.type).toBe(ExcelJS.ValueType.Date);
    expect(founded.value).toEqual(excelDate('2018-06-01'));
    expect(founded.numFmt).toBe('yyyy-mm-dd');
    expect(updated.type).toBe(ExcelJS.ValueType.Date);
    expect(updated.numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    // Beijing is 8 hours ahead of UTC; Excel keeps whole seconds.
    expect((updated.value as Date).getTime()).toBe(Math.floor(updatedAt.getTime() / 1000) * 1000 + 8 * 3600_000);

    const reimported = await postImport(app, admin.headers, 'export.xlsx', response.rawPayload);
    expect(reimported.json().preview[0].values['成立日期']).toBe('2018-06-01');
  });

  const inEachLanguage = [
    {
      locale: 'zh-CN',
      n: 1,
      sheetName: '企业名录',
      fileName: '企业名录-',
      header: ['企业名称', '统一社会信用代码', '曾用名', '行业代码', '行业名称', '所在地区', '地址', '注册资本(万元)', '成立日期', '企业规模', '机构类型', '联系人', '联系电话', '联系邮箱', '标签', '更新时间'],
      kind: 'university',
      named: { industry: '软件和信息技术服务业', region: '山东省/青岛市/崂山区', sizeClass: '小型', kind: '高校', formerNames: '青岛往返一号旧名甲有限公司、青岛往返一号旧名乙有限公司' },
      existing: '统一社会信用代码：已有企业使用此代码：青岛往返一号科技有限公司',
    },
    {
      locale: 'zh-TW',
      n: 2,
      sheetName: '企業名錄',
      fileName: '企業名錄-',
      header: ['企業名稱', '統一社會信用代碼', '曾用名', '行業代碼', '行業名稱', '所在地區', '地址', '註冊資本(萬元)', '成立日期', '企業規模', '機構類型', '聯絡人', '聯絡電話', '聯絡郵箱', '標籤', '更新時間'],
      kind: 'investor',
      named: { industry: '軟件和信息技術服務業', region: '山東省/青島市/嶗山區', sizeClass: '小型', kind: '投資機構', formerNames: '青岛往返二号旧名甲有限公司、青岛往返二号旧名乙有限公司' },
      existing: '統一社會信用代碼：已有企業使用此代碼：青岛往返二号科技有限公司',
    },
    {
      locale: 'en',
      n: 3,
      sheetName: 'Enterprises',
      fileName: 'enterprises-',
      header: [
        'Enterprise name',
        'Unified social credit code',
        'Former names',
        'Industry code',
        'Industry name',
        'Region',
        'Address',
        'Registered capital (10,000 CNY)',
        'Founding date',
        'Size',
        'Organisation kind',
        'Contact',
        'Contact phone',
        'Contact email',
        'Tags',
        'Updated',
      ],
      kind: 'institute',
      named: {
        industry: 'Software and Information Technology Services',
        region: 'Shandong/Qingdao/Laoshan District',
        sizeClass: 'Small',
        kind: 'Research institute',
        formerNames: '青岛往返三号旧名甲有限公司; 青岛往返三号旧名乙有限公司',
      },
      existing: 'Unified social credit code: Already used by 青岛往返三号科技有限公司',
    },
  ];

  it.each(inEachLanguage)(
    'writes an export for a $locale reader in that language, which imports cleanly into another register and is known as existing in this one',
    async ({ locale, n, sheetName, fileName, header: expectedHeader, kind, named, existing }) => {
      const ordinal = ['一', '二', '三'][n - 1];
      const payload = {
        name: `青岛往返${ordinal}号科技有限公司`,
        creditCode: code(n),
        formerNames: [`青岛往返${ordinal}号旧名甲有限公司`, `青岛往返${ordinal}号旧名乙有限公司`],
        industryCode: 'I65',
        regionCode: '370212',
        address: '松岭路 169 号',
        registeredCapitalWan: 1200.5,
        foundedOn: '2019-03-05',
        sizeClass: 'small',
        kind,
        contacts: [{ name: '张三', phone: '0532-8888 0000', email: 'zhangsan@example.com', isPrimary: true }],
        tagIds: (await app.inject({ method: 'GET', url: '/api/tags', headers: admin.headers })).json().map((tag: { id: string }) => tag.id),
      };
      const created = await app.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload });
      expect(created.statusCode, created.body).toBe(201);

      const { response, sheet, header, row } = await exportIn(locale, payload.name);
      expect(sheet.name).toBe(sheetName);
      expect(decodeURIComponent(response.headers['content-disposition'] as string)).toContain(`''${fileName}`);
      expect(header).toEqual(expectedHeader);
      const [name, , formerNames, industryCode, industryName, region, address, , , sizeClass, kindColumn, contactName, , , tags] = expectedHeader;
      expect(row).toMatchObject({
        [name!]: payload.name,
        [formerNames!]: named.formerNames,
        [industryCode!]: 'I65',
        [industryName!]: named.industry,
        [region!]: named.region,
        [address!]: payload.address,
        [sizeClass!]: named.sizeClass,
        [kindColumn!]: named.kind,
        [contactName!]: '张三',
      });
      expect(String(row[tags!]).split(/、|; /).sort()).toEqual([...tagNames].sort());
      const readersWords = [sheet.name, ...header, named.industry, named.region, named.sizeClass, named.kind].join(' ');
      if (locale === 'en') expect(readersWords).not.toMatch(/\p{Script=Han}/u);
      if (locale === 'zh-TW') expect(simplifiedOnlyCharacters(readersWords)).toEqual([]);

      const here = (await postImport(app, admin.headers, 'export.xlsx', response.rawPayload, locale)).json();
      expect(here).toMatchObject({ totalRows: 1, validRows: 0, errors: [{ rowNumber: 2, messages: [existing] }] });

      const there = await postImport(elsewhere.app, elsewhereAdmin.headers, 'export.xlsx', response.rawPayload, locale);
      expect(there.statusCode, there.body).toBe(201);
      expect(there.json()).toMatchObject({ totalRows: 1, validRows: 1, errors: [] });
      const committed = await elsewhere.app.inject({ method: 'POST', url: `/api/enterprises/imports/${there.json().id}/commit`, headers: elsewhereAdmin.headers });
      expect(committed.statusCode).toBe(202);
      expect(await waitUntilImportedElsewhere(there.json().id)).toMatchObject({ status: 'done', importedRows: 1 });
      const [imported] = (
        await elsewhere.app.inject({ method: 'GET', url: `/api/enterprises?q=${encodeURIComponent(payload.name)}`, headers: elsewhereAdmin.headers })
      ).json().items;
      const record = (await elsewhere.app.inject({ method: 'GET', url: `/api/enterprises/${imported.id}`, headers: elsewhereAdmin.headers })).json();
      const { tagIds: _tagIds, ...fields } = payload;
      expect(record).toMatchObject(fields);
      expect(record.tags.map((tag: { name: string }) => tag.name).sort()).toEqual([...tagNames].sort());
    },
  );

  it.each(['zh-CN', 'zh-TW', 'en'])('gives back every organisation kind when a %s export is imported into another register', async (locale) => {
    const kinds = ['company', 'university', 'institute', 'investor', 'incubator', 'other'];
    const prefix = `青岛类型往返${locale}`;
    for (const kind of kinds) {
      const created = await app.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload: { name: `${prefix}${kind}`, kind } });
      expect(created.statusCode, created.body).toBe(201);
    }
    const { response, sheet, header } = await exportIn(locale, prefix);
    expect(sheet.rowCount).toBe(1 + kinds.length);
    const kindColumn = header.indexOf({ 'zh-CN': '机构类型', 'zh-TW': '機構類型', en: 'Organisation kind' }[locale]!) + 1;
    const names = sheet.getColumn(kindColumn).values.slice(2).map(String).sort();
    expect(names).toEqual(
      {
        'zh-CN': ['企业', '高校', '科研院所', '投资机构', '孵化器', '其他'],
        'zh-TW': ['企業', '高校', '科研院所', '投資機構', '孵化器', '其他'],
        en: ['Company', 'University', 'Research institute', 'Investor', 'Incubator', 'Other'],
      }[locale]!.sort(),
    );

    const there = await postImport(elsewhere.app, elsewhereAdmin.headers, 'export.xlsx', response.rawPayload, locale);
    expect(there.json()).toMatchObject({ totalRows: kinds.length, validRows: kinds.length, errors: [] });
    expect((await elsewhere.app.inject({ method: 'POST', url: `/api/enterprises/imports/${there.json().id}/commit`, headers: elsewhereAdmin.headers })).statusCode).toBe(202);
    expect(await waitUntilImportedElsewhere(there.json().id)).toMatchObject({ status: 'done', importedRows: kinds.length });
    const imported = (
      await elsewhere.app.inject({ method: 'GET', url: `/api/enterprises?q=${encodeURIComponent(prefix)}&pageSize=50`, headers: elsewhereAdmin.headers })
    ).json().items as { name: string; id: string }[];
    expect(imported).toHaveLength(kinds.length);
    for (const { id, name } of imported) {
      const record = (await elsewhere.app.inject({ method: 'GET', url: `/api/enterprises/${id}`, headers: elsewhereAdmin.headers })).json();
      expect(record.kind).toBe(name.slice(prefix.length));
    }
  });
});
