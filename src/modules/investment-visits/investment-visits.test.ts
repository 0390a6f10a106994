import ExcelJS from 'exceljs';
import { and, count, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { chinaToday } from '../../platform/calendar/china-day.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { multipartForm } from '../../test/multipart-form.ts';
import { enterprises } from '../enterprises/schema.ts';
import { leads } from '../investment-leads/schema.ts';
import { visitConcerns, visitNextSteps, visits } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const leader = await signIn(['leader']);
const shenzhenOfficer = await signIn(['officer']);
const shenzhenColleague = await signIn(['officer']);
const shenzhenLead = await signIn(['officer']);
const rotated = await signIn(['officer']);
const jimoOfficer = await signIn(['officer']);
const operator = await signIn(['operator']);

type Json = Record<string, unknown>;
type Visit = {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  leadId: string | null;
  tripId: string | null;
  visitedOn: string;
  teamId: string | null;
  officerId: string;
  summary: string | null;
  concerns: { tag: string; note: string | null }[];
  nextSteps: { id: string; text: string; ownerId: string | null; doneAt: string | null; mayTick: boolean }[];
  participants: { id: string; name: string }[];
  theirParticipants: { name: string; title: string | null }[];
  actions: string[];
};

const send = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: unknown, language = 'zh-CN') =>
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

async function member(teamId: string, who: SignedIn, startsOn: string, endsOn: string | null, role: 'lead' | 'member' = 'member') {
  await ok(await send(admin, 'POST', `/api/teams/${teamId}/memberships`, { userId: who.userId, startsOn, endsOn, role }), 201);
}

const shenzhen = await team('西海岸新区驻深办（走访）');
const jimo = await team('即墨区招商一科（走访）');
await member(shenzhen, shenzhenOfficer, '2026-01-01', null);
await member(shenzhen, shenzhenColleague, '2026-01-01', null);
await member(shenzhen, shenzhenLead, '2026-01-01', null, 'lead');
// In the Shenzhen office until the end of March, then 即墨.
await member(shenzhen, rotated, '2026-01-01', '2026-03-31');
await member(jimo, rotated, '2026-04-01', null);
await member(jimo, jimoOfficer, '2026-01-01', null);

const yikong = await enterprise('深圳市翼控微电子有限公司（走访测试）');
const fengchao = await enterprise('深圳市蜂巢动力电池有限公司（走访测试）');
const jiangying = await enterprise('深圳市桨影复合材料科技有限公司（走访测试）');
const defang = await enterprise('德纺（青岛）纺织品贸易有限公司（走访测试）');

const key = () => randomUUID().replaceAll('-', '');
const visitCount = async () => (await ctx.db.select({ n: count() }).from(visits))[0]!.n;
const enterpriseCount = async () => (await ctx.db.select({ n: count() }).from(enterprises))[0]!.n;

async function record(who: SignedIn, body: Json, status = 201): Promise<Visit> {
  return ok<Visit>(await send(who, 'POST', '/api/visits', { idempotencyKey: key(), ...body }), status);
}

// The Shenzhen office's lead on the chip maker, untouched for 20 days.
const yikongLead = await ok<{ id: string }>(await send(shenzhenOfficer, 'POST', '/api/leads', { enterpriseId: yikong, source: 'field-research' }), 201);
const longAgo = new Date(Date.now() - 20 * 86_400_000);
await ctx.db.update(leads).set({ touchedAt: longAgo }).where(eq(leads.id, yikongLead.id));
const defangLead = await ok<{ id: string }>(await send(jimoOfficer, 'POST', '/api/leads', { enterpriseId: defang, source: 'visit' }), 201);

const trip = await ok<{ id: string; teamId: string }>(
  await send(shenzhenOfficer, 'POST', '/api/visits/trips', {
    name: '南山—宝安无人机产业链专题出访',
    destination: '深圳市南山区、宝安区',
    startsOn: '2026-03-01',
    endsOn: '2026-03-07',
    purpose: '飞控芯片企业的配套',
  }),
  201,
);

// The fixtures of March 2026: five visits in two teams, and two just outside the month.
const visitA = await record(shenzhenOfficer, {
  enterpriseId: yikong,
  visitedOn: '2026-03-02',
  place: '南山区深圳湾科技生态园',
  tripId: trip.id,
  participantIds: [shenzhenColleague.userId],
  theirParticipants: [
    { name: '黎明远', title: '董事长' },
    { name: '吴芳', title: '供应链总监' },
  ],
  presented: '西海岸新区无人机产业园与人才政策',
  summary: '飞控芯片企业，有意在北方设第二研发中心',
  concerns: [
    { tag: 'supply-chain', note: '电池、螺旋桨、遥控终端需就近配套' },
    { tag: 'talent', note: '' },
  ],
  nextSteps: [{ text: '整理无人机电池、螺旋桨、遥控终端配套企业清单', dueOn: '2026-03-09' }],
});
const visitB = await record(shenzhenOfficer, {
  enterpriseId: fengchao,
  visitedOn: '2026-03-05',
  tripId: trip.id,
  concerns: [
    { tag: 'supply-chain', note: '正负极材料需从华东运入' },
    { tag: 'land', note: '组装线需 5000 平方米厂房' },
  ],
  nextSteps: [{ text: '推荐标准厂房房源', dueOn: '2026-03-12' }],
});
const visitC = await record(shenzhenColleague, { enterpriseId: yikong, visitedOn: '2026-03-05', tripId: trip.id, concerns: [{ tag: 'supply-chain' }] });
const visitD = await record(rotated, { enterpriseId: jiangying, visitedOn: '2026-03-20', concerns: [{ tag: 'policy', note: '研发奖励' }] });
const visitE = await record(jimoOfficer, { enterpriseId: defang, visitedOn: '2026-03-10', concerns: [{ tag: 'other', note: '展厅' }] });
const aprilVisit = await record(shenzhenOfficer, { enterpriseId: jiangying, visitedOn: '2026-04-01', concerns: [{ tag: 'financing' }] });
await record(shenzhenOfficer, { enterpriseId: jiangying, visitedOn: '2026-02-28', concerns: [{ tag: 'approvals' }] });

describe('logging a visit', () => {
  it('keeps it in the recorder\'s team of the day, with both sides, concerns and next steps owned by the recorder', async () => {
    const visit = await ok<Visit>(await send(shenzhenOfficer, 'GET', `/api/visits/${visitA.id}`));
    expect(visit).toMatchObject({
      enterpriseId: yikong,
      teamId: shenzhen,
      tripId: trip.id,
      officerId: shenzhenOfficer.userId,
      participants: [{ id: shenzhenColleague.userId }],
      theirParticipants: [
        { name: '黎明远', title: '董事长' },
        { name: '吴芳', title: '供应链总监' },
      ],
      concerns: [
        { tag: 'supply-chain', note: '电池、螺旋桨、遥控终端需就近配套' },
        { tag: 'talent', note: null },
      ],
      actions: ['edit', 'addStep', 'delete'],
    });
    expect(visit.nextSteps).toMatchObject([{ text: '整理无人机电池、螺旋桨、遥控终端配套企业清单', ownerId: shenzhenOfficer.userId, doneAt: null, mayTick: true }]);
    expect(visitD.teamId).toBe(shenzhen);
    expect(visitE.teamId).toBe(jimo);
    const [audit] = await ctx.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.entityId, visitA.id), eq(auditEvents.action, 'create')));
    expect(audit!.n).toBe(1);
  });

  it("touches the enterprise's open lead the recorder sees and links the visit to it; another team's officer touches nothing", async () => {
    expect(visitA.leadId).toBe(yikongLead.id);
    expect(visitC.leadId).toBe(yikongLead.id);
    const [lead] = await ctx.db.select({ touchedAt: leads.touchedAt }).from(leads).where(eq(leads.id, yikongLead.id));
    expect(Date.now() - lead!.touchedAt.getTime()).toBeLessThan(60_000);

    await ctx.db.update(leads).set({ touchedAt: longAgo }).where(eq(leads.id, yikongLead.id));
    const jimoOnYikong = await record(jimoOfficer, { enterpriseId: yikong, visitedOn: chinaToday() });
    expect(jimoOnYikong.leadId).toBeNull();
    const [untouched] = await ctx.db.select({ touchedAt: leads.touchedAt }).from(leads).where(eq(leads.id, yikongLead.id));
    expect(untouched!.touchedAt.getTime()).toBe(longAgo.getTime());
    expect(visitE.leadId).toBe(defangLead.id);
  });

  it('creates a new enterprise in the same transaction, or nothing at all', async () => {
    const created = await record(shenzhenOfficer, { enterprise: { name: '深圳市遥航通信终端有限公司（走访测试）' }, visitedOn: chinaToday() });
    expect(created.enterpriseName).toBe('深圳市遥航通信终端有限公司（走访测试）');
    const before = [await visitCount(), await enterpriseCount()];
    const refused = await send(shenzhenOfficer, 'POST', '/api/visits', {
      idempotencyKey: key(),
      enterprise: { name: '深圳市星河卫星导航技术有限公司（走访测试）' },
      visitedOn: chinaToday(),
      tripId: randomUUID(),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'tripId', message: '出访行程不存在或不可见' }]);
    expect([await visitCount(), await enterpriseCount()]).toEqual(before);
  });
});

describe('the idempotency key', () => {
  it('answers the first visit when the same key comes again', async () => {
    const body = { idempotencyKey: key(), enterpriseId: jiangying, visitedOn: chinaToday(), summary: '离线表单重发' };
    const first = await ok<Visit>(await send(shenzhenOfficer, 'POST', '/api/visits', body), 201);
    const again = await ok<Visit>(await send(shenzhenOfficer, 'POST', '/api/visits', body), 200);
    expect(again.id).toBe(first.id);
    const [rows] = await ctx.db.select({ n: count() }).from(visits).where(eq(visits.idempotencyKey, body.idempotencyKey));
    expect(rows!.n).toBe(1);
  });

  it('makes one visit, and one new enterprise, of simultaneous submissions with one key', async () => {
    const body = { idempotencyKey: key(), enterprise: { name: '深圳市海川储能科技有限公司（走访测试）', confirmDuplicate: true }, visitedOn: chinaToday() };
    const enterprisesBefore = await enterpriseCount();
    const responses = await Promise.all(Array.from({ length: 6 }, () => send(shenzhenOfficer, 'POST', '/api/visits', body)));
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((r) => r.json().id)).size).toBe(1);
    const [rows] = await ctx.db.select({ n: count() }).from(visits).where(eq(visits.idempotencyKey, body.idempotencyKey));
    expect(rows!.n).toBe(1);
    expect(await enterpriseCount()).toBe(enterprisesBefore + 1);
  });

  it("is the recorder's own: another officer's same key makes their own visit", async () => {
    const body = { idempotencyKey: key(), enterpriseId: jiangying, visitedOn: chinaToday() };
    const mine = await ok<Visit>(await send(shenzhenOfficer, 'POST', '/api/visits', body), 201);
    const theirs = await ok<Visit>(await send(shenzhenColleague, 'POST', '/api/visits', body), 201);
    expect(theirs.id).not.toBe(mine.id);
  });
});

describe('who sees visits', () => {
  const listed = async (who: SignedIn, query = '') =>
    (await ok<{ items: { id: string }[] }>(await send(who, 'GET', `/api/visits?pageSize=200${query}`))).items.map((v) => v.id);

  it("answers 404 to an officer of another team, and leaves the visit out of their list", async () => {
    expect((await send(jimoOfficer, 'GET', `/api/visits/${visitA.id}`)).statusCode).toBe(404);
    expect((await send(jimoOfficer, 'PATCH', `/api/visits/${visitA.id}`, { summary: '改' })).statusCode).toBe(404);
    expect((await send(jimoOfficer, 'DELETE', `/api/visits/${visitA.id}`)).statusCode).toBe(404);
    expect(await listed(jimoOfficer)).not.toContain(visitA.id);
    expect(await listed(jimoOfficer)).toContain(visitE.id);
    expect(await listed(shenzhenOfficer)).not.toContain(visitE.id);
  });

  it('follows the team on the visit\'s day: a rotated officer sees the March visits of their old team, not April\'s', async () => {
    const seen = await listed(rotated);
    expect(seen).toEqual(expect.arrayContaining([visitA.id, visitB.id, visitC.id, visitD.id]));
    expect(seen).not.toContain(aprilVisit.id);
    expect(seen).not.toContain(visitE.id);
    expect((await send(rotated, 'GET', `/api/visits/${aprilVisit.id}`)).statusCode).toBe(404);
  });

  it('lets leaders read every visit, and filters by team, officer, month, concern and enterprise', async () => {
    const all = await listed(leader);
    expect(all).toEqual(expect.arrayContaining([visitA.id, visitB.id, visitC.id, visitD.id, visitE.id, aprilVisit.id]));
    expect(await listed(leader, `&month=2026-03&teamId=${shenzhen}`)).toEqual([visitD.id, visitC.id, visitB.id, visitA.id]);
    expect(await listed(leader, `&month=2026-03&concern=supply-chain`)).toEqual([visitC.id, visitB.id, visitA.id]);
    expect(await listed(leader, `&month=2026-03&officerId=${shenzhenOfficer.userId}`)).toEqual([visitB.id, visitA.id]);
    expect(await listed(leader, `&enterpriseId=${defang}`)).toEqual([visitE.id]);
    const page = await ok<{ items: unknown[]; total: number }>(await send(leader, 'GET', '/api/visits?month=2026-03&page=2&pageSize=2'));
    expect(page).toMatchObject({ total: 5 });
    expect(page.items).toHaveLength(2);
  });

  it('refuses enterprise users and other staff every route, and keeps visits off the timeline for those who may not read them', async () => {
    const enterpriseUser = await signIn(['enterprise'], { enterpriseId: yikong });
    for (const [method, url] of [
      ['GET', '/api/visits'],
      ['GET', `/api/visits/${visitA.id}`],
      ['GET', '/api/visits/activity?month=2026-03'],
      ['GET', `/api/visits/trips/${trip.id}/report`],
      ['GET', '/api/visits/activity/export?month=2026-03'],
    ] as const) {
      expect((await send(enterpriseUser, method, url)).statusCode, url).toBe(403);
      expect((await send(operator, method, url)).statusCode, url).toBe(403);
    }
    expect((await send(enterpriseUser, 'POST', '/api/visits', { idempotencyKey: key(), enterpriseId: yikong, visitedOn: chinaToday() })).statusCode).toBe(403);

    const visitEvents = async (who: SignedIn) =>
      (await ok<{ items: { kind: string; details: { visitId?: string } }[] }>(await send(who, 'GET', `/api/enterprises/${yikong}/timeline?pageSize=100`))).items
        .filter((item) => item.kind === 'visit')
        .map((item) => item.details.visitId);
    expect(await visitEvents(shenzhenOfficer)).toEqual(expect.arrayContaining([visitA.id, visitC.id]));
    expect(await visitEvents(leader)).toEqual(expect.arrayContaining([visitA.id, visitC.id]));
    expect(await visitEvents(jimoOfficer)).not.toContain(visitA.id);
    expect(await visitEvents(enterpriseUser)).toEqual([]);
    expect(await visitEvents(operator)).toEqual([]);
  });
});

describe('bad input', () => {
  it('answers 400 in the reader\'s language and writes nothing', async () => {
    const before = [await visitCount(), await enterpriseCount()];
    const jimoTrip = await ok<{ id: string }>(
      await send(jimoOfficer, 'POST', '/api/visits/trips', { name: '即墨外资企业走访', destination: '即墨', startsOn: '2026-03-01', endsOn: '2026-03-03' }),
      201,
    );
    const base = { enterpriseId: jiangying, visitedOn: '2026-03-03' };
    const cases: [Json, string, string][] = [
      [{ ...base, summary: '会谈\u0000纪要' }, 'summary', '不能包含控制字符（如 NUL）'],
      [{ ...base, summary: '长'.repeat(4001) }, 'summary', '不能超过 4000 个字符'],
      [{ ...base, enterpriseId: randomUUID() }, 'enterpriseId', '企业不存在或已被合并'],
      [{ ...base, leadId: randomUUID() }, 'leadId', '线索不存在、不可见，或不属于该企业'],
      [{ ...base, enterpriseId: defang, leadId: defangLead.id }, 'leadId', '线索不存在、不可见，或不属于该企业'],
      [{ ...base, tripId: jimoTrip.id }, 'tripId', '出访行程不存在或不可见'],
      [{ ...base, tripId: trip.id, visitedOn: '2026-03-09' }, 'visitedOn', '走访日期不在该出访行程的起止日期内'],
      [{ ...base, participantIds: [randomUUID()] }, 'participantIds', '只能选择在职的工作人员'],
      [{ ...base, nextSteps: [{ text: '跟进', ownerId: operator.userId }] }, 'nextSteps.0.ownerId', '只能选择在职的工作人员'],
      [{ ...base, teamId: jimo }, 'teamId', '只能记在走访当天你所在的团队'],
      [{ ...base, teamId: randomUUID() }, 'teamId', '团队不存在或已归档'],
      [{ ...base, visitedOn: '2099-01-01' }, 'visitedOn', '走访日期不能晚于今天'],
      [{ ...base, concerns: [{ tag: 'policy' }, { tag: 'policy' }] }, 'concerns', '每个关注点只能选一次'],
      [{ visitedOn: '2026-03-03' }, 'enterpriseId', '请选择已有企业，或填写新企业名称'],
    ];
    for (const [body, field, message] of cases) {
      const response = await send(shenzhenOfficer, 'POST', '/api/visits', { idempotencyKey: key(), ...body });
      expect(response.statusCode, JSON.stringify(body).slice(0, 200)).toBe(400);
      expect(response.json().errors, field).toContainEqual({ field, message });
    }
    const unknownTag = await send(shenzhenOfficer, 'POST', '/api/visits', { idempotencyKey: key(), ...base, concerns: [{ tag: 'weather' }] });
    expect(unknownTag.statusCode).toBe(400);
    const english = await send(shenzhenOfficer, 'POST', '/api/visits', { idempotencyKey: key(), ...base, enterpriseId: randomUUID() }, 'en');
    expect(english.json().errors).toEqual([{ field: 'enterpriseId', message: 'No such enterprise, or it was merged' }]);
    const traditional = await send(shenzhenOfficer, 'POST', '/api/visits', { idempotencyKey: key(), ...base, visitedOn: '2099-01-01' }, 'zh-TW');
    expect(traditional.json().errors).toEqual([{ field: 'visitedOn', message: '走訪日期不能晚於今天' }]);
    expect((await send(shenzhenOfficer, 'POST', '/api/visits', { idempotencyKey: 'short', ...base })).statusCode).toBe(400);
    expect((await send(shenzhenOfficer, 'GET', '/api/visits?month=2026-13')).statusCode).toBe(400);
    expect((await send(shenzhenOfficer, 'PATCH', `/api/visits/${visitA.id}`, { participantIds: [jimoOfficer.userId, randomUUID()] })).statusCode).toBe(400);
    expect((await send(shenzhenOfficer, 'POST', `/api/visits/${visitA.id}/next-steps`, { text: '跟进', ownerId: randomUUID() })).statusCode).toBe(400);
    expect((await send(shenzhenOfficer, 'POST', `/api/visits/${randomUUID()}/next-steps`, { text: '跟进' })).statusCode).toBe(404);
    expect([await visitCount() , await enterpriseCount()]).toEqual(before);
    const steps = await ctx.db.select({ n: count() }).from(visitNextSteps).where(eq(visitNextSteps.visitId, visitA.id));
    expect(steps[0]!.n).toBe(1);
  });
});

describe('changing and deleting', () => {
  it('lets the recorder and the team\'s lead edit, not a colleague; writes the audit of what changed', async () => {
    const edited = await ok<Visit>(
      await send(shenzhenOfficer, 'PATCH', `/api/visits/${visitB.id}`, { summary: '蜂巢电池可随整机客户北上', concerns: [{ tag: 'supply-chain', note: '正负极材料需从华东运入' }, { tag: 'land', note: '组装线需 5000 平方米厂房' }] }),
    );
    expect(edited.summary).toBe('蜂巢电池可随整机客户北上');
    const [update] = await ctx.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, visitB.id), eq(auditEvents.action, 'update')));
    // The concerns were given as they were: only the summary changed.
    expect(update!.after).toEqual({ summary: '蜂巢电池可随整机客户北上' });

    const refused = await send(shenzhenColleague, 'PATCH', `/api/visits/${visitB.id}`, { summary: '改' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().title).toBe('只有记录人、团队负责人或管理员可以修改该走访');
    expect((await ok<Visit>(await send(shenzhenColleague, 'GET', `/api/visits/${visitB.id}`))).actions).toEqual([]);
    const byLead = await ok<Visit>(await send(shenzhenLead, 'PATCH', `/api/visits/${visitB.id}`, { place: '宝安区石岩街道' }));
    expect(byLead.actions).toEqual(['edit', 'addStep']);
  });

  it('ticks a next step done (its owner), and the open steps count follows', async () => {
    const step = visitB.nextSteps[0]!;
    expect((await send(shenzhenColleague, 'POST', `/api/visits/${visitB.id}/next-steps/${step.id}`, { done: true })).statusCode).toBe(403);
    const ticked = await ok<Visit>(await send(shenzhenOfficer, 'POST', `/api/visits/${visitB.id}/next-steps/${step.id}`, { done: true }));
    expect(ticked.nextSteps[0]!.doneAt).not.toBeNull();
    expect((await send(shenzhenOfficer, 'POST', `/api/visits/${visitA.id}/next-steps/${step.id}`, { done: true })).statusCode).toBe(404);
    const home = await ok<{ open: number; steps: { visitId: string }[] }>(await send(shenzhenOfficer, 'GET', '/api/visits/home'));
    expect(home.steps.map((s) => s.visitId)).toContain(visitA.id);
    expect(home.steps.map((s) => s.visitId)).not.toContain(visitB.id);
  });

  it('removes a next step for those who may change the visit, and keeps what it said in the audit', async () => {
    const withStep = await ok<Visit>(await send(shenzhenOfficer, 'POST', `/api/visits/${visitB.id}/next-steps`, { text: '误录的下一步' }));
    const step = withStep.nextSteps.find((s) => s.text === '误录的下一步')!;
    expect((await send(shenzhenColleague, 'DELETE', `/api/visits/${visitB.id}/next-steps/${step.id}`)).statusCode).toBe(403);
    expect((await send(jimoOfficer, 'DELETE', `/api/visits/${visitB.id}/next-steps/${step.id}`)).statusCode).toBe(404);
    expect((await send(shenzhenOfficer, 'DELETE', `/api/visits/${visitA.id}/next-steps/${step.id}`)).statusCode).toBe(404);
    expect((await send(shenzhenOfficer, 'DELETE', `/api/visits/${visitB.id}/next-steps/not-a-uuid`)).statusCode).toBe(400);
    const after = await ok<Visit>(await send(shenzhenOfficer, 'DELETE', `/api/visits/${visitB.id}/next-steps/${step.id}`));
    expect(after.nextSteps.map((s) => s.id)).not.toContain(step.id);
    expect(after.nextSteps).toHaveLength(withStep.nextSteps.length - 1);
    expect((await send(shenzhenOfficer, 'DELETE', `/api/visits/${visitB.id}/next-steps/${step.id}`)).statusCode).toBe(404);
    const [audit] = await ctx.db
      .select({ before: auditEvents.before })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, visitB.id), eq(auditEvents.action, 'deleteStep')));
    expect(audit!.before).toMatchObject({ stepId: step.id, text: '误录的下一步' });
  });

  it('deletes only for the recorder; a deleted visit is gone from reading, lists and figures, and audited', async () => {
    const doomed = await record(shenzhenOfficer, { enterpriseId: jiangying, visitedOn: '2026-03-25', concerns: [{ tag: 'talent' }] });
    expect((await send(shenzhenLead, 'DELETE', `/api/visits/${doomed.id}`)).statusCode).toBe(403);
    expect((await send(shenzhenOfficer, 'DELETE', `/api/visits/${doomed.id}`)).statusCode).toBe(204);
    expect((await send(shenzhenOfficer, 'GET', `/api/visits/${doomed.id}`)).statusCode).toBe(404);
    expect((await send(leader, 'GET', `/api/visits/${doomed.id}`)).statusCode).toBe(404);
    const [audit] = await ctx.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.entityId, doomed.id), eq(auditEvents.action, 'delete')));
    expect(audit!.n).toBe(1);
  });
});

describe('trip report and monthly activity', () => {
  it("tallies the trip's concerns by tag with their notes, and lists its open next steps", async () => {
    const report = await ok<{
      trip: { visits: number };
      visits: { id: string }[];
      concerns: { tag: string; count: number; notes: { visitId: string; note: string }[] }[];
      openNextSteps: { visitId: string; text: string }[];
    }>(await send(shenzhenOfficer, 'GET', `/api/visits/trips/${trip.id}/report`));
    expect(report.trip.visits).toBe(3);
    expect(report.visits.map((v) => v.id)).toEqual([visitA.id, visitB.id, visitC.id]);
    expect(report.concerns).toEqual([
      {
        tag: 'supply-chain',
        count: 3,
        notes: [
          { visitId: visitA.id, enterpriseName: '深圳市翼控微电子有限公司（走访测试）', note: '电池、螺旋桨、遥控终端需就近配套' },
          { visitId: visitB.id, enterpriseName: '深圳市蜂巢动力电池有限公司（走访测试）', note: '正负极材料需从华东运入' },
        ],
      },
      { tag: 'talent', count: 1, notes: [] },
      { tag: 'land', count: 1, notes: [{ visitId: visitB.id, enterpriseName: '深圳市蜂巢动力电池有限公司（走访测试）', note: '组装线需 5000 平方米厂房' }] },
      { tag: 'policy', count: 0, notes: [] },
      { tag: 'financing', count: 0, notes: [] },
      { tag: 'approvals', count: 0, notes: [] },
      { tag: 'other', count: 0, notes: [] },
    ]);
    // visitB's step was ticked done above.
    expect(report.openNextSteps.map((s) => [s.visitId, s.text])).toEqual([[visitA.id, '整理无人机电池、螺旋桨、遥控终端配套企业清单']]);
    expect((await send(jimoOfficer, 'GET', `/api/visits/trips/${trip.id}/report`)).statusCode).toBe(404);
  });

  it("counts March 2026 per officer and team exactly, and only the visits the reader sees", async () => {
    const none = { 'supply-chain': 0, talent: 0, land: 0, policy: 0, financing: 0, approvals: 0, other: 0 };
    type Activity = {
      totals: Json;
      officers: { officerId: string; visits: number; enterprises: number; concerns: Json }[];
      teams: { teamId: string; visits: number; enterprises: number; officers: number; concerns: Json }[];
      concerns: { tag: string; count: number }[];
      days: { day: string; visits: number }[];
    };
    const activity = await ok<Activity>(await send(leader, 'GET', '/api/visits/activity?month=2026-03'));
    expect(activity.totals).toEqual({ visits: 5, enterprises: 4, officers: 4 });
    const byOfficer = Object.fromEntries(activity.officers.map((o) => [o.officerId, { visits: o.visits, enterprises: o.enterprises, concerns: o.concerns }]));
    expect(byOfficer).toEqual({
      [shenzhenOfficer.userId]: { visits: 2, enterprises: 2, concerns: { ...none, 'supply-chain': 2, talent: 1, land: 1 } },
      [shenzhenColleague.userId]: { visits: 1, enterprises: 1, concerns: { ...none, 'supply-chain': 1 } },
      [rotated.userId]: { visits: 1, enterprises: 1, concerns: { ...none, policy: 1 } },
      [jimoOfficer.userId]: { visits: 1, enterprises: 1, concerns: { ...none, other: 1 } },
    });
    expect(activity.officers[0]!.officerId).toBe(shenzhenOfficer.userId);
    expect(activity.teams.map(({ teamId, visits: v, enterprises: e, officers: o, concerns: c }) => ({ teamId, v, e, o, c }))).toEqual([
      { teamId: shenzhen, v: 4, e: 3, o: 3, c: { ...none, 'supply-chain': 3, talent: 1, land: 1, policy: 1 } },
      { teamId: jimo, v: 1, e: 1, o: 1, c: { ...none, other: 1 } },
    ]);
    expect(activity.concerns).toEqual([
      { tag: 'supply-chain', count: 3 },
      { tag: 'talent', count: 1 },
      { tag: 'land', count: 1 },
      { tag: 'policy', count: 1 },
      { tag: 'financing', count: 0 },
      { tag: 'approvals', count: 0 },
      { tag: 'other', count: 1 },
    ]);
    expect(activity.days).toHaveLength(31);
    expect(activity.days.filter((d) => d.visits).map((d) => [d.day, d.visits])).toEqual([
      ['2026-03-02', 1],
      ['2026-03-05', 2],
      ['2026-03-10', 1],
      ['2026-03-20', 1],
    ]);

    const officerView = await ok<Activity>(await send(shenzhenOfficer, 'GET', '/api/visits/activity?month=2026-03'));
    expect(officerView.totals).toEqual({ visits: 4, enterprises: 3, officers: 3 });
    const jimoView = await ok<Activity>(await send(leader, 'GET', `/api/visits/activity?month=2026-03&teamId=${jimo}`));
    expect(jimoView.totals).toEqual({ visits: 1, enterprises: 1, officers: 1 });
  });

  it("gives the team's yearly target its progress: the visits of the year on its books, deleted ones left out", async () => {
    const laoshan = await team('崂山区招商二科（走访）');
    const officer = await signIn(['officer']);
    await member(laoshan, officer, '2025-01-01', null);
    for (const visitedOn of ['2025-12-31', '2026-01-01', '2026-11-30']) await record(officer, { enterpriseId: defang, visitedOn });
    const deleted = await record(officer, { enterpriseId: defang, visitedOn: '2026-05-05' });
    expect((await send(officer, 'DELETE', `/api/visits/${deleted.id}`)).statusCode).toBe(204);
    await ok(await send(leader, 'PUT', `/api/teams/${laoshan}/targets/2026`, { targets: { visits: 40 } }));
    const progressIn = async (year: number) =>
      (await ok<{ targets: Json[] }>(await send(officer, 'GET', `/api/teams/${laoshan}/targets?year=${year}`))).targets.find((row) => row.measure === 'visits');
    expect(await progressIn(2026)).toEqual({ measure: 'visits', label: '走访企业次数', unit: 'count', target: 40, progress: 2, share: 0.05 });
    expect(await progressIn(2025)).toMatchObject({ target: null, progress: 1 });
  });

  it('exports the month as a workbook in the reader\'s language, and audits the export', async () => {
    const response = await send(leader, 'GET', '/api/visits/activity/export?month=2026-03', undefined, 'en');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('visits-2026-03.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['By officer', 'By team', 'Concerns', 'Visits']);
    const concerns = workbook.getWorksheet('Concerns')!;
    expect(concerns.getRow(2).values).toEqual([undefined, 'Supply chain', 3]);
    expect(workbook.getWorksheet('Visits')!.rowCount).toBe(6);
    const [audit] = await ctx.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'visit'), eq(auditEvents.action, 'export')));
    expect(audit!.after).toEqual({ month: '2026-03', teamId: null, rows: 5 });
  });
});

describe('photos and trips', () => {
  const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  const upload = (who: SignedIn, recordId: string, file = { fileName: '会谈.png', content: pixel }) => {
    const { payload, contentType } = multipartForm([
      { name: 'kind', value: 'visit' },
      { name: 'recordId', value: recordId },
      { name: 'file', ...file },
    ]);
    return app.inject({ method: 'POST', url: '/api/attachments', headers: { ...who.headers, 'content-type': contentType }, payload });
  };

  it('takes photos from those who may change the visit, shows them to its readers, and hides them from other teams', async () => {
    expect((await upload(shenzhenOfficer, visitA.id)).statusCode).toBe(201);
    const list = (who: SignedIn) => send(who, 'GET', `/api/attachments?kind=visit&recordId=${visitA.id}`);
    expect(await ok(await list(shenzhenColleague))).toMatchObject({ canAttach: false, items: [{ fileName: '会谈.png', mediaType: 'image/png' }] });
    expect((await upload(shenzhenColleague, visitA.id)).statusCode).toBe(403);
    expect((await list(jimoOfficer)).statusCode).toBe(404);
    expect((await upload(jimoOfficer, visitA.id)).statusCode).toBe(404);
    expect((await upload(shenzhenOfficer, visitA.id, { fileName: '纪要.txt', content: Buffer.from('会谈纪要') })).statusCode).toBe(415);
  });

  it("lets only a trip's creator change it, keeps its visits within its dates, and shows it to its team only", async () => {
    const body = { name: '南山—宝安无人机产业链专题出访', destination: '深圳市南山区、宝安区', startsOn: '2026-03-01', endsOn: '2026-03-07' };
    expect((await send(shenzhenColleague, 'PUT', `/api/visits/trips/${trip.id}`, body)).statusCode).toBe(403);
    const mayEdit = async (who: SignedIn) => (await ok<{ trip: { mayEdit: boolean } }>(await send(who, 'GET', `/api/visits/trips/${trip.id}/report`))).trip.mayEdit;
    expect(await mayEdit(shenzhenOfficer)).toBe(true);
    expect(await mayEdit(shenzhenColleague)).toBe(false);
    const upsideDown = await send(shenzhenOfficer, 'PUT', `/api/visits/trips/${trip.id}`, { ...body, startsOn: '2026-03-08' }, 'en');
    expect(upsideDown.json().errors).toEqual([{ field: 'endsOn', message: 'The trip cannot end before it starts' }]);
    const shrunk = await send(shenzhenOfficer, 'PUT', `/api/visits/trips/${trip.id}`, { ...body, startsOn: '2026-03-03' });
    expect(shrunk.json().errors).toEqual([{ field: 'startsOn', message: '走访日期不在该出访行程的起止日期内' }]);
    const renamed = await ok<{ name: string; visits: number; teamId: string }>(await send(shenzhenOfficer, 'PUT', `/api/visits/trips/${trip.id}`, { ...body, name: '深圳无人机产业链出访' }));
    expect(renamed).toMatchObject({ name: '深圳无人机产业链出访', visits: 3, teamId: shenzhen });
    const tripsOf = async (who: SignedIn) => (await ok<{ items: { id: string }[] }>(await send(who, 'GET', '/api/visits/trips'))).items.map((t) => t.id);
    expect(await tripsOf(shenzhenColleague)).toContain(trip.id);
    expect(await tripsOf(leader)).toContain(trip.id);
    expect(await tripsOf(jimoOfficer)).not.toContain(trip.id);
  });
});

describe('merging enterprises', () => {
  it('moves the visits of a merged-away enterprise to the survivor', async () => {
    const duplicate = await enterprise('深圳翼控微电子（重复，走访）');
    const visit = await record(shenzhenOfficer, { enterpriseId: duplicate, visitedOn: chinaToday(), concerns: [{ tag: 'supply-chain' }] });
    expect((await send(admin, 'POST', `/api/enterprises/${yikong}/merge`, { duplicateId: duplicate, confirmDuplicate: true })).statusCode).toBe(200);
    expect((await ok<Visit>(await send(shenzhenOfficer, 'GET', `/api/visits/${visit.id}`))).enterpriseId).toBe(yikong);
    const concernRows = await ctx.db.select({ n: count() }).from(visitConcerns).where(eq(visitConcerns.visitId, visit.id));
    expect(concernRows[0]!.n).toBe(1);
  });
});
