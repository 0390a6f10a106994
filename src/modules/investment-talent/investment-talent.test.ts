import { count, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { talentRecords } from './schema.ts';
import { countLandedTalent, talentStageCounts } from './talent-figures.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const leader = await signIn(['leader']);
const officer = await signIn(['officer']);
const colleague = await signIn(['officer']);
const otherOfficer = await signIn(['officer']);
const operator = await signIn(['operator']);

type Json = Record<string, unknown>;
type Talent = {
  id: string;
  name: string;
  stage: string;
  teamId: string | null;
  ownerId: string | null;
  needs: string[];
  contacts: { name: string; phone?: string }[];
  project: { id: string; name: string } | null;
  landedOn: string | null;
  landedEnterpriseId: string | null;
  landedEnterpriseName: string | null;
  heldFromStage: string | null;
  holdReason: string | null;
  endReason: string | null;
  industryName: string | null;
  actions: string[];
  moves: { action: string; evidence: Json | null }[];
  stages: { stage: string; current: boolean }[];
};
type Page = { items: Talent[]; total: number };

const send = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });
async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}
const fields = (response: Awaited<ReturnType<typeof send>>) => (response.json().errors as { field: string }[]).map((e) => e.field).sort();

async function team(name: string, ...members: SignedIn[]) {
  const id = (await ok<{ id: string }>(await send(admin, 'POST', '/api/teams', { name }), 201)).id;
  for (const who of members) await ok(await send(admin, 'POST', `/api/teams/${id}/memberships`, { userId: who.userId, startsOn: '2026-01-01', endsOn: null, role: 'member' }), 201);
  return id;
}
const shenzhen = await team('西海岸新区驻深办（人才测试）', officer, colleague);
const jimo = await team('即墨区招商一科（人才测试）', otherOfficer);
const enterpriseId = (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name: '青岛海蓝生物医药科技有限公司（人才测试）', confirmDuplicate: true }), 201)).id;
const ourProject = (await ok<{ id: string }>(await send(officer, 'POST', '/api/projects', { name: '无人机整机（人才测试）', enterpriseId }), 201)).id;
const theirProject = (await ok<{ id: string }>(await send(otherOfficer, 'POST', '/api/projects', { name: 'VR 扩产（人才测试）', enterpriseId }), 201)).id;

const create = (who: SignedIn, body: Json = {}) =>
  send(who, 'POST', '/api/talent', {
    name: '无人机动力电池工程团队',
    kind: 'team',
    field: '高倍率锂电池包',
    institution: '深圳某无人机企业',
    currentCity: '深圳',
    needs: ['labSpace', 'housing', 'housing'],
    contacts: [{ name: '陈立峰', phone: '13800000001' }],
    ...body,
  });
const move = (who: SignedIn, id: string, action: string, evidence: Json = {}, language = 'zh-CN') => send(who, 'POST', `/api/talent/${id}/actions/${action}`, evidence, language);
const recordCount = async () => (await ctx.db.select({ n: count() }).from(talentRecords))[0]!.n;
const today = chinaToday();

describe('talent records', () => {
  it('are created at 接触 by an officer, kept by their team, with an audit event and the start of the workflow', async () => {
    const talent = await ok<Talent>(await create(officer, { industryCode: 'C3841', projectId: ourProject }), 201);
    expect(talent).toMatchObject({ stage: 'contact', teamId: shenzhen, ownerId: officer.userId, needs: ['labSpace', 'housing'], project: { id: ourProject } });
    expect(talent.industryName).not.toBeNull();
    expect(talent.contacts).toEqual([{ name: '陈立峰', phone: '13800000001' }]);
    expect(talent.actions).toEqual(expect.arrayContaining(['intent', 'land', 'hold', 'terminate', 'edit']));
    const [audit] = await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, talent.id));
    expect(audit).toMatchObject({ action: 'create', entityType: 'talent' });
    expect(talent.moves.map((m) => m.action)).toEqual(['start']);

    // The project page's card lists it; a colleague of the team sees it too, searched in either script.
    const card = await ok<Talent[]>(await send(colleague, 'GET', `/api/projects/${ourProject}/talent`));
    expect(card.map((t) => t.id)).toEqual([talent.id]);
    const found = await ok<Page>(await send(colleague, 'GET', `/api/talent?q=${encodeURIComponent('無人機')}`));
    expect(found.items.map((t) => t.id)).toContain(talent.id);
    type Groups = { groups: { kind: string; hits: { id: string }[] }[] };
    const hits = async (who: SignedIn) =>
      (await ok<Groups>(await send(who, 'GET', `/api/search?q=${encodeURIComponent('动力电池')}`))).groups.find((g) => g.kind === 'talent')?.hits.map((h) => h.id) ?? [];
    expect(await hits(colleague)).toContain(talent.id);
    expect(await hits(otherOfficer)).not.toContain(talent.id);
    const needing = await ok<Page>(await send(colleague, 'GET', '/api/talent?need=schooling'));
    expect(needing.items.map((t) => t.id)).not.toContain(talent.id);
  });

  it('move 接触 → 意向 → 落地 with the landing day and where, and refuse wrong moves and missing evidence writing nothing', async () => {
    const talent = await ok<Talent>(await create(officer), 201);
    const intent = await ok<Talent>(await move(officer, talent.id, 'intent', { note: '愿意整体迁入' }));
    expect(intent.stage).toBe('intent');
    expect((await move(officer, talent.id, 'intent')).statusCode).toBe(409);
    expect((await move(officer, talent.id, 'fly')).statusCode).toBe(404);

    const before = await ctx.db.select({ n: count() }).from(workflowTransitions).where(eq(workflowTransitions.recordId, talent.id));
    const missing = await move(officer, talent.id, 'land', {});
    expect(missing.statusCode).toBe(400);
    expect(fields(missing)).toEqual(['landedOn']);
    const future = await move(officer, talent.id, 'land', { landedOn: '2999-01-01' }, 'en');
    expect(fields(future)).toEqual(['landedOn']);
    expect(future.json().errors[0].message).toBe('The landing day cannot be after today');
    expect(fields(await move(officer, talent.id, 'land', { landedOn: today, enterpriseId: randomUUID() }))).toEqual(['enterpriseId']);
    const after = await ctx.db.select({ n: count() }).from(workflowTransitions).where(eq(workflowTransitions.recordId, talent.id));
    expect(after).toEqual(before);
    expect((await ctx.db.select().from(talentRecords).where(eq(talentRecords.id, talent.id)))[0]!.stage).toBe('intent');

    const landed = await ok<Talent>(await move(officer, talent.id, 'land', { landedOn: today, enterpriseId, note: '全职到岗' }));
    expect(landed).toMatchObject({ stage: 'landed', landedOn: today, landedEnterpriseId: enterpriseId, landedEnterpriseName: '青岛海蓝生物医药科技有限公司（人才测试）' });
    expect(landed.actions).toEqual(['edit']);
    expect(landed.moves.at(-1)).toMatchObject({ action: 'land', evidence: { landedOn: today, enterpriseId } });
    expect((await move(officer, talent.id, 'terminate', { reason: '晚了' })).statusCode).toBe(409);
  });

  it('of two moves at once, make one and refuse the other', async () => {
    const talent = await ok<Talent>(await create(officer), 201);
    const answers = await Promise.all([move(officer, talent.id, 'intent'), move(colleague, talent.id, 'intent')]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const moves = await ctx.db.select().from(workflowTransitions).where(eq(workflowTransitions.recordId, talent.id));
    expect(moves.map((m) => m.action).sort()).toEqual(['intent', 'start']);
  });

  it('hold with a reason and resume to the stage it was held in; end with a reason, after which it no longer changes', async () => {
    const talent = await ok<Talent>(await create(officer), 201);
    expect(fields(await move(officer, talent.id, 'hold', {}))).toEqual(['reason']);
    const held = await ok<Talent>(await move(officer, talent.id, 'hold', { reason: '家庭原因暂缓' }));
    expect(held).toMatchObject({ stage: 'onHold', heldFromStage: 'contact', holdReason: '家庭原因暂缓' });
    expect(held.actions).toEqual(expect.arrayContaining(['resume-contact', 'terminate']));
    expect(held.actions).not.toContain('resume-intent');
    expect((await move(officer, talent.id, 'resume-intent')).statusCode).toBe(403);
    expect((await ok<Talent>(await move(officer, talent.id, 'resume-contact'))).stage).toBe('contact');
    const ended = await ok<Talent>(await move(officer, talent.id, 'terminate', { reason: '已去其他城市' }));
    expect(ended).toMatchObject({ stage: 'ended', endReason: '已去其他城市', actions: [] });
    expect((await send(officer, 'PATCH', `/api/talent/${talent.id}`, { name: '改名' })).statusCode).toBe(409);
  });

  it("are seen by their team's officers and leaders only: 404 for another team's officer, 403 for other roles", async () => {
    const talent = await ok<Talent>(await create(officer), 201);
    expect((await send(otherOfficer, 'GET', `/api/talent/${talent.id}`)).statusCode).toBe(404);
    expect((await send(otherOfficer, 'GET', `/api/talent/${randomUUID()}`)).statusCode).toBe(404);
    expect((await move(otherOfficer, talent.id, 'intent')).statusCode).toBe(404);
    expect((await send(otherOfficer, 'PATCH', `/api/talent/${talent.id}`, { name: '别人的' })).statusCode).toBe(404);
    const theirs = await ok<Page>(await send(otherOfficer, 'GET', '/api/talent?pageSize=200'));
    expect(theirs.items.map((t) => t.id)).not.toContain(talent.id);
    expect((await ok<Talent>(await send(leader, 'GET', `/api/talent/${talent.id}`))).actions).toEqual([]);
    expect((await move(leader, talent.id, 'intent')).statusCode).toBe(403);

    const enterpriseUser = await signIn(['enterprise'], { enterpriseId });
    for (const who of [enterpriseUser, operator]) {
      expect((await send(who, 'GET', '/api/talent')).statusCode).toBe(403);
      expect((await send(who, 'GET', `/api/talent/${talent.id}`)).statusCode).toBe(403);
      expect((await create(who)).statusCode).toBe(403);
      expect((await send(who, 'GET', '/api/talent/figures')).statusCode).toBe(403);
    }
    // The project card: 404 for a project the reader does not see, only the reader's talent otherwise.
    expect((await send(otherOfficer, 'GET', `/api/projects/${ourProject}/talent`)).statusCode).toBe(404);
  });

  it('link only a project the creator sees: 400 on projectId alike for a missing one and another team’s', async () => {
    const before = await recordCount();
    const foreign = await create(officer, { projectId: theirProject });
    const missing = await create(officer, { projectId: randomUUID() });
    expect([foreign.statusCode, missing.statusCode]).toEqual([400, 400]);
    expect(foreign.json().errors).toEqual(missing.json().errors);
    expect(fields(foreign)).toEqual(['projectId']);
    expect(await recordCount()).toBe(before);

    const talent = await ok<Talent>(await create(officer), 201);
    expect(fields(await send(officer, 'PATCH', `/api/talent/${talent.id}`, { projectId: theirProject }))).toEqual(['projectId']);
    const linked = await ok<Talent>(await send(officer, 'PATCH', `/api/talent/${talent.id}`, { projectId: ourProject, needs: ['schooling'] }));
    expect(linked).toMatchObject({ project: { id: ourProject }, needs: ['schooling'] });
    expect((await ok<Talent>(await send(officer, 'PATCH', `/api/talent/${talent.id}`, { projectId: null }))).project).toBeNull();

    // A leader links any project; the officer reading the record does not see a project of another team.
    const byLeader = await ok<Talent>(await send(admin, 'POST', '/api/talent', { name: '跨队人才', kind: 'person', teamId: shenzhen, projectId: theirProject }), 201);
    expect((await ok<Talent>(await send(officer, 'GET', `/api/talent/${byLeader.id}`))).project).toBeNull();
    expect((await ok<Talent>(await send(admin, 'GET', `/api/talent/${byLeader.id}`))).project).toMatchObject({ id: theirProject });
  });

  it('refuse NUL bytes, huge strings, unknown tags and another team or owner with 400, writing nothing', async () => {
    const before = await recordCount();
    expect((await create(officer, { name: '陈\u0000团队' })).statusCode).toBe(400);
    expect(fields(await create(officer, { name: 'x'.repeat(201) }))).toEqual(['name']);
    expect(fields(await create(officer, { needsNote: '长'.repeat(2001) }))).toEqual(['needsNote']);
    expect(fields(await create(officer, { needs: ['yacht'] }))).toEqual(['needs.0']);
    expect(fields(await create(officer, { contacts: Array.from({ length: 11 }, () => ({ name: 'x' })) }))).toEqual(['contacts']);
    expect(fields(await create(officer, { industryCode: 'Z9999' }))).toEqual(['industryCode']);
    expect(fields(await create(officer, { teamId: jimo }))).toEqual(['teamId']);
    expect(fields(await create(officer, { ownerId: otherOfficer.userId }))).toEqual(['ownerId']);
    expect(fields(await create(officer, { name: '' }))).toEqual(['name']);
    expect(await recordCount()).toBe(before);
    const byColleague = await ok<Talent>(await create(officer, { ownerId: colleague.userId }), 201);
    expect(byColleague.ownerId).toBe(colleague.userId);
  });

  it('count each stage and those landed in the year, for the reader’s records only', async () => {
    const theirs = await ok<Talent>(await create(otherOfficer), 201);
    await ok(await move(otherOfficer, theirs.id, 'land', { landedOn: today }));
    const mine = await ok<{ stages: Record<string, number>; landed: number; year: number }>(await send(officer, 'GET', '/api/talent/figures'));
    const all = await ok<{ stages: Record<string, number>; landed: number }>(await send(leader, 'GET', '/api/talent/figures'));
    expect(all.landed).toBe(mine.landed + 1);
    expect(all.stages.landed).toBe(mine.stages.landed! + 1);
    expect(mine.year).toBe(Number(today.slice(0, 4)));
    const year = today.slice(0, 4);
    expect(await countLandedTalent(ctx.db, { from: `${year}-01-01`, to: `${year}-12-31` })).toBe(all.landed);
    expect(await countLandedTalent(ctx.db, { from: '2000-01-01', to: '2000-12-31' })).toBe(0);
    const stages = await talentStageCounts(ctx.db);
    expect(Object.values(stages).reduce((a, b) => a + b, 0)).toBe(await recordCount());
    expect((await ok<{ landed: number }>(await send(leader, 'GET', '/api/talent/figures?year=2000'))).landed).toBe(0);
  });

  it("count landed talent towards its team's yearly target, and follow a merged enterprise to the survivor", async () => {
    const talent = await ok<Talent>(await create(colleague), 201);
    const duplicate = (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name: '海蓝生物医药（人才测试重复）', confirmDuplicate: true }), 201)).id;
    await ok(await move(colleague, talent.id, 'land', { landedOn: today, enterpriseId: duplicate }));
    const year = today.slice(0, 4);
    const targets = await ok<{ targets: { measure: string; progress: number; label: string }[] }>(await send(leader, 'GET', `/api/teams/${shenzhen}/targets?year=${year}`));
    const landed = targets.targets.find((target) => target.measure === 'landedTalent')!;
    const [row] = await ctx.db.select({ n: count() }).from(talentRecords).where(eq(talentRecords.teamId, shenzhen));
    expect(landed.label).toBe('引进人才（团队）落地数');
    expect(landed.progress).toBe(await countLandedTalent(ctx.db, { from: `${year}-01-01`, to: `${year}-12-31` }, eq(talentRecords.teamId, shenzhen)));
    expect(landed.progress).toBeGreaterThan(0);
    expect(landed.progress).toBeLessThanOrEqual(row!.n);

    // On the timeline of the enterprise it landed at, for readers of the record only.
    const titles = async (who: SignedIn) => (await ok<{ items: { title: string }[] }>(await send(who, 'GET', `/api/enterprises/${duplicate}/timeline`))).items.map((i) => i.title);
    expect(await titles(colleague)).toContain('人才落地');
    expect(await titles(otherOfficer)).not.toContain('人才落地');
    const tenant = await signIn(['enterprise'], { enterpriseId: duplicate });
    expect(await titles(tenant)).not.toContain('人才落地');

    await ok(await send(admin, 'POST', `/api/enterprises/${enterpriseId}/merge`, { duplicateId: duplicate }));
    expect((await ok<Talent>(await send(colleague, 'GET', `/api/talent/${talent.id}`))).landedEnterpriseId).toBe(enterpriseId);
  });
});
