import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.ts';

const { app, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const officer = await signIn(['officer']);

type Json = Record<string, unknown>;

async function post(url: string, payload: unknown, headers = admin.headers) {
  return app.inject({ method: 'POST', url, headers, payload: payload as Json });
}
async function get(url: string, headers: Json = admin.headers) {
  return app.inject({ method: 'GET', url, headers: headers as Record<string, string> });
}
async function create(payload: Json) {
  const response = await post('/api/enterprises', payload, officer.headers);
  if (response.statusCode !== 201) throw new Error(`create failed: ${response.body}`);
  return response.json() as { id: string } & Json;
}
async function tag(name: string) {
  return (await post('/api/tags', { name, color: '#1677ff' })).json() as { id: string; name: string };
}

const hightech = await tag('高新技术企业');
const specialised = await tag('专精特新');

// Known-valid codes (check characters computed by the standard's weights).
const codes = {
  vr: '91370212MA3HNRKK84',
  optics: '91370212MAUQW10F5J',
  laser: '91440300425973561P',
  furniture: '9137021500629146XL',
  expo: '91370215MAD2K61P97',
};

const vr = await create({
  name: '青岛幻境虚拟现实科技有限公司',
  creditCode: codes.vr.toLowerCase(),
  industryCode: 'C3961',
  regionCode: '370212',
  address: '青岛市崂山区松岭路 169 号',
  registeredCapitalWan: 5000,
  foundedOn: '2016-06-16',
  sizeClass: 'medium',
  contacts: [
    { name: '孙立新', title: '运营经理', phone: '0532-5556 8801', email: 'sun@example.cn' },
    { name: '蒋哲', title: '董事长', isPrimary: true },
  ],
  tagIds: [hightech.id, specialised.id],
});
const optics = await create({ name: '青岛视界光学科技有限公司', creditCode: codes.optics, industryCode: '4040', regionCode: '370212', registeredCapitalWan: 2000, foundedOn: '2015-04-03', tagIds: [hightech.id] });
const laser = await create({ name: '深圳市光锐激光设备有限公司', creditCode: codes.laser, industryCode: 'C3424', regionCode: '440306', registeredCapitalWan: 8000, foundedOn: '2008-03-18', sizeClass: 'medium' });
const furniture = await create({ name: '青岛木之韵家具有限公司', creditCode: codes.furniture, industryCode: 'C2110', regionCode: '370215', registeredCapitalWan: 800, foundedOn: '2011-03-09', sizeClass: 'small' });
const consulting = await create({ name: '青岛海汇技术转移服务有限公司', formerNames: ['青岛海汇科技咨询有限公司'], industryCode: 'M7530', regionCode: '370202' });

const names = (response: { json(): unknown }) => (response.json() as { items: { name: string }[] }).items.map((i) => i.name);

describe('the enterprise record', () => {
  it('keeps what was typed, upper-cases the credit code and names the industry and region paths', async () => {
    const response = await get(`/api/enterprises/${vr.id}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      name: '青岛幻境虚拟现实科技有限公司',
      creditCode: codes.vr,
      industryCode: 'C3961',
      industryName: '可穿戴智能设备制造',
      regionCode: '370212',
      registeredCapitalWan: 5000,
      foundedOn: '2016-06-16',
      sizeClass: 'medium',
      mergedIntoId: null,
    });
    expect(body.industryPath.map((p: { code: string }) => p.code)).toEqual(['C', 'C39', 'C396', 'C3961']);
    expect(body.regionPath.map((p: { name: string }) => p.name)).toEqual(['山东省', '青岛市', '崂山区']);
    expect(body.contacts.map((c: { name: string; isPrimary: boolean }) => [c.name, c.isPrimary])).toEqual([
      ['蒋哲', true],
      ['孙立新', false],
    ]);
    expect(body.tags.map((t: { name: string }) => t.name).sort()).toEqual(['专精特新', '高新技术企业'].sort());
    expect((await get(`/api/enterprises/${optics.id}`)).json().industryCode).toBe('C4040');
  });

  it('tells a wrong check character from a wrong length, in the caller\'s language', async () => {
    const checksum = await post('/api/enterprises', { name: '校验测试甲', creditCode: '91350100M000100Y44' });
    expect(checksum.statusCode).toBe(400);
    expect(checksum.json().errors).toEqual([{ field: 'creditCode', message: '无效，请逐位核对' }]);
    expect(checksum.body).not.toContain('应为');
    const length = await app.inject({
      method: 'POST',
      url: '/api/enterprises',
      headers: { ...admin.headers, 'accept-language': 'en' },
      payload: { name: '校验测试乙', creditCode: '91350100M000100Y4' },
    });
    expect(length.json().errors).toEqual([{ field: 'creditCode', message: 'Must have 18 characters' }]);
  });

  it('refuses unknown industries, regions and tags field by field', async () => {
    const response = await post('/api/enterprises', {
      name: '引用测试',
      industryCode: 'C9999',
      regionCode: '379999',
      tagIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { field: string }) => e.field)).toEqual(['industryCode', 'regionCode', 'tagIds.0']);
  });

  it('updates fields, keeps contacts given with their id and records before and after', async () => {
    const before = (await get(`/api/enterprises/${furniture.id}`)).json();
    const response = await app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${furniture.id}`,
      headers: officer.headers,
      payload: { address: '即墨区家居博览中心 A 馆', contacts: [{ name: '王建国', title: '董事长' }], sizeClass: null },
    });
    expect(response.statusCode).toBe(200);
    const contactId = response.json().contacts[0].id;
    const again = await app.inject({
      method: 'PATCH',
      url: `/api/enterprises/${furniture.id}`,
      headers: officer.headers,
      payload: { contacts: [{ id: contactId, name: '王建国', phone: '138 6395 4410' }, { name: '李会计' }] },
    });
    expect(again.json().contacts.map((c: { id: string; phone: string | null }) => [c.id === contactId, c.phone])).toEqual([
      [true, '138 6395 4410'],
      [false, null],
    ]);
    expect(again.json().sizeClass).toBeNull();
    const history = (await get(`/api/enterprises/${furniture.id}/history`)).json();
    expect(history.items.map((e: { action: string }) => e.action)).toEqual(['update', 'update', 'create']);
    expect(history.items[1].before.address).toBe(before.address);
    expect(history.items[1].after.address).toBe('即墨区家居博览中心 A 馆');
  });
});

describe('searching', () => {
  it('finds names in either script, former names and credit codes', async () => {
    expect(names(await get('/api/enterprises?q=青島幻境'))).toEqual(['青岛幻境虚拟现实科技有限公司']);
    expect(names(await get(`/api/enterprises?q=${encodeURIComponent('海匯科技諮詢')}`))).toEqual(['青岛海汇技术转移服务有限公司']);
    expect(names(await get(`/api/enterprises?q=${codes.laser.slice(0, 12).toLowerCase()}`))).toEqual(['深圳市光锐激光设备有限公司']);
    expect(names(await get(`/api/enterprises?creditCode=${codes.furniture}`))).toEqual(['青岛木之韵家具有限公司']);
    expect(names(await get('/api/enterprises?q=%25'))).toEqual([]);
  });

  it('finds everything beneath an industry section or division, and a region at any level', async () => {
    expect(names(await get('/api/enterprises?industry=C&sort=name')).length).toBe(4);
    expect(names(await get('/api/enterprises?industry=C39'))).toEqual(['青岛幻境虚拟现实科技有限公司']);
    expect(names(await get('/api/enterprises?industry=34'))).toEqual(['深圳市光锐激光设备有限公司']);
    expect(names(await get('/api/enterprises?region=370000')).length).toBe(4);
    expect(names(await get('/api/enterprises?region=370200')).length).toBe(4);
    expect(names(await get('/api/enterprises?region=440000'))).toEqual(['深圳市光锐激光设备有限公司']);
    const item = (await get('/api/enterprises?region=370215')).json().items[0];
    expect(item).toMatchObject({ name: '青岛木之韵家具有限公司', regionName: '山东省 / 青岛市 / 即墨区', industryName: '木质家具制造' });
  });

  it('filters by tags (all of them) and size class', async () => {
    expect(names(await get(`/api/enterprises?tag=${hightech.id}&sort=name`))).toEqual(['青岛幻境虚拟现实科技有限公司', '青岛视界光学科技有限公司']);
    expect(names(await get(`/api/enterprises?tag=${hightech.id},${specialised.id}`))).toEqual(['青岛幻境虚拟现实科技有限公司']);
    expect(names(await get(`/api/enterprises?tag=${hightech.id}&tag=${specialised.id}`))).toEqual(['青岛幻境虚拟现实科技有限公司']);
    expect(names(await get('/api/enterprises?sizeClass=medium&sort=name'))).toEqual(['青岛幻境虚拟现实科技有限公司', '深圳市光锐激光设备有限公司']);
    const listed = (await get(`/api/enterprises?tag=${specialised.id}`)).json().items[0];
    expect(listed.tags).toEqual([
      { id: specialised.id, name: '专精特新', color: '#1677ff' },
      { id: hightech.id, name: '高新技术企业', color: '#1677ff' },
    ]);
  });

  it('pages and sorts on the server, names in pinyin order, empty values last', async () => {
    expect(names(await get('/api/enterprises?sort=name'))).toEqual([
      '青岛海汇技术转移服务有限公司',
      '青岛幻境虚拟现实科技有限公司',
      '青岛木之韵家具有限公司',
      '青岛视界光学科技有限公司',
      '深圳市光锐激光设备有限公司',
    ]);
    expect(names(await get('/api/enterprises?sort=name&order=desc'))[0]).toBe('深圳市光锐激光设备有限公司');
    const byCapital = await get('/api/enterprises?sort=registeredCapitalWan&order=desc&pageSize=2');
    expect(byCapital.json()).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(names(byCapital)).toEqual(['深圳市光锐激光设备有限公司', '青岛幻境虚拟现实科技有限公司']);
    const last = await get('/api/enterprises?sort=registeredCapitalWan&order=asc&page=3&pageSize=2');
    expect(names(last)).toEqual(['青岛海汇技术转移服务有限公司']);
    const founded = names(await get('/api/enterprises?sort=foundedOn&order=asc&pageSize=3'));
    expect(founded).toEqual(['深圳市光锐激光设备有限公司', '青岛木之韵家具有限公司', '青岛视界光学科技有限公司']);
    expect((await get('/api/enterprises?sort=bogus')).statusCode).toBe(400);
    expect((await get('/api/enterprises?pageSize=100000')).statusCode).toBe(400);
  });

  it('exports every matching row as a readable workbook with Chinese headers', async () => {
    const response = await get('/api/enterprises/export?region=370200&sort=name');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''%E4%BC%81%E4%B8%9A");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('企业名称');
    expect(sheet.rowCount).toBe(5);
    const vrRow = sheet.getRow(3).values as unknown[];
    expect(vrRow).toContain('青岛幻境虚拟现实科技有限公司');
    expect(vrRow).toContain('山东省/青岛市/崂山区');
    expect(vrRow).toContain('蒋哲');
  });
});

describe('duplicates', () => {
  it('never lets two enterprises share a credit code', async () => {
    const response = await post('/api/enterprises', { name: '另一家公司', creditCode: codes.vr, confirmDuplicate: true });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'enterprise.creditCodeTaken',
      candidates: [{ id: vr.id, name: '青岛幻境虚拟现实科技有限公司', creditCode: codes.vr, reason: 'creditCode' }],
    });
  });

  it('warns of a near-identical name until confirmed', async () => {
    for (const name of ['青島幻境虛擬現實科技有限責任公司', '青岛幻境虚拟现实科技（青岛）股份有限公司', ' 青岛幻境 虚拟现实科技有限公司']) {
      const response = await post('/api/enterprises', { name });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'enterprise.possibleDuplicate', candidates: [{ id: vr.id, reason: 'name' }] });
    }
    const formerName = await post('/api/enterprises', { name: '青岛海汇科技咨询有限责任公司' });
    expect(formerName.json().candidates).toMatchObject([{ id: consulting.id }]);
    const confirmed = await post('/api/enterprises', { name: '青島幻境虛擬現實科技有限責任公司', confirmDuplicate: true });
    expect(confirmed.statusCode).toBe(201);
  });

  it('answers the form while typing, leaving out the record being edited', async () => {
    const check = await post('/api/enterprises/duplicates', { name: '青岛视界光学科技有限责任公司', creditCode: codes.laser });
    expect(check.json().candidates.map((c: { id: string; reason: string }) => [c.id, c.reason])).toEqual([
      [laser.id, 'creditCode'],
      [optics.id, 'name'],
    ]);
    const self = await post('/api/enterprises/duplicates', { name: '青岛视界光学科技有限公司', excludeId: optics.id });
    expect(self.json().candidates).toEqual([]);
  });

  it('refuses to give an enterprise another one\'s credit code on update', async () => {
    const response = await app.inject({ method: 'PATCH', url: `/api/enterprises/${consulting.id}`, headers: admin.headers, payload: { creditCode: codes.laser } });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('enterprise.creditCodeTaken');
  });
});

describe('duplicates under concurrency', () => {
  const statuses = (responses: { statusCode: number }[]) =>
    Object.fromEntries([...new Set(responses.map((r) => r.statusCode))].map((code) => [code, responses.filter((r) => r.statusCode === code).length]));

  it('creates one of 20 simultaneous creates of one new name and warns the other 19', async () => {
    const name = '青岛同时创建测试科技有限公司';
    const responses = await Promise.all(Array.from({ length: 20 }, () => post('/api/enterprises', { name }, officer.headers)));
    expect(statuses(responses)).toEqual({ 201: 1, 409: 19 });
    const created = responses.find((r) => r.statusCode === 201)!.json();
    for (const refused of responses.filter((r) => r.statusCode === 409)) {
      expect(refused.json()).toMatchObject({ code: 'enterprise.possibleDuplicate', candidates: [{ id: created.id, reason: 'name' }] });
    }
  });

  it('still creates every confirmed duplicate', async () => {
    const name = '青岛确认重复测试科技有限公司';
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => post('/api/enterprises', { name, confirmDuplicate: true }, officer.headers)),
    );
    expect(statuses(responses)).toEqual({ 201: 10 });
  });

  it('gives one new credit code to exactly one of 20 simultaneous creates', async () => {
    const creditCode = '91370200MA3C0NCY9H';
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post('/api/enterprises', { name: `并发信用代码测试${i}号公司`, creditCode }, officer.headers)),
    );
    expect(statuses(responses)).toEqual({ 201: 1, 409: 19 });
    expect(new Set(responses.filter((r) => r.statusCode === 409).map((r) => r.json().code))).toEqual(new Set(['enterprise.creditCodeTaken']));
  });

  it('lets one of 10 simultaneous renames to one new name through', async () => {
    const records = await Promise.all(Array.from({ length: 10 }, (_, i) => create({ name: `改名前测试${i}号有限公司` })));
    const responses = await Promise.all(
      records.map((record) =>
        app.inject({ method: 'PATCH', url: `/api/enterprises/${record.id}`, headers: officer.headers, payload: { name: '青岛同时改名测试有限公司' } }),
      ),
    );
    expect(statuses(responses)).toEqual({ 200: 1, 409: 9 });
  });
});

describe('merging', () => {
  it('moves everything onto the survivor and leaves a redirect', async () => {
    const survivor = await create({ name: '青岛蓝贝智能机器人有限公司', regionCode: '370271', contacts: [{ name: '钱博' }], tagIds: [hightech.id] });
    const duplicate = await create({
      name: '青岛蓝贝智能机器人有限责任公司',
      formerNames: ['青岛蓝贝自动化有限公司'],
      creditCode: codes.expo,
      industryCode: 'C3491',
      address: '高新区华贯路 819 号',
      contacts: [{ name: '钱博' }, { name: '沈会计', isPrimary: true }],
      tagIds: [hightech.id, specialised.id],
      confirmDuplicate: true,
    });
    const member = await signIn(['enterprise'], { enterpriseId: duplicate.id });
    const patched = await app.inject({ method: 'PATCH', url: `/api/enterprises/${duplicate.id}`, headers: officer.headers, payload: { address: '高新区华贯路 819 号 3 号楼' } });
    expect(patched.statusCode).toBe(200);

    expect((await post(`/api/enterprises/${survivor.id}/merge`, { duplicateId: duplicate.id }, officer.headers)).statusCode).toBe(403);
    const merged = await post(`/api/enterprises/${survivor.id}/merge`, { duplicateId: duplicate.id });
    expect(merged.statusCode).toBe(200);
    const body = merged.json();
    expect(body).toMatchObject({
      id: survivor.id,
      name: '青岛蓝贝智能机器人有限公司',
      creditCode: codes.expo,
      industryCode: 'C3491',
      regionCode: '370271',
      address: '高新区华贯路 819 号 3 号楼',
      formerNames: ['青岛蓝贝智能机器人有限责任公司', '青岛蓝贝自动化有限公司'],
    });
    expect(body.contacts.map((c: { name: string; isPrimary: boolean }) => [c.name, c.isPrimary])).toEqual([
      ['钱博', true],
      ['钱博', false],
      ['沈会计', false],
    ]);
    expect(body.tags.map((t: { name: string }) => t.name).sort()).toEqual(['专精特新', '高新技术企业'].sort());

    const gone = (await get(`/api/enterprises/${duplicate.id}`)).json();
    expect(gone).toMatchObject({ mergedIntoId: survivor.id, creditCode: null, contacts: [], tags: [] });
    expect(names(await get('/api/enterprises?q=蓝贝'))).toEqual(['青岛蓝贝智能机器人有限公司']);
    expect(names(await get('/api/enterprises?q=蓝贝自动化'))).toEqual(['青岛蓝贝智能机器人有限公司']);

    // The duplicate's users now belong to the survivor and see it.
    expect((await get(`/api/enterprises/${survivor.id}`, member.headers)).statusCode).toBe(200);
    expect((await get(`/api/enterprises/${duplicate.id}`, member.headers)).statusCode).toBe(404);

    const timeline = (await get(`/api/enterprises/${survivor.id}/timeline`)).json();
    expect(timeline.items.map((i: { title: string }) => i.title)).toEqual([
      '合并了重复企业',
      '作为重复记录并入其他企业',
      '修改企业档案',
      '创建企业档案',
      '创建企业档案',
    ]);
    expect(timeline.items[0]).toMatchObject({ kind: 'audit', actorName: expect.any(String) });
    const history = (await get(`/api/enterprises/${survivor.id}/history?pageSize=2`)).json();
    expect(history).toMatchObject({ total: 5, pageSize: 2 });
    expect(history.items[0].after.formerNames).toContain('青岛蓝贝智能机器人有限责任公司');

    const again = await post(`/api/enterprises/${survivor.id}/merge`, { duplicateId: duplicate.id });
    expect(again.statusCode).toBe(409);
    expect((await post(`/api/enterprises/${survivor.id}/merge`, { duplicateId: survivor.id })).statusCode).toBe(400);
  });
});

describe('who sees what', () => {
  const randomId = '7d4f2a10-5b1c-4e8a-9f00-123456789abc';
  const comparable = (response: { statusCode: number; json(): Json }) => {
    const { instance: _instance, requestId: _requestId, ...rest } = response.json();
    return { status: response.statusCode, ...rest };
  };

  it('shows an enterprise user only their own enterprise, and another one exactly like none at all', async () => {
    const member = await signIn(['enterprise'], { enterpriseId: vr.id });
    expect(names(await get('/api/enterprises', member.headers))).toEqual(['青岛幻境虚拟现实科技有限公司']);
    expect(names(await get('/api/enterprises?q=深圳', member.headers))).toEqual([]);
    expect((await get(`/api/enterprises/${vr.id}`, member.headers)).statusCode).toBe(200);
    for (const suffix of ['', '/timeline', '/history']) {
      const other = await get(`/api/enterprises/${laser.id}${suffix}`, member.headers);
      const none = await get(`/api/enterprises/${randomId}${suffix}`, member.headers);
      expect(other.statusCode).toBe(404);
      expect(comparable(other)).toEqual(comparable(none));
    }
    const patchOther = await app.inject({ method: 'PATCH', url: `/api/enterprises/${laser.id}`, headers: member.headers, payload: { address: 'x' } });
    const patchNone = await app.inject({ method: 'PATCH', url: `/api/enterprises/${randomId}`, headers: member.headers, payload: { address: 'x' } });
    expect(comparable(patchOther)).toEqual(comparable(patchNone));
    expect(patchOther.statusCode).toBe(404);
    // The register leaves the system only through the export permission, which enterprise users lack.
    expect((await get('/api/enterprises/export', member.headers)).statusCode).toBe(403);
  });

  it('lets an enterprise user change their own address and contacts, nothing else', async () => {
    const member = await signIn(['enterprise'], { enterpriseId: optics.id });
    const own = await app.inject({ method: 'PATCH', url: `/api/enterprises/${optics.id}`, headers: member.headers, payload: { address: '崂山区株洲路 151 号', contacts: [{ name: '杨光' }] } });
    expect(own.statusCode).toBe(200);
    const name = await app.inject({ method: 'PATCH', url: `/api/enterprises/${optics.id}`, headers: member.headers, payload: { name: '改名', tagIds: [] } });
    expect(name.statusCode).toBe(400);
    expect(name.json().errors.map((e: { field: string }) => e.field)).toEqual(['name', 'tagIds']);
    expect((await post('/api/enterprises', { name: '自建' }, member.headers)).statusCode).toBe(403);
  });

  it('keeps investors and judges out, and leaders to reading', async () => {
    for (const role of ['investor', 'judge'] as const) {
      const user = await signIn([role]);
      expect((await get('/api/enterprises', user.headers)).statusCode).toBe(403);
      expect((await get(`/api/enterprises/${vr.id}`, user.headers)).statusCode).toBe(403);
    }
    const leader = await signIn(['leader']);
    expect((await get(`/api/enterprises/${vr.id}`, leader.headers)).statusCode).toBe(200);
    expect((await post('/api/enterprises', { name: '领导新建' }, leader.headers)).statusCode).toBe(403);
  });
});

describe('bad input', () => {
  it('answers wrong types and missing fields with 400', async () => {
    for (const payload of [{}, { name: 42 }, { name: '' }, { name: 'x', registeredCapitalWan: 'many' }, { name: 'x', foundedOn: '2021-02-30' }, { name: 'x', contacts: 'none' }, { name: 'x', sizeClass: 'huge' }]) {
      const response = await post('/api/enterprises', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const malformed = await app.inject({ method: 'POST', url: '/api/enterprises', headers: { ...admin.headers, 'content-type': 'application/json' }, payload: '{"name": ' });
    expect(malformed.statusCode).toBe(400);
  });

  it('refuses a 10 MB string without a server error', async () => {
    const response = await post('/api/enterprises', { name: 'x'.repeat(10 * 1024 * 1024) });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    const long = await post('/api/enterprises', { name: 'x'.repeat(300) });
    expect(long.statusCode).toBe(400);
  });

  it('stores SQL and HTML as plain text', async () => {
    const name = `<script>alert('x')</script>'; DROP TABLE enterprises; --`;
    const created = await create({ name, address: '<b>bold</b> & "quoted"' });
    const read = (await get(`/api/enterprises/${created.id}`)).json();
    expect(read.name).toBe(name);
    expect(read.address).toBe('<b>bold</b> & "quoted"');
    expect(names(await get(`/api/enterprises?q=${encodeURIComponent("'; DROP")}`))).toEqual([name]);
  });
});

describe('tags', () => {
  it('are managed by admins and deleted from every enterprise', async () => {
    const temporary = await tag('临时标签');
    expect((await post('/api/tags', { name: '臨時標籤', color: '#000000' })).statusCode).toBe(400);
    expect((await post('/api/tags', { name: '别的', color: 'red' })).statusCode).toBe(400);
    expect((await post('/api/tags', { name: '官员建', color: '#123456' }, officer.headers)).statusCode).toBe(403);
    await app.inject({ method: 'PATCH', url: `/api/enterprises/${laser.id}`, headers: admin.headers, payload: { tagIds: [temporary.id] } });
    const renamed = await app.inject({ method: 'PATCH', url: `/api/tags/${temporary.id}`, headers: admin.headers, payload: { color: '#abcdef' } });
    expect(renamed.json()).toMatchObject({ name: '临时标签', color: '#abcdef' });
    expect((await get('/api/tags', officer.headers)).json().map((t: { name: string }) => t.name)).toContain('临时标签');
    const deleted = await app.inject({ method: 'DELETE', url: `/api/tags/${temporary.id}`, headers: admin.headers });
    expect(deleted.statusCode).toBe(204);
    expect((await get(`/api/enterprises/${laser.id}`)).json().tags).toEqual([]);
    expect((await app.inject({ method: 'DELETE', url: `/api/tags/${temporary.id}`, headers: admin.headers })).statusCode).toBe(404);
  });
});

describe('the register in numbers', () => {
  type Stats = {
    total: number;
    byRegion: { regionCode: string | null; count: number }[];
    bySizeClass: { sizeClass: string | null; count: number }[];
    byTag: { tagId: string; count: number }[];
  };
  const listTotal = async (query: string, headers: Json = admin.headers) =>
    (await get(`/api/enterprises?pageSize=1&${query}`, headers)).json().total as number;

  it('counts by region, size class and tag in one answer, as the list does, without merged records', async () => {
    const stats = (await get('/api/enterprises/stats', officer.headers)).json() as Stats;
    expect(stats.total).toBe(await listTotal(''));
    expect(stats.total).toBeGreaterThan(10);
    expect(stats.byRegion.reduce((sum, r) => sum + r.count, 0)).toBe(stats.total);
    expect(stats.bySizeClass.reduce((sum, r) => sum + r.count, 0)).toBe(stats.total);
    expect(stats.byRegion).toContainEqual({ regionCode: '370212', count: await listTotal('region=370212') });
    for (const { sizeClass, count } of stats.bySizeClass.filter((s) => s.sizeClass)) {
      expect(count, sizeClass!).toBe(await listTotal(`sizeClass=${sizeClass}`));
    }
    expect(stats.byTag.length).toBeGreaterThanOrEqual(2);
    for (const { tagId, count } of stats.byTag) expect(count).toBe(await listTotal(`tag=${tagId}`));
  });

  it('counts only what the caller may see, and nothing for those who may not read the register', async () => {
    const member = await signIn(['enterprise'], { enterpriseId: vr.id });
    const own = (await get('/api/enterprises/stats', member.headers)).json() as Stats;
    expect(own.total).toBe(1);
    expect(own.byRegion).toEqual([{ regionCode: vr.regionCode, count: 1 }]);
    expect(own.byTag.reduce((sum, t) => sum + t.count, 0)).toBe((vr.tags as unknown[]).length);
    const investor = await signIn(['investor']);
    expect((await get('/api/enterprises/stats', investor.headers)).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/enterprises/stats' })).statusCode).toBe(401);
  });
});

describe('the API document', () => {
  it('lists every enterprise route with its schemas', async () => {
    const document = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const routes = [
      ['get', '/api/enterprises'],
      ['post', '/api/enterprises'],
      ['get', '/api/enterprises/export'],
      ['get', '/api/enterprises/stats'],
      ['post', '/api/enterprises/duplicates'],
      ['get', '/api/enterprises/{id}'],
      ['patch', '/api/enterprises/{id}'],
      ['post', '/api/enterprises/{id}/merge'],
      ['get', '/api/enterprises/{id}/timeline'],
      ['get', '/api/enterprises/{id}/history'],
      ['get', '/api/tags'],
      ['get', '/api/industries/tree'],
      ['get', '/api/regions/tree'],
    ] as const;
    for (const [method, path] of routes) {
      const operation = document.paths[path]?.[method];
      expect(operation, `${method} ${path}`).toBeDefined();
      expect(Object.keys(operation.responses)).toContain(method === 'post' && path === '/api/enterprises' ? '201' : '200');
    }
    expect(document.paths['/api/enterprises'].post.requestBody.content['application/json'].schema.properties.creditCode).toBeDefined();
  });
});
