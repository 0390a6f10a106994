import { asc, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { createDemoDatabase } from '../../test/demo-database.ts';
import { users } from '../../platform/auth/schema.ts';
import { teams } from '../../platform/teams/schema.ts';
import { leads } from '../investment-leads/schema.ts';
import { readEditionDetail } from './competition-records.ts';
import { listMyEntries } from './entries/list-my-entries.ts';
import { findJudgeOfUser } from './judging/judge-records.ts';
import { readJudgeQueue } from './judging/read-judge-queue.ts';
import { readPhaseJudging } from './judging/read-phase-judging.ts';
import { readLandingTracker } from './landing/read-landing-tracker.ts';
import { competitionEditions, competitionEntries, competitionJudges, competitionPhaseResults, competitionPhases, competitionScores } from './schema.ts';

const { app, signIn } = await createTestApp();
const organiser = await signIn(['organiser']);
const officer = await signIn(['officer']);
const judge = await signIn(['judge']);
const admin = await signIn(['admin']);

type Json = Record<string, unknown>;
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
const send = (who: SignedIn, method: Method, url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });
async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return (response.statusCode === 204 ? null : response.json()) as T;
}
const fieldsOf = (response: Awaited<ReturnType<typeof send>>) => {
  expect(response.statusCode, response.body).toBe(400);
  return (response.json() as { errors: { field: string; message: string }[] }).errors;
};

type Phase = { id: string; kind: string; advancement: Json | null; actions: string[] };
type Round = { id: string; name: string; state: string; phases: Phase[]; actions: string[] };
type Detail = {
  id: string;
  state: string;
  trackCount: number;
  roundCount: number;
  tracks: { id: string; name: string; industryCodes: string[] }[];
  rounds: Round[];
  prizes: { id: string; roundId: string | null; name: string }[];
  industryNames: Record<string, string>;
  actions: string[];
};

const sixth = { name: '第六届蓝贝国际创新大赛（测试）', year: 2026, startsOn: '2026-03-01', endsOn: '2026-09-30' };
const shenzhen = { name: '深圳赛区', city: '深圳', venue: '深圳湾创业广场', heldOn: '2026-07-11', capacity: 60 };

async function newEdition(body: Json = {}) {
  return ok<Detail>(await send(organiser, 'POST', '/api/competition/editions', { ...sixth, ...body }), 201);
}

describe('editions, tracks, rounds, phases and prizes', () => {
  it('lets the organiser build an edition, reads it back in order, and audits every write', async () => {
    const edition = await newEdition();
    expect(edition).toMatchObject({ state: 'draft', trackCount: 0, roundCount: 0, tracks: [], rounds: [], prizes: [], actions: ['edit', 'delete', 'addParts'] });
    const base = `/api/competition/editions/${edition.id}`;

    const withTrack = await ok<Detail>(await send(organiser, 'POST', `${base}/tracks`, { name: '人工智能', industryCodes: ['I65', 'M73', 'I65'] }, 'en'), 201);
    expect(withTrack.tracks).toEqual([expect.objectContaining({ name: '人工智能', industryCodes: ['I65', 'M73'] })]);
    expect(withTrack.industryNames).toEqual({ I65: 'Software and Information Technology Services', M73: 'Research and Experimental Development' });

    const withRounds = await ok<Detail>(await send(organiser, 'POST', `${base}/rounds`, { ...shenzhen, name: '总决赛', kind: 'final', city: '青岛', heldOn: '2026-09-19' }), 201);
    const finalRound = withRounds.rounds[0]!;
    const regional = (await ok<Detail>(await send(organiser, 'POST', `${base}/rounds`, shenzhen), 201)).rounds[0]!;
    expect(regional).toMatchObject({ name: '深圳赛区', state: 'planned', phases: [], actions: ['edit', 'delete'] });

    // Added out of order, read in the order they run.
    await ok(await send(organiser, 'POST', `${base}/rounds/${regional.id}/phases`, { kind: 'roadshow', opensOn: '2026-07-11', closesOn: '2026-07-11', advancement: { kind: 'topN', count: 10 } }), 201);
    const phased = await ok<Detail>(
      await send(organiser, 'POST', `${base}/rounds/${regional.id}/phases`, { kind: 'onlineReview', opensOn: '2026-05-27', closesOn: '2026-07-01', advancement: { kind: 'minScore', score: 70 } }),
      201,
    );
    expect(phased.rounds.find((round) => round.id === regional.id)!.phases.map((phase) => [phase.kind, phase.advancement])).toEqual([
      ['onlineReview', { kind: 'minScore', score: 70 }],
      ['roadshow', { kind: 'topN', count: 10 }],
    ]);
    await ok(await send(organiser, 'POST', `${base}/rounds/${finalRound.id}/phases`, { kind: 'final' }), 201);

    await ok(await send(organiser, 'POST', `${base}/prizes`, { name: '赛区晋级奖', roundId: regional.id, rankFrom: 1, rankTo: 10 }), 201);
    const prized = await ok<Detail>(await send(organiser, 'POST', `${base}/prizes`, { name: '一等奖', rankFrom: 1, rankTo: 1, amountWan: 50 }), 201);
    expect(prized.prizes.map((prize) => [prize.name, prize.roundId])).toEqual([
      ['一等奖', null],
      ['赛区晋级奖', regional.id],
    ]);

    const opened = await ok<Detail>(await send(organiser, 'PATCH', base, { ...sixth, state: 'open' }));
    expect(opened).toMatchObject({ state: 'open', trackCount: 1, roundCount: 2, actions: ['edit', 'addParts'] });
    expect(opened.tracks[0]).toMatchObject({ actions: ['edit'] });

    const list = await ok<{ items: { id: string; trackCount: number; roundCount: number }[] }>(await send(officer, 'GET', `/api/competition/editions?${new URLSearchParams({ q: '蓝贝', state: 'open' })}`));
    expect(list.items).toContainEqual(expect.objectContaining({ id: edition.id, trackCount: 1, roundCount: 2 }));
    // Staff read it; only organisers may change it.
    expect((await ok<Detail>(await send(officer, 'GET', base))).actions).toEqual([]);

    const trail = await app.ctx.db.select({ type: auditEvents.entityType, action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.actorId, organiser.userId)).orderBy(asc(auditEvents.id));
    expect(trail.map((event) => `${event.type}.${event.action}`)).toEqual([
      'competitionEdition.create',
      'competitionTrack.create',
      'competitionRound.create',
      'competitionRound.create',
      'competitionPhase.create',
      'competitionPhase.create',
      'competitionPhase.create',
      'competitionPrize.create',
      'competitionPrize.create',
      'competitionEdition.update',
    ]);
  });

  it('refuses bad input with each field named in the caller\'s language', async () => {
    expect(fieldsOf(await send(organiser, 'POST', '/api/competition/editions', { ...sixth, endsOn: '2026-02-01' }, 'en'))).toEqual([
      { field: 'endsOn', message: 'The edition cannot end before it starts' },
    ]);
    expect(fieldsOf(await send(organiser, 'POST', '/api/competition/editions', { name: '', year: 1900 })).map((error) => error.field).sort()).toEqual(['name', 'year']);
    const edition = await newEdition();
    const base = `/api/competition/editions/${edition.id}`;
    expect(fieldsOf(await send(organiser, 'POST', `${base}/tracks`, { name: '海洋科技', industryCodes: ['C37', 'X99'] }, 'zh-TW'))).toEqual([
      { field: 'industryCodes.1', message: '行業代碼 X99 不存在' },
    ]);
    await ok(await send(organiser, 'POST', `${base}/tracks`, { name: '海洋科技' }), 201);
    expect(fieldsOf(await send(organiser, 'POST', `${base}/tracks`, { name: '海洋科技' })).map((error) => error.message)).toEqual(['本届已有同名赛道']);
    expect(fieldsOf(await send(organiser, 'POST', `${base}/rounds`, { ...shenzhen, heldOn: '2026-10-08', capacity: 0 })).map((error) => error.field)).toEqual(['capacity']);
    expect(fieldsOf(await send(organiser, 'POST', `${base}/rounds`, { ...shenzhen, heldOn: '2026-10-08' }, 'en'))).toEqual([
      { field: 'heldOn', message: 'The round must be held within the edition’s dates (2026-03-01 to 2026-09-30)' },
    ]);
    const round = (await ok<Detail>(await send(organiser, 'POST', `${base}/rounds`, shenzhen), 201)).rounds[0]!;
    expect(fieldsOf(await send(organiser, 'PATCH', base, { ...sixth, endsOn: '2026-06-30' }, 'en'))).toEqual([
      { field: 'endsOn', message: 'The round 深圳赛区 is held on 2026-07-11, outside these dates' },
    ]);

    const phases = `${base}/rounds/${round.id}/phases`;
    await ok(await send(organiser, 'POST', phases, { kind: 'roadshow', opensOn: '2026-07-11', closesOn: '2026-07-11', advancement: { kind: 'topN', count: 10 } }), 201);
    expect(fieldsOf(await send(organiser, 'POST', phases, { kind: 'onlineReview', opensOn: '2026-06-01', closesOn: '2026-07-20' }, 'en'))).toEqual([
      { field: 'closesOn', message: 'Phases run in turn: this one cannot close after the one after it opens' },
    ]);
    expect(fieldsOf(await send(organiser, 'POST', phases, { kind: 'roadshow', advancement: { kind: 'topN', count: 0 } })).map((error) => error.field).sort()).toEqual(['advancement.count']);
    expect(fieldsOf(await send(organiser, 'POST', phases, { kind: 'roadshow', opensOn: '2026-07-12', closesOn: '2026-07-11' }, 'en'))).toEqual([
      { field: 'kind', message: 'The round already has a phase of this kind' },
      { field: 'closesOn', message: 'The phase cannot close before it opens' },
    ]);
    expect(fieldsOf(await send(organiser, 'POST', `${base}/prizes`, { name: '三等奖', rankFrom: 4, rankTo: 2 }, 'en'))).toEqual([
      { field: 'rankTo', message: 'The last rank cannot come before the first' },
    ]);
  });

  it('keeps the competition from users without competition.read, and its changes to organisers', async () => {
    const edition = await newEdition();
    const company = (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name: '青岛大赛权限测试科技有限公司', confirmDuplicate: true }), 201)).id;
    const enterpriseUser = await signIn(['enterprise'], { enterpriseId: company });
    for (const who of [enterpriseUser, judge]) {
      await ok(await send(who, 'GET', '/api/competition/editions'), 403);
      await ok(await send(who, 'GET', `/api/competition/editions/${edition.id}`), 403);
    }
    await ok(await send(officer, 'POST', '/api/competition/editions', sixth), 403);
    await ok(await send(officer, 'POST', `/api/competition/editions/${edition.id}/tracks`, { name: '生物医药' }), 403);
    await ok(await send(officer, 'DELETE', `/api/competition/editions/${edition.id}`), 403);
  });

  it('answers 404 for missing ids and for parts of another edition', async () => {
    const mine = await newEdition();
    const other = await newEdition({ name: '第七届蓝贝国际创新大赛（测试）', year: 2027, startsOn: null, endsOn: null });
    const missing = '00000000-0000-4000-8000-000000000000';
    await ok(await send(organiser, 'GET', `/api/competition/editions/${missing}`), 404);
    await ok(await send(organiser, 'POST', `/api/competition/editions/${missing}/tracks`, { name: '人工智能' }), 404);

    const otherBase = `/api/competition/editions/${other.id}`;
    const track = (await ok<Detail>(await send(organiser, 'POST', `${otherBase}/tracks`, { name: '人工智能' }), 201)).tracks[0]!;
    const round = (await ok<Detail>(await send(organiser, 'POST', `${otherBase}/rounds`, shenzhen), 201)).rounds[0]!;
    const phase = (await ok<Detail>(await send(organiser, 'POST', `${otherBase}/rounds/${round.id}/phases`, { kind: 'roadshow' }), 201)).rounds[0]!.phases[0]!;
    const prize = (await ok<Detail>(await send(organiser, 'POST', `${otherBase}/prizes`, { name: '一等奖', rankFrom: 1, rankTo: 1 }), 201)).prizes[0]!;

    const base = `/api/competition/editions/${mine.id}`;
    await ok(await send(organiser, 'PATCH', `${base}/tracks/${track.id}`, { name: '人工智能' }), 404);
    await ok(await send(organiser, 'DELETE', `${base}/tracks/${track.id}`), 404);
    await ok(await send(organiser, 'PATCH', `${base}/rounds/${round.id}`, shenzhen), 404);
    await ok(await send(organiser, 'DELETE', `${base}/rounds/${round.id}`), 404);
    await ok(await send(organiser, 'POST', `${base}/rounds/${round.id}/phases`, { kind: 'final' }), 404);
    await ok(await send(organiser, 'PATCH', `${base}/rounds/${round.id}/phases/${phase.id}`, { kind: 'final' }), 404);
    await ok(await send(organiser, 'DELETE', `${base}/rounds/${round.id}/phases/${phase.id}`), 404);
    await ok(await send(organiser, 'PATCH', `${base}/prizes/${prize.id}`, { name: '一等奖', rankFrom: 1, rankTo: 1 }), 404);
    await ok(await send(organiser, 'DELETE', `${base}/prizes/${prize.id}`), 404);
    // A prize of a round of another edition.
    await ok(await send(organiser, 'POST', `${base}/prizes`, { name: '晋级奖', roundId: round.id, rankFrom: 1, rankTo: 10 }), 404);
    // Nothing of the other edition changed.
    expect(await readEditionDetail(app.ctx.db, other.id, true, 'zh-CN')).toMatchObject({ trackCount: 1, roundCount: 1, prizes: [expect.objectContaining({ id: prize.id })] });
  });

  it('deletes only drafts and what nothing depends on, and freezes a closed edition', async () => {
    const draft = await newEdition();
    await ok(await send(organiser, 'DELETE', `/api/competition/editions/${draft.id}`), 204);
    await ok(await send(organiser, 'GET', `/api/competition/editions/${draft.id}`), 404);

    const edition = await newEdition();
    const base = `/api/competition/editions/${edition.id}`;
    const track = (await ok<Detail>(await send(organiser, 'POST', `${base}/tracks`, { name: '智能制造' }), 201)).tracks[0]!;
    const round = (await ok<Detail>(await send(organiser, 'POST', `${base}/rounds`, shenzhen), 201)).rounds[0]!;
    const phase = (await ok<Detail>(await send(organiser, 'POST', `${base}/rounds/${round.id}/phases`, { kind: 'roadshow' }), 201)).rounds[0]!.phases[0]!;
    const prize = (await ok<Detail>(await send(organiser, 'POST', `${base}/prizes`, { name: '一等奖', rankFrom: 1, rankTo: 1 }), 201)).prizes[0]!;

    await ok(await send(organiser, 'PATCH', base, { ...sixth, state: 'open' }));
    expect(await ok(await send(organiser, 'PATCH', base, { ...sixth, state: 'draft' }), 409)).toMatchObject({ code: 'competition.edition.backToDraft' });
    expect(await ok(await send(organiser, 'DELETE', base), 409)).toMatchObject({ code: 'competition.edition.onlyDraftsDeleted' });
    expect(await ok(await send(organiser, 'DELETE', `${base}/tracks/${track.id}`), 409)).toMatchObject({ code: 'competition.track.onlyInDraft' });

    const started = await ok<Detail>(await send(organiser, 'PATCH', `${base}/rounds/${round.id}`, { ...shenzhen, state: 'open' }));
    expect(started.rounds[0]).toMatchObject({ state: 'open', actions: ['edit'] });
    expect(await ok(await send(organiser, 'DELETE', `${base}/rounds/${round.id}/phases/${phase.id}`), 409)).toMatchObject({ code: 'competition.phase.onlyPlannedDeleted' });
    expect(await ok(await send(organiser, 'DELETE', `${base}/rounds/${round.id}`), 409)).toMatchObject({ code: 'competition.round.onlyPlannedDeleted' });
    expect((await ok<Detail>(await send(organiser, 'DELETE', `${base}/prizes/${prize.id}`))).prizes).toEqual([]);

    const closed = await ok<Detail>(await send(organiser, 'PATCH', base, { ...sixth, state: 'closed' }));
    expect(closed.actions).toEqual(['edit']);
    expect(closed.rounds[0]!.actions).toEqual([]);
    expect(await ok(await send(organiser, 'POST', `${base}/tracks`, { name: '生物医药' }), 409)).toMatchObject({ code: 'competition.edition.closed' });
    expect(await ok(await send(organiser, 'PATCH', `${base}/rounds/${round.id}`, shenzhen), 409)).toMatchObject({ code: 'competition.edition.closed' });
  });
});

describe('the demo competition', () => {
  it('holds the sixth edition with its tracks, eight regional rounds and the September final in Qingdao', async () => {
    const { db } = await createDemoDatabase();
    const [edition] = await db.select().from(competitionEditions).where(inArray(competitionEditions.name, ['第六届蓝贝国际创新大赛']));
    const detail = await readEditionDetail(db, edition!.id, false, 'zh-CN');
    expect(detail.tracks.map((track) => track.name)).toEqual(expect.arrayContaining(['人工智能', '信息技术', '智能制造', '生物医药', '海洋科技']));
    expect(detail.rounds.map((round) => round.city)).toEqual(['上海', '武汉', '青岛', '北京', '深圳', '硅谷', '伦敦', '柏林', '青岛']);
    expect(detail.rounds.at(-1)).toMatchObject({ name: '总决赛', kind: 'final', heldOn: '2026-09-19', phases: [expect.objectContaining({ kind: 'final', advancement: null })] });
    const shenzhenRound = detail.rounds.find((round) => round.city === '深圳')!;
    expect(shenzhenRound.phases.map((phase) => [phase.kind, phase.advancement])).toEqual([
      ['onlineReview', { kind: 'topN', count: 60 }],
      ['roadshow', { kind: 'topN', count: 10 }],
    ]);
    expect(detail.prizes.filter((prize) => prize.roundId === null).map((prize) => prize.name)).toEqual(['一等奖', '二等奖', '三等奖', '优秀奖']);
    expect(Object.keys(detail.industryNames)).toEqual(expect.arrayContaining(['C27', 'I65']));
  });

  it('has five judges, the Shenzhen roadshow judged and closed with its top 10, landed entries and a queue for the demo judge', async () => {
    const { db } = await createDemoDatabase();
    const [edition] = await db.select().from(competitionEditions).where(eq(competitionEditions.name, '第六届蓝贝国际创新大赛'));
    const detail = await readEditionDetail(db, edition!.id, false, 'zh-CN');
    expect(await db.select().from(competitionJudges)).toHaveLength(5);

    const shenzhen = detail.rounds.find((round) => round.city === '深圳')!;
    expect(shenzhen.state).toBe('closed');
    const entries = await db.select().from(competitionEntries).where(eq(competitionEntries.roundId, shenzhen.id));
    expect(entries.length).toBeGreaterThanOrEqual(55);
    expect(entries.length).toBeLessThanOrEqual(65);
    expect(entries.every((entry) => entry.state === 'eligible' && entry.leadId !== null)).toBe(true);

    const roadshow = shenzhen.phases.find((phase) => phase.kind === 'roadshow')!;
    const [phase] = await db.select().from(competitionPhases).where(eq(competitionPhases.id, roadshow.id));
    expect(phase!.closedAt).not.toBeNull();
    expect(phase!.aggregation).toBe('z-score');
    const results = await db
      .select({ projectName: competitionEntries.projectName, rank: competitionPhaseResults.rank, advanced: competitionPhaseResults.advanced })
      .from(competitionPhaseResults)
      .innerJoin(competitionEntries, eq(competitionEntries.id, competitionPhaseResults.entryId))
      .where(eq(competitionPhaseResults.phaseId, roadshow.id))
      .orderBy(asc(competitionPhaseResults.rank));
    expect(results).toHaveLength(entries.length);
    const advanced = results.filter((result) => result.advanced);
    expect(advanced.map((result) => result.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(advanced.map((result) => result.projectName)).toEqual(expect.arrayContaining(['血友病A基因治疗', '潜行鲛 GLADIUS MINI 水下无人机']));
    const sheets = await db.select().from(competitionScores).where(eq(competitionScores.phaseId, roadshow.id));
    expect(sheets.filter((sheet) => sheet.abstained)).toHaveLength(2);

    const tracker = await readLandingTracker(db, edition!.id, shenzhen.id);
    expect(tracker.leads.count).toBe(entries.length);
    expect(tracker.signed.count).toBe(3);
    expect(tracker.registered.count).toBe(1);

    const [demoJudge] = await db.select().from(users).where(eq(users.username, 'judge'));
    const queue = await readJudgeQueue(db, await findJudgeOfUser(db, demoJudge!.id));
    expect(queue.items.length).toBeGreaterThan(0);
    expect(queue.items.every((item) => item.phase.roundName === '柏林赛区' && item.phase.kind === 'onlineReview' && !item.scored)).toBe(true);
  });

  it("seats panels on the Shenzhen roadshow and the Berlin review, puts Shenzhen's leads in the owner's team, and gives the demo entrant an entry under review", async () => {
    const { db } = await createDemoDatabase();
    const [edition] = await db.select().from(competitionEditions).where(eq(competitionEditions.name, '第六届蓝贝国际创新大赛'));
    const detail = await readEditionDetail(db, edition!.id, false, 'zh-CN');
    const phaseOf = (city: string, kind: string) => detail.rounds.find((round) => round.city === city)!.phases.find((phase) => phase.kind === kind)!;
    const judgingOf = (city: string, kind: string) => readPhaseJudging(db, edition!.id, detail.rounds.find((round) => round.city === city)!.id, phaseOf(city, kind).id);

    const roadshow = await judgingOf('深圳', 'roadshow');
    expect(roadshow).toMatchObject({ assignedAmong: 'panel', assignableJudges: 5, judgesPerEntry: 5 });
    expect(roadshow.panel.map((judge) => judge.username).sort()).toEqual(['judge', 'judge-feng', 'judge-qian', 'judge-xu', 'judge-zheng']);
    expect(roadshow.entries.every((entry) => entry.judges.length === 5)).toBe(true);
    expect(await judgingOf('深圳', 'onlineReview')).toMatchObject({ panel: [], assignedAmong: 'enabledJudges', assignableJudges: 5 });
    const review = await judgingOf('柏林', 'onlineReview');
    expect(review.panel.map((judge) => judge.username).sort()).toEqual(['judge', 'judge-qian', 'judge-xu', 'judge-zheng']);
    expect(review.entries.every((entry) => entry.judges.length === 3 && entry.shortfall === 0)).toBe(true);

    const [owner] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'gx-zhang'));
    const [shenzhenTeam] = await db.select({ id: teams.id }).from(teams).where(eq(teams.name, '高新区驻深招商组'));
    const shenzhenLeads = await db
      .select({ ownerId: leads.ownerId, teamId: leads.teamId })
      .from(leads)
      .innerJoin(competitionEntries, eq(competitionEntries.leadId, leads.id))
      .where(eq(competitionEntries.roundId, detail.rounds.find((round) => round.city === '深圳')!.id));
    expect(shenzhenLeads.length).toBeGreaterThan(0);
    expect(shenzhenLeads.every((lead) => lead.ownerId === owner!.id && lead.teamId === shenzhenTeam!.id)).toBe(true);

    const [entrant] = await db.select().from(users).where(eq(users.username, 'entrant'));
    expect(entrant!.roles).toEqual(['entrant']);
    const own = await listMyEntries(db, entrant!.id, 'zh-CN');
    expect(own).toEqual([expect.objectContaining({ projectName: 'Offshore hydrogen electrolyser', state: 'eligible', round: expect.objectContaining({ name: '柏林赛区' }) })]);
  });
});
