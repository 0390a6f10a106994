import ExcelJS from 'exceljs';
import { and, count, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { enterprises } from '../enterprises/schema.ts';
import { checkSiteReference, findSiteUnit } from './find-site-unit.ts';
import { siteFloors, siteLeases, siteUnits } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const leader = await signIn(['leader']);
const manager = await signIn(['officer']);
const otherOfficer = await signIn(['officer']);
const agent = await signIn(['agent']);
const operator = await signIn(['operator']);

type Json = Record<string, unknown>;
type Problem = { title: string; errors?: { field: string; message: string }[] };
type UnitDetail = {
  id: string;
  code: string;
  state: string;
  siteId: string;
  buildingName: string;
  floorLabel: string;
  deletable: boolean;
  mayManage: boolean;
  leases: { id: string; state: string; area: number | null; signedOn: string | null; actions: string[]; transitions: { action: string; evidence: Json | null }[] }[];
};
type Tree = { buildings: { id: string; name: string; floors: { level: number; label: string; units: { id: string; code: string; area: number; state: string; tenantName: string | null }[] }[] }[] };

const send = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });

async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

const team = (await ok<{ id: string }>(await send(admin, 'POST', '/api/teams', { name: '即墨区招商一科（载体测试）' }), 201)).id;
await ok(await send(admin, 'POST', `/api/teams/${team}/memberships`, { userId: manager.userId, startsOn: '2026-01-01', endsOn: null, role: 'member' }), 201);

const tenantA = (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name: '青岛雅居实木家具有限公司（载体测试）', confirmDuplicate: true }), 201)).id;
const tenantB = (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name: '青岛海派沙发有限公司（载体测试）', confirmDuplicate: true }), 201)).id;

const expo = await ok<{ id: string; mayManage: boolean }>(
  await send(admin, 'POST', '/api/sites', { name: '即墨国际家居博览中心（测试）', kind: 'expo-centre', regionCode: '370215', address: '鹤山路', teamId: team }),
  201,
);
const hall = await ok<{ buildings: { id: string; name: string }[] }>(await send(manager, 'POST', `/api/sites/${expo.id}/buildings`, { name: 'A馆' }));
const hallId = hall.buildings[0]!.id;

const tree = async (siteId: string) => ok<Tree>(await send(agent, 'GET', `/api/sites/${siteId}/tree`));
const unitCount = async () => (await ctx.db.select({ n: count() }).from(siteUnits))[0]!.n;
const floorCount = async () => (await ctx.db.select({ n: count() }).from(siteFloors))[0]!.n;
const unit = async (id: string, who: SignedIn = manager) => ok<UnitDetail>(await send(who, 'GET', `/api/sites/units/${id}`));
const unitByCode = async (siteId: string, code: string) => (await tree(siteId)).buildings.flatMap((b) => b.floors.flatMap((f) => f.units)).find((u) => u.code === code)!;
const sign = (leaseId: string, body: Json, who: SignedIn = manager, language = 'zh-CN') => send(who, 'POST', `/api/sites/leases/${leaseId}/sign`, body, language);

// A site of its own: three units, 500 m², leased on known days.
const park = await ok<{ id: string }>(await send(admin, 'POST', '/api/sites', { name: '青年创新创业园（占用率测试）', kind: 'park' }), 201);
const building = (await ok<{ buildings: { id: string }[] }>(await send(admin, 'POST', `/api/sites/${park.id}/buildings`, { name: '1号楼' }))).buildings[0]!.id;
await ok(
  await send(admin, 'POST', `/api/sites/buildings/${building}/units`, {
    rows: [
      { level: 1, code: '101', area: 100, use: 'office' },
      { level: 1, code: '102', area: 300, use: 'industrial' },
      { level: 2, code: '201', area: 100, use: 'office' },
    ],
  }),
  201,
);
const [u101, u102, u201] = [await unitByCode(park.id, '101'), await unitByCode(park.id, '102'), await unitByCode(park.id, '201')];
const lease = async (unitId: string) => (await ok<UnitDetail>(await send(admin, 'POST', `/api/sites/units/${unitId}/leases`, { enterpriseId: tenantA }), 201)).leases[0]!.id;
const first = await lease(u101.id);
await ok(await sign(first, { signedOn: '2026-01-10', termFrom: '2026-01-10', termTo: '2028-01-09', area: 100 }, admin));
await ok(await send(admin, 'POST', `/api/sites/leases/${first}/open`, { openedOn: '2026-02-01' }));
const second = await lease(u102.id);
await ok(await sign(second, { signedOn: '2026-02-15', termFrom: '2026-03-01', termTo: '2027-02-28', area: 200 }, admin));
const third = await lease(u201.id);
await ok(await sign(third, { signedOn: '2026-01-05', termFrom: '2026-01-05', termTo: '2027-01-04', area: 100 }, admin));
await ok(await send(admin, 'POST', `/api/sites/leases/${third}/end`, { endedOn: '2026-03-15', reason: '提前退租' }));
// An intent never counts.
await lease(u201.id);

describe('sites, buildings and units', () => {
  it('lets administrators create sites and the site team keep them; others read or are refused', async () => {
    expect(expo.mayManage).toBe(true);
    expect((await send(manager, 'POST', '/api/sites', { name: '某园区', kind: 'park' })).statusCode).toBe(403);
    expect((await ok<{ mayManage: boolean }>(await send(manager, 'GET', `/api/sites/${expo.id}`))).mayManage).toBe(true);
    expect((await ok<{ mayManage: boolean }>(await send(otherOfficer, 'GET', `/api/sites/${expo.id}`))).mayManage).toBe(false);
    const refused = await send(otherOfficer, 'POST', `/api/sites/${expo.id}/buildings`, { name: 'B馆' }, 'en');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().title).toBe("Only the site's managing team or an administrator may change this site");
    expect((await send(leader, 'POST', `/api/sites/${expo.id}/buildings`, { name: 'B馆' })).statusCode).toBe(403);
    expect((await send(operator, 'GET', '/api/sites')).statusCode).toBe(403);
    const list = await ok<{ items: { id: string; regionName: string | null; teamName: string | null }[] }>(await send(agent, 'GET', `/api/sites?q=${encodeURIComponent('博覽中心')}`));
    expect(list.items).toEqual([expect.objectContaining({ id: expo.id, regionName: '即墨区', teamName: '即墨区招商一科（载体测试）' })]);
    // Only administrators hand a site to another team, even its own managers may not.
    const teamChange = await send(manager, 'PATCH', `/api/sites/${expo.id}`, { teamId: null }, 'en');
    expect(teamChange.statusCode).toBe(400);
    expect(teamChange.json().errors).toEqual([{ field: 'teamId', message: "Only an administrator may change a site's managing team" }]);
    expect((await ok<{ address: string }>(await send(manager, 'PATCH', `/api/sites/${expo.id}`, { address: '鹤山路 868 号' }))).address).toBe('鹤山路 868 号');
  });

  it('finds sites in the quick search, for readers of sites only', async () => {
    const groups = async (who: SignedIn) =>
      (await ok<{ groups: { kind: string; hits: { id: string; title: string }[] }[] }>(await send(who, 'GET', `/api/search?q=${encodeURIComponent('家居博览')}&limit=20`))).groups;
    expect((await groups(agent)).find((g) => g.kind === 'site')?.hits.map((h) => h.id)).toEqual([expo.id]);
    expect((await groups(operator)).find((g) => g.kind === 'site')).toBeUndefined();
  });

  it('answers 404 for ids that name nothing', async () => {
    for (const url of [`/api/sites/${randomUUID()}`, `/api/sites/${randomUUID()}/tree`, `/api/sites/${randomUUID()}/occupancy`, `/api/sites/units/${randomUUID()}`]) {
      expect((await send(agent, 'GET', url)).statusCode, url).toBe(404);
    }
    expect((await send(admin, 'POST', `/api/sites/buildings/${randomUUID()}/units`, { rows: [{ level: 1, code: '1', area: 10, use: 'office' }] })).statusCode).toBe(404);
    expect((await send(admin, 'POST', `/api/sites/leases/${randomUUID()}/cancel`, { reason: '无' })).statusCode).toBe(404);
    expect((await send(admin, 'POST', `/api/sites/units/${randomUUID()}/leases`, { enterpriseId: tenantA })).statusCode).toBe(404);
  });

  it('adds floors × units in one go, coded by floor and number', async () => {
    const added = await ok(await send(manager, 'POST', `/api/sites/buildings/${hallId}/units`, { pattern: { floorFrom: 1, floorTo: 3, unitFrom: 1, unitTo: 4, area: 80, use: 'showroom' } }), 201);
    expect(added).toEqual({ floors: 3, units: 12 });
    const floors = (await tree(expo.id)).buildings[0]!.floors;
    expect(floors.map((f) => f.label)).toEqual(['1F', '2F', '3F']);
    expect(floors[1]!.units.map((u) => u.code)).toEqual(['201', '202', '203', '204']);
    expect(floors[1]!.units.every((u) => u.state === 'vacant' && u.area === 80)).toBe(true);
    // The basement and a unit with a decimal area, one by one.
    expect(await ok(await send(manager, 'POST', `/api/sites/buildings/${hallId}/units`, { rows: [{ level: -1, code: 'B1-01', area: 45.5, use: 'storage' }] }), 201)).toEqual({ floors: 1, units: 1 });
    expect((await tree(expo.id)).buildings[0]!.floors[0]).toMatchObject({ level: -1, label: 'B1', units: [{ code: 'B1-01', area: 45.5 }] });
  });

  it('adds all the rows or none: a code twice, or already on its floor, refuses the lot', async () => {
    const [units, floors] = [await unitCount(), await floorCount()];
    const duplicate = await send(
      manager,
      'POST',
      `/api/sites/buildings/${hallId}/units`,
      {
        rows: [
          { level: 4, code: '401', area: 80, use: 'showroom' },
          { level: 4, code: '402', area: 80, use: 'showroom' },
          { level: 1, code: '101', area: 80, use: 'showroom' },
          { level: 4, code: '401', area: 80, use: 'showroom' },
        ],
      },
      'en',
    );
    expect(duplicate.statusCode).toBe(400);
    expect((duplicate.json() as Problem).errors).toEqual([
      { field: 'rows.2.code', message: 'Unit 101 already exists on that floor' },
      { field: 'rows.3.code', message: 'Unit 401 already exists on that floor' },
    ]);
    const badArea = await send(manager, 'POST', `/api/sites/buildings/${hallId}/units`, { rows: [{ level: 4, code: '403', area: 80, use: 'showroom' }, { level: 4, code: '404', area: -1, use: 'showroom' }] });
    expect(badArea.statusCode).toBe(400);
    expect((badArea.json() as Problem).errors!.map((e) => e.field)).toEqual(['rows.1.area']);
    expect([await unitCount(), await floorCount()]).toEqual([units, floors]);
    expect((await send(otherOfficer, 'POST', `/api/sites/buildings/${hallId}/units`, { rows: [{ level: 4, code: '405', area: 80, use: 'showroom' }] })).statusCode).toBe(403);
    expect(await unitCount()).toBe(units);
  });

  it('refuses bad input with field messages in the reader\'s language', async () => {
    const cases: [string, string, Json, string, string][] = [
      ['POST', '/api/sites', { name: '园区\u0000', kind: 'park' }, 'name', ''],
      ['POST', '/api/sites', { name: '园'.repeat(100_000), kind: 'park' }, 'name', ''],
      ['POST', '/api/sites', { name: '园区', kind: 'castle' }, 'kind', ''],
      ['POST', '/api/sites', { name: '园区', kind: 'park', regionCode: '999999' }, 'regionCode', 'No such region code'],
      ['POST', '/api/sites', { name: '园区', kind: 'park', teamId: randomUUID() }, 'teamId', 'No such team, or it is archived'],
      ['POST', `/api/sites/buildings/${hallId}/units`, { pattern: { floorFrom: 3, floorTo: 1, unitFrom: 1, unitTo: 2, area: 50, use: 'office' } }, 'pattern.floorTo', 'The end cannot come before the start'],
      ['POST', `/api/sites/buildings/${hallId}/units`, { rows: [{ level: 0, code: '1', area: 50, use: 'office' }] }, 'rows.0.level', 'There is no floor 0: 1 is the ground floor, -1 the first basement'],
      ['POST', `/api/sites/buildings/${hallId}/units`, {}, 'rows', 'Give the units one by one, or as a range of floors and numbers'],
      ['GET', `/api/sites/${expo.id}/occupancy?from=2026-13`, undefined as unknown as Json, 'from', 'A month is written YYYY-MM'],
    ];
    for (const [method, url, body, field, message] of cases) {
      const response = await send(admin, method as 'POST', url, body, 'en');
      expect(response.statusCode, `${url} ${String(JSON.stringify(body)).slice(0, 60)}`).toBe(400);
      const errors = (response.json() as Problem).errors!;
      expect(errors.map((e) => e.field)).toContain(field);
      if (message) expect(errors.find((e) => e.field === field)!.message).toBe(message);
    }
    const chinese = await send(admin, 'POST', '/api/sites', { name: '园区', kind: 'park', regionCode: '999999' }, 'zh-TW');
    expect((chinese.json() as Problem).errors).toEqual([{ field: 'regionCode', message: '行政區劃代碼不存在' }]);
  });
});

describe('leases', () => {
  it('keeps a unit to one lease under way, also when two intents arrive at once', async () => {
    const target = await unitByCode(expo.id, '101');
    const responses = await Promise.all([
      send(manager, 'POST', `/api/sites/units/${target.id}/leases`, { enterpriseId: tenantA }),
      send(admin, 'POST', `/api/sites/units/${target.id}/leases`, { enterpriseId: tenantB }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().code).toBe('site.unit.taken');
    const rows = await ctx.db.select().from(siteLeases).where(eq(siteLeases.unitId, target.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.state).toBe('intent');
    // The database itself refuses a second lease under way, whatever the code does.
    await expect(ctx.db.insert(siteLeases).values({ unitId: target.id, enterpriseId: tenantB, state: 'signed' })).rejects.toThrow();
    const detail = await unit(target.id);
    expect(detail).toMatchObject({ state: 'intent', deletable: false, leases: [{ state: 'intent', actions: ['sign', 'cancel'] }] });
    expect((await unit(target.id, otherOfficer)).leases[0]!.actions).toEqual([]);
  });

  it('creates the tenant enterprise in the same transaction, or nothing', async () => {
    const target = await unitByCode(expo.id, '102');
    const enterprisesBefore = (await ctx.db.select({ n: count() }).from(enterprises))[0]!.n;
    const bad = await send(manager, 'POST', `/api/sites/units/${target.id}/leases`, { enterprise: { name: '青岛新租户家居有限公司', regionCode: '999999' } }, 'en');
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as Problem).errors!.map((e) => e.field)).toEqual(['enterprise.regionCode']);
    expect((await ctx.db.select({ n: count() }).from(enterprises))[0]!.n).toBe(enterprisesBefore);
    const created = await ok<UnitDetail>(await send(manager, 'POST', `/api/sites/units/${target.id}/leases`, { enterprise: { name: '青岛新租户家居有限公司', confirmDuplicate: true } }), 201);
    expect(created.leases[0]!.state).toBe('intent');
    expect((await ctx.db.select({ n: count() }).from(enterprises))[0]!.n).toBe(enterprisesBefore + 1);
    // Busy now: another intent on it is refused, and nothing else is created.
    const again = await send(manager, 'POST', `/api/sites/units/${target.id}/leases`, { enterprise: { name: '青岛又一家居有限公司', confirmDuplicate: true } });
    expect(again.statusCode).toBe(409);
    expect((await ctx.db.select({ n: count() }).from(enterprises))[0]!.n).toBe(enterprisesBefore + 1);
  });

  it('moves a lease only with its evidence, in order, by the site managers', async () => {
    const target = await unitByCode(expo.id, '103');
    const leaseId = (await ok<UnitDetail>(await send(manager, 'POST', `/api/sites/units/${target.id}/leases`, { enterpriseId: tenantA, note: '看中临街位置' }), 201)).leases[0]!.id;
    const missing = await sign(leaseId, {}, manager, 'en');
    expect(missing.statusCode).toBe(400);
    expect((missing.json() as Problem).errors!.map((e) => e.field).sort()).toEqual(['area', 'signedOn', 'termFrom', 'termTo']);
    const evidence = { signedOn: '2026-03-02', termFrom: '2026-04-01', termTo: '2029-03-31', area: 80, monthlyRent: 9600 };
    const tooLarge = await sign(leaseId, { ...evidence, area: 81 }, manager, 'en');
    expect(tooLarge.statusCode).toBe(400);
    expect((tooLarge.json() as Problem).errors).toEqual([{ field: 'area', message: "The leased area cannot exceed the unit's 80 m²" }]);
    const backwards = await sign(leaseId, { ...evidence, termTo: '2026-03-01' }, manager, 'en');
    expect((backwards.json() as Problem).errors).toEqual([{ field: 'termTo', message: 'The term cannot end before it starts' }]);
    expect((await sign(leaseId, evidence, otherOfficer)).statusCode).toBe(403);
    // Nothing of the refused moves was written.
    expect((await unit(target.id)).leases[0]).toMatchObject({ state: 'intent', signedOn: null, area: null });

    const signed = await ok<UnitDetail>(await sign(leaseId, evidence));
    expect(signed).toMatchObject({ state: 'signed', leases: [{ state: 'signed', signedOn: '2026-03-02', area: 80, actions: ['fitOut', 'open', 'end'] }] });
    expect((await sign(leaseId, evidence)).statusCode).toBe(409);
    expect((await send(manager, 'POST', `/api/sites/leases/${leaseId}/cancel`, { reason: '不租了' })).statusCode).toBe(409);
    const early = await send(manager, 'POST', `/api/sites/leases/${leaseId}/open`, { openedOn: '2026-03-01' }, 'en');
    expect((early.json() as Problem).errors).toEqual([{ field: 'openedOn', message: 'The day cannot come before the signing on 2026-03-02' }]);
    await ok(await send(manager, 'POST', `/api/sites/leases/${leaseId}/fit-out`, { fitOutOn: '2026-03-10' }));
    const opened = await ok<UnitDetail>(await send(manager, 'POST', `/api/sites/leases/${leaseId}/open`, { openedOn: '2026-05-01' }));
    expect(opened.state).toBe('open');
    expect(opened.leases[0]!.transitions.map((t) => t.action)).toEqual(['start', 'sign', 'fitOut', 'open']);
    expect(opened.leases[0]!.transitions[1]!.evidence).toEqual(evidence);
    const ended = await ok<UnitDetail>(await send(manager, 'POST', `/api/sites/leases/${leaseId}/end`, { endedOn: '2026-06-30', reason: '经营调整' }));
    expect(ended).toMatchObject({ state: 'vacant', leases: [{ state: 'ended', actions: [] }] });
    // Vacant again: a new tenant's intent is taken.
    await ok(await send(manager, 'POST', `/api/sites/units/${target.id}/leases`, { enterpriseId: tenantB }), 201);
    const moves = await ctx.db.select().from(workflowTransitions).where(and(eq(workflowTransitions.recordKind, 'site-lease'), eq(workflowTransitions.recordId, leaseId)));
    expect(moves).toHaveLength(5);
  });

  it('deletes only a unit that never had a lease', async () => {
    const leased = await unitByCode(expo.id, '101');
    const refused = await send(manager, 'DELETE', `/api/sites/units/${leased.id}`, undefined, 'en');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().title).toBe('This unit has leases on record and cannot be deleted');
    const spare = await unitByCode(expo.id, '304');
    expect((await unit(spare.id)).deletable).toBe(true);
    expect((await send(otherOfficer, 'DELETE', `/api/sites/units/${spare.id}`)).statusCode).toBe(403);
    expect((await send(manager, 'DELETE', `/api/sites/units/${spare.id}`)).statusCode).toBe(204);
    expect((await send(manager, 'GET', `/api/sites/units/${spare.id}`)).statusCode).toBe(404);
  });
});

describe('occupancy', () => {
  it('gives the leased and open share month by month, as computed by hand', async () => {
    const series = await ok(await send(agent, 'GET', `/api/sites/${park.id}/occupancy?from=2025-12&to=2026-04`));
    expect(series).toEqual([
      { month: '2025-12', day: '2025-12-31', totalArea: 500, leasedArea: 0, openArea: 0, leasedShare: 0, openShare: 0 },
      { month: '2026-01', day: '2026-01-31', totalArea: 500, leasedArea: 200, openArea: 0, leasedShare: 0.4, openShare: 0 },
      { month: '2026-02', day: '2026-02-28', totalArea: 500, leasedArea: 400, openArea: 100, leasedShare: 0.8, openShare: 0.2 },
      { month: '2026-03', day: '2026-03-31', totalArea: 500, leasedArea: 300, openArea: 100, leasedShare: 0.6, openShare: 0.2 },
      { month: '2026-04', day: '2026-04-30', totalArea: 500, leasedArea: 300, openArea: 100, leasedShare: 0.6, openShare: 0.2 },
    ]);
    const byDefault = await ok<{ month: string }[]>(await send(agent, 'GET', `/api/sites/${park.id}/occupancy`));
    // From the first signing, or the last twelve months when that is later.
    const [year, month] = chinaToday().split('-').map(Number) as [number, number];
    const twelveBack = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 7);
    expect(byDefault[0]!.month).toBe(['2026-01', twelveBack].sort()[0]);
    expect(byDefault.at(-1)!.month).toBe(chinaToday().slice(0, 7));
    const detail = await ok<{ units: number; occupancy: Json; buildings: { occupancy: Json }[] }>(await send(agent, 'GET', `/api/sites/${park.id}`));
    expect(detail.units).toBe(3);
    expect(detail.occupancy).toEqual({ totalArea: 500, leasedArea: 300, openArea: 100, leasedShare: 0.6, openShare: 0.2 });
    expect(detail.buildings[0]!.occupancy).toEqual(detail.occupancy);
    expect((await send(agent, 'GET', `/api/sites/${park.id}/occupancy?buildingId=${hallId}`)).statusCode).toBe(404);
  });

  it('exports the unit register with tenants and states, and records the export', async () => {
    const response = await send(leader, 'GET', `/api/sites/${park.id}/export`, undefined, 'en');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('units-');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Units');
    const rows = sheet.getSheetValues().slice(1).map((row) => (row as ExcelJS.CellValue[]).slice(1, 9));
    expect(rows).toEqual([
      ['Building', 'Floor', 'Unit', 'Use', 'Area (m²)', 'State', 'Tenant', 'Leased area (m²)'],
      ['1号楼', '1F', '101', 'Office', 100, 'Open', '青岛雅居实木家具有限公司（载体测试）', 100],
      ['1号楼', '1F', '102', 'Industrial', 300, 'Signed', '青岛雅居实木家具有限公司（载体测试）', 200],
      ['1号楼', '2F', '201', 'Office', 100, 'Intent', '青岛雅居实木家具有限公司（载体测试）'],
    ]);
    const [audit] = await ctx.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, park.id), eq(auditEvents.action, 'export')));
    expect(audit).toMatchObject({ actorId: leader.userId, after: { rows: 3 } });
  });
});

describe('tenants', () => {
  it('shows an enterprise user its own leases only, and nothing else of sites', async () => {
    const tenant = await signIn(['enterprise'], { enterpriseId: tenantA });
    const other = await signIn(['enterprise'], { enterpriseId: tenantB });
    const mine = await ok<{ enterpriseId: string; siteName: string; unitCode: string }[]>(await send(tenant, 'GET', '/api/sites/tenancies'));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((l) => l.enterpriseId === tenantA)).toBe(true);
    expect((await ok<{ enterpriseId: string }[]>(await send(other, 'GET', '/api/sites/tenancies'))).every((l) => l.enterpriseId === tenantB)).toBe(true);
    expect((await send(tenant, 'GET', '/api/sites')).statusCode).toBe(403);
    expect((await send(tenant, 'GET', `/api/sites/${expo.id}/tree`)).statusCode).toBe(403);
    expect((await send(agent, 'GET', '/api/sites/tenancies')).statusCode).toBe(403);
  });

  it('puts lease moves on the tenant enterprise timeline, and moves leases with a merge', async () => {
    const timeline = await ok<{ items: { kind: string; title: string }[] }>(await send(agent, 'GET', `/api/enterprises/${tenantA}/timeline?pageSize=100`, undefined, 'en'));
    const titles = timeline.items.filter((i) => i.kind === 'site-lease').map((i) => i.title);
    expect(titles).toEqual(expect.arrayContaining(['Intent to lease recorded', 'Lease signed', 'Fitting-out started', 'Opened for business', 'Lease ended']));
    const duplicate = (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name: '青岛雅居实木家具（重复）', confirmDuplicate: true }), 201)).id;
    const spare = (await tree(expo.id)).buildings[0]!.floors.flatMap((f) => f.units).find((u) => u.state === 'vacant')!;
    await ok(await send(manager, 'POST', `/api/sites/units/${spare.id}/leases`, { enterpriseId: duplicate }), 201);
    await ok(await send(admin, 'POST', `/api/enterprises/${tenantA}/merge`, { duplicateId: duplicate }));
    const [moved] = await ctx.db.select().from(siteLeases).where(eq(siteLeases.unitId, spare.id));
    expect(moved!.enterpriseId).toBe(tenantA);
  });
});

describe('site references for other modules', () => {
  it('finds a unit where it is, and checks a reference', async () => {
    const target = await unitByCode(expo.id, '201');
    expect(await findSiteUnit(ctx.db, target.id)).toMatchObject({ code: '201', floorLabel: '2F', buildingName: 'A馆', siteId: expo.id });
    expect(await findSiteUnit(ctx.db, randomUUID())).toBeNull();
    await expect(checkSiteReference(ctx.db, { siteId: expo.id, unitId: target.id })).resolves.toBeUndefined();
    await expect(checkSiteReference(ctx.db, { siteId: park.id, unitId: target.id }, 'landing')).rejects.toMatchObject({ status: 400, options: { fields: [{ field: 'landing.unitId' }] } });
  });
});
