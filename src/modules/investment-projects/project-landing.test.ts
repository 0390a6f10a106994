import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { projects } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const leader = await signIn(['leader']);
const officer = await signIn(['officer']);
const otherOfficer = await signIn(['officer']);
const agent = await signIn(['agent']);

type Json = Record<string, unknown>;
type Landing = { siteId: string; siteName: string; buildingId: string | null; floorId: string | null; floorLabel: string | null; unitId: string | null; unitCode: string | null };
type Tree = { buildings: { id: string; floors: { id: string; label: string; units: { id: string; code: string }[] }[] }[] };
type Landed = { items: { id: string; name: string; stage: string; unitCode: string | null; buildingName: string | null }[]; total: number };

const send = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });
async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}
const fields = (response: Awaited<ReturnType<typeof send>>) => (response.json().errors as { field: string; message: string }[]).map((e) => e.field);

async function team(name: string, who: SignedIn) {
  const id = (await ok<{ id: string }>(await send(admin, 'POST', '/api/teams', { name }), 201)).id;
  await ok(await send(admin, 'POST', `/api/teams/${id}/memberships`, { userId: who.userId, startsOn: '2026-01-01', endsOn: null, role: 'member' }), 201);
  return id;
}
await team('西海岸新区驻深办（落地测试）', officer);
await team('即墨区招商一科（落地测试）', otherOfficer);
const enterpriseId = (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name: '深圳市云翼无人机科技有限公司（落地测试）', confirmDuplicate: true }), 201)).id;

async function siteWithUnits(name: string) {
  const site = await ok<{ id: string }>(await send(admin, 'POST', '/api/sites', { name, kind: 'park' }), 201);
  const building = (await ok<{ buildings: { id: string }[] }>(await send(admin, 'POST', `/api/sites/${site.id}/buildings`, { name: '1号楼' }))).buildings[0]!.id;
  await ok(await send(admin, 'POST', `/api/sites/buildings/${building}/units`, { rows: [{ level: 2, code: '201', area: 300, use: 'industrial' }, { level: 3, code: '301', area: 200, use: 'office' }] }), 201);
  const tree = await ok<Tree>(await send(admin, 'GET', `/api/sites/${site.id}/tree`));
  const floors = tree.buildings[0]!.floors;
  return { id: site.id, building, floor2: floors[0]!.id, unit201: floors[0]!.units[0]!.id, unit301: floors[1]!.units[0]!.id };
}
const park = await siteWithUnits('青岛西海岸无人机产业园（落地测试）');
const other = await siteWithUnits('即墨区智能制造产业园（落地测试）');

const create = (who: SignedIn, body: Json) => send(who, 'POST', '/api/projects', { name: '无人机电池配套项目', enterpriseId, ...body });

describe('where a project lands', () => {
  it('names a site and a unit, fills in the floor and building, and shows their names', async () => {
    const project = await ok<{ id: string; landing: Landing }>(await create(officer, { landing: { siteId: park.id, unitId: park.unit201 } }), 201);
    expect(project.landing).toMatchObject({ siteId: park.id, siteName: '青岛西海岸无人机产业园（落地测试）', buildingId: park.building, floorId: park.floor2, floorLabel: '2F', unitCode: '201' });

    const moved = await ok<{ landing: Landing }>(await send(officer, 'PATCH', `/api/projects/${project.id}`, { landing: { siteId: park.id, buildingId: park.building } }));
    expect(moved.landing).toMatchObject({ buildingId: park.building, floorId: null, unitId: null });
    const cleared = await ok<{ landing: Landing | null }>(await send(officer, 'PATCH', `/api/projects/${project.id}`, { landing: null }));
    expect(cleared.landing).toBeNull();
    const plain = await ok<{ landing: Landing | null }>(await create(officer, {}), 201);
    expect(plain.landing).toBeNull();
  });

  it('refuses an unknown site or unit, and a unit, floor or building of another site, writing nothing', async () => {
    const [before] = await ctx.db.select({ n: projects.id }).from(projects).where(eq(projects.landingSiteId, other.id));
    expect(before).toBeUndefined();
    const unknownSite = await create(officer, { landing: { siteId: randomUUID() } });
    expect(unknownSite.statusCode).toBe(400);
    expect(fields(unknownSite)).toEqual(['landing.siteId']);
    const unknownUnit = await create(officer, { landing: { siteId: park.id, unitId: randomUUID() } });
    expect(fields(unknownUnit)).toEqual(['landing.unitId']);
    const elsewhere = await create(officer, { landing: { siteId: park.id, unitId: other.unit201 } });
    expect(elsewhere.statusCode).toBe(400);
    expect(fields(elsewhere)).toEqual(['landing.unitId']);
    expect(elsewhere.json().errors[0].message).toBe('该载体中没有这个单元');
    expect(fields(await create(officer, { landing: { siteId: park.id, buildingId: other.building } }))).toEqual(['landing.buildingId']);
    expect(fields(await create(officer, { landing: { siteId: park.id, floorId: other.floor2 } }))).toEqual(['landing.floorId']);
    // A unit on another floor than the one named.
    expect(fields(await create(officer, { landing: { siteId: park.id, floorId: park.floor2, unitId: park.unit301 } }))).toEqual(['landing.unitId']);
    const english = await send(officer, 'POST', '/api/projects', { name: 'x', enterpriseId, landing: { siteId: randomUUID() } }, 'en');
    expect(english.json().errors[0].message).toBe('No such site');
    expect((await send(officer, 'POST', '/api/projects', { name: 'x', enterpriseId, landing: { siteId: 'park\u0000' } })).statusCode).toBe(400);

    const project = await ok<{ id: string }>(await create(officer, { landing: { siteId: park.id, unitId: park.unit301 } }), 201);
    const refused = await send(officer, 'PATCH', `/api/projects/${project.id}`, { landing: { siteId: other.id, unitId: park.unit301 }, name: '改名' });
    expect(fields(refused)).toEqual(['landing.unitId']);
    const [kept] = await ctx.db.select().from(projects).where(eq(projects.id, project.id));
    expect(kept).toMatchObject({ name: '无人机电池配套项目', landingSiteId: park.id, landingUnitId: park.unit301 });
  });

  it("lists a site's landed projects with their stage, to each reader only the projects they see", async () => {
    const ours = await ok<{ id: string }>(await create(officer, { name: '电池包产线（本队）', landing: { siteId: other.id, unitId: other.unit201 } }), 201);
    const theirs = await ok<{ id: string }>(await create(otherOfficer, { name: '螺旋桨配套（他队）', landing: { siteId: other.id } }), 201);
    await ok(await send(officer, 'POST', `/api/projects/${ours.id}/actions/contact`, {}));

    const mine = await ok<Landed>(await send(officer, 'GET', `/api/sites/${other.id}/projects`));
    expect(mine.items.map((p) => [p.name, p.stage, p.unitCode, p.buildingName])).toEqual([['电池包产线（本队）', 'contact', '201', '1号楼']]);
    expect(mine.total).toBe(1);
    const theirList = await ok<Landed>(await send(otherOfficer, 'GET', `/api/sites/${other.id}/projects`));
    expect(theirList.items.map((p) => p.id)).toEqual([theirs.id]);
    const all = await ok<Landed>(await send(leader, 'GET', `/api/sites/${other.id}/projects?pageSize=1&page=2`));
    expect(all.total).toBe(2);
    expect(all.items).toHaveLength(1);

    // Another team's officer cannot read the project itself either.
    expect((await send(otherOfficer, 'GET', `/api/projects/${ours.id}`)).statusCode).toBe(404);
    expect((await send(officer, 'GET', `/api/sites/${randomUUID()}/projects`)).statusCode).toBe(404);
    // Readers of sites without projects (agents) and enterprise users get 403.
    expect((await send(agent, 'GET', `/api/sites/${other.id}/projects`)).statusCode).toBe(403);
    const tenant = await signIn(['enterprise'], { enterpriseId });
    expect((await send(tenant, 'GET', `/api/sites/${other.id}/projects`)).statusCode).toBe(403);
  });

  it('keeps a project on its floor when the unit it names is removed from the register', async () => {
    const site = await siteWithUnits('青岛西海岸新区人才创新园（落地测试）');
    const project = await ok<{ id: string }>(await create(officer, { landing: { siteId: site.id, unitId: site.unit201 } }), 201);
    expect((await send(admin, 'DELETE', `/api/sites/units/${site.unit201}`)).statusCode).toBe(204);
    const landing = (await ok<{ landing: Landing }>(await send(officer, 'GET', `/api/projects/${project.id}`))).landing;
    expect(landing).toMatchObject({ siteId: site.id, floorId: site.floor2, unitId: null, unitCode: null });
  });
});
