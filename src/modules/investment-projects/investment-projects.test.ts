import { and, count, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pdf } from '../../platform/attachments/attachments-test-app.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { notifications } from '../../platform/notifications/schema.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { multipartForm } from '../../test/multipart-form.ts';
import { enterprises } from '../enterprises/schema.ts';
import { leads } from '../investment-leads/schema.ts';
import { notifyStalledProjects } from './notify-stalled-projects.ts';
import { projectAmountChanges, projects, projectSignings } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const leader = await signIn(['leader']);
const manager = await signIn(['officer']);
const colleague = await signIn(['officer']);
const teamLead = await signIn(['officer']);
const jimoOfficer = await signIn(['officer']);
const counter = await signIn(['officer']);
const operator = await signIn(['operator']);

type Json = Record<string, unknown>;
type Project = {
  id: string;
  name: string;
  enterpriseId: string;
  teamId: string | null;
  managerId: string | null;
  stage: string;
  kind: string;
  heldFromStage: string | null;
  agreedAmountWan: number | null;
  countedAmountWan: number;
  verification: string | null;
  firstSignedOn: string | null;
  registeredEnterpriseId: string | null;
  industryCode: string | null;
  stalled: boolean;
  daysInStage: number;
  actions: string[];
  signings: { signedOn: string; amountWan: number; counted: boolean; verification: string | null }[];
  amountChanges: { oldAmountWan: number; newAmountWan: number; reason: string; changedByName: string }[];
  stages: { stage: string; days: number; current: boolean }[];
  moves: { action: string; evidence: Json | null }[];
};
type Page = { items: Project[]; total: number };

const send = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });

async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

const today = chinaToday();

async function enterprise(name: string, industryCode: string | null = null, creditCode: string | null = null) {
  return (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name, industryCode, creditCode, confirmDuplicate: true }), 201)).id;
}
async function team(name: string) {
  return (await ok<{ id: string }>(await send(admin, 'POST', '/api/teams', { name }), 201)).id;
}
async function member(teamId: string, who: SignedIn, role: 'lead' | 'member' = 'member') {
  await ok(await send(admin, 'POST', `/api/teams/${teamId}/memberships`, { userId: who.userId, startsOn: '2026-01-01', endsOn: null, role }), 201);
}

const shenzhen = await team('西海岸新区驻深办（项目）');
const jimo = await team('即墨区招商一科（项目）');
const counting = await team('统计口径测试组（项目）');
await member(shenzhen, manager);
await member(shenzhen, colleague);
await member(shenzhen, teamLead, 'lead');
await member(counting, counter);
await member(jimo, jimoOfficer);

const defang = await enterprise('德纺（青岛）纺织品贸易有限公司（项目测试）', 'F5131');
const gangwan = await enterprise('青岛港湾智能装备有限公司（项目测试）', 'C3434');
const enterpriseUser = await signIn(['enterprise'], { enterpriseId: defang });

async function create(who: SignedIn, body: Json): Promise<Project> {
  return ok<Project>(await send(who, 'POST', '/api/projects', { name: '测试项目', enterpriseId: defang, ...body }), 201);
}
const move = (who: SignedIn, id: string, action: string, evidence?: Json, language = 'zh-CN') =>
  send(who, 'POST', `/api/projects/${id}/actions/${action}`, evidence ?? {}, language);
const get = async (who: SignedIn, id: string) => ok<Project>(await send(who, 'GET', `/api/projects/${id}`));

async function upload(who: SignedIn, projectId: string, fileName = '投资协议.pdf'): Promise<string> {
  const { payload, contentType } = multipartForm([
    { name: 'kind', value: 'project' },
    { name: 'recordId', value: projectId },
    { name: 'file', fileName, content: pdf },
  ]);
  const response = await app.inject({ method: 'POST', url: '/api/attachments', headers: { ...who.headers, 'content-type': contentType }, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

async function snapshot(id: string) {
  const [project] = await ctx.db.select().from(projects).where(eq(projects.id, id));
  const [transitions] = await ctx.db.select({ n: count() }).from(workflowTransitions).where(eq(workflowTransitions.recordId, id));
  const [signings] = await ctx.db.select({ n: count() }).from(projectSignings).where(eq(projectSignings.projectId, id));
  const [changes] = await ctx.db.select({ n: count() }).from(projectAmountChanges).where(eq(projectAmountChanges.projectId, id));
  return { project, transitions: transitions!.n, signings: signings!.n, changes: changes!.n };
}

const errorFields = (response: Awaited<ReturnType<typeof send>>) => (response.json().errors as { field: string }[]).map((e) => e.field).sort();

async function signed(who: SignedIn, body: Json, evidence: { signedOn: string; amountWan: number }): Promise<Project> {
  const project = await create(who, body);
  const file = await upload(who, project.id);
  return ok<Project>(await move(who, project.id, 'sign', { ...evidence, capitalOrigin: 'domestic', agreementFileId: file }));
}

const projectCount = async () => (await ctx.db.select({ n: count() }).from(projects))[0]!.n;
const enterpriseCount = async () => (await ctx.db.select({ n: count() }).from(enterprises))[0]!.n;

describe('creating a project', () => {
  it("keeps it in the creator's team, managed by them, at 线索, with the enterprise's industry", async () => {
    const project = await create(manager, { name: '德纺华北展厅' });
    expect(project).toMatchObject({ name: '德纺华北展厅', enterpriseId: defang, teamId: shenzhen, managerId: manager.userId, stage: 'lead', kind: 'new', industryCode: 'F5131' });
    expect(project.actions).toEqual(expect.arrayContaining(['contact', 'intent', 'negotiate', 'sign', 'hold', 'terminate', 'edit']));
    expect(project.actions).not.toContain('register');
    expect(project.stages).toEqual([expect.objectContaining({ stage: 'lead', current: true })]);
  });

  it('creates a new enterprise in the same transaction, or nothing at all', async () => {
    const created = await create(manager, { enterpriseId: undefined, enterprise: { name: '青岛蜂鸟电池科技有限公司' } });
    const [row] = await ctx.db.select({ name: enterprises.name }).from(enterprises).where(eq(enterprises.id, created.enterpriseId));
    expect(row!.name).toBe('青岛蜂鸟电池科技有限公司');
    const before = { projects: await projectCount(), enterprises: await enterpriseCount() };
    const refused = await send(manager, 'POST', '/api/projects', { name: 'x', enterprise: { name: '青岛桨影科技有限公司' }, industryCode: 'Z9999' }, 'en');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'industryCode', message: 'No such GB/T 4754 industry code' }]);
    expect({ projects: await projectCount(), enterprises: await enterpriseCount() }).toEqual(before);
  });

  it("converts the lead it comes from through the lead workflow; another team's lead is no lead of the creator's", async () => {
    const lead = await ok<{ id: string }>(await send(manager, 'POST', '/api/leads', { enterpriseId: gangwan, source: 'visit' }), 201);
    const project = await create(manager, { enterpriseId: undefined, leadId: lead.id, name: '港湾二期' });
    expect(project).toMatchObject({ enterpriseId: gangwan, teamId: shenzhen, industryCode: 'C3434' });
    const [row] = await ctx.db.select({ status: leads.status }).from(leads).where(eq(leads.id, lead.id));
    expect(row!.status).toBe('converted');
    const [converted] = await ctx.db.select({ n: count() }).from(workflowTransitions).where(and(eq(workflowTransitions.recordId, lead.id), eq(workflowTransitions.action, 'convert')));
    expect(converted!.n).toBe(1);
    // Converted once: a second project from it is refused, and nothing is written.
    const before = await projectCount();
    expect((await send(manager, 'POST', '/api/projects', { name: '再来一次', leadId: lead.id })).statusCode).toBe(409);
    const jimoLead = await ok<{ id: string }>(await send(jimoOfficer, 'POST', '/api/leads', { enterpriseId: gangwan, source: 'visit' }), 201);
    const foreign = await send(manager, 'POST', '/api/projects', { name: '越权', leadId: jimoLead.id }, 'en');
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([{ field: 'leadId', message: 'No such lead, or not one you can see' }]);
    expect(await projectCount()).toBe(before);
    const [untouched] = await ctx.db.select({ status: leads.status }).from(leads).where(eq(leads.id, jimoLead.id));
    expect(untouched!.status).toBe('open');
  });

  it('refuses bad input, foreign ids, NUL and huge strings with a message in the caller\'s language and writes nothing', async () => {
    const before = await projectCount();
    const cases: [Json, string, string][] = [
      [{ enterpriseId: undefined }, 'enterpriseId', 'Choose an enterprise, create one, or start from a lead'],
      [{ enterpriseId: randomUUID() }, 'enterpriseId', 'No such enterprise, or it was merged'],
      [{ name: 'a\u0000b' }, 'name', ''],
      [{ name: '项'.repeat(100_000) }, 'name', ''],
      [{ name: '' }, 'name', ''],
      [{ teamId: jimo }, 'teamId', 'You can only keep it in a team you belong to'],
      [{ teamId: randomUUID() }, 'teamId', 'No such team, or it is archived'],
      [{ managerId: jimoOfficer.userId }, 'managerId', "The manager must be you or a member of the project's team"],
      [{ regionCode: '999999' }, 'regionCode', 'No such GB/T 2260 region code'],
      [{ kind: 'capitalIncrease', increaseOfProjectId: randomUUID() }, 'increaseOfProjectId', 'No such project'],
      [{ kind: 'new', increaseOfProjectId: randomUUID() }, 'increaseOfProjectId', 'Only a capital increase adds to an earlier project'],
      [{ nextFollowUpOn: '2026-02-30' }, 'nextFollowUpOn', ''],
      [{ leadId: 'not-a-uuid' }, 'leadId', ''],
    ];
    for (const [body, field, message] of cases) {
      const response = await send(manager, 'POST', '/api/projects', { name: '测试项目', enterpriseId: defang, ...body }, 'en');
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      const errors = response.json().errors as { field: string; message: string }[];
      expect(errors.map((e) => e.field)).toContain(field);
      if (message) expect(errors.find((e) => e.field === field)!.message).toBe(message);
    }
    expect(await projectCount()).toBe(before);
  });
});

describe('who sees which projects', () => {
  it("gives an officer their team's and their own, 404 for another team's, 403 for enterprise users and other roles", async () => {
    const project = await create(manager, { name: '驻深办项目' });
    const jimoProject = await create(jimoOfficer, { name: '即墨项目' });
    expect((await get(colleague, project.id)).id).toBe(project.id);
    expect((await get(leader, jimoProject.id)).actions).toEqual([]);
    for (const [who, id] of [
      [jimoOfficer, project.id],
      [manager, jimoProject.id],
    ] as const) {
      expect((await send(who, 'GET', `/api/projects/${id}`)).statusCode).toBe(404);
      expect((await send(who, 'PATCH', `/api/projects/${id}`, { name: '越权' })).statusCode).toBe(404);
      expect((await move(who, id, 'contact')).statusCode).toBe(404);
      expect((await send(who, 'POST', `/api/projects/${id}/amount`, { amountWan: 1, reason: '越权' })).statusCode).toBe(404);
      expect((await send(who, 'GET', `/api/attachments?kind=project&recordId=${id}`)).statusCode).toBe(404);
    }
    const missing = await send(manager, 'GET', `/api/projects/${randomUUID()}`);
    const foreign = await send(manager, 'GET', `/api/projects/${jimoProject.id}`);
    expect(foreign.json().title).toBe(missing.json().title);
    const listed = async (who: SignedIn) => (await ok<Page>(await send(who, 'GET', '/api/projects?pageSize=200'))).items.map((p) => p.id);
    expect(await listed(manager)).toContain(project.id);
    expect(await listed(manager)).not.toContain(jimoProject.id);
    expect(await listed(leader)).toEqual(expect.arrayContaining([project.id, jimoProject.id]));
    for (const who of [enterpriseUser, operator]) {
      expect((await send(who, 'GET', '/api/projects')).statusCode).toBe(403);
      expect((await send(who, 'GET', `/api/projects/${project.id}`)).statusCode).toBe(403);
      expect((await send(who, 'GET', '/api/projects/summary')).statusCode).toBe(403);
      expect((await send(who, 'POST', '/api/projects', { name: 'x', enterpriseId: defang })).statusCode).toBe(403);
    }
    // Leaders read every project but do not work them.
    expect((await send(leader, 'POST', '/api/projects', { name: 'x', enterpriseId: defang })).statusCode).toBe(403);
    // The enterprise's own user reads its timeline, but never its projects' moves.
    const timeline = async (who: SignedIn) =>
      (await ok<{ items: { kind: string; details: { recordId: string } }[] }>(await send(who, 'GET', `/api/enterprises/${defang}/timeline?pageSize=200`))).items
        .filter((item) => item.kind === 'project')
        .map((item) => item.details.recordId);
    expect(await timeline(enterpriseUser)).toEqual([]);
    expect(await timeline(manager)).toContain(project.id);
    expect(await timeline(manager)).not.toContain(jimoProject.id);
    expect(await timeline(admin)).toEqual(expect.arrayContaining([project.id, jimoProject.id]));
  });
});

describe('moving through the stages', () => {
  it('asks each move for its evidence, names what is missing and writes nothing until it is complete', async () => {
    const project = await create(manager, { name: '全流程项目' });
    const id = project.id;
    const refuse = async (action: string, evidence: Json, fields: string[], language = 'zh-CN') => {
      const before = await snapshot(id);
      const response = await move(manager, id, action, evidence, language);
      expect(response.statusCode, response.body).toBe(400);
      expect(errorFields(response)).toEqual(fields.sort());
      expect(await snapshot(id)).toEqual(before);
      return response;
    };
    await ok(await move(manager, id, 'contact', { note: '拜会韩经理' }));
    await ok(await move(manager, id, 'intent'));
    // Back is no move; a stage before signing is skipped forward only.
    expect((await move(manager, id, 'contact')).statusCode).toBe(409);
    await ok(await move(manager, id, 'negotiate'));

    const missing = await refuse('sign', {}, ['signedOn', 'amountWan', 'capitalOrigin', 'agreementFileId'], 'en');
    expect(missing.json().errors[0].message).toBe('Required');
    const other = await create(manager, { name: '另一个项目' });
    const foreignFile = await upload(manager, other.id);
    await refuse('sign', { signedOn: '2026-03-10', amountWan: 6800, capitalOrigin: 'foreign', agreementFileId: foreignFile }, ['agreementFileId']);
    await refuse('sign', { signedOn: '2026-03-10', amountWan: -1, capitalOrigin: 'foreign', agreementFileId: randomUUID() }, ['amountWan']);
    const agreement = await upload(manager, id);
    const afterSigning = await ok<Project>(await move(manager, id, 'sign', { signedOn: '2026-03-10', amountWan: 6800, capitalOrigin: 'foreign', agreementFileId: agreement }));
    expect(afterSigning).toMatchObject({ stage: 'signed', agreedAmountWan: 6800, countedAmountWan: 6800, verification: 'verified', firstSignedOn: '2026-03-10' });
    expect(afterSigning.signings).toEqual([expect.objectContaining({ signedOn: '2026-03-10', amountWan: 6800, counted: true, verification: 'verified' })]);
    expect(afterSigning.actions).toEqual(expect.arrayContaining(['register', 'resign', 'changeAmount']));

    await refuse('register', {}, ['creditCode']);
    await refuse('register', { creditCode: '91370215MA3C4BXX1X' }, ['creditCode']);
    const enterprisesBefore = await enterpriseCount();
    await refuse('register', { creditCode: '91370215MAC7Y8HA29' }, ['entityName']);
    expect(await enterpriseCount()).toBe(enterprisesBefore);
    const registered = await ok<Project>(await move(manager, id, 'register', { creditCode: '91370215mac7y8ha29', entityName: '德纺（青岛）面料展示中心有限公司' }));
    const [entity] = await ctx.db.select().from(enterprises).where(eq(enterprises.id, registered.registeredEnterpriseId!));
    expect(entity).toMatchObject({ name: '德纺（青岛）面料展示中心有限公司', creditCode: '91370215MAC7Y8HA29' });

    await refuse('beginConstruction', {}, ['startedOn', 'fileIds']);
    await refuse('beginConstruction', { startedOn: '2026-05-01', fileIds: [] }, ['fileIds']);
    const photo = await upload(manager, id, '开工现场.pdf');
    await ok(await move(manager, id, 'beginConstruction', { startedOn: '2026-05-01', fileIds: [photo] }));
    await refuse('produce', {}, ['producingOn']);
    await ok(await move(manager, id, 'produce', { producingOn: '2026-06-12' }));
    await refuse('reachCapacity', { jobs: 1.5 }, ['annualOutputWan', 'jobs']);
    const done = await ok<Project>(await move(manager, id, 'reachCapacity', { annualOutputWan: 32000, annualTaxWan: 1450, jobs: 420 }));
    expect(done.stage).toBe('atCapacity');
    expect(done.stages.map((s) => s.stage)).toEqual(['lead', 'contact', 'intent', 'negotiation', 'signed', 'registered', 'started', 'producing', 'atCapacity']);
    expect(done.stages.at(-1)!.current).toBe(true);
    expect(done.moves.find((m) => m.action === 'register')!.evidence).toMatchObject({ creditCode: '91370215MAC7Y8HA29' });
    expect((await move(manager, id, 'hold', { reason: '不可' })).statusCode).toBe(409);
    expect((await move(manager, id, 'fly')).statusCode).toBe(404);

    // Registering by a credit code the register knows links that enterprise, creating nothing.
    const second = await signed(manager, { name: '链接已有企业' }, { signedOn: '2026-03-11', amountWan: 100 });
    const count = await enterpriseCount();
    const linked = await ok<Project>(await move(manager, second.id, 'register', { creditCode: '91370215MAC7Y8HA29' }));
    expect(linked.registeredEnterpriseId).toBe(registered.registeredEnterpriseId);
    expect(await enterpriseCount()).toBe(count);
    // The project is on the new entity's timeline too.
    const timeline = await ok<{ items: { kind: string; details: { recordId: string } }[] }>(
      await send(manager, 'GET', `/api/enterprises/${registered.registeredEnterpriseId}/timeline?pageSize=200`),
    );
    expect(timeline.items.filter((item) => item.kind === 'project').map((item) => item.details.recordId)).toContain(id);
  });

  it('lets only the manager move a project limited to them, and only the manager lift the limit', async () => {
    const project = await create(manager, { name: '仅负责人推进', managerOnly: true });
    const refused = await move(colleague, project.id, 'contact');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('workflow.notAllowed');
    expect((await get(colleague, project.id)).actions).toEqual(['edit']);
    expect((await send(colleague, 'PATCH', `/api/projects/${project.id}`, { managerOnly: false })).statusCode).toBe(403);
    expect((await send(colleague, 'PATCH', `/api/projects/${project.id}`, { managerId: colleague.userId })).statusCode).toBe(403);
    // Details and follow-ups stay open to the team.
    await ok(await send(colleague, 'PATCH', `/api/projects/${project.id}`, { nextFollowUpOn: today }));
    await ok(await move(manager, project.id, 'contact'));
    await ok(await move(admin, project.id, 'intent'));
    const handed = await ok<Project>(await send(manager, 'PATCH', `/api/projects/${project.id}`, { managerId: colleague.userId }));
    expect(handed.managerId).toBe(colleague.userId);
    await ok(await move(colleague, project.id, 'negotiate'));
    expect((await move(manager, project.id, 'hold', { reason: 'x' })).statusCode).toBe(403);
  });

  it('puts a project on hold and terminates it only with a reason, and resumes it where it was', async () => {
    const project = await create(manager, { name: '搁置项目' });
    await ok(await move(manager, project.id, 'negotiate'));
    const before = await snapshot(project.id);
    const noReason = await move(manager, project.id, 'hold', { reason: '  ' }, 'en');
    expect(noReason.statusCode).toBe(400);
    expect(errorFields(noReason)).toEqual(['reason']);
    expect(await snapshot(project.id)).toEqual(before);
    for (const reason of ['融资\u0000未到位', '因'.repeat(100_000)]) {
      const refused = await move(manager, project.id, 'hold', { reason });
      expect(refused.statusCode).toBe(400);
      expect(errorFields(refused)).toEqual(['reason']);
    }
    expect(await snapshot(project.id)).toEqual(before);
    const held = await ok<Project>(await move(manager, project.id, 'hold', { reason: '融资未到位' }));
    expect(held).toMatchObject({ stage: 'onHold', heldFromStage: 'negotiation' });
    expect(held.actions).toContain('resume-negotiation');
    expect(held.actions).not.toContain('resume-intent');
    expect((await move(manager, project.id, 'resume-intent')).statusCode).toBe(403);
    const resumed = await ok<Project>(await move(manager, project.id, 'resume-negotiation'));
    expect(resumed).toMatchObject({ stage: 'negotiation', heldFromStage: null });
    expect((await move(manager, project.id, 'terminate', {})).statusCode).toBe(400);
    const ended = await ok<Project>(await move(manager, project.id, 'terminate', { reason: '企业选址苏州' }));
    expect(ended).toMatchObject({ stage: 'terminated', actions: [] });
    expect((await send(manager, 'PATCH', `/api/projects/${project.id}`, { name: '改名' })).statusCode).toBe(409);
  });

  it('lets one of two simultaneous moves win; the other finds the stage moved on', async () => {
    const project = await create(manager, { name: '并发项目' });
    const responses = await Promise.all([move(manager, project.id, 'contact'), move(colleague, project.id, 'contact')]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const [transitions] = await ctx.db
      .select({ n: count() })
      .from(workflowTransitions)
      .where(and(eq(workflowTransitions.recordId, project.id), eq(workflowTransitions.action, 'contact')));
    expect(transitions!.n).toBe(1);
    // Two signings at once: one signing row.
    const other = await create(manager, { name: '并发签约' });
    const file = await upload(manager, other.id);
    const evidence = { signedOn: '2026-03-12', amountWan: 500, capitalOrigin: 'domestic', agreementFileId: file };
    const signings = await Promise.all([move(manager, other.id, 'sign', evidence), move(manager, other.id, 'sign', evidence)]);
    expect(signings.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await snapshot(other.id)).signings).toBe(1);
  });
});

describe('the counting rules', () => {
  const summary = async (query = '') =>
    ok<{ months: { month: string; signed: number; amountWan: number; unverified: number }[]; total: { signed: number; amountWan: number } }>(
      await send(counter, 'GET', `/api/projects/summary?teamId=${counting}${query}`),
    );

  it('counts a project signed twice once, at its first signing; a changed amount needs a reason, kept in history', async () => {
    const project = await signed(counter, { name: '签两次的项目', teamId: counting }, { signedOn: '2026-03-10', amountWan: 8000 });
    const file = await upload(counter, project.id, '补充协议.pdf');
    const resign = { signedOn: '2026-05-20', amountWan: 9500, capitalOrigin: 'domestic', agreementFileId: file };
    const before = await snapshot(project.id);
    const noReason = await send(counter, 'POST', `/api/projects/${project.id}/signings`, resign, 'en');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors).toEqual([{ field: 'reason', message: 'An agreed amount changes only with a reason' }]);
    const early = await send(counter, 'POST', `/api/projects/${project.id}/signings`, { ...resign, signedOn: '2026-02-01', reason: '提前' }, 'en');
    expect(early.json().errors).toEqual([{ field: 'signedOn', message: 'A re-signing cannot be dated before the first signing' }]);
    expect(await snapshot(project.id)).toEqual(before);
    const again = await ok<Project>(await send(counter, 'POST', `/api/projects/${project.id}/signings`, { ...resign, reason: '补充协议追加二期厂房' }));
    expect(again.signings.map((s) => [s.signedOn, s.amountWan, s.counted])).toEqual([
      ['2026-03-10', 8000, true],
      ['2026-05-20', 9500, false],
    ]);
    expect(again).toMatchObject({ agreedAmountWan: 9500, countedAmountWan: 9500, firstSignedOn: '2026-03-10', verification: 'verified' });
    expect(again.amountChanges).toEqual([expect.objectContaining({ oldAmountWan: 8000, newAmountWan: 9500, reason: '补充协议追加二期厂房' })]);
    // Signed twice, counted once: in March, not in May.
    const figures = await summary();
    expect(figures.months).toEqual([expect.objectContaining({ month: '2026-03', signed: 1, amountWan: 9500 })]);
  });

  it('counts a capital increase only by its increment over what was counted before', async () => {
    const base = await signed(counter, { name: '港湾一期', enterpriseId: gangwan, teamId: counting }, { signedOn: '2026-04-01', amountWan: 10000 });
    const increase = await create(counter, { name: '港湾二期增资', enterpriseId: undefined, kind: 'capitalIncrease', increaseOfProjectId: base.id, teamId: counting });
    expect(increase).toMatchObject({ enterpriseId: gangwan, kind: 'capitalIncrease' });
    const file = await upload(counter, increase.id);
    const signedIncrease = await ok<Project>(await move(counter, increase.id, 'sign', { signedOn: '2026-04-20', amountWan: 16000, capitalOrigin: 'domestic', agreementFileId: file }));
    expect(signedIncrease).toMatchObject({ agreedAmountWan: 16000, countedAmountWan: 6000 });
    // A second increase of the same project counts over both.
    const third = await create(counter, { name: '港湾三期增资', enterpriseId: gangwan, kind: 'capitalIncrease', increaseOfProjectId: base.id, teamId: counting });
    const thirdFile = await upload(counter, third.id);
    const thirdSigned = await ok<Project>(await move(counter, third.id, 'sign', { signedOn: '2026-04-25', amountWan: 18000, capitalOrigin: 'domestic', agreementFileId: thirdFile }));
    expect(thirdSigned.countedAmountWan).toBe(2000);
    const april = (await summary()).months.find((m) => m.month === '2026-04')!;
    expect(april).toMatchObject({ signed: 3, amountWan: 18000 });
    // An increase of another enterprise's project is refused.
    const refused = await send(counter, 'POST', '/api/projects', { name: '错配', enterpriseId: defang, kind: 'capitalIncrease', increaseOfProjectId: base.id }, 'en');
    expect(refused.json().errors).toEqual([{ field: 'increaseOfProjectId', message: "A capital increase belongs to the earlier project's enterprise" }]);
  });

  it('refuses an amount change without a reason, keeps one with it, and leaves unverified amounts out on request', async () => {
    const project = await signed(counter, { name: '改金额项目', teamId: counting }, { signedOn: '2026-06-01', amountWan: 3000 });
    const before = await snapshot(project.id);
    const refused = await send(counter, 'POST', `/api/projects/${project.id}/amount`, { amountWan: 3500 }, 'en');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'reason', message: 'An agreed amount changes only with a reason' }]);
    expect((await send(counter, 'POST', `/api/projects/${project.id}/amount`, { amountWan: 3000, reason: '同额' })).statusCode).toBe(400);
    expect((await send(counter, 'POST', `/api/projects/${project.id}/amount`, { amountWan: 3500, reason: 'x', agreementFileId: randomUUID() })).statusCode).toBe(400);
    expect((await send(counter, 'POST', `/api/projects/${project.id}/amount`, { amountWan: 3500, reason: '原因\u0000' })).statusCode).toBe(400);
    expect((await send(counter, 'POST', `/api/projects/${project.id}/amount`, { amountWan: 3500, reason: '因'.repeat(100_000) })).statusCode).toBe(400);
    expect((await send(counter, 'POST', `/api/projects/${project.id}/amount`, { amountWan: 1e12, reason: '过大' })).statusCode).toBe(400);
    expect(await snapshot(project.id)).toEqual(before);
    const changed = await ok<Project>(await send(counter, 'POST', `/api/projects/${project.id}/amount`, { amountWan: 3500, reason: '增加研发楼' }));
    expect(changed).toMatchObject({ agreedAmountWan: 3500, verification: 'unverified' });
    expect(changed.amountChanges).toEqual([expect.objectContaining({ oldAmountWan: 3000, newAmountWan: 3500, reason: '增加研发楼' })]);
    expect((await snapshot(project.id)).changes).toBe(1);

    const listed = async (query: string) =>
      (await ok<Page>(await send(counter, 'GET', `/api/projects?teamId=${counting}&pageSize=200${query}`))).items.map((p) => p.id);
    expect(await listed('')).toContain(project.id);
    expect(await listed('&verifiedOnly=true')).not.toContain(project.id);
    const june = async (query: string) => (await summary(query)).months.find((m) => m.month === '2026-06');
    expect(await june('')).toMatchObject({ signed: 1, amountWan: 3500, unverified: 1 });
    expect(await june('&verifiedOnly=true')).toBeUndefined();
    // A deleted agreement leaves the amount unverified too.
    const other = await signed(counter, { name: '删协议项目', teamId: counting }, { signedOn: '2026-07-01', amountWan: 100 });
    const [row] = await ctx.db.select({ file: projects.amountFileId }).from(projects).where(eq(projects.id, other.id));
    const deleted = await app.inject({ method: 'DELETE', url: `/api/attachments/${row!.file}`, headers: counter.headers });
    expect(deleted.statusCode, deleted.body).toBeLessThan(300);
    expect((await get(counter, other.id)).verification).toBe('unverified');
  });

  it("gives the team's yearly targets the same figures as the summary: projects signed once, amounts counted once", async () => {
    const { total } = await summary('&from=2026-01-01&to=2026-12-31');
    expect(total.signed).toBeGreaterThanOrEqual(6);
    const targets = await ok<{ targets: { measure: string; progress: number }[] }>(await send(counter, 'GET', `/api/teams/${counting}/targets?year=2026`));
    const progress = Object.fromEntries(targets.targets.map((row) => [row.measure, row.progress]));
    expect(progress).toMatchObject({ signedProjects: total.signed, signedAmountWan: total.amountWan });
    const lastYear = await ok<{ targets: { measure: string; progress: number }[] }>(await send(counter, 'GET', `/api/teams/${counting}/targets?year=2025`));
    expect(lastYear.targets.filter((row) => row.measure.startsWith('signed')).map((row) => row.progress)).toEqual([0, 0]);
  });
});

describe('stalled projects', () => {
  it('flags a project longer than PROJECT_STALL_DAYS in its stage and tells its manager and team lead once per stalled period', async () => {
    const project = await create(manager, { name: '停滞项目' });
    await ok(await move(manager, project.id, 'contact'));
    const back = (days: number) => new Date(Date.now() - days * 86_400_000);
    await ctx.db.update(projects).set({ stageEnteredAt: back(31) }).where(eq(projects.id, project.id));
    const flagged = await get(manager, project.id);
    expect(flagged).toMatchObject({ stalled: true, daysInStage: 31 });
    const stalledList = await ok<Page>(await send(manager, 'GET', '/api/projects?stalled=true&pageSize=200'));
    expect(stalledList.items.map((p) => p.id)).toContain(project.id);
    const home = await ok<{ stalled: Page; leadsReturningSoon: unknown }>(await send(manager, 'GET', '/api/projects/home'));
    expect(home.stalled.items.map((p) => p.id)).toContain(project.id);

    const notices = async () =>
      (await ctx.db.select({ userId: notifications.userId }).from(notifications).where(and(eq(notifications.kind, 'project.stalled'), eq(notifications.recordId, project.id))))
        .map((n) => n.userId)
        .sort();
    const runs = await Promise.all([notifyStalledProjects(ctx), notifyStalledProjects(ctx)]);
    expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(await notices()).toEqual([manager.userId, teamLead.userId].sort());
    await notifyStalledProjects(ctx, new Date(Date.now() + 86_400_000));
    expect(await notices()).toHaveLength(2);
    // A move starts a new period, which notifies again once it stalls in turn.
    await ok(await move(manager, project.id, 'intent'));
    expect((await get(manager, project.id)).stalled).toBe(false);
    await ctx.db.update(projects).set({ stageEnteredAt: back(40) }).where(eq(projects.id, project.id));
    await notifyStalledProjects(ctx);
    expect(await notices()).toHaveLength(4);
  });
});

describe('the enterprise merge and the quick search', () => {
  it("moves a merged-away enterprise's projects, and the entity registered for one, to the survivor", async () => {
    const duplicate = await enterprise('德纺青岛纺织品（重复）', 'F5131');
    const entity = await enterprise('德纺面料展示（重复）', null, '91370215MA3C4BXX1F');
    const project = await signed(manager, { name: '合并测试项目', enterpriseId: duplicate }, { signedOn: '2026-08-01', amountWan: 50 });
    await ok(await move(manager, project.id, 'register', { creditCode: '91370215MA3C4BXX1F' }));
    expect((await send(admin, 'POST', `/api/enterprises/${defang}/merge`, { duplicateId: duplicate, confirmDuplicate: true })).statusCode).toBe(200);
    expect((await send(admin, 'POST', `/api/enterprises/${gangwan}/merge`, { duplicateId: entity, confirmDuplicate: true })).statusCode).toBe(200);
    expect(await get(manager, project.id)).toMatchObject({ enterpriseId: defang, registeredEnterpriseId: gangwan });
  });

  it('finds the projects the caller sees by name, and no other', async () => {
    const search = async (who: SignedIn) =>
      (await ok<{ groups: { kind: string; hits: { title: string }[] }[] }>(await send(who, 'GET', `/api/search?q=${encodeURIComponent('驻深办项目')}`))).groups
        .filter((group) => group.kind === 'project')
        .flatMap((group) => group.hits.map((hit) => hit.title));
    expect(await search(manager)).toContain('驻深办项目');
    expect(await search(jimoOfficer)).toEqual([]);
    expect(await search(enterpriseUser)).toEqual([]);
  });
});

// A project made from a visit (转为项目).
const twoTeams = await signIn(['officer']);
const keeperOnly = await signIn(['officer']);
const visitTeam = await team('西海岸新区驻深办（走访转项目）');
const keepingTeam = await team('项目推进组（走访转项目）');
await member(visitTeam, twoTeams);
await member(keepingTeam, twoTeams);
await member(keepingTeam, keeperOnly);
const yikong = await enterprise('深圳市翼控微电子有限公司（走访转项目）');
const visit = await ok<{ id: string }>(
  await send(twoTeams, 'POST', '/api/visits', { idempotencyKey: randomUUID().replaceAll('-', ''), enterpriseId: yikong, visitedOn: '2026-11-20', place: '南山科技园', teamId: visitTeam }),
  201,
);
type FromVisit = Project & { originVisit: { id: string; visitedOn: string; place: string | null } | null };
type VisitWithProjects = { projects: { id: string; name: string; stage: string }[] };

describe('a project from a visit', () => {
  it("takes the visit's enterprise and team and records the visit; each shows the other", async () => {
    const project = await ok<FromVisit>(await send(twoTeams, 'POST', '/api/projects', { name: '翼控微电子项目', visitId: visit.id }), 201);
    expect(project.enterpriseId).toBe(yikong);
    expect(project.teamId).toBe(visitTeam);
    expect(project.originVisit).toEqual({ id: visit.id, visitedOn: '2026-11-20', place: '南山科技园' });
    const [row] = await ctx.db.select({ originVisitId: projects.originVisitId }).from(projects).where(eq(projects.id, project.id));
    expect(row!.originVisitId).toBe(visit.id);

    const shown = await ok<VisitWithProjects>(await send(twoTeams, 'GET', `/api/visits/${visit.id}`));
    expect(shown.projects).toEqual([{ id: project.id, name: '翼控微电子项目', stage: 'lead' }]);
    expect(((await get(twoTeams, project.id)) as FromVisit).originVisit?.id).toBe(visit.id);
  });

  it('refuses a visit the creator cannot read, writing nothing', async () => {
    const before = await projectCount();
    const refused = await send(jimoOfficer, 'POST', '/api/projects', { name: '别人的走访', visitId: visit.id }, 'en');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'visitId', message: 'No such visit, or not one you can see' }]);
    expect((await send(jimoOfficer, 'GET', `/api/visits/${visit.id}`)).statusCode).toBe(404);
    expect(await projectCount()).toBe(before);
  });

  it("refuses an enterprise other than the visit's", async () => {
    const before = await projectCount();
    const refused = await send(twoTeams, 'POST', '/api/projects', { name: '错配企业', visitId: visit.id, enterpriseId: gangwan }, 'zh-TW');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'enterpriseId', message: '企業與走訪的企業不一致' }]);
    expect(await projectCount()).toBe(before);
  });

  it('shows the origin visit only to readers of the visit', async () => {
    const project = await ok<FromVisit>(await send(twoTeams, 'POST', '/api/projects', { name: '翼控二期', visitId: visit.id, teamId: keepingTeam }), 201);
    expect(project.teamId).toBe(keepingTeam);
    expect(project.originVisit?.id).toBe(visit.id);
    // keeperOnly reads the project (its team's) but not the visit (another team's, not theirs).
    expect(((await get(keeperOnly, project.id)) as FromVisit).originVisit).toBeNull();
    const shown = await ok<VisitWithProjects>(await send(twoTeams, 'GET', `/api/visits/${visit.id}`));
    expect(shown.projects.map((p) => p.name)).toEqual(['翼控微电子项目', '翼控二期']);
  });
});
