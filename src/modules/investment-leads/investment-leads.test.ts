import { and, count, eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { chinaDayOf, chinaToday } from '../../platform/calendar/china-day.ts';
import { notifications } from '../../platform/notifications/schema.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { enterprises } from '../enterprises/schema.ts';
import { ownedOpenLeads, pastCutoff } from './idle-lead-conditions.ts';
import { idleCutoffs } from './lead-idle.ts';
import { assertMayAssign, leadScopeOf, visibleLeads } from './lead-policy.ts';
import { runLeadPool } from './return-idle-leads.ts';
import { leadFollowUps, leads } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const leader = await signIn(['leader']);
const shenzhenOfficer = await signIn(['officer']);
const shenzhenColleague = await signIn(['officer']);
const rotated = await signIn(['officer']);
const jimoOfficer = await signIn(['officer']);
const jimoLead = await signIn(['officer']);
const loner = await signIn(['officer']);
const outsiders = {
  operator: await signIn(['operator']),
  agent: await signIn(['agent']),
  investor: await signIn(['investor']),
  judge: await signIn(['judge']),
};

type Json = Record<string, unknown>;
type Lead = {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  ownerId: string | null;
  teamId: string | null;
  status: string;
  industryCode: string | null;
  nextFollowUpOn: string | null;
  returnsToPoolOn: string | null;
  dropReason: string | null;
  actions: string[];
  followUps: { note: string; happenedOn: string; authorName: string }[];
};

const send = (who: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });

async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

const today = chinaToday();
const dayOffset = (days: number) => chinaDayOf(new Date(Date.now() + days * 86_400_000));

async function enterprise(name: string, industryCode: string | null = null) {
  return (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name, industryCode, confirmDuplicate: true }), 201)).id;
}

async function team(name: string) {
  return (await ok<{ id: string }>(await send(admin, 'POST', '/api/teams', { name }), 201)).id;
}

async function member(teamId: string, who: SignedIn, startsOn: string, endsOn: string | null, role: 'lead' | 'member' = 'member') {
  await ok(await send(admin, 'POST', `/api/teams/${teamId}/memberships`, { userId: who.userId, startsOn, endsOn, role }), 201);
}

const shenzhen = await team('西海岸新区驻深办（线索）');
const jimo = await team('即墨区招商一科（线索）');
await member(shenzhen, shenzhenOfficer, '2026-01-01', null);
await member(shenzhen, shenzhenColleague, '2026-01-01', null);
// Rotated from the field office to 即墨 yesterday.
await member(shenzhen, rotated, '2026-01-01', dayOffset(-1));
await member(jimo, rotated, today, null);
await member(jimo, jimoOfficer, '2026-01-01', null);
await member(jimo, jimoLead, '2026-01-01', null, 'lead');

const yikong = await enterprise('深圳市翼控微电子有限公司（线索测试）', 'C3963');
const defang = await enterprise('德纺（青岛）纺织品贸易有限公司（线索测试）', 'F5132');
const huanjing = await enterprise('青岛幻境虚拟现实科技有限公司（线索测试）', 'I6513');
const shijie = await enterprise('青岛视界光学科技有限公司（线索测试）', 'C4040');

async function create(who: SignedIn, body: Json): Promise<Lead> {
  return ok<Lead>(await send(who, 'POST', '/api/leads', { source: 'field-research', ...body }), 201);
}

const leadCount = async () => (await ctx.db.select({ n: count() }).from(leads))[0]!.n;
const enterpriseCount = async () => (await ctx.db.select({ n: count() }).from(enterprises))[0]!.n;

// The fixtures of the visibility matrix: one lead in each place.
const shenzhenLead = await create(shenzhenOfficer, {
  enterpriseId: yikong,
  sourceNote: '驻深办走访：本地电池、螺旋桨、遥控终端配套薄弱',
  chainSegment: '无人机飞控芯片',
  priority: 'high',
  nextFollowUpOn: today,
});
const jimoLeadRecord = await create(jimoOfficer, { enterpriseId: defang, source: 'visit', chainSegment: '功能性面料' });
const poolLead = await create(jimoOfficer, { enterpriseId: huanjing, source: 'competition', inPool: true });
// The rotated officer's own lead from their field-office days.
const rotatedOwn = await create(shenzhenColleague, { enterpriseId: shijie, source: 'referral' });
await ctx.db.update(leads).set({ ownerId: rotated.userId }).where(eq(leads.id, rotatedOwn.id));

describe('creating a lead', () => {
  it('keeps it in the creator\'s team, owned by them, with the enterprise\'s industry when none is given', () => {
    expect(shenzhenLead).toMatchObject({
      enterpriseId: yikong,
      ownerId: shenzhenOfficer.userId,
      teamId: shenzhen,
      status: 'open',
      industryCode: 'C3963',
      nextFollowUpOn: today,
      actions: ['edit', 'followUp', 'release', 'convert', 'drop'],
    });
    expect(shenzhenLead.returnsToPoolOn).toBe(dayOffset(30));
    expect(poolLead).toMatchObject({ ownerId: null, teamId: jimo, returnsToPoolOn: null });
  });

  it('creates a new enterprise in the same transaction through the register, or nothing at all', async () => {
    const created = await create(shenzhenOfficer, { enterprise: { name: '深圳市蜂鸟电池科技有限公司', industryCode: '3841' }, source: 'referral' });
    expect(created).toMatchObject({ enterpriseName: '深圳市蜂鸟电池科技有限公司', industryCode: 'C3841', teamId: shenzhen });
    const [audit] = await ctx.db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, 'enterprise'), eq(auditEvents.entityId, created.enterpriseId), eq(auditEvents.action, 'create')));
    expect(audit!.n).toBe(1);

    const leadsBefore = await leadCount();
    const enterprisesBefore = await enterpriseCount();
    // The lead's industry is wrong: the new enterprise is not kept either.
    const refused = await send(shenzhenOfficer, 'POST', '/api/leads', { enterprise: { name: '深圳市桨影螺旋桨有限公司' }, source: 'referral', industryCode: 'Z9999' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ field: 'industryCode', message: '国民经济行业分类中没有该代码' }]);
    // A near-duplicate of an existing name is the register's 409, unless confirmed.
    expect((await send(shenzhenOfficer, 'POST', '/api/leads', { enterprise: { name: '深圳市蜂鸟电池科技有限公司' }, source: 'referral' })).statusCode).toBe(409);
    expect(await leadCount()).toBe(leadsBefore);
    expect(await enterpriseCount()).toBe(enterprisesBefore);
  });

  it('refuses bad input with a message in the caller\'s language and writes nothing', async () => {
    const before = await leadCount();
    const cases: [Json, string, string][] = [
      [{ source: 'visit' }, 'enterpriseId', 'Choose an existing enterprise, or create a new one'],
      [{ source: 'visit', enterpriseId: yikong, enterprise: { name: '双份' } }, 'enterpriseId', 'Choose an existing enterprise, or create a new one'],
      [{ source: 'rumour', enterpriseId: yikong }, 'source', ''],
      [{ source: 'visit', enterpriseId: yikong, sourceNote: 'a\u0000b' }, 'sourceNote', ''],
      [{ source: 'visit', enterpriseId: yikong, chainSegment: '链'.repeat(100_000) }, 'chainSegment', ''],
      [{ source: 'visit', enterpriseId: yikong, nextFollowUpOn: '2026-02-30' }, 'nextFollowUpOn', ''],
      [{ source: 'visit', enterpriseId: randomUUID() }, 'enterpriseId', 'No such enterprise, or it was merged'],
      [{ source: 'visit', enterpriseId: yikong, teamId: jimo }, 'teamId', 'You can only keep it in a team you belong to'],
      [{ source: 'visit', enterpriseId: yikong, teamId: randomUUID() }, 'teamId', 'No such team, or it is archived'],
    ];
    for (const [body, field, message] of cases) {
      const response = await send(shenzhenOfficer, 'POST', '/api/leads', body, 'en');
      expect(response.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      const errors = response.json().errors as { field: string; message: string }[];
      expect(errors.map((e) => e.field)).toContain(field);
      if (message) expect(errors.find((e) => e.field === field)!.message).toBe(message);
    }
    expect(await leadCount()).toBe(before);
    expect((await send(leader, 'POST', '/api/leads', { source: 'visit', enterpriseId: yikong })).statusCode).toBe(403);
    // The register's own checks of a new enterprise, named under the body's `enterprise`.
    const badCode = await send(shenzhenOfficer, 'POST', '/api/leads', { source: 'visit', enterprise: { name: '深圳市某某电子有限公司', regionCode: '999999' } }, 'en');
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().errors.map((e: { field: string }) => e.field)).toEqual(['enterprise.regionCode']);
    expect(await leadCount()).toBe(before);
  });
});

describe('who sees which leads', () => {
  const ids = async (who: SignedIn, tab: string) =>
    (await ok<{ items: Lead[] }>(await send(who, 'GET', `/api/leads?tab=${tab}&pageSize=200`))).items.map((lead) => lead.id);
  const fixtures = () => [shenzhenLead.id, jimoLeadRecord.id, poolLead.id, rotatedOwn.id];
  const seen = async (who: SignedIn) => (await ids(who, 'all')).filter((id) => fixtures().includes(id)).sort();

  it('gives an officer their team\'s leads, their own and the pool, and 404 for any other', async () => {
    expect(await seen(shenzhenOfficer)).toEqual([shenzhenLead.id, poolLead.id, rotatedOwn.id].sort());
    // The rotated officer's old lead stays with the field office and its owner, not with their new team.
    expect(await seen(jimoOfficer)).toEqual([jimoLeadRecord.id, poolLead.id].sort());
    expect(await seen(loner)).toEqual([poolLead.id]);
    for (const [who, id] of [
      [shenzhenOfficer, jimoLeadRecord.id],
      [loner, shenzhenLead.id],
      [jimoOfficer, shenzhenLead.id],
    ] as const) {
      expect((await send(who, 'GET', `/api/leads/${id}`)).statusCode).toBe(404);
      expect((await send(who, 'PATCH', `/api/leads/${id}`, { priority: 'low' })).statusCode).toBe(404);
      expect((await send(who, 'POST', `/api/leads/${id}/follow-ups`, { happenedOn: today, note: '越权' })).statusCode).toBe(404);
      expect((await send(who, 'POST', `/api/leads/${id}/claim`)).statusCode).toBe(404);
      expect((await send(who, 'POST', `/api/leads/${id}/drop`, { reason: '越权' })).statusCode).toBe(404);
    }
    const missing = await send(shenzhenOfficer, 'GET', `/api/leads/${randomUUID()}`);
    const foreign = await send(shenzhenOfficer, 'GET', `/api/leads/${jimoLeadRecord.id}`);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().title).toBe(missing.json().title);
  });

  it('follows rotation by date: the officer moved to 即墨 sees 即墨\'s leads and their own, no longer the field office\'s', async () => {
    expect(await seen(rotated)).toEqual([jimoLeadRecord.id, poolLead.id, rotatedOwn.id].sort());
    expect((await send(rotated, 'GET', `/api/leads/${shenzhenLead.id}`)).statusCode).toBe(404);
    // Yesterday, in the field office, they saw its leads and not 即墨's.
    const visibleOn = async (day: string) => {
      const scope = await leadScopeOf(ctx.db, { id: rotated.userId, permissions: ['lead.read', 'lead.work'] }, day);
      const rows = await ctx.db.select({ id: leads.id }).from(leads).where(visibleLeads(scope));
      return rows.map((row) => row.id).filter((id) => fixtures().includes(id)).sort();
    };
    expect(await visibleOn(dayOffset(-1))).toEqual([shenzhenLead.id, poolLead.id, rotatedOwn.id].sort());
    expect(await visibleOn(today)).toEqual([jimoLeadRecord.id, poolLead.id, rotatedOwn.id].sort());
  });

  it("lets a team's lead assign only on the days they lead it", async () => {
    // The field office's lead until yesterday, a plain member from today.
    const former = await signIn(['officer']);
    await member(shenzhen, former, '2026-01-01', dayOffset(-1), 'lead');
    await member(shenzhen, former, today, null);
    const lead = await create(shenzhenOfficer, { enterprise: { name: '深圳市鹏翔遥控终端有限公司' }, source: 'visit' });
    expect((await send(former, 'POST', `/api/leads/${lead.id}/assign`, { ownerId: shenzhenColleague.userId })).statusCode).toBe(403);
    expect((await ok<Lead>(await send(former, 'GET', `/api/leads/${lead.id}`))).actions).not.toContain('assign');
    const [row] = await ctx.db.select().from(leads).where(eq(leads.id, lead.id));
    const asFormer = { id: former.userId, permissions: ['lead.read', 'lead.work'] as const };
    await expect(assertMayAssign(ctx.db, asFormer, row!, shenzhenColleague.userId, dayOffset(-1))).resolves.toBeUndefined();
    await expect(assertMayAssign(ctx.db, asFormer, row!, shenzhenColleague.userId, today)).rejects.toMatchObject({ status: 403, code: 'lead.mayNotAssign' });
    // 即墨's lead, today, to their own member.
    expect((await send(jimoLead, 'POST', `/api/leads/${jimoLeadRecord.id}/assign`, { ownerId: jimoOfficer.userId })).statusCode).toBe(200);
  });

  it('lets leaders and administrators read everything, and keeps every other role out', async () => {
    expect(await seen(leader)).toEqual(fixtures().sort());
    expect(await seen(admin)).toEqual(fixtures().sort());
    expect((await ok<Lead>(await send(leader, 'GET', `/api/leads/${shenzhenLead.id}`))).actions).toEqual(['assign', 'release']);
    const enterpriseUser = await signIn(['enterprise'], { enterpriseId: yikong });
    for (const who of [...Object.values(outsiders), enterpriseUser]) {
      expect((await send(who, 'GET', '/api/leads')).statusCode).toBe(403);
      expect((await send(who, 'GET', `/api/leads/${shenzhenLead.id}`)).statusCode).toBe(403);
      expect((await send(who, 'POST', '/api/leads', { source: 'visit', enterpriseId: yikong })).statusCode).toBe(403);
      expect((await send(who, 'POST', `/api/leads/${poolLead.id}/claim`)).statusCode).toBe(403);
    }
  });

  it("finds leads in the header's quick search within the caller's scope only", async () => {
    const leadHits = async (who: SignedIn, q: string) =>
      ((await ok<{ groups: { kind: string; hits: { id: string }[] }[] }>(await send(who, 'GET', `/api/search?q=${encodeURIComponent(q)}&limit=20`))).groups.find(
        (group) => group.kind === 'lead',
      )?.hits ?? []).map((hit) => hit.id);
    expect(await leadHits(shenzhenOfficer, '德纺')).toEqual([]);
    expect(await leadHits(jimoOfficer, '德纺')).toContain(jimoLeadRecord.id);
    expect(await leadHits(leader, '德纺')).toContain(jimoLeadRecord.id);
    expect(await leadHits(outsiders.operator, '德纺')).toEqual([]);
  });

  it('lists by tab, filters and searches by the enterprise\'s name in either script, a page at a time', async () => {
    expect(await ids(shenzhenOfficer, 'mine')).toContain(shenzhenLead.id);
    expect(await ids(shenzhenOfficer, 'mine')).not.toContain(poolLead.id);
    expect(await ids(shenzhenColleague, 'team')).toContain(shenzhenLead.id);
    expect(await ids(shenzhenColleague, 'pool')).toEqual([poolLead.id]);
    const query = async (who: SignedIn, search: string) => (await ok<{ items: Lead[]; total: number }>(await send(who, 'GET', `/api/leads?tab=all&${search}`)));
    expect((await query(shenzhenOfficer, `q=${encodeURIComponent('翼控')}`)).items.map((l) => l.id)).toEqual([shenzhenLead.id]);
    expect((await query(shenzhenOfficer, `q=${encodeURIComponent('翼控微電子')}`)).items.map((l) => l.id)).toEqual([shenzhenLead.id]);
    expect((await query(leader, 'industry=C39&source=field-research')).items.map((l) => l.id)).toEqual([shenzhenLead.id]);
    expect((await query(leader, 'priority=high&due=true')).items.map((l) => l.id)).toEqual([shenzhenLead.id]);
    expect((await query(leader, 'source=competition')).items.map((l) => l.id)).toEqual([poolLead.id]);
    const first = await query(leader, 'pageSize=2&page=1');
    const second = await query(leader, 'pageSize=2&page=2');
    expect(first.items).toHaveLength(2);
    expect(first.total).toBeGreaterThanOrEqual(4);
    expect(second.items.map((l) => l.id)).not.toContain(first.items[0]!.id);
    expect((await send(leader, 'GET', '/api/leads?tab=everything')).statusCode).toBe(400);
  });
});

describe('the pool', () => {
  it('lets exactly one of two officers claiming at once win; the other hears who was faster', async () => {
    const lead = await create(jimoOfficer, { enterpriseId: huanjing, source: 'inbound', inPool: true });
    const [first, second] = await Promise.all([
      send(shenzhenOfficer, 'POST', `/api/leads/${lead.id}/claim`),
      send(shenzhenColleague, 'POST', `/api/leads/${lead.id}/claim`),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json()).toMatchObject({ code: 'lead.alreadyClaimed', title: '手慢了：该线索刚被其他人认领' });
    const winner = (first.statusCode === 200 ? first : second).json() as Lead;
    expect(winner.teamId).toBe(shenzhen);
    const [claims] = await ctx.db
      .select({ n: count() })
      .from(workflowTransitions)
      .where(and(eq(workflowTransitions.recordId, lead.id), eq(workflowTransitions.action, 'claim')));
    expect(claims!.n).toBe(1);
    // Claimed, it is no longer anyone's to claim, not even again by its owner.
    expect((await send(admin, 'POST', `/api/leads/${lead.id}/claim`)).statusCode).toBe(409);
    expect((await send(winner.ownerId === shenzhenOfficer.userId ? shenzhenOfficer : shenzhenColleague, 'POST', `/api/leads/${lead.id}/claim`)).json().code).toBe('lead.alreadyYours');
  });

  it('makes the second of two claims that truly overlap wait for the first and then refuses it', async () => {
    const lead = await create(jimoOfficer, { enterpriseId: shijie, source: 'inbound', inPool: true });
    // Hold the lead's row so that both claims are certainly under way, and waiting, at once.
    const holder = await ctx.pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM leads WHERE id = $1 FOR UPDATE', [lead.id]);
      const claims = Promise.all([
        send(shenzhenOfficer, 'POST', `/api/leads/${lead.id}/claim`),
        send(jimoOfficer, 'POST', `/api/leads/${lead.id}/claim`),
      ]);
      await expect
        .poll(async () => (await holder.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`)).rows[0].n, { timeout: 10_000 })
        .toBe(2);
      await holder.query('COMMIT');
      const answers = await claims;
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 409]);
      expect(answers.find((answer) => answer.statusCode === 409)!.json().code).toBe('lead.alreadyClaimed');
    } finally {
      holder.release();
    }
    const [row] = await ctx.db.select({ ownerId: leads.ownerId }).from(leads).where(eq(leads.id, lead.id));
    expect([shenzhenOfficer.userId, jimoOfficer.userId]).toContain(row!.ownerId);
  });

  it("lets a team's lead assign the team's leads and the pool's to the team's members, leaders any; others are refused", async () => {
    const lead = await create(jimoOfficer, { enterpriseId: defang, source: 'conference', inPool: true });
    expect((await send(jimoOfficer, 'POST', `/api/leads/${lead.id}/assign`, { ownerId: jimoOfficer.userId })).statusCode).toBe(403);
    expect((await send(jimoLead, 'POST', `/api/leads/${lead.id}/assign`, { ownerId: shenzhenOfficer.userId })).statusCode).toBe(403);
    expect((await send(jimoLead, 'POST', `/api/leads/${lead.id}/assign`, { ownerId: leader.userId })).statusCode).toBe(400);
    expect((await send(jimoLead, 'POST', `/api/leads/${lead.id}/assign`, { ownerId: randomUUID() })).statusCode).toBe(400);
    expect((await ok<Lead>(await send(jimoLead, 'GET', `/api/leads/${lead.id}`))).actions).toContain('assign');

    const assigned = await ok<Lead>(await send(jimoLead, 'POST', `/api/leads/${lead.id}/assign`, { ownerId: rotated.userId }));
    expect(assigned).toMatchObject({ ownerId: rotated.userId, teamId: jimo });
    const [notice] = await ctx.db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, rotated.userId), eq(notifications.kind, 'lead.assigned')));
    expect(notice!.n).toBe(1);

    // The team lead has no reach into the field office's leads; a leader does.
    expect((await send(jimoLead, 'POST', `/api/leads/${shenzhenLead.id}/assign`, { ownerId: jimoOfficer.userId })).statusCode).toBe(404);
    const moved = await ok<Lead>(await send(leader, 'POST', `/api/leads/${lead.id}/assign`, { ownerId: shenzhenColleague.userId }));
    expect(moved).toMatchObject({ ownerId: shenzhenColleague.userId, teamId: shenzhen });
  });

  it('takes a lead back to the pool from its owner or its assigners, not from a teammate', async () => {
    const lead = await create(shenzhenOfficer, { enterpriseId: yikong, source: 'visit' });
    expect((await send(shenzhenColleague, 'POST', `/api/leads/${lead.id}/release`)).statusCode).toBe(403);
    const released = await ok<Lead>(await send(shenzhenOfficer, 'POST', `/api/leads/${lead.id}/release`));
    expect(released).toMatchObject({ ownerId: null, actions: ['claim'] });
    expect((await send(shenzhenOfficer, 'POST', `/api/leads/${lead.id}/release`)).statusCode).toBe(409);
    // In the pool, every officer sees it; working it starts with a claim.
    expect((await send(loner, 'POST', `/api/leads/${lead.id}/follow-ups`, { happenedOn: today, note: '先跟进' })).statusCode).toBe(403);
    await ok(await send(loner, 'POST', `/api/leads/${lead.id}/claim`));
    const actions = (
      await ctx.db
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(and(eq(auditEvents.entityType, 'lead'), eq(auditEvents.entityId, lead.id)))
        .orderBy(auditEvents.id)
    ).map((row) => row.action);
    expect(actions).toEqual(['create', 'release', 'claim']);
  });
});

describe('working a lead', () => {
  it('logs follow-ups that touch the lead and set the next date; refuses future dates and closed leads', async () => {
    const lead = await create(shenzhenOfficer, { enterpriseId: yikong, source: 'visit', nextFollowUpOn: dayOffset(-3) });
    await ctx.db.update(leads).set({ touchedAt: new Date(Date.now() - 20 * 86_400_000) }).where(eq(leads.id, lead.id));
    const followed = await ok<Lead>(
      await send(shenzhenColleague, 'POST', `/api/leads/${lead.id}/follow-ups`, { happenedOn: today, note: '黎总确认下周来青考察', nextFollowUpOn: dayOffset(7) }),
    );
    expect(followed.followUps).toMatchObject([{ note: '黎总确认下周来青考察', happenedOn: today }]);
    expect(followed).toMatchObject({ nextFollowUpOn: dayOffset(7), returnsToPoolOn: dayOffset(30) });

    const before = (await ctx.db.select({ n: count() }).from(leadFollowUps))[0]!.n;
    const future = await send(shenzhenOfficer, 'POST', `/api/leads/${lead.id}/follow-ups`, { happenedOn: dayOffset(2), note: '未来' }, 'zh-TW');
    expect(future.statusCode).toBe(400);
    expect(future.json().errors).toEqual([{ field: 'happenedOn', message: '跟進日期不能晚於今天' }]);
    expect((await send(shenzhenOfficer, 'POST', `/api/leads/${lead.id}/follow-ups`, { happenedOn: today, note: '' })).statusCode).toBe(400);
    expect((await send(shenzhenOfficer, 'POST', `/api/leads/${lead.id}/follow-ups`, { happenedOn: today, note: 'x\u0000' })).statusCode).toBe(400);

    expect((await send(shenzhenOfficer, 'POST', `/api/leads/${lead.id}/drop`, {})).statusCode).toBe(400);
    const dropped = await ok<Lead>(await send(shenzhenOfficer, 'POST', `/api/leads/${lead.id}/drop`, { reason: '企业决定留在深圳扩产' }));
    expect(dropped).toMatchObject({ status: 'dropped', dropReason: '企业决定留在深圳扩产', returnsToPoolOn: null, actions: ['reopen'] });
    expect((await send(shenzhenOfficer, 'POST', `/api/leads/${lead.id}/follow-ups`, { happenedOn: today, note: '再联系' })).statusCode).toBe(409);
    expect((await send(shenzhenOfficer, 'PATCH', `/api/leads/${lead.id}`, { priority: 'low' })).statusCode).toBe(409);
    expect((await send(shenzhenOfficer, 'POST', `/api/leads/${lead.id}/convert`)).statusCode).toBe(409);
    expect((await ctx.db.select({ n: count() }).from(leadFollowUps))[0]!.n).toBe(before);

    await ok(await send(shenzhenOfficer, 'POST', `/api/leads/${lead.id}/reopen`));
    const converted = await ok<Lead>(await send(shenzhenOfficer, 'POST', `/api/leads/${lead.id}/convert`));
    expect(converted).toMatchObject({ status: 'converted', dropReason: null, actions: [] });
  });

  it('edits the details of an open lead, by its owner or team', async () => {
    const edited = await ok<Lead>(await send(shenzhenColleague, 'PATCH', `/api/leads/${shenzhenLead.id}`, { industryCode: '3963', chainSegment: '飞控芯片与遥控终端' }));
    expect(edited).toMatchObject({ industryCode: 'C3963' });
    expect((await send(shenzhenColleague, 'PATCH', `/api/leads/${shenzhenLead.id}`, { industryCode: 'nope' })).statusCode).toBe(400);
    expect((await send(leader, 'PATCH', `/api/leads/${shenzhenLead.id}`, { priority: 'low' })).statusCode).toBe(403);
    // An edit that changes nothing writes nothing.
    const audits = async () =>
      (await ctx.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.entityId, shenzhenLead.id), eq(auditEvents.action, 'update'))))[0]!.n;
    const before = await audits();
    await ok(await send(shenzhenColleague, 'PATCH', `/api/leads/${shenzhenLead.id}`, { chainSegment: '飞控芯片与遥控终端' }));
    expect(await audits()).toBe(before);
  });
});

describe('the daily return to the pool', () => {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  const noticesOf = async (userId: string, kind: string) =>
    (await ctx.db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind))))[0]!.n;

  it('warns the owner once in the last five days, then returns the lead after thirty, once however many instances run', async () => {
    const owner = await signIn(['officer']);
    await member(shenzhen, owner, '2026-01-01', null);
    const idle = await create(owner, { enterpriseId: yikong, source: 'visit' });
    const fresh = await create(owner, { enterpriseId: defang, source: 'visit' });
    await ctx.db.update(leads).set({ touchedAt: daysAgo(26) }).where(eq(leads.id, idle.id));
    const home = async () => {
      const cards = await ok<{ dueFollowUps: { total: number }; returningSoon: { total: number; items: Lead[] } }>(await send(owner, 'GET', '/api/leads/home'));
      return { dueFollowUps: cards.dueFollowUps.total, returningSoon: cards.returningSoon.total };
    };
    expect(await home()).toEqual({ dueFollowUps: 0, returningSoon: 1 });

    const now = new Date();
    // Two instances at once: one warning.
    const runs = await Promise.all([runLeadPool(ctx, now), runLeadPool(ctx, now)]);
    expect(runs.reduce((sum, run) => sum + run.warned, 0)).toBe(1);
    expect(runs.reduce((sum, run) => sum + run.returned, 0)).toBe(0);
    expect(await noticesOf(owner.userId, 'lead.poolWarning')).toBe(1);
    // Once per period: the next day's run says nothing new.
    expect(await runLeadPool(ctx, new Date(now.getTime() + 86_400_000))).toEqual({ returned: 0, warned: 0 });

    const later = new Date(now.getTime() + 5 * 86_400_000);
    const returns = await Promise.all([runLeadPool(ctx, later), runLeadPool(ctx, later)]);
    expect(returns.reduce((sum, run) => sum + run.returned, 0)).toBe(1);
    expect(await noticesOf(owner.userId, 'lead.returned')).toBe(1);
    const [row] = await ctx.db.select().from(leads).where(eq(leads.id, idle.id));
    expect(row).toMatchObject({ ownerId: null, status: 'open' });
    const [fromPool] = await ctx.db
      .select({ n: count() })
      .from(workflowTransitions)
      .where(and(eq(workflowTransitions.recordId, idle.id), eq(workflowTransitions.action, 'returnToPool')));
    expect(fromPool!.n).toBe(1);
    // The lead touched today stays with its owner.
    expect((await ctx.db.select({ ownerId: leads.ownerId }).from(leads).where(eq(leads.id, fresh.id)))[0]!.ownerId).toBe(owner.userId);
    expect(await home()).toEqual({ dueFollowUps: 0, returningSoon: 0 });
  });

  it('starts a new period with each touch, warned again when it runs out', async () => {
    const owner = await signIn(['officer']);
    const lead = await create(owner, { enterpriseId: huanjing, source: 'visit' });
    await ctx.db.update(leads).set({ touchedAt: daysAgo(27) }).where(eq(leads.id, lead.id));
    expect((await runLeadPool(ctx)).warned).toBe(1);
    await ok(await send(owner, 'POST', `/api/leads/${lead.id}/follow-ups`, { happenedOn: today, note: '电话回访' }));
    expect(await runLeadPool(ctx)).toEqual({ returned: 0, warned: 0 });
    // Every lead of this file is touched within days, so the run 26 days on warns each owner, this one once more.
    await runLeadPool(ctx, new Date(Date.now() + 26 * 86_400_000));
    expect(await noticesOf(owner.userId, 'lead.poolWarning')).toBe(2);
  });

  // 00:40 in China on a day, as the job runs.
  const jobRunOn = (chinaDay: string) => new Date(`${chinaDay}T00:40:00+08:00`);
  const ownerOf = async (id: string) => (await ctx.db.select({ ownerId: leads.ownerId }).from(leads).where(eq(leads.id, id)))[0]!.ownerId;
  const warningDates = async (userId: string) =>
    (await ctx.db.select({ params: notifications.params }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, 'lead.poolWarning'))).orderBy(notifications.createdAt)).map(
      (row) => row.params.date,
    );

  it('keeps a lead idle past thirty days until the follow-up day its owner planned has passed, shows that return day everywhere, warns once, then returns it', async () => {
    const owner = await signIn(['officer']);
    const lead = await create(owner, { enterpriseId: shijie, source: 'visit', nextFollowUpOn: dayOffset(2) });
    await ctx.db.update(leads).set({ touchedAt: daysAgo(31) }).where(eq(leads.id, lead.id));

    // The lead page, the list, the home card and the warning all name the day after the follow-up.
    expect((await ok<Lead>(await send(owner, 'GET', `/api/leads/${lead.id}`))).returnsToPoolOn).toBe(dayOffset(3));
    const listed = await ok<{ items: Lead[] }>(await send(owner, 'GET', '/api/leads?tab=mine'));
    expect(listed.items.map((item) => [item.id, item.returnsToPoolOn])).toEqual([[lead.id, dayOffset(3)]]);
    const home = await ok<{ returningSoon: { items: Lead[] } }>(await send(owner, 'GET', '/api/leads/home'));
    expect(home.returningSoon.items.map((item) => [item.id, item.returnsToPoolOn])).toEqual([[lead.id, dayOffset(3)]]);

    // Idle for 31 days, yet its follow-up is still ahead: kept, and its owner warned once however many instances run.
    const runs = await Promise.all([runLeadPool(ctx), runLeadPool(ctx)]);
    expect(runs.reduce((sum, run) => sum + run.returned, 0)).toBe(0);
    expect(await ownerOf(lead.id)).toBe(owner.userId);
    expect(await warningDates(owner.userId)).toEqual([dayOffset(3)]);

    // Through the follow-up day itself it stays, and the warning is not repeated.
    expect(await runLeadPool(ctx, new Date(`${dayOffset(2)}T23:59:00+08:00`))).toEqual({ returned: 0, warned: 0 });
    expect(await ownerOf(lead.id)).toBe(owner.userId);

    // The day after, it returns to the pool, once.
    const returns = await Promise.all([runLeadPool(ctx, jobRunOn(dayOffset(3))), runLeadPool(ctx, jobRunOn(dayOffset(3)))]);
    expect(returns.reduce((sum, run) => sum + run.returned, 0)).toBe(1);
    expect(await ownerOf(lead.id)).toBeNull();
    expect(await noticesOf(owner.userId, 'lead.returned')).toBe(1);
    expect(await warningDates(owner.userId)).toEqual([dayOffset(3)]);
  });

  it('finds the leads due back through the partial index on owned open leads', async () => {
    const { returnBy } = idleCutoffs(new Date(), { returnDays: 30, warningDays: 5 });
    const plan = await ctx.db.transaction(async (tx) => {
      // A test database's few leads are read fastest whole; what matters is that the index can serve the job's query.
      await tx.execute(sql`SET LOCAL enable_seqscan = off`);
      return tx.execute(sql`EXPLAIN ${tx.select({ id: leads.id }).from(leads).where(and(ownedOpenLeads, pastCutoff(returnBy)))}`);
    });
    expect(JSON.stringify(plan.rows)).toContain('leads_owned_idle_idx');
  });

  it('warns again for another follow-up day, and a touch restarts the period the follow-up had stretched', async () => {
    const owner = await signIn(['officer']);
    const lead = await create(owner, { enterpriseId: shijie, source: 'visit', nextFollowUpOn: dayOffset(2) });
    await ctx.db.update(leads).set({ touchedAt: daysAgo(31) }).where(eq(leads.id, lead.id));
    expect((await runLeadPool(ctx)).warned).toBe(1);

    // The follow-up day moved on without a touch (as a direct correction would): a new return day, warned of in turn.
    await ctx.db.update(leads).set({ nextFollowUpOn: dayOffset(10) }).where(eq(leads.id, lead.id));
    expect(await runLeadPool(ctx, jobRunOn(dayOffset(3)))).toEqual({ returned: 0, warned: 0 });
    expect(await runLeadPool(ctx, jobRunOn(dayOffset(6)))).toEqual({ returned: 0, warned: 1 });
    expect(await warningDates(owner.userId)).toEqual([dayOffset(3), dayOffset(11)]);

    // A follow-up logged today: thirty days from now, the planned day long passed by then.
    const followed = await ok<Lead>(await send(owner, 'POST', `/api/leads/${lead.id}/follow-ups`, { happenedOn: today, note: '电话确认考察行程' }));
    expect(followed).toMatchObject({ nextFollowUpOn: dayOffset(10), returnsToPoolOn: dayOffset(30) });
    expect(await runLeadPool(ctx, jobRunOn(dayOffset(11)))).toEqual({ returned: 0, warned: 0 });
    expect(await ownerOf(lead.id)).toBe(owner.userId);
  });
});

describe('the enterprise timeline and merging', () => {
  it('shows a lead\'s moves on its enterprise\'s timeline, and a merge moves the leads to the survivor', async () => {
    const duplicate = await enterprise('深圳翼控微电子（重复）', 'C3963');
    const lead = await create(shenzhenOfficer, { enterpriseId: duplicate, source: 'referral' });
    await ok(await send(shenzhenOfficer, 'POST', `/api/leads/${lead.id}/release`));
    await ok(await send(shenzhenColleague, 'POST', `/api/leads/${lead.id}/claim`));
    expect((await send(admin, 'POST', `/api/enterprises/${yikong}/merge`, { duplicateId: duplicate, confirmDuplicate: true })).statusCode).toBe(200);

    expect((await ok<Lead>(await send(shenzhenColleague, 'GET', `/api/leads/${lead.id}`))).enterpriseId).toBe(yikong);
    const [moved] = await ctx.db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, lead.id), eq(auditEvents.action, 'move-enterprise')));
    expect(moved!.n).toBe(1);
    const timeline = await ok<{ items: { title: string; details: { recordId: string } }[] }>(
      await send(admin, 'GET', `/api/enterprises/${yikong}/timeline?pageSize=100`, undefined, 'en'),
    );
    const titles = timeline.items.filter((item) => item.details.recordId === lead.id).map((item) => item.title);
    expect(titles).toEqual(['Lead claimed from the pool', 'Lead released to the pool', 'Lead created']);
  });

  it("keeps leads off the timeline for readers who may not see them: the enterprise's own users, operators, other teams", async () => {
    const leadEvents = async (who: SignedIn) => {
      const response = await send(who, 'GET', `/api/enterprises/${defang}/timeline?pageSize=100`);
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().items as { kind: string; details: { recordId?: string } }[]).filter((item) => item.kind === 'lead').map((item) => item.details.recordId);
    };
    expect(await leadEvents(jimoOfficer)).toContain(jimoLeadRecord.id);
    expect(await leadEvents(leader)).toContain(jimoLeadRecord.id);
    expect(await leadEvents(shenzhenOfficer)).not.toContain(jimoLeadRecord.id);
    expect(await leadEvents(outsiders.operator)).toEqual([]);
    expect(await leadEvents(outsiders.agent)).toEqual([]);
    expect(await leadEvents(await signIn(['enterprise'], { enterpriseId: defang }))).toEqual([]);
  });
});
