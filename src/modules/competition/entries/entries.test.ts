import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../../platform/audit/schema.ts';
import { users } from '../../../platform/auth/schema.ts';
import { createTestApp, type SignedIn } from '../../../test/app.ts';
import { multipartForm, type FormPart } from '../../../test/multipart-form.ts';
import { enterprises } from '../../enterprises/schema.ts';
import { competitionEntries, competitionPhaseResults, competitionPhases } from '../schema.ts';
import { registrationsPerMinute } from './entry-routes.ts';

const { app, ctx, signIn } = await createTestApp();
const organiser = await signIn(['organiser']);
const officer = await signIn(['officer']);
const judge = await signIn(['judge']);

type Json = Record<string, unknown>;
type Response = Awaited<ReturnType<typeof app.inject>>;
const send = (who: SignedIn, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });
function ok<T = Json>(response: Response, status = 200): T {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}
const fieldsOf = (response: Response) => {
  expect(response.statusCode, response.body).toBe(400);
  return Object.fromEntries((response.json() as { errors: { field: string; message: string }[] }).errors.map((error) => [error.field, error.message]));
};

const pdf = Buffer.from('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n', 'latin1');
const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300)]);

let addressCount = 0;
/** Each registration from an address of its own, so that the tests stay under the per-address limit but the one testing it. */
const nextAddress = () => `10.0.${Math.floor(++addressCount / 250)}.${(addressCount % 250) + 1}`;

async function newRound(capacity = 60, phase: Json = { kind: 'onlineReview', opensOn: '2026-05-27', closesOn: '2099-07-01' }) {
  const edition = ok<{ id: string }>(await send(organiser, 'POST', '/api/competition/editions', { name: `第六届蓝贝大赛 ${randomUUID()}`, year: 2026, state: 'open' }), 201);
  const base = `/api/competition/editions/${edition.id}`;
  const withTrack = ok<{ tracks: { id: string }[] }>(await send(organiser, 'POST', `${base}/tracks`, { name: '人工智能' }), 201);
  const withRound = ok<{ rounds: { id: string }[] }>(await send(organiser, 'POST', `${base}/rounds`, { name: '深圳赛区', city: '深圳', heldOn: '2026-07-11', capacity, state: 'open' }), 201);
  const roundId = withRound.rounds[0]!.id;
  ok(await send(organiser, 'POST', `${base}/rounds/${roundId}/phases`, phase), 201);
  return { editionId: edition.id, base, trackId: withTrack.tracks[0]!.id, roundId };
}

type Round = Awaited<ReturnType<typeof newRound>>;
const entryOf = (round: Round, fields: Json = {}) => ({
  roundId: round.roundId,
  trackId: round.trackId,
  projectName: '潜行鲛 GLADIUS MINI 水下无人机',
  organisationName: `深圳潜行创新科技有限公司${randomUUID().slice(0, 8)}`,
  stage: 'growth',
  financing: 'seriesA',
  financingWan: 5000,
  teamSize: 120,
  teamSummary: '创始团队来自哈工大与大疆',
  summary: '消费级水下无人机，已销往 50 个国家',
  contactName: '魏建仓',
  contactPhone: '+86 755 8888 0000',
  contactEmail: 'contact@example.com',
  idempotencyKey: randomUUID(),
  username: `entrant-${randomUUID().slice(0, 8)}`,
  password: 'Blue-Shark diving 2026!',
  ...fields,
});

const register = (entry: Json, files: FormPart[] = [
  { name: 'businessPlan', fileName: '商业计划书.pdf', content: pdf },
  { name: 'pitchDeck', fileName: '路演.pdf', content: pdf },
], language = 'zh-CN', remoteAddress = nextAddress()) => {
  const form = multipartForm([{ name: 'entry', value: JSON.stringify(entry) }, ...files]);
  return app.inject({ method: 'POST', url: '/api/competition/registrations', payload: form.payload, headers: { 'content-type': form.contentType, 'accept-language': language }, remoteAddress });
};

async function logIn(username: string, password = 'Blue-Shark diving 2026!'): Promise<SignedIn> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: nextAddress() });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'qiao_session');
  return { userId: (response.json() as { user: { id: string } }).user.id, headers: { cookie: `qiao_session=${cookie?.value}`, 'x-csrf-token': response.json().csrfToken as string } };
}

const entryCount = async (roundId: string) => (await ctx.db.select().from(competitionEntries).where(eq(competitionEntries.roundId, roundId))).length;
const attachmentRows = async (entryId: string) => (await ctx.db.execute<{ record_kind: string }>(sql`SELECT record_kind FROM attachments WHERE record_id = ${entryId} ORDER BY record_kind`)).rows.map((row) => row.record_kind);

describe('the public registration', () => {
  it('shows open editions with their open regional rounds and tracks, to anyone', async () => {
    const round = await newRound(1);
    const response = await app.inject({ method: 'GET', url: '/api/competition/open-editions' });
    const edition = ok<{ id: string; tracks: { id: string }[]; rounds: { id: string; full: boolean }[] }[]>(response).find((e) => e.id === round.editionId)!;
    expect(edition.tracks.map((t) => t.id)).toEqual([round.trackId]);
    expect(edition.rounds).toEqual([expect.objectContaining({ id: round.roundId, full: false })]);
    ok(await register(entryOf(round)), 201);
    const after = ok<{ id: string; rounds: { full: boolean }[] }[]>(await app.inject({ method: 'GET', url: '/api/competition/open-editions' })).find((e) => e.id === round.editionId)!;
    expect(after.rounds[0]!.full).toBe(true);
  });

  it('makes the account, finds or adds the organisation, numbers the entry, stores its files, all at once', async () => {
    const round = await newRound();
    const fields = entryOf(round);
    const registered = ok<{ entryId: string; number: string; state: string; username: string }>(await register(fields), 201);
    expect(registered).toMatchObject({ number: expect.stringMatching(/^LB2026-\d{4,}$/), state: 'eligible', username: fields.username });

    const [entry] = await ctx.db.select().from(competitionEntries).where(eq(competitionEntries.id, registered.entryId));
    expect(entry).toMatchObject({ source: 'online', state: 'eligible', projectName: fields.projectName, teamSize: 120, idempotencyKey: fields.idempotencyKey });
    const [account] = await ctx.db.select().from(users).where(eq(users.id, entry!.entrantUserId!));
    expect(account).toMatchObject({ roles: ['entrant'], enterpriseId: null, displayName: '魏建仓' });
    const [organisation] = await ctx.db.select().from(enterprises).where(eq(enterprises.id, entry!.enterpriseId));
    expect(organisation!.name).toBe(fields.organisationName);
    expect(await attachmentRows(entry!.id)).toEqual(['competition-deck', 'competition-plan']);
    const audited = await ctx.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'competitionEntry'), eq(auditEvents.entityId, entry!.id)));
    expect(audited.map((event) => [event.action, event.actorId])).toEqual([['create', account!.id]]);

    // A second project of the same organisation links the same master record, found by its name.
    const second = ok<{ entryId: string }>(await register(entryOf(round, { organisationName: fields.organisationName, projectName: '水下机器人集群' })), 201);
    const [again] = await ctx.db.select().from(competitionEntries).where(eq(competitionEntries.id, second.entryId));
    expect(again!.enterpriseId).toBe(entry!.enterpriseId);

    // The entrant signs in with what they chose and follows the entry.
    const entrant = await logIn(fields.username);
    const mine = ok<Json[]>(await send(entrant, 'GET', '/api/competition/my-entries'));
    expect(mine).toEqual([
      expect.objectContaining({ id: entry!.id, number: registered.number, state: 'eligible', reasons: [], actions: ['withdraw'], results: [], round: expect.objectContaining({ id: round.roundId, name: '深圳赛区' }) }),
    ]);
    expect(mine[0]!.phases).toEqual([expect.objectContaining({ kind: 'onlineReview', closesOn: '2099-07-01' })]);
    expect(JSON.stringify(mine)).not.toMatch(/score/i);
  });

  it('answers the same idempotency key with the one entry, also when sent twice at once', async () => {
    const round = await newRound();
    const fields = entryOf(round);
    const [first, second] = await Promise.all([register(fields), register(fields)]);
    const ids = [ok<{ entryId: string }>(first, 201).entryId, ok<{ entryId: string }>(second, 201).entryId];
    expect(new Set(ids).size).toBe(1);
    const third = ok<{ entryId: string }>(await register(fields), 201);
    expect(third.entryId).toBe(ids[0]);
    expect(await entryCount(round.roundId)).toBe(1);
    expect(await attachmentRows(ids[0]!)).toHaveLength(2);
  });

  it('enters a project of an organisation once per edition, even when sent twice at once under two keys', async () => {
    const round = await newRound();
    const organisationName = `青岛蓝贝生物科技有限公司${randomUUID().slice(0, 6)}`;
    const responses = await Promise.all([0, 1, 2].map(() => register(entryOf(round, { organisationName, projectName: '血友病A基因治疗' }))));
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 400, 400]);
    for (const refused of responses.filter((response) => response.statusCode === 400)) {
      expect(fieldsOf(refused).projectName).toMatch(/^该单位的此项目已报名本届大赛（LB2026-\d+）$/);
    }
    expect(await entryCount(round.roundId)).toBe(1);
    expect(await ctx.db.select().from(enterprises).where(eq(enterprises.name, organisationName))).toHaveLength(1);
  });

  it('never takes more entries than the round has places, however many arrive at once', async () => {
    const round = await newRound(3);
    const responses = await Promise.all(Array.from({ length: 7 }, () => register(entryOf(round))));
    expect(responses.filter((response) => response.statusCode === 201)).toHaveLength(3);
    for (const refused of responses.filter((response) => response.statusCode !== 201)) expect(fieldsOf(refused).roundId).toBe('该赛区名额已满（3 个）');
    expect(await entryCount(round.roundId)).toBe(3);
  });

  it('refuses bad input with every reason in the reader’s language and writes nothing', async () => {
    const round = await newRound();
    const other = await newRound();
    const before = await ctx.db.select().from(users);
    const fields = entryOf(round, { trackId: other.trackId, password: 'password1', contactPhone: 'call me' });
    const errors = fieldsOf(await register(fields, [{ name: 'businessPlan', fileName: 'plan.pdf', content: program }], 'en'));
    expect(errors).toMatchObject({ password: expect.any(String), contactPhone: expect.any(String), pitchDeck: 'Please attach this file' });
    expect(errors.businessPlan).toBe('Files of this kind (.exe/.dll) are not accepted here');
    const checked = fieldsOf(await register(entryOf(round, { trackId: other.trackId }), undefined, 'en'));
    expect(checked).toEqual({ trackId: 'This track is not one of the edition’s' });
    expect(await entryCount(round.roundId)).toBe(0);
    expect(await ctx.db.select().from(users)).toHaveLength(before.length);
  });

  it('refuses a program renamed .pdf, NUL characters and huge strings, and a taken username', async () => {
    const round = await newRound();
    const hostile = fieldsOf(await register(entryOf(round), [
      { name: 'businessPlan', fileName: 'plan.pdf', content: program },
      { name: 'pitchDeck', fileName: 'deck.pdf', content: pdf },
    ]));
    expect(Object.keys(hostile)).toEqual(['businessPlan']);
    expect(fieldsOf(await register(entryOf(round, { projectName: 'bad\u0000name' })))).toHaveProperty('projectName');
    expect(fieldsOf(await register(entryOf(round, { summary: 'x'.repeat(50_000) })))).toHaveProperty('summary');
    const tooLargeForm = await register(entryOf(round, { summary: 'x'.repeat(70 * 1024) }));
    expect(tooLargeForm.statusCode).toBeGreaterThanOrEqual(400);
    expect(tooLargeForm.statusCode).toBeLessThan(500);
    const taken = entryOf(round);
    ok(await register(taken), 201);
    expect(fieldsOf(await register(entryOf(round, { username: taken.username })))).toHaveProperty('username');
    expect(await entryCount(round.roundId)).toBe(1);
    const stored = (await ctx.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM attachments`)).rows[0]!.n;
    expect(stored).toBeGreaterThan(0);
  });

  it('refuses a closed round and one that is not there', async () => {
    const round = await newRound();
    await send(organiser, 'PATCH', `${round.base}/rounds/${round.roundId}`, { name: '深圳赛区', city: '深圳', heldOn: '2026-07-11', capacity: 60, state: 'closed' });
    expect(fieldsOf(await register(entryOf(round))).roundId).toBe('该赛区未开放报名');
    expect(fieldsOf(await register(entryOf(round, { roundId: randomUUID() }))).roundId).toBe('该赛区未开放报名');
  });

  it('limits how many forms one address sends in a minute', async () => {
    const round = await newRound();
    const address = '192.0.2.77';
    const statuses = [];
    for (let n = 0; n <= registrationsPerMinute; n += 1) statuses.push((await register({ ...entryOf(round), projectName: '' }, [], 'zh-CN', address)).statusCode);
    expect(statuses.slice(0, registrationsPerMinute).every((status) => status === 400)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('entrants and organisers', () => {
  it('shows an entrant only their own entries (404 otherwise) and lets them withdraw before the first phase closes', async () => {
    const round = await newRound();
    const mineFields = entryOf(round);
    const theirsFields = entryOf(round);
    const mine = ok<{ entryId: string }>(await register(mineFields), 201);
    const theirs = ok<{ entryId: string }>(await register(theirsFields), 201);
    const entrant = await logIn(mineFields.username);
    expect(ok<{ id: string }[]>(await send(entrant, 'GET', '/api/competition/my-entries')).map((e) => e.id)).toEqual([mine.entryId]);
    expect((await send(entrant, 'GET', `/api/competition/my-entries/${theirs.entryId}`)).statusCode).toBe(404);
    expect((await send(entrant, 'POST', `/api/competition/my-entries/${theirs.entryId}/withdraw`)).statusCode).toBe(404);
    expect((await send(entrant, 'GET', `/api/competition/entries/${theirs.entryId}`)).statusCode).toBe(403);
    expect((await send(entrant, 'GET', `${round.base}/rounds/${round.roundId}/entries`)).statusCode).toBe(403);
    expect((await send(entrant, 'GET', '/api/competition/editions')).statusCode).toBe(403);
    // Their own files are theirs to read, another's are not there.
    expect((await send(entrant, 'GET', `/api/attachments?kind=competition-plan&recordId=${mine.entryId}`)).statusCode).toBe(200);
    expect((await send(entrant, 'GET', `/api/attachments?kind=competition-plan&recordId=${theirs.entryId}`)).statusCode).toBe(404);

    const withdrawn = ok<{ state: string; actions: string[] }>(await send(entrant, 'POST', `/api/competition/my-entries/${mine.entryId}/withdraw`));
    expect(withdrawn).toMatchObject({ state: 'withdrawn', actions: [] });
    expect((await send(entrant, 'POST', `/api/competition/my-entries/${mine.entryId}/withdraw`)).statusCode).toBe(409);
  });

  it('shows the entrant the rank and advancement of each closed phase, never the value behind them', async () => {
    const round = await newRound();
    const fields = entryOf(round);
    const { entryId } = ok<{ entryId: string }>(await register(fields), 201);
    const [phase] = await ctx.db.update(competitionPhases).set({ closedAt: new Date() }).where(eq(competitionPhases.roundId, round.roundId)).returning();
    await ctx.db.insert(competitionPhaseResults).values({ phaseId: phase!.id, entryId, value: 1.234567, rank: 3, advanced: true, aggregate: {} as never });
    const entrant = await logIn(fields.username);
    const entry = ok<{ results: Json[]; actions: string[] }>(await send(entrant, 'GET', `/api/competition/my-entries/${entryId}`));
    expect(entry.results).toEqual([{ phaseId: phase!.id, phaseKind: 'onlineReview', rank: 3, advanced: true }]);
    expect(entry.actions).toEqual([]);
    expect(JSON.stringify(entry)).not.toContain('1.234567');
  });

  it('refuses a withdrawal once the first phase has closed', async () => {
    const round = await newRound(60, { kind: 'onlineReview', opensOn: '2026-01-01', closesOn: '2026-02-01' });
    const fields = entryOf(round);
    const { entryId } = ok<{ entryId: string }>(await register(fields), 201);
    const entrant = await logIn(fields.username);
    expect(ok<{ actions: string[] }>(await send(entrant, 'GET', `/api/competition/my-entries/${entryId}`)).actions).toEqual([]);
    const refused = await send(entrant, 'POST', `/api/competition/my-entries/${entryId}/withdraw`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('competition.entry.withdrawClosed');
  });

  it('lets organisers list, search, read, judge eligibility, register on behalf and export; staff read; judges nothing', async () => {
    const round = await newRound();
    const other = await newRound();
    const online = ok<{ entryId: string; number: string }>(await register(entryOf(round, { projectName: '血友病A基因治疗', source: 'partner' })), 201);
    const form = multipartForm([
      { name: 'entry', value: JSON.stringify({ ...entryOf(round), username: undefined, password: undefined, roundId: undefined, projectName: '智能制造云平台' }) },
      { name: 'businessPlan', fileName: 'plan.pdf', content: pdf },
      { name: 'pitchDeck', fileName: 'deck.pdf', content: pdf },
    ]);
    const onBehalf = await app.inject({ method: 'POST', url: `${round.base}/rounds/${round.roundId}/entries`, payload: form.payload, headers: { ...organiser.headers, 'content-type': form.contentType } });
    const byOrganiser = ok<{ entryId: string; username: string | null }>(onBehalf, 201);
    expect(byOrganiser.username).toBeNull();

    const list = `${round.base}/rounds/${round.roundId}/entries`;
    expect(ok<{ total: number }>(await send(organiser, 'GET', list)).total).toBe(2);
    expect(ok<{ items: { id: string }[] }>(await send(officer, 'GET', `${list}?source=organiser`)).items.map((e) => e.id)).toEqual([byOrganiser.entryId]);
    expect(ok<{ items: { id: string }[] }>(await send(organiser, 'GET', `${list}?q=${encodeURIComponent('基因')}`)).items.map((e) => e.id)).toEqual([online.entryId]);
    expect(ok<{ items: { id: string }[] }>(await send(organiser, 'GET', `${list}?q=${online.number}&trackId=${round.trackId}&state=eligible`)).items).toHaveLength(1);
    expect(ok<{ total: number }>(await send(organiser, 'GET', `${list}?pageSize=1&page=2`)).total).toBe(2);

    // Foreign and missing ids answer 404: a round of another edition, an entry that is not there.
    expect((await send(organiser, 'GET', `${round.base}/rounds/${other.roundId}/entries`)).statusCode).toBe(404);
    expect((await send(organiser, 'GET', `/api/competition/entries/${randomUUID()}`)).statusCode).toBe(404);
    expect((await send(organiser, 'PUT', `/api/competition/entries/${randomUUID()}/eligibility`, { eligible: true })).statusCode).toBe(404);

    const detail = ok<{ files: { kind: string }[]; contactPhone: string; actions: string[] }>(await send(organiser, 'GET', `/api/competition/entries/${online.entryId}`));
    expect(detail.files.map((file) => file.kind)).toEqual(['competition-plan', 'competition-deck']);
    expect(detail.actions).toEqual(['markIneligible']);
    expect(ok<{ actions: string[] }>(await send(officer, 'GET', `/api/competition/entries/${online.entryId}`)).actions).toEqual([]);
    expect((await send(officer, 'PUT', `/api/competition/entries/${online.entryId}/eligibility`, { eligible: true })).statusCode).toBe(403);
    expect((await send(judge, 'GET', list)).statusCode).toBe(403);
    expect((await send(judge, 'GET', `/api/competition/entries/${online.entryId}`)).statusCode).toBe(403);

    const marked = ok<{ state: string; reasons: string[]; actions: string[] }>(
      await send(organiser, 'PUT', `/api/competition/entries/${online.entryId}/eligibility`, { eligible: false, reasons: ['营业执照未上传'] }, 'en'),
    );
    expect(marked).toMatchObject({ state: 'ineligible', reasons: ['营业执照未上传'], actions: ['markEligible'] });
    expect(ok<{ state: string }>(await send(organiser, 'PUT', `/api/competition/entries/${online.entryId}/eligibility`, { eligible: true })).state).toBe('eligible');
    const trail = await ctx.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'competitionEntry'), eq(auditEvents.entityId, online.entryId)));
    expect(trail.map((event) => event.action)).toEqual(['create', 'markIneligible', 'markEligible']);

    const exported = await send(organiser, 'GET', `${list}/export?source=partner`, undefined, 'en');
    expect(exported.statusCode, exported.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Number');
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe(online.number);
    const exports = await ctx.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'competitionRound'), eq(auditEvents.action, 'exportEntries')));
    expect(exports.map((event) => event.entityId)).toContain(round.roundId);
  });

  it('puts entries on their organisation’s timeline and moves them with a merged duplicate', async () => {
    const round = await newRound();
    const admin = await signIn(['admin']);
    const { entryId } = ok<{ entryId: string }>(await register(entryOf(round)), 201);
    const [entry] = await ctx.db.select().from(competitionEntries).where(eq(competitionEntries.id, entryId));
    const timeline = ok<{ items: { kind: string; title: string; details: { line?: string } }[] }>(await send(admin, 'GET', `/api/enterprises/${entry!.enterpriseId}/timeline`));
    expect(timeline.items).toContainEqual(expect.objectContaining({ kind: 'competitionEntry', title: '报名蓝贝大赛', details: expect.objectContaining({ line: `${entry!.number} ${entry!.projectName} · 深圳赛区` }) }));

    const survivor = ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name: `青岛潜行创新科技有限公司${randomUUID().slice(0, 6)}` }), 201);
    ok(await send(admin, 'POST', `/api/enterprises/${survivor.id}/merge`, { duplicateId: entry!.enterpriseId }));
    const [moved] = await ctx.db.select().from(competitionEntries).where(eq(competitionEntries.id, entryId));
    expect(moved!.enterpriseId).toBe(survivor.id);
  });
});
