import { and, count, eq, inArray, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { simplifiedOnlyCharacters } from '../../../platform/i18n/simplified-only.ts';
import { emptyRowBomb, rowBomb, workbook } from '../../../platform/imports/hostile-workbooks.ts';
import { postUpload } from '../../../platform/imports/test-upload.ts';
import { workflowTransitions } from '../../../platform/workflow/schema.ts';
import { createTestApp, type SignedIn } from '../../../test/app.ts';
import { creditCodeCheckCharacter } from '../../enterprises/validate-credit-code.ts';
import { postImport } from '../../enterprises/imports/test-upload.ts';
import { projects, projectSignings } from '../schema.ts';
import { ledgerColumns, ledgerHeader, type LedgerColumn } from './ledger-columns.ts';

const { app, ctx, signIn } = await createTestApp({ jobs: true });
const admin = await signIn(['admin']);
const leader = await signIn(['leader']);
const officer = await signIn(['officer'], { username: 'ledger.officer' });

type Json = Record<string, unknown>;
const send = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: Json, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload ? { payload } : {}) });
const upload = (fileName: string, content: Buffer, who = admin, locale = 'zh-CN') => postUpload(app, '/api/projects/imports', who.headers, fileName, content, locale);

/** A valid credit code for the n-th test enterprise. */
function code(n: number) {
  const first17 = `91370212MA${String(n).padStart(6, '0')}X`;
  return first17 + creditCodeCheckCharacter(first17);
}

const headers = ledgerColumns.map((column) => ledgerHeader('zh-CN', column));
const row = (fields: Partial<Record<LedgerColumn, string | number>>) => ledgerColumns.map((column) => fields[column] ?? null);

async function xlsx(rows: (string | number | null)[][], header = headers) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('台账');
  sheet.addRow(header);
  for (const cells of rows) sheet.addRow(cells);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function waitUntilFinished(id: string, who = admin) {
  for (let waited = 0; waited < 120_000; waited += 200) {
    const status = (await send(who, 'GET', `/api/projects/imports/${id}`)).json();
    if (!['queued', 'importing'].includes(status.status)) return status;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the import did not finish');
}

const team = (await send(admin, 'POST', '/api/teams', { name: '台账测试招商一组' })).json();
await send(admin, 'POST', `/api/teams/${team.id}/memberships`, { userId: officer.userId, startsOn: '2026-01-01', endsOn: null, role: 'member' });
await signIn(['officer'], { username: 'ledger.outsider' });
const existing = (await send(admin, 'POST', '/api/enterprises', { name: '青岛台账已有企业有限公司', creditCode: code(999_999), regionCode: '370212' })).json();
// The projects the ledger's rows 639, 1639, … repeat.
for (const i of [637, 1637, 2637, 3637, 4637]) {
  const project = await send(admin, 'POST', '/api/projects', { name: `既有项目${i}`, enterpriseId: existing.id, kind: 'new' });
  expect(project.statusCode, project.body).toBe(201);
}

/** A good row: the i-th project, of one of 50 enterprises new to the register, at a stage that cycles through the importable ones. */
function goodRow(i: number) {
  const stages = ['线索', '接洽', '意向', '洽谈', '签约', '注册', '开工', '投产'];
  const stage = stages[i % stages.length]!;
  const rank = stages.indexOf(stage);
  const n = i % 50;
  return row({
    name: `台账项目${String(i).padStart(4, '0')}`,
    enterpriseName: `青岛台账测试${String(n).padStart(2, '0')}号有限公司`,
    creditCode: code(n),
    industry: i % 3 === 0 ? 'C3491' : '',
    region: i % 2 ? '山东省/青岛市/崂山区' : '',
    team: i % 5 === 0 ? '台账测试招商一组' : '',
    manager: i % 5 === 0 ? 'ledger.officer' : '',
    stage,
    ...(rank >= 4 ? { signedOn: '2024-03-15', amountWan: 1000 + i, capitalOrigin: i % 2 ? '外资' : '内资' } : {}),
    ...(rank >= 5 ? { registeredOn: '2024-05-01' } : {}),
    ...(rank >= 6 ? { startedOn: '2024-06-01' } : {}),
    ...(rank >= 7 ? { producingOn: '2025-01-01' } : {}),
    note: i % 7 === 0 ? '推介会签约' : '',
  });
}

/** Ten kinds of bad row, each with exactly one reason, the row before it being good. */
const badRows: [(i: number) => (string | number | null)[], string][] = [
  [(i) => replace(goodRow(i), { name: '' }), '项目名称：必填'],
  [(i) => replace(goodRow(i), { stage: '火星' }), '阶段：应为 线索、接洽、意向、洽谈、签约、注册、开工、投产 之一'],
  [(i) => replace(goodRow(i), { stage: '签约', signedOn: '', amountWan: 500, capitalOrigin: '内资' }), '签约日期：阶段为「签约」时必填'],
  [(i) => replace(goodRow(i), { stage: '签约', signedOn: '2024-01-01', amountWan: '很多', capitalOrigin: '内资' }), '协议投资额(万元)：应为大于 0 的数字（万元）'],
  [(i) => replace(goodRow(i), { stage: '签约', signedOn: '2024-01-01', amountWan: 10, capitalOrigin: '合资' }), '内资/外资：应为 内资 或 外资'],
  [(i) => replace(goodRow(i - 1), {}), '项目名称：与第 {previous} 行重复（同一企业的同名项目）'],
  [(i) => replace(goodRow(i), { name: `既有项目${i}`, enterpriseName: '青岛台账已有企业有限公司', creditCode: '', stage: '线索' }), '项目名称：该企业已有同名项目'],
  [(i) => replace(goodRow(i), { region: '火星' }), '落地区域：不在行政区划中'],
  [(i) => replace(goodRow(i), { team: '不存在的团队', manager: '' }), '所属团队：没有这个团队，或已归档'],
  [(i) => replace(goodRow(i), { stage: '投产', signedOn: '2024-01-01', amountWan: 10, capitalOrigin: '内资', startedOn: '2024-06-01', producingOn: '2024-02-01', creditCode: code(i % 50) }), '投产日期：不能早于开工日期'],
];

function replace(cells: (string | number | null)[], fields: Partial<Record<LedgerColumn, string | number>>) {
  const copy = [...cells];
  for (const [column, value] of Object.entries(fields)) copy[ledgerColumns.indexOf(column as LedgerColumn)] = value;
  return copy;
}

describe('a ledger of 5,000 rows, 50 of them bad', () => {
  const rows: (string | number | null)[][] = [];
  const expected = new Map<number, string>();
  for (let i = 0; i < 5000; i++) {
    const kind = i % 100 === 37 ? Math.floor(i / 100) % badRows.length : -1;
    if (kind < 0) {
      rows.push(goodRow(i));
      continue;
    }
    const [make, message] = badRows[kind]!;
    rows.push(make(i));
    expected.set(i + 2, message.replace('{previous}', String(i + 1)));
  }
  const goodSigned = rows.filter((cells, i) => !expected.has(i + 2) && ['签约', '注册', '开工', '投产'].includes(String(cells[ledgerColumns.indexOf('stage')]))).length;
  let importId = '';

  it('previews 4,950 good rows and the 50 others with their reasons, in the uploader\'s language', async () => {
    const response = await upload('台账.xlsx', await xlsx(rows));
    expect(response.statusCode, response.body).toBe(201);
    const summary = response.json();
    expect(summary).toMatchObject({ status: 'validated', totalRows: 5000, validRows: 4950, invalidRows: 50 });
    expect(summary.errors).toHaveLength(50);
    for (const { rowNumber, messages } of summary.errors) expect(messages, `row ${rowNumber}`).toEqual([expected.get(rowNumber)]);
    expect(summary.preview[0].values).toMatchObject({ 项目名称: '台账项目0000', 阶段: '线索' });
    importId = summary.id;

    const english = (await upload('ledger.xlsx', await xlsx(rows.slice(130, 140)), admin, 'en')).json();
    expect(english.errors).toEqual([{ rowNumber: 9, messages: ['Stage: Must be one of Lead, Contact, Intent, Negotiation, Signed, Registered, Construction started, Producing'] }]);
    const report = await send(admin, 'GET', `/api/projects/imports/${importId}/errors.xlsx`);
    expect(report.statusCode).toBe(200);
    const sheet = new ExcelJS.Workbook();
    await sheet.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    expect(sheet.worksheets[0]!.rowCount).toBe(51);
    expect((sheet.worksheets[0]!.getRow(1).values as unknown[]).slice(1).at(-1)).toBe('错误原因');
  }, 120_000);

  it('imports exactly the 4,950 good projects with their signings, each at its stage by one imported transition', async () => {
    const committed = await send(admin, 'POST', `/api/projects/imports/${importId}/commit`);
    expect(committed.statusCode, committed.body).toBe(202);
    expect(await waitUntilFinished(importId)).toMatchObject({ status: 'done', importedRows: 4950, processedRows: 4950 });
    const imported = await ctx.db.select({ id: projects.id }).from(projects).where(like(projects.name, '台账项目%'));
    expect(imported).toHaveLength(4950);
    const ids = imported.map((p) => p.id);
    const [signings] = await ctx.db.select({ n: count() }).from(projectSignings).where(inArray(projectSignings.projectId, ids));
    expect(signings!.n).toBe(goodSigned);
    const [moves] = await ctx.db
      .select({ n: count() })
      .from(workflowTransitions)
      .where(and(eq(workflowTransitions.action, 'import'), inArray(workflowTransitions.recordId, ids)));
    expect(moves!.n).toBe(4950 - rows.filter((cells, i) => !expected.has(i + 2) && cells[ledgerColumns.indexOf('stage')] === '线索').length);

    const [producing] = await ctx.db.select().from(projects).where(eq(projects.name, '台账项目0007'));
    expect(producing).toMatchObject({ stage: 'producing', agreedAmountWan: 1007, capitalOrigin: 'foreign', startedOn: '2024-06-01', producingOn: '2025-01-01', amountFileId: null });
    expect(producing!.registeredEnterpriseId).toBe(producing!.enterpriseId);
    const detail = (await send(admin, 'GET', `/api/projects/${producing!.id}`)).json();
    expect(detail.moves.map((m: { action: string }) => m.action)).toEqual(['start', 'import']);
    expect(detail.moves[1].evidence).toMatchObject({ importId, rowNumber: 9, signedOn: '2024-03-15', amountWan: 1007 });
    expect(detail.signings).toMatchObject([{ signedOn: '2024-03-15', amountWan: 1007, verification: 'unverified' }]);
    const [staffed] = await ctx.db.select().from(projects).where(eq(projects.name, '台账项目0005'));
    expect(staffed).toMatchObject({ teamId: team.id, managerId: officer.userId, regionCode: '370212', stage: 'registered' });

    // The 50 enterprises were created once each; a second upload of the same rows finds every project there.
    const again = (await upload('台账.xlsx', await xlsx(rows.slice(0, 20)))).json();
    expect(again.validRows).toBe(0);
    expect(again.errors[0].messages).toEqual(['项目名称：该企业已有同名项目']);
  }, 240_000);
});

describe('reading a row', () => {
  it.each([
    ['a stage, origin and dates in Traditional script, an industry by name', { name: '甲', enterpriseName: '青岛台账已有企业有限公司', stage: '簽約', signedOn: '2024年3月15日', amountWan: '1,200万元', capitalOrigin: '內資', industry: '旅游饭店' }, []],
    ['an English stage', { name: '乙', enterpriseName: '青岛台账已有企业有限公司', stage: 'Negotiation' }, []],
    ['a future date', { name: '丙', enterpriseName: '青岛台账已有企业有限公司', stage: '签约', signedOn: '2199-01-01', amountWan: 1, capitalOrigin: '内资' }, ['签约日期：不能晚于今天']],
    ['no enterprise', { name: '丁', stage: '线索' }, ['企业名称：企业名称和统一社会信用代码至少填写一项']],
    ['a bad credit code', { name: '戊', enterpriseName: '青岛台账测试戊有限公司', creditCode: '91370212MA000001X0' }, ['统一社会信用代码：无效，请逐位核对']],
    ['a known name under another credit code', { name: '己', enterpriseName: '青岛台账已有企业有限公司', creditCode: code(777_777) }, [`统一社会信用代码：企业库中的「青岛台账已有企业有限公司」统一社会信用代码为 ${code(999_999)}`]],
    ['a manager outside the team', { name: '庚', enterpriseName: '青岛台账已有企业有限公司', team: '台账测试招商一组', manager: 'ledger.outsider' }, ['负责人：不是「台账测试招商一组」的成员']],
    ['a manager nobody is', { name: '辛', enterpriseName: '青岛台账已有企业有限公司', manager: '无此人' }, ['负责人：没有这个用户']],
    ['a registered project without a credit code', { name: '壬', enterpriseName: '青岛台账已有企业有限公司', stage: '注册', signedOn: '2024-01-01', amountWan: 5, capitalOrigin: '外资' }, ['统一社会信用代码：阶段为「注册」时必填']],
    ['达产, which a ledger cannot give', { name: '癸', enterpriseName: '青岛台账已有企业有限公司', stage: '达产' }, ['阶段：应为 线索、接洽、意向、洽谈、签约、注册、开工、投产 之一']],
  ] as const)('%s', async (_, fields, problems) => {
    const summary = (await upload('rules.xlsx', await xlsx([row(fields)]))).json();
    expect(summary.errors[0]?.messages ?? []).toEqual(problems);
  });
});

describe('who may import', () => {
  it('is admins and leaders; a leader cannot add enterprises through it', async () => {
    const content = await xlsx([
      row({ name: '领导导入项目', enterpriseName: '青岛台账已有企业有限公司' }),
      row({ name: '领导导入新企业项目', enterpriseName: '青岛台账未有企业有限公司' }),
    ]);
    const summary = (await upload('leader.xlsx', content, leader)).json();
    expect(summary).toMatchObject({ validRows: 1, errors: [{ rowNumber: 3, messages: ['企业名称：企业库中没有此企业，你无权新增企业；请先录入企业'] }] });
    for (const who of [officer, await signIn(['operator']), await signIn(['agent'])]) {
      expect((await upload('leader.xlsx', content, who)).statusCode).toBe(403);
      expect((await send(who, 'GET', '/api/projects/import-template')).statusCode).toBe(403);
    }
    // Another's import, and an import of another kind, are no import here.
    expect((await send(await signIn(['leader']), 'GET', `/api/projects/imports/${summary.id}`)).statusCode).toBe(404);
    const enterprises = (await postImport(app, admin.headers, 'e.csv', Buffer.from('企业名称\n青岛别类导入有限公司\n'))).json();
    expect((await send(admin, 'GET', `/api/projects/imports/${enterprises.id}`)).statusCode).toBe(404);
    expect((await send(admin, 'POST', `/api/projects/imports/${enterprises.id}/commit`)).statusCode).toBe(404);
  });
});

describe('committing', () => {
  it('queues an import once however many commits arrive together, and a cancelled one never', async () => {
    const content = await xlsx([row({ name: '并发提交项目', enterpriseName: '青岛台账已有企业有限公司' })]);
    const summary = (await upload('twice.xlsx', content)).json();
    const answers = await Promise.all([1, 2, 3].map(() => send(admin, 'POST', `/api/projects/imports/${summary.id}/commit`)));
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([202, 409, 409]);
    expect(answers.find((answer) => answer.statusCode === 409)!.json().code).toBe('import.notCommittable');
    expect(await waitUntilFinished(summary.id)).toMatchObject({ status: 'done', importedRows: 1 });
    const [{ n }] = (await ctx.db.select({ n: count() }).from(projects).where(eq(projects.name, '并发提交项目'))) as [{ n: number }];
    expect(n).toBe(1);

    const cancelled = (await upload('cancel.xlsx', await xlsx([row({ name: '取消的项目', enterpriseName: '青岛台账已有企业有限公司' })]))).json();
    expect((await send(admin, 'POST', `/api/projects/imports/${cancelled.id}/cancel`)).json().status).toBe('cancelled');
    expect((await send(admin, 'POST', `/api/projects/imports/${cancelled.id}/commit`)).statusCode).toBe(409);
    expect(await ctx.db.select().from(projects).where(eq(projects.name, '取消的项目'))).toEqual([]);
  });
});

describe('the template', () => {
  it.each(['zh-CN', 'zh-TW', 'en'] as const)('speaks %s, and its example row imports', async (locale) => {
    const response = await send(admin, 'GET', '/api/projects/import-template', undefined, locale);
    expect(response.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect((book.worksheets[0]!.getRow(1).values as unknown[]).slice(1)).toEqual(ledgerColumns.map((column) => ledgerHeader(locale, column)));
    const words = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flatMap((r) => (Array.isArray(r) ? r.filter((c) => typeof c === 'string') : []))).join('\n');
    if (locale === 'en') expect(words).not.toMatch(/[\p{Script=Han}]/u);
    if (locale === 'zh-TW') expect(simplifiedOnlyCharacters(words)).toEqual([]);
    const uploaded = (await upload('template.xlsx', response.rawPayload, admin, locale)).json();
    expect(uploaded).toMatchObject({ totalRows: 1, validRows: 1 });
  });
});

describe('hostile files through the generic pipeline', () => {
  it('refuses what is no spreadsheet, bombs and NUL bytes with a 400 or 413 that says why, writing nothing', async () => {
    const cases: [string, Buffer, number, string][] = [
      ['notes.xlsx', Buffer.from('just some text, renamed'), 400, 'import.corrupt'],
      ['old.xlsx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]), 400, 'import.legacyExcel'],
      ['nul.csv', Buffer.from('项目名称\n甲\u0000乙\n'), 400, 'import.unsupportedFile'],
      ['rows.xlsx', rowBomb(), 400, 'import.tooManyRows'],
      ['bomb.xlsx', workbook(emptyRowBomb()), 413, 'import.tooLarge'],
      ['wrong.csv', Buffer.from('企业名称\n甲\n'), 400, 'import.headerMismatch'],
    ];
    for (const [fileName, content, status, problem] of cases) {
      const response = await upload(fileName, content);
      expect(response.statusCode, fileName).toBe(status);
      expect(response.json().code, fileName).toBe(problem);
    }
    const english = (await upload('wrong.csv', Buffer.from('企业名称\n甲\n'), admin, 'en')).json();
    expect(english.title).toContain('"Project name"');
    const essay = (await upload('essay.csv', Buffer.from(`项目名称,企业名称\n${'长'.repeat(3_000_000)},青岛台账已有企业有限公司\n`))).json();
    expect(essay.errors[0].messages).toEqual(['项目名称：不能超过 200 个字符']);
  }, 60_000);
});
