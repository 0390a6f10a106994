import { count, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { projects } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const officer = await signIn(['officer']);
const otherTeamOfficer = await signIn(['officer']);
const keeperOnly = await signIn(['officer']);

type Json = Record<string, unknown>;
type Project = { id: string; enterpriseId: string; teamId: string | null; originVisit: { id: string; visitedOn: string; place: string | null } | null };
type Visit = { id: string; projects: { id: string; name: string; stage: string }[] };

const send = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });

async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

async function enterprise(name: string) {
  return (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name, confirmDuplicate: true }), 201)).id;
}
async function team(name: string) {
  return (await ok<{ id: string }>(await send(admin, 'POST', '/api/teams', { name }), 201)).id;
}
async function member(teamId: string, who: SignedIn) {
  await ok(await send(admin, 'POST', `/api/teams/${teamId}/memberships`, { userId: who.userId, startsOn: '2026-01-01', endsOn: null, role: 'member' }), 201);
}

const shenzhen = await team('西海岸新区驻深办（走访转项目）');
const keeping = await team('项目推进组（走访转项目）');
const jimo = await team('即墨区招商一科（走访转项目）');
await member(shenzhen, officer);
await member(keeping, officer);
await member(keeping, keeperOnly);
await member(jimo, otherTeamOfficer);

const yikong = await enterprise('深圳市翼控微电子有限公司（走访转项目）');
const other = await enterprise('深圳市蜂巢动力电池有限公司（走访转项目）');
const visit = await ok<{ id: string }>(
  await send(officer, 'POST', '/api/visits', { idempotencyKey: randomUUID().replaceAll('-', ''), enterpriseId: yikong, visitedOn: '2026-11-20', place: '南山科技园', teamId: shenzhen }),
  201,
);
const projectCount = async () => (await ctx.db.select({ n: count() }).from(projects))[0]!.n;

describe('a project from a visit', () => {
  it("takes the visit's enterprise and team and records the visit; each shows the other", async () => {
    const project = await ok<Project>(await send(officer, 'POST', '/api/projects', { name: '翼控微电子项目', visitId: visit.id }), 201);
    expect(project.enterpriseId).toBe(yikong);
    expect(project.teamId).toBe(shenzhen);
    expect(project.originVisit).toEqual({ id: visit.id, visitedOn: '2026-11-20', place: '南山科技园' });
    const [row] = await ctx.db.select({ originVisitId: projects.originVisitId }).from(projects).where(eq(projects.id, project.id));
    expect(row!.originVisitId).toBe(visit.id);

    const shown = await ok<Visit>(await send(officer, 'GET', `/api/visits/${visit.id}`));
    expect(shown.projects).toEqual([{ id: project.id, name: '翼控微电子项目', stage: 'lead' }]);
    expect((await ok<Project>(await send(officer, 'GET', `/api/projects/${project.id}`))).originVisit?.id).toBe(visit.id);
  });

  it('refuses a visit the creator cannot read, writing nothing', async () => {
    const before = await projectCount();
    const refused = await send(otherTeamOfficer, 'POST', '/api/projects', { name: '别人的走访', visitId: visit.id }, 'en');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'visitId', message: 'No such visit, or not one you can see' }]);
    expect(await send(otherTeamOfficer, 'GET', `/api/visits/${visit.id}`).then((r) => r.statusCode)).toBe(404);
    expect(await projectCount()).toBe(before);
  });

  it("refuses an enterprise other than the visit's", async () => {
    const before = await projectCount();
    const refused = await send(officer, 'POST', '/api/projects', { name: '错配企业', visitId: visit.id, enterpriseId: other }, 'zh-TW');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'enterpriseId', message: '企業與走訪的企業不一致' }]);
    expect(await projectCount()).toBe(before);
  });

  it('shows the origin visit only to readers of the visit', async () => {
    const project = await ok<Project>(await send(officer, 'POST', '/api/projects', { name: '翼控二期', visitId: visit.id, teamId: keeping }), 201);
    expect(project.teamId).toBe(keeping);
    expect(project.originVisit?.id).toBe(visit.id);
    const seen = await ok<Project>(await send(keeperOnly, 'GET', `/api/projects/${project.id}`));
    expect(seen.originVisit).toBeNull();
    // The visit lists only the projects its reader sees: the other team's reads neither.
    const shown = await ok<Visit>(await send(officer, 'GET', `/api/visits/${visit.id}`));
    expect(shown.projects.map((p) => p.name)).toEqual(['翼控微电子项目', '翼控二期']);
  });
});
