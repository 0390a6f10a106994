import { randomUUID } from 'node:crypto';
import { and, arrayContains, eq } from 'drizzle-orm';
import { attachments } from '../../../platform/attachments/schema.ts';
import { auditEvents } from '../../../platform/audit/schema.ts';
import { describe, expect, it } from 'vitest';
import { users } from '../../../platform/auth/schema.ts';
import { createTestApp, type SignedIn } from '../../../test/app.ts';
import { searchText } from '../../enterprises/name-keys.ts';
import { enterprises } from '../../enterprises/schema.ts';
import { competitionAssignments, competitionEntries, competitionJudges, competitionJudgeTracks, competitionPhases } from '../schema.ts';

const { app, signIn } = await createTestApp();
const { db } = app.ctx;
const organiser = await signIn(['organiser']);
const officer = await signIn(['officer']);

type Json = Record<string, unknown>;
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const send = (who: SignedIn, method: Method, url: string, payload?: unknown) =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': 'en' }, ...(payload === undefined ? {} : { payload: payload as Json }) });
async function ok<T = Json>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return (response.statusCode === 204 ? null : response.json()) as T;
}

type Detail = { id: string; tracks: { id: string; name: string }[]; rounds: { id: string; phases: { id: string; kind: string; rubric: Json; judgesPerEntry: number; anonymised: boolean }[] }[] };
type Judging = {
  judges: { judgeId: string; assigned: number; scored: number; outsideField: number }[];
  entries: { entryId: string; number: string; judges: { judgeId: string; outsideField: boolean; scored: boolean }[]; shortfall: number }[];
  missingScores: { entryId: string; judgeId: string }[];
};
type Queue = { items: { phase: { id: string; anonymised: boolean }; entry: { id: string; number: string; organisationName: string | null }; scored: boolean; abstained: boolean; total: number | null }[] };

let numbers = 0;
async function enterprise(name: string) {
  const [row] = await db.insert(enterprises).values({ name, searchText: name }).returning({ id: enterprises.id });
  return row!.id;
}

/** Entries are registered elsewhere; here they are written as they would be, eligible unless told. */
async function entry(edition: Detail, trackId: string, enterpriseId: string, organisationName: string, state: 'eligible' | 'submitted' = 'eligible') {
  numbers += 1;
  const [row] = await db
    .insert(competitionEntries)
    .values({
      editionId: edition.id,
      roundId: edition.rounds[0]!.id,
      trackId,
      number: `T${String(numbers).padStart(4, '0')}-${edition.id.slice(0, 6)}`,
      projectName: `项目 ${numbers}`,
      organisationName,
      enterpriseId,
      stage: 'prototype',
      financing: 'angel',
      teamSize: 5,
      teamSummary: '团队',
      summary: '简介',
      contactName: '联系人',
      contactPhone: '13800000000',
      state,
    })
    .returning();
  return row!;
}

/** A signed-in judge with a profile: their tracks and organisation. */
async function judgeOf(trackIds: string[], enterpriseId: string | null = null) {
  const signedIn = await signIn(['judge']);
  const [judge] = await db.insert(competitionJudges).values({ userId: signedIn.userId, enterpriseId }).returning();
  if (trackIds.length) await db.insert(competitionJudgeTracks).values(trackIds.map((trackId) => ({ judgeId: judge!.id, trackId })));
  return { ...signedIn, judgeId: judge!.id };
}

async function setUp(phase: Json = {}) {
  const edition = await ok<Detail>(await send(organiser, 'POST', '/api/competition/editions', { name: `第六届蓝贝 ${Math.random()}`, year: 2026 }), 201);
  const base = `/api/competition/editions/${edition.id}`;
  await ok(await send(organiser, 'POST', `${base}/tracks`, { name: '人工智能' }), 201);
  await ok(await send(organiser, 'POST', `${base}/tracks`, { name: '生物医药' }), 201);
  await ok(await send(organiser, 'POST', `${base}/rounds`, { name: '深圳赛区', city: '深圳', heldOn: '2026-07-11', capacity: 60 }), 201);
  const withRound = await ok<Detail>(await send(organiser, 'GET', base));
  const roundBase = `${base}/rounds/${withRound.rounds[0]!.id}`;
  await ok(await send(organiser, 'POST', `${roundBase}/phases`, { kind: 'onlineReview', judgesPerEntry: 2, anonymised: true, ...phase }), 201);
  const detail = await ok<Detail>(await send(organiser, 'POST', `${roundBase}/phases`, { kind: 'roadshow', judgesPerEntry: 2 }), 201);
  const [onlineReview, roadshow] = detail.rounds[0]!.phases;
  const [ai, bio] = detail.tracks;
  return { edition: detail, base, phaseBase: `${roundBase}/phases/${onlineReview!.id}`, roadshowBase: `${roundBase}/phases/${roadshow!.id}`, phaseId: onlineReview!.id, ai: ai!.id, bio: bio!.id };
}

const sheetUrl = (phaseId: string, entryId: string) => `/api/competition/judging/phases/${phaseId}/entries/${entryId}`;
const fullMarks = { team: 10, technology: 10, market: 10, finance: 10 };

describe('judges', () => {
  it('lets the organiser create a judge account with a profile, list and change it; the judge reads their own', async () => {
    const { ai, bio } = await setUp();
    const ocean = await enterprise('中国海洋大学');
    const created = await ok<{ judge: Json & { id: string; userId: string }; temporaryPassword: string }>(
      await send(organiser, 'POST', '/api/competition/judges', { username: 'judge-wang', displayName: '王教授', title: '教授', organisationName: '中国海洋大学', enterpriseId: ocean, trackIds: [ai] }),
      201,
    );
    expect(created.judge).toMatchObject({ username: 'judge-wang', displayName: '王教授', enterpriseName: '中国海洋大学', tracks: [expect.objectContaining({ id: ai })] });
    expect(created.temporaryPassword.length).toBeGreaterThan(8);
    const [account] = await db.select().from(users).where(eq(users.id, created.judge.userId));
    expect(account).toMatchObject({ roles: ['judge'], mustChangePassword: true, enterpriseId: null });

    const changed = await ok(await send(organiser, 'PATCH', `/api/competition/judges/${created.judge.id}`, { displayName: '王院士', title: '院士', trackIds: [ai, bio] }));
    expect(changed).toMatchObject({ displayName: '王院士', title: '院士', enterpriseId: null, tracks: expect.arrayContaining([expect.objectContaining({ id: bio })]) });
    const listed = await ok<{ items: { id: string }[] }>(await send(organiser, 'GET', '/api/competition/judges'));
    expect(listed.items.map((judge) => judge.id)).toContain(created.judge.id);

    const unknown = await send(organiser, 'PATCH', `/api/competition/judges/${created.judge.id}`, { displayName: '王', trackIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'trackIds.0' })]);
    expect((await send(organiser, 'PATCH', '/api/competition/judges/00000000-0000-4000-8000-000000000000', { displayName: '王' })).statusCode).toBe(404);

    const judge = await judgeOf([bio]);
    expect(await ok(await send(judge, 'GET', '/api/competition/judging/me'))).toMatchObject({ id: judge.judgeId, tracks: [expect.objectContaining({ id: bio })] });
    // A judge account whose profile was never made has no queue
    expect((await send(await signIn(['judge']), 'GET', '/api/competition/judging/queue')).statusCode).toBe(404);
  });

  it('keeps judges, assignment and progress to the organiser, and the queue and scoring to judges', async () => {
    const { phaseBase, phaseId } = await setUp();
    const judge = await judgeOf([]);
    for (const [who, method, url] of [
      [officer, 'GET', '/api/competition/judges'],
      [judge, 'GET', '/api/competition/judges'],
      [judge, 'POST', '/api/competition/judges'],
      [judge, 'POST', `${phaseBase}/assignment`],
      [judge, 'GET', `${phaseBase}/judging`],
      [officer, 'GET', `${phaseBase}/judging`],
      [organiser, 'GET', '/api/competition/judging/queue'],
      [organiser, 'PUT', `${sheetUrl(phaseId, phaseId)}/score`],
      [officer, 'POST', '/api/competition/judging/conflicts'],
    ] as const) {
      expect((await send(who, method, url, method === 'GET' ? undefined : {})).statusCode, `${method} ${url}`).toBe(403);
    }
  });
});

describe('rubric per phase', () => {
  it('saves a rubric, aggregation, judges per entry and anonymity, and refuses weights that do not add up to 100', async () => {
    const { edition, base } = await setUp();
    const round = edition.rounds[0]!;
    const url = `${base}/rounds/${round.id}/phases/${round.phases[1]!.id}`;
    const rubric = { criteria: [{ key: 'team', weight: 50, maxScore: 10 }, { key: '商业模式', weight: 40, maxScore: 20 }] };
    const refused = await send(organiser, 'PATCH', url, { kind: 'roadshow', rubric });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([expect.objectContaining({ field: 'rubric.criteria', message: 'The weights must add up to 100 %, not 90 %' })]);
    rubric.criteria[1]!.weight = 50;
    const saved = await ok<Detail>(await send(organiser, 'PATCH', url, { kind: 'roadshow', rubric, aggregation: 'trimmed-mean', judgesPerEntry: 7, anonymised: false }));
    expect(saved.rounds[0]!.phases[1]).toMatchObject({ rubric, aggregation: 'trimmed-mean', judgesPerEntry: 7, anonymised: false });
  });
});

async function scene() {
  const setting = await setUp();
  const gladius = await enterprise('潜行鲛科技');
  const lab = await enterprise('血友病基因治疗实验室');
  const drone = await entry(setting.edition, setting.ai, gladius, '潜行鲛科技');
  const gene = await entry(setting.edition, setting.bio, lab, '血友病基因治疗实验室');
  const robot = await entry(setting.edition, setting.ai, lab, '血友病基因治疗实验室');
  await entry(setting.edition, setting.ai, lab, '血友病基因治疗实验室', 'submitted');
  // The judges of earlier scenes step down, so that each scene's assignment is its own judges'
  await db.update(users).set({ disabled: true }).where(arrayContains(users.roles, ['judge']));
  // wang is of gladius's own organisation; li and zhao know AI, chen biotech
  const wang = await judgeOf([setting.ai], gladius);
  const li = await judgeOf([setting.ai]);
  const zhao = await judgeOf([setting.ai]);
  const chen = await judgeOf([setting.bio]);
  return { ...setting, drone, gene, robot, wang, li, zhao, chen };
}

describe('assignment, queue, conflicts and scoring', () => {
  it('assigns the eligible entries by field, never to a judge of the same organisation, flags outsiders and shows the loads', async () => {
    const { phaseBase, roadshowBase, drone, gene, robot, wang, chen } = await scene();
    const judging = await ok<Judging>(await send(organiser, 'POST', `${phaseBase}/assignment`));
    expect(judging.entries.map((entry) => entry.entryId).sort()).toEqual([drone.id, gene.id, robot.id].sort());
    const judgesOf = (entryId: string) => judging.entries.find((entry) => entry.entryId === entryId)!.judges;
    expect(judgesOf(drone.id).map((judge) => judge.judgeId)).not.toContain(wang.judgeId);
    expect(judgesOf(drone.id).every((judge) => !judge.outsideField)).toBe(true);
    // The gene therapy has one biotech judge: the second comes from outside its field, and is flagged
    expect(judgesOf(gene.id).find((judge) => judge.judgeId === chen.judgeId)).toMatchObject({ outsideField: false });
    expect(judgesOf(gene.id).filter((judge) => judge.outsideField)).toHaveLength(1);
    expect(judging.entries.every((entry) => entry.shortfall === 0 && entry.judges.length === 2)).toBe(true);
    expect(judging.judges.reduce((sum, judge) => sum + judge.assigned, 0)).toBe(6);
    expect(judging.missingScores).toHaveLength(6);
    // The roadshow takes those that advanced from the online review: none before it is closed
    expect((await ok<Judging>(await send(organiser, 'POST', `${roadshowBase}/assignment`))).entries).toEqual([]);
  });

  it("hides the organisation in an anonymised review's queue, lets a judge score and abstain, and follows progress", async () => {
    const { phaseBase, phaseId, drone, robot, li, zhao, wang } = await scene();
    const judging = await ok<Judging>(await send(organiser, 'POST', `${phaseBase}/assignment`));
    const assignedTo = (judgeId: string) => judging.entries.filter((entry) => entry.judges.some((judge) => judge.judgeId === judgeId)).map((entry) => entry.entryId);
    const judge = [li, zhao, wang].find((candidate) => assignedTo(candidate.judgeId).includes(drone.id) && assignedTo(candidate.judgeId).includes(robot.id))!;
    const queueResponse = await send(judge, 'GET', '/api/competition/judging/queue');
    const queue = await ok<Queue>(queueResponse);
    expect(queue.items.map((item) => item.entry.id).sort()).toEqual(assignedTo(judge.judgeId).sort());
    expect(queue.items.every((item) => item.phase.anonymised && item.entry.organisationName === null && !item.scored)).toBe(true);
    expect(queueResponse.body).not.toContain('潜行鲛科技');
    expect(queueResponse.body).not.toContain('血友病基因治疗实验室');

    const [first, second] = queue.items;
    const read = await ok<Json & { entry: Json }>(await send(judge, 'GET', sheetUrl(phaseId, first!.entry.id)));
    expect(read).toMatchObject({ editable: true, sheet: null, entry: { organisationName: null } });
    const scored = await ok(await send(judge, 'PUT', `${sheetUrl(phaseId, first!.entry.id)}/score`, { abstained: false, scores: { team: 8, technology: 9, market: 7, finance: 6 }, comment: '技术扎实' }));
    expect(scored).toMatchObject({ sheet: { abstained: false, total: 77.5, comment: '技术扎实' } });
    const rescored = await ok(await send(judge, 'PUT', `${sheetUrl(phaseId, first!.entry.id)}/score`, { abstained: false, scores: fullMarks }));
    expect(rescored).toMatchObject({ sheet: { total: 100, comment: null } });
    const outOfRange = await send(judge, 'PUT', `${sheetUrl(phaseId, first!.entry.id)}/score`, { abstained: false, scores: { ...fullMarks, team: 11 } });
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.json().errors).toEqual([expect.objectContaining({ field: 'scores.team' })]);
    if (second) {
      expect(await ok(await send(judge, 'PUT', `${sheetUrl(phaseId, second.entry.id)}/score`, { abstained: true, comment: '未能到场' }))).toMatchObject({ sheet: { abstained: true, total: null } });
    }
    const after = await ok<Queue>(await send(judge, 'GET', '/api/competition/judging/queue'));
    expect(after.items.find((item) => item.entry.id === first!.entry.id)).toMatchObject({ scored: true, total: 100 });

    const progress = await ok<Judging>(await send(organiser, 'GET', `${phaseBase}/judging`));
    expect(progress.judges.find((row) => row.judgeId === judge.judgeId)).toMatchObject({ assigned: queue.items.length, scored: queue.items.length });
    expect(progress.missingScores.some((missing) => missing.judgeId === judge.judgeId)).toBe(false);
    expect(progress.missingScores).toHaveLength(6 - queue.items.length);

    // Re-running keeps the judges of scored entries and replaces the others'
    const rerun = await ok<Judging>(await send(organiser, 'POST', `${phaseBase}/assignment`));
    expect(rerun.entries.find((entry) => entry.entryId === first!.entry.id)!.judges.find((row) => row.judgeId === judge.judgeId)).toMatchObject({ scored: true });
  });

  it('refuses a judge not assigned the entry, and every change once the phase is closed', async () => {
    const { phaseBase, phaseId, gene, chen, li, zhao, wang } = await scene();
    const judging = await ok<Judging>(await send(organiser, 'POST', `${phaseBase}/assignment`));
    const assigned = new Set(judging.entries.find((entry) => entry.entryId === gene.id)!.judges.map((judge) => judge.judgeId));
    const outsider = [li, zhao, wang].find((judge) => !assigned.has(judge.judgeId))!;
    expect((await send(outsider, 'GET', sheetUrl(phaseId, gene.id))).statusCode).toBe(404);
    expect((await send(outsider, 'PUT', `${sheetUrl(phaseId, gene.id)}/score`, { abstained: true })).statusCode).toBe(404);

    await ok(await send(chen, 'PUT', `${sheetUrl(phaseId, gene.id)}/score`, { abstained: false, scores: fullMarks }));
    await db.update(competitionPhases).set({ closedAt: new Date() }).where(eq(competitionPhases.id, phaseId));
    const closed = await send(chen, 'PUT', `${sheetUrl(phaseId, gene.id)}/score`, { abstained: true });
    expect(closed.statusCode).toBe(409);
    expect(closed.json()).toMatchObject({ code: 'competition.judging.phaseClosed' });
    expect(await ok(await send(chen, 'GET', sheetUrl(phaseId, gene.id)))).toMatchObject({ editable: false, sheet: { total: 100 } });
    expect((await ok<Queue>(await send(chen, 'GET', '/api/competition/judging/queue'))).items).toEqual([]);
    expect((await send(organiser, 'POST', `${phaseBase}/assignment`)).statusCode).toBe(409);
  });

  it('enforces conflicts on every route: declared by number before seeing the entry, or of the same organisation', async () => {
    const { base, phaseBase, phaseId, drone, robot, wang, li, zhao, chen } = await scene();
    const judging = await ok<Judging>(await send(organiser, 'POST', `${phaseBase}/assignment`));
    const robotJudges = judging.entries.find((entry) => entry.entryId === robot.id)!.judges.map((judge) => judge.judgeId);
    const judgeId = robotJudges[0]!;
    const signedIn = [wang, li, zhao, chen].find((judge) => judge.judgeId === judgeId)!;
    // The business plan is theirs to read while the entry is theirs to judge
    await db.insert(attachments).values({
      id: randomUUID(),
      recordKind: 'competition-plan',
      recordId: robot.id,
      fileName: '商业计划书.pdf',
      mediaType: 'application/pdf',
      size: 1024,
      sha256: 'a'.repeat(64),
      storageKey: `test/${randomUUID()}`,
    });
    const plans = `/api/attachments?kind=competition-plan&recordId=${robot.id}`;
    expect((await ok<{ items: unknown[] }>(await send(signedIn, 'GET', plans))).items).toHaveLength(1);
    expect((await ok<{ files: Json[] }>(await send(signedIn, 'GET', sheetUrl(phaseId, robot.id)))).files).toEqual([expect.objectContaining({ kind: 'competition-plan', fileName: '商业计划书.pdf' })]);
    const notAssigned = [wang, li, zhao, chen].find((judge) => !robotJudges.includes(judge.judgeId))!;
    expect((await send(notAssigned, 'GET', plans)).statusCode).toBe(404);
    await ok(await send(signedIn, 'PUT', `${sheetUrl(phaseId, robot.id)}/score`, { abstained: false, scores: fullMarks }));

    expect((await send(signedIn, 'POST', '/api/competition/judging/conflicts', { entryNumber: 'NO-SUCH', reason: '投资人' })).statusCode).toBe(404);
    await ok(await send(signedIn, 'POST', '/api/competition/judging/conflicts', { entryNumber: robot.number, reason: '我是该项目的投资人' }), 204);
    const queue = await ok<Queue>(await send(signedIn, 'GET', '/api/competition/judging/queue'));
    expect(queue.items.map((item) => item.entry.id)).not.toContain(robot.id);
    expect((await send(signedIn, 'GET', sheetUrl(phaseId, robot.id))).statusCode).toBe(404);
    expect((await send(signedIn, 'PUT', `${sheetUrl(phaseId, robot.id)}/score`, { abstained: false, scores: fullMarks })).statusCode).toBe(404);
    expect((await send(signedIn, 'GET', plans)).statusCode).toBe(404);
    // Their assignment and score are withdrawn, so the organiser sees the entry short and can assign again
    const after = await ok<Judging>(await send(organiser, 'GET', `${phaseBase}/judging`));
    expect(after.entries.find((entry) => entry.entryId === robot.id)).toMatchObject({ shortfall: 1 });
    const reassigned = await ok<Judging>(await send(organiser, 'POST', `${phaseBase}/assignment`));
    expect(reassigned.entries.find((entry) => entry.entryId === robot.id)!.judges.map((judge) => judge.judgeId)).not.toContain(judgeId);
    const conflicts = await ok<{ items: Json[] }>(await send(organiser, 'GET', `${base}/conflicts`));
    expect(conflicts.items).toEqual([expect.objectContaining({ judgeId, entryNumber: robot.number, reason: '我是该项目的投资人' })]);

    // An assignment of a judge's own organisation, however made, opens nothing to them
    await db.insert(competitionAssignments).values({ phaseId, entryId: drone.id, judgeId: wang.judgeId });
    expect((await ok<Queue>(await send(wang, 'GET', '/api/competition/judging/queue'))).items.map((item) => item.entry.id)).not.toContain(drone.id);
    expect((await send(wang, 'GET', sheetUrl(phaseId, drone.id))).statusCode).toBe(404);
    expect((await send(wang, 'PUT', `${sheetUrl(phaseId, drone.id)}/score`, { abstained: true })).statusCode).toBe(404);
  });
});


describe("a phase's panel", () => {
  type PanelJudging = Judging & { panel: { id: string; displayName: string; tracks: { id: string }[] }[]; assignedAmong: string; assignableJudges: number };
  const panelUrl = (phaseBase: string, judgeId: string) => `${phaseBase}/panel/${judgeId}`;

  it('assigns among the panel the organiser chose, and among every enabled judge without one', async () => {
    const { phaseBase, phaseId, ai, li, chen, wang } = await scene();
    const without = await ok<PanelJudging>(await send(organiser, 'GET', `${phaseBase}/judging`));
    expect(without).toMatchObject({ panel: [], assignedAmong: 'enabledJudges', assignableJudges: 4 });

    await ok(await send(organiser, 'PUT', panelUrl(phaseBase, li.judgeId)));
    const seated = await ok<PanelJudging>(await send(organiser, 'PUT', panelUrl(phaseBase, chen.judgeId)));
    expect(seated).toMatchObject({ assignedAmong: 'panel', assignableJudges: 2 });
    expect(seated.panel.map((judge) => judge.id).sort()).toEqual([li.judgeId, chen.judgeId].sort());
    expect(seated.panel.find((judge) => judge.id === li.judgeId)!.tracks).toEqual([expect.objectContaining({ id: ai })]);
    // Adding a member again changes nothing; an unknown judge is 404
    expect((await ok<PanelJudging>(await send(organiser, 'PUT', panelUrl(phaseBase, li.judgeId)))).panel).toHaveLength(2);
    expect((await send(organiser, 'PUT', panelUrl(phaseBase, randomUUID()))).statusCode).toBe(404);

    const judging = await ok<PanelJudging>(await send(organiser, 'POST', `${phaseBase}/assignment`));
    const assigned = new Set(judging.entries.flatMap((entry) => entry.judges.map((judge) => judge.judgeId)));
    expect([...assigned].sort()).toEqual([li.judgeId, chen.judgeId].sort());
    expect(assigned.has(wang.judgeId)).toBe(false);
    const [assignment] = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, phaseId), eq(auditEvents.action, 'assign-judges')));
    expect(assignment!.after).toMatchObject({ among: 'panel', judges: 2 });
    const trail = await db.select({ action: auditEvents.action, after: auditEvents.after }).from(auditEvents).where(and(eq(auditEvents.entityId, phaseId), eq(auditEvents.action, 'add-panel-judge')));
    expect(trail).toHaveLength(2);
  });

  it('takes a judge off the panel with their entries, but refuses one who scored in the phase, in the caller’s language', async () => {
    const { phaseBase, phaseId, gene, li, chen } = await scene();
    await ok(await send(organiser, 'PUT', panelUrl(phaseBase, li.judgeId)));
    await ok(await send(organiser, 'PUT', panelUrl(phaseBase, chen.judgeId)));
    await ok(await send(organiser, 'POST', `${phaseBase}/assignment`));
    await ok(await send(chen, 'PUT', `${sheetUrl(phaseId, gene.id)}/score`, { abstained: true }));

    const refused = await send(organiser, 'DELETE', panelUrl(phaseBase, chen.judgeId));
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'competition.judging.panelJudgeScored', title: 'This judge has already handed in 1 score sheet(s) in this phase and cannot leave its panel' });
    const inChinese = await app.inject({ method: 'DELETE', url: panelUrl(phaseBase, chen.judgeId), headers: { ...organiser.headers, 'accept-language': 'zh-CN' } });
    expect(inChinese.json().title).toBe('该评委已在本阶段提交 1 份评分，不能移出评委组');

    const removed = await ok<PanelJudging>(await send(organiser, 'DELETE', panelUrl(phaseBase, li.judgeId)));
    expect(removed.panel.map((judge) => judge.id)).toEqual([chen.judgeId]);
    expect(removed.entries.flatMap((entry) => entry.judges.map((judge) => judge.judgeId))).not.toContain(li.judgeId);
    expect(await db.$count(competitionAssignments, and(eq(competitionAssignments.phaseId, phaseId), eq(competitionAssignments.judgeId, li.judgeId)))).toBe(0);
    const [audit] = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, phaseId), eq(auditEvents.action, 'remove-panel-judge')));
    expect(audit!.before).toMatchObject({ judgeId: li.judgeId, assignments: 3 });
    expect((await send(organiser, 'DELETE', panelUrl(phaseBase, li.judgeId))).statusCode).toBe(404);

    await db.update(competitionPhases).set({ closedAt: new Date() }).where(eq(competitionPhases.id, phaseId));
    expect(await ok(await send(organiser, 'PUT', panelUrl(phaseBase, li.judgeId)), 409)).toMatchObject({ code: 'competition.judging.phaseClosed' });
  });

  it('keeps the panel to the organiser', async () => {
    const { phaseBase, li } = await scene();
    for (const who of [officer, li]) {
      expect((await send(who, 'PUT', panelUrl(phaseBase, li.judgeId))).statusCode).toBe(403);
      expect((await send(who, 'DELETE', panelUrl(phaseBase, li.judgeId))).statusCode).toBe(403);
    }
  });
});

describe("a judge's organisation", () => {
  it('is found in the register by the organiser through the competition’s lookup, and linked to the judge', async () => {
    const [institute] = await db
      .insert(enterprises)
      .values({ name: '青岛海洋感知研究院', searchText: searchText('青岛海洋感知研究院', [], '12370200MB1234567X'), creditCode: '12370200MB1234567X' })
      .returning();
    // The organiser may not browse the register itself
    expect((await send(organiser, 'GET', '/api/enterprises?q=海洋感知')).statusCode).toBe(403);
    const found = await ok<{ items: Json[]; total: number }>(await send(organiser, 'GET', `/api/competition/organisations?q=${encodeURIComponent('海洋感知')}`));
    expect(found.items).toEqual([{ id: institute!.id, name: '青岛海洋感知研究院', creditCode: '12370200MB1234567X' }]);
    expect(found.total).toBe(1);
    const byCode = await ok<{ items: Json[] }>(await send(organiser, 'GET', '/api/competition/organisations?q=MB1234567X'));
    expect(byCode.items).toEqual([expect.objectContaining({ id: institute!.id })]);
    const paged = await ok<{ items: Json[]; page: number; pageSize: number }>(await send(organiser, 'GET', `/api/competition/organisations?q=${encodeURIComponent('海洋感知')}&page=2&pageSize=1`));
    expect(paged).toMatchObject({ items: [], page: 2, pageSize: 1 });
    expect((await send(organiser, 'GET', `/api/competition/organisations?q=${encodeURIComponent('海')}`)).statusCode).toBe(400);

    const judge = await judgeOf([]);
    const linked = await ok(await send(organiser, 'PATCH', `/api/competition/judges/${judge.judgeId}`, { displayName: '钱教授', enterpriseId: institute!.id }));
    expect(linked).toMatchObject({ enterpriseId: institute!.id, enterpriseName: '青岛海洋感知研究院' });
  });

  it('is not looked up by entrants, judges or staff', async () => {
    for (const who of [await signIn(['entrant']), await judgeOf([]), officer]) {
      expect((await send(who, 'GET', `/api/competition/organisations?q=${encodeURIComponent('海洋感知')}`)).statusCode).toBe(403);
    }
  });
});
