import { and, count, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { pdf } from '../../../platform/attachments/attachments-test-app.ts';
import { auditEvents } from '../../../platform/audit/schema.ts';
import { teamMemberships, teams } from '../../../platform/teams/schema.ts';
import { createTestApp, type SignedIn } from '../../../test/app.ts';
import { multipartForm } from '../../../test/multipart-form.ts';
import { enterprises } from '../../enterprises/schema.ts';
import { leads } from '../../investment-leads/schema.ts';
import { competitionEntries, competitionJudges, competitionPhaseResults, competitionScores } from '../schema.ts';

const { app, ctx, signIn } = await createTestApp();
const { db } = ctx;
const organiser = await signIn(['organiser']);
const officer = await signIn(['officer']);
const entrant = await signIn(['entrant']);
const judgeUsers = [await signIn(['judge']), await signIn(['judge']), await signIn(['judge'])];

type Json = Record<string, unknown>;
type Method = 'GET' | 'POST' | 'PATCH';
const send = (who: SignedIn | null, method: Method, url: string, payload?: unknown) =>
  app.inject({ method, url, headers: { ...(who?.headers ?? {}), 'accept-language': 'zh-CN' }, ...(payload === undefined ? {} : { payload: payload as Json }) });
async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

interface RankedEntry {
  entryId: string;
  number: string;
  value: number | null;
  rank: number | null;
  tied: boolean;
  advanced: boolean | null;
  abstainedJudgeIds: string[];
  contributions: { judgeId: string; raw: number; normalised: number; counted: boolean }[];
  explanation: { method: string; sum: number; counted: number; rescaled?: number } | null;
}
interface Ranking {
  method: string;
  closedAt: string | null;
  entries: RankedEntry[];
  tieAtCut: { rank: number; entryIds: string[]; beyondTopN: number } | null;
  actions: string[];
}
type Figure = { count: number; entries?: { id: string }[]; projects?: { id: string }[] };

// An edition with a round of two phases: the online review sends its best two on, the roadshow ends the round.
const edition = await ok<{ id: string; tracks: { id: string }[] }>(
  await send(organiser, 'POST', '/api/competition/editions', { name: '第六届蓝贝国际创新大赛（结果测试）', year: 2026, startsOn: '2026-03-01', endsOn: '2026-09-30' }),
  201,
);
const base = `/api/competition/editions/${edition.id}`;
const track = (await ok<{ tracks: { id: string }[] }>(await send(organiser, 'POST', `${base}/tracks`, { name: '人工智能', industryCodes: [] }), 201)).tracks[0]!.id;
const round = (await ok<{ rounds: { id: string }[] }>(await send(organiser, 'POST', `${base}/rounds`, { name: '深圳赛区', city: '深圳', heldOn: '2026-07-11', capacity: 60 }), 201)).rounds[0]!.id;
const phases = (
  await ok<{ rounds: { phases: { id: string; kind: string }[] }[] }>(
    await send(organiser, 'POST', `${base}/rounds/${round}/phases`, { kind: 'onlineReview', opensOn: '2026-05-27', closesOn: '2026-07-01', advancement: { kind: 'topN', count: 2 } }),
    201,
  )
).rounds[0]!.phases;
const review = phases[0]!.id;
const roadshow = (
  await ok<{ rounds: { phases: { id: string; kind: string }[] }[] }>(await send(organiser, 'POST', `${base}/rounds/${round}/phases`, { kind: 'roadshow', opensOn: '2026-07-11', closesOn: '2026-07-11' }), 201)
).rounds[0]!.phases.find((phase) => phase.kind === 'roadshow')!.id;
const phaseUrl = (phaseId: string) => `${base}/rounds/${round}/phases/${phaseId}`;

async function enterprise(name: string) {
  const [row] = await db.insert(enterprises).values({ name, searchText: name }).returning({ id: enterprises.id });
  return row!.id;
}
// 海工 already has an open lead: its two entries are linked to it, not given new ones.
const haigong = await enterprise('青岛海工智能装备有限公司（结果测试）');
const existingLead = await ok<{ id: string }>(await send(officer, 'POST', '/api/leads', { enterpriseId: haigong, source: 'visit' }), 201);

const entryRows = await db
  .insert(competitionEntries)
  .values(
    [
      ['LB6-R-001', '血友病A基因治疗', await enterprise('深圳基因治疗有限公司（结果测试）'), entrant.userId],
      ['LB6-R-002', '潜行鲛 GLADIUS MINI', await enterprise('深圳潜行创新科技有限公司（结果测试）'), null],
      ['LB6-R-003', '工业视觉质检', await enterprise('深圳视觉智能有限公司（结果测试）'), null],
      ['LB6-R-004', '港口自动导引车', haigong, null],
      ['LB6-R-005', '海底巡检机器人', haigong, null],
    ].map(([number, projectName, enterpriseId, entrantUserId]) => ({
      editionId: edition.id,
      roundId: round,
      trackId: track,
      number: number!,
      projectName: projectName!,
      organisationName: `${projectName}团队`,
      enterpriseId: enterpriseId!,
      entrantUserId,
      stage: 'prototype' as const,
      financing: 'angel' as const,
      teamSize: 5,
      teamSummary: '核心团队五人',
      summary: '项目简介',
      contactName: '联系人',
      contactPhone: '13800000000',
      state: 'eligible' as const,
    })),
  )
  .returning();
const [e1, e2, e3, e4, e5] = entryRows.map((row) => row.id) as [string, string, string, string, string];
const judges = await db
  .insert(competitionJudges)
  .values(judgeUsers.map((user) => ({ userId: user.userId })))
  .returning();
const [j1, j2, j3] = judges.map((judge) => judge.id) as [string, string, string];

// A lenient, a harsh and a third judge scoring alike in shape; the third abstains on the fifth entry.
const sheet: [string, string, number | null][] = [
  [j1, e1, 90], [j1, e2, 80], [j1, e3, 80], [j1, e4, 70], [j1, e5, 60],
  [j2, e1, 60], [j2, e2, 50], [j2, e3, 50], [j2, e4, 40], [j2, e5, 30],
  [j3, e1, 95], [j3, e2, 85], [j3, e3, 85], [j3, e4, 75], [j3, e5, null],
];
await db.insert(competitionScores).values(sheet.map(([judgeId, entryId, total]) => ({ phaseId: review, judgeId, entryId, abstained: total === null, total })));

// By hand: judges 1 and 2 have σ = √104 over their five scores (means 76 and 46), judge 3 σ = √50 over four (mean 85).
const z12 = (deviation: number) => deviation / Math.sqrt(104);
const z3 = (deviation: number) => deviation / Math.sqrt(50);
const expectedZ = {
  [e1]: (2 * z12(14) + z3(10)) / 3,
  [e2]: (2 * z12(4) + z3(0)) / 3,
  [e3]: (2 * z12(4) + z3(0)) / 3,
  [e4]: (2 * z12(-6) + z3(-10)) / 3,
  [e5]: (2 * z12(-16)) / 2,
};

describe('ranking and closing a phase', () => {
  it('previews the ranking live by any method, and closes with z-score: the top two advance with the tie at the cut', async () => {
    const mean = await ok<Ranking>(await send(organiser, 'GET', `${phaseUrl(review)}/ranking?method=mean`));
    expect(mean.method).toBe('mean');
    expect(mean.entries.find((entry) => entry.entryId === e5)).toMatchObject({ value: 45, abstainedJudgeIds: [j3] });
    expect(mean.actions).toEqual(['close']);

    expect((await send(officer, 'GET', `${phaseUrl(review)}/ranking`)).statusCode).toBe(403);
    expect((await send(organiser, 'GET', `${base}/rounds/${round}/phases/${edition.id}/ranking`)).statusCode).toBe(404);

    const closed = await ok<Ranking>(await send(organiser, 'POST', `${phaseUrl(review)}/close`, { method: 'z-score' }));
    expect(closed.method).toBe('z-score');
    expect(closed.closedAt).not.toBeNull();
    expect(closed.entries.map((entry) => [entry.number, entry.rank, entry.tied, entry.advanced])).toEqual([
      ['LB6-R-001', 1, false, true],
      ['LB6-R-002', 2, true, true],
      ['LB6-R-003', 2, true, true],
      ['LB6-R-004', 4, false, false],
      ['LB6-R-005', 5, false, false],
    ]);
    for (const entry of closed.entries) expect(entry.value).toBeCloseTo(expectedZ[entry.entryId]!, 10);
    expect(closed.tieAtCut).toEqual({ rank: 2, entryIds: [e2, e3], beyondTopN: 1 });
    expect(closed.actions).toEqual(['publishNotice']);

    // Stored with how each value was computed: every judge's raw and normalised score.
    const stored = await db.select().from(competitionPhaseResults).where(eq(competitionPhaseResults.phaseId, review));
    expect(stored).toHaveLength(5);
    const first = stored.find((result) => result.entryId === e1)!;
    expect(first).toMatchObject({ rank: 1, advanced: true, aggregate: { scoreCount: 3, explanation: { method: 'z-score', counted: 3 } } });
    expect(first.aggregate.contributions.find((contribution) => contribution.judgeId === j3)).toMatchObject({ raw: 95, normalised: expect.closeTo(z3(10), 10) });
    expect(stored.find((result) => result.entryId === e5)!.aggregate.abstainedJudgeIds).toEqual([j3]);

    // Later scores change nothing of a closed phase.
    await db.update(competitionScores).set({ total: 10 }).where(and(eq(competitionScores.phaseId, review), eq(competitionScores.entryId, e1)));
    const again = await ok<Ranking>(await send(organiser, 'GET', `${phaseUrl(review)}/ranking?method=mean`));
    expect(again.method).toBe('z-score');
    expect(again.entries[0]).toMatchObject({ entryId: e1, rank: 1 });
    expect(again.entries[0]!.value).toBeCloseTo(expectedZ[e1]!, 10);

    const audits = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, review), eq(auditEvents.action, 'close')));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ aggregation: 'z-score', advancing: 3, tieAtCut: { rank: 2, beyondTopN: 1 } });
  });

  it('refuses closing twice, and a later phase before the earlier one', async () => {
    const twice = await send(organiser, 'POST', `${phaseUrl(review)}/close`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('competition.results.alreadyClosed');
    expect((await db.select({ n: count() }).from(competitionPhaseResults).where(eq(competitionPhaseResults.phaseId, review)))[0]!.n).toBe(5);
  });

  it('publishes the notice: the public sees the advancing entries, never a score; an entrant sees only its own result', async () => {
    expect((await send(organiser, 'POST', `${phaseUrl(review)}/notice`, { noticeEndsOn: '2020-01-01' })).statusCode).toBe(400);
    await ok(await send(organiser, 'POST', `${phaseUrl(review)}/notice`, { noticeEndsOn: '2099-12-31' }));
    expect((await send(organiser, 'POST', `${phaseUrl(review)}/notice`, { noticeEndsOn: '2099-12-31' })).statusCode).toBe(409);

    const notices = await send(null, 'GET', '/api/competition/notices');
    const notice = (await ok<{ items: { roundName: string; advancing: Json[] }[] }>(notices)).items.find((item) => item.roundName === '深圳赛区')!;
    expect(notice.advancing).toEqual([
      { number: 'LB6-R-001', projectName: '血友病A基因治疗', organisationName: '血友病A基因治疗团队', rank: 1 },
      { number: 'LB6-R-002', projectName: '潜行鲛 GLADIUS MINI', organisationName: '潜行鲛 GLADIUS MINI团队', rank: 2 },
      { number: 'LB6-R-003', projectName: '工业视觉质检', organisationName: '工业视觉质检团队', rank: 2 },
    ]);
    expect(notices.body).not.toMatch(/value|contribution|judge|LB6-R-004/);

    const mine = await send(entrant, 'GET', '/api/competition/my-entries');
    const own = await ok<{ id: string; results: Json[] }[]>(mine);
    expect(own.map((entry) => [entry.id, entry.results])).toEqual([[e1, [{ phaseId: review, phaseKind: 'onlineReview', rank: 1, advanced: true }]]]);
    expect(mine.body).not.toMatch(/value|contribution|LB6-R-002/);
    expect((await send(entrant, 'GET', `${phaseUrl(review)}/ranking`)).statusCode).toBe(403);
  });
});

describe('every entry a lead, and the landing tracker', () => {
  it('closing the round’s last phase closes the round and makes every entry a lead once, linking an open lead', async () => {
    const next = await ok<Ranking>(await send(organiser, 'GET', `${phaseUrl(roadshow)}/ranking`));
    expect(next.entries.map((entry) => entry.number)).toEqual(['LB6-R-001', 'LB6-R-002', 'LB6-R-003']);

    const leadsBefore = (await db.select({ n: count() }).from(leads))[0]!.n;
    expect((await send(organiser, 'POST', `${phaseUrl(roadshow)}/close`, { leadOwnerId: organiser.userId })).statusCode).toBe(400);
    await ok(await send(organiser, 'POST', `${phaseUrl(roadshow)}/close`, { leadOwnerId: officer.userId, nextFollowUpOn: '2026-08-01' }));

    const entries = await db.select().from(competitionEntries).where(eq(competitionEntries.roundId, round));
    expect(entries.every((entry) => entry.leadId !== null)).toBe(true);
    expect(entries.filter((entry) => entry.enterpriseId === haigong).map((entry) => entry.leadId)).toEqual([existingLead.id, existingLead.id]);
    expect((await db.select({ n: count() }).from(leads))[0]!.n).toBe(leadsBefore + 3);
    const made = await db.select().from(leads).where(inArray(leads.id, [entries.find((entry) => entry.id === e1)!.leadId!]));
    expect(made[0]).toMatchObject({ source: 'competition', ownerId: officer.userId, nextFollowUpOn: '2026-08-01', status: 'open' });
    expect(made[0]!.sourceNote).toBe('第六届蓝贝国际创新大赛（结果测试） · 深圳赛区 · LB6-R-001 · 网络初评第 1 名');

    // Offered again: nothing new.
    expect(await ok(await send(organiser, 'POST', `${base}/rounds/${round}/leads`, {}))).toEqual({ created: 0, linked: 0 });
    expect((await db.select({ n: count() }).from(leads))[0]!.n).toBe(leadsBefore + 3);
  });

  it('offers an entry added after the closing, as a lead of the record its organisation was merged into', async () => {
    const survivor = await enterprise('深圳海洋感知科技有限公司（结果测试）');
    const duplicate = await enterprise('深圳海洋感知科技公司（结果测试）');
    await db.update(enterprises).set({ mergedIntoId: survivor }).where(eq(enterprises.id, duplicate));
    const [late] = await db
      .insert(competitionEntries)
      .values({ ...entryRows[0]!, id: undefined, number: 'LB6-R-006', projectName: '海洋感知浮标', enterpriseId: duplicate, entrantUserId: null, leadId: null, idempotencyKey: null })
      .returning();
    expect(await ok(await send(organiser, 'POST', `${base}/rounds/${round}/leads`, { leadOwnerId: officer.userId }))).toEqual({ created: 1, linked: 0 });
    const [linked] = await db.select({ leadId: competitionEntries.leadId }).from(competitionEntries).where(eq(competitionEntries.id, late!.id));
    const [lead] = await db.select().from(leads).where(eq(leads.id, linked!.leadId!));
    expect(lead).toMatchObject({ enterpriseId: survivor, source: 'competition', ownerId: officer.userId });
    expect(lead!.sourceNote).toBe('第六届蓝贝国际创新大赛（结果测试） · 深圳赛区 · LB6-R-006 · 未排名');
    await db.update(competitionEntries).set({ state: 'withdrawn' }).where(eq(competitionEntries.id, late!.id));
  });

  it('puts the leads in the team the organiser chose, by default one their owner belongs to today, whose members see them', async () => {
    const [shenzhenTeam, berlinTeam] = await db
      .insert(teams)
      .values([
        { name: '驻深招商组（结果测试）', nameKey: '驻深招商组（结果测试）' },
        { name: '驻德招商组（结果测试）', nameKey: '驻德招商组（结果测试）' },
      ])
      .returning();
    const colleague = await signIn(['officer']);
    const outsider = await signIn(['officer']);
    await db.insert(teamMemberships).values([
      { teamId: shenzhenTeam!.id, userId: officer.userId, role: 'member', startsOn: '2020-01-01' },
      { teamId: shenzhenTeam!.id, userId: colleague.userId, role: 'member', startsOn: '2020-01-01' },
    ]);
    const owners = await ok<{ items: { id: string; teamIds: string[] }[]; teams: { id: string }[] }>(await send(organiser, 'GET', '/api/competition/lead-owners'));
    expect(owners.items.find((owner) => owner.id === officer.userId)!.teamIds).toEqual([shenzhenTeam!.id]);
    expect(owners.teams.map((team) => team.id)).toEqual(expect.arrayContaining([shenzhenTeam!.id, berlinTeam!.id]));

    const lateEntry = async (number: string, name: string) => {
      const [row] = await db
        .insert(competitionEntries)
        .values({ ...entryRows[0]!, id: undefined, number, projectName: name, enterpriseId: await enterprise(name), entrantUserId: null, leadId: null, idempotencyKey: null })
        .returning();
      return row!;
    };
    const offer = (body: Json) => send(organiser, 'POST', `${base}/rounds/${round}/leads`, body);
    const late = await lateEntry('LB6-R-007', '深圳声学成像科技有限公司（结果测试）');
    const notOwners = await offer({ leadOwnerId: officer.userId, leadTeamId: berlinTeam!.id });
    expect(notOwners.statusCode).toBe(400);
    expect(notOwners.json().errors).toEqual([expect.objectContaining({ field: 'leadTeamId', message: '线索所属团队须为负责人当前所在的团队' })]);
    const unknown = await offer({ leadOwnerId: officer.userId, leadTeamId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'leadTeamId', message: '团队不存在或已归档' })]);

    expect(await ok(await offer({ leadOwnerId: officer.userId }))).toEqual({ created: 1, linked: 0 });
    const [offered] = await db.select({ leadId: competitionEntries.leadId }).from(competitionEntries).where(eq(competitionEntries.id, late.id));
    const leadId = offered!.leadId!;
    const [lead] = await db.select().from(leads).where(eq(leads.id, leadId));
    expect(lead).toMatchObject({ ownerId: officer.userId, teamId: shenzhenTeam!.id });
    // The team's other members see the lead, as the leads module's visibility follows its team; others do not
    expect((await send(colleague, 'GET', `/api/leads/${leadId}`)).statusCode).toBe(200);
    expect((await send(outsider, 'GET', `/api/leads/${leadId}`)).statusCode).toBe(404);

    // The pool's leads go to any team chosen, or to none
    const pooled = await lateEntry('LB6-R-008', '深圳微流控芯片有限公司（结果测试）');
    expect(await ok(await offer({ leadOwnerId: null, leadTeamId: berlinTeam!.id }))).toEqual({ created: 1, linked: 0 });
    const [pooledLead] = await db.select({ ownerId: leads.ownerId, teamId: leads.teamId }).from(leads).innerJoin(competitionEntries, eq(competitionEntries.leadId, leads.id)).where(eq(competitionEntries.id, pooled.id));
    expect(pooledLead).toEqual({ ownerId: null, teamId: berlinTeam!.id });
    await db.update(competitionEntries).set({ state: 'withdrawn' }).where(inArray(competitionEntries.id, [late.id, pooled.id]));
  });

  it('counts a project made from an entry’s lead and moved to 签约 once, however many entries share its lead', async () => {
    const tracker = async () => ok<Record<string, Figure>>(await send(officer, 'GET', `${base}/landing?roundId=${round}`));
    expect(Object.fromEntries(Object.entries(await tracker()).flatMap(([key, value]) => (typeof value === 'object' && value && 'count' in value ? [[key, value.count]] : []))))
      .toEqual({ entries: 5, leads: 5, projects: 0, signed: 0, registered: 0, producing: 0 });

    const project = await ok<{ id: string }>(await send(officer, 'POST', '/api/projects', { name: '海工智能装备落地项目', leadId: existingLead.id }), 201);
    const { payload, contentType } = multipartForm([
      { name: 'kind', value: 'project' },
      { name: 'recordId', value: project.id },
      { name: 'file', fileName: '投资协议.pdf', content: pdf },
    ]);
    const file = await app.inject({ method: 'POST', url: '/api/attachments', headers: { ...officer.headers, 'content-type': contentType }, payload });
    expect(file.statusCode, file.body).toBe(201);
    await ok(await send(officer, 'POST', `/api/projects/${project.id}/actions/sign`, { signedOn: '2026-08-10', amountWan: 5000, capitalOrigin: 'domestic', agreementFileId: file.json().id }));

    const after = await tracker();
    expect([after.projects!.count, after.signed!.count, after.registered!.count, after.producing!.count]).toEqual([1, 1, 0, 0]);
    expect(after.signed!.projects!.map((p) => p.id)).toEqual([project.id]);
    expect(after.leads!.entries!.map((entry) => entry.id).sort()).toEqual([e1, e2, e3, e4, e5].sort());
    expect((await send(officer, 'GET', `${base}/landing?roundId=${edition.id}`)).statusCode).toBe(404);

    const workbook = await send(officer, 'GET', `${base}/landing/export`);
    expect(workbook.statusCode).toBe(200);
    expect(workbook.headers['content-type']).toContain('spreadsheetml');
    expect(await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, edition.id), eq(auditEvents.action, 'exportLandingTracker')))).toHaveLength(1);
  });

  it('records landing support on an entry, for managers only', async () => {
    const url = `${base}/entries/${e2}/landing-support`;
    expect((await send(officer, 'POST', url, { kind: 'incubatorPlace', note: '崂山科创园孵化工位', givenOn: '2026-08-15' })).statusCode).toBe(403);
    const list = await ok<{ items: Json[] }>(await send(organiser, 'POST', url, { kind: 'incubatorPlace', note: '崂山科创园孵化工位', givenOn: '2026-08-15' }));
    expect(list.items).toEqual([expect.objectContaining({ kind: 'incubatorPlace', note: '崂山科创园孵化工位', givenOn: '2026-08-15' })]);
    expect((await send(officer, 'GET', `/api/competition/editions/${round}/entries/${e2}/landing-support`)).statusCode).toBe(404);
    const tracker = await ok<{ entries: { entries: { id: string; supportCount: number }[] } }>(await send(officer, 'GET', `${base}/landing`));
    expect(tracker.entries.entries.find((entry) => entry.id === e2)!.supportCount).toBe(1);
    await ok(await send(organiser, 'POST', url, { kind: 'bankReferral', note: '推荐至青岛银行科技支行', givenOn: '2026-08-20' }));
    await ok(await send(organiser, 'POST', url, { kind: 'incubatorPlace', note: '加租一个工位', givenOn: '2026-09-01' }));
    const listed = await ok<{ items: { id: string; landingSupport: string[] }[] }>(await send(officer, 'GET', `${base}/rounds/${round}/entries`));
    expect(listed.items.find((entry) => entry.id === e2)!.landingSupport).toEqual(['incubatorPlace', 'bankReferral']);
    expect(listed.items.find((entry) => entry.id === e1)!.landingSupport).toEqual([]);
  });

  it('exports the ranking as a workbook, audited', async () => {
    const workbook = await send(organiser, 'GET', `${phaseUrl(review)}/ranking/export`);
    expect(workbook.statusCode).toBe(200);
    expect(workbook.headers['content-disposition']).toContain('attachment');
    expect(await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, review), eq(auditEvents.action, 'export')))).toHaveLength(1);
  });
});
