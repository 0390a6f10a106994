import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../../platform/audit/schema.ts';
import { createTestApp, type SignedIn } from '../../../test/app.ts';
import { entryRow } from '../../../test/competition-entry.ts';
import { enterprises } from '../../enterprises/schema.ts';
import { competitionAssignments, competitionEntries, competitionJudges, competitionScores } from '../schema.ts';

const { app, ctx, signIn } = await createTestApp();
const { db } = ctx;
const organiser = await signIn(['organiser']);
const officer = await signIn(['officer']);
const entrant = await signIn(['entrant']);
const judgeName = ['看板评委甲', '看板评委乙'];
const judgeUsers = [await signIn(['judge'], { username: judgeName[0] }), await signIn(['judge'], { username: judgeName[1] })];

const send = (who: SignedIn, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload ? { payload } : {}) });
async function ok<T>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

type Detail = { id: string; tracks: { id: string; name: string }[]; rounds: { id: string; phases: { id: string; kind: string }[] }[] };
const edition = await ok<Detail>(
  await send(organiser, 'POST', '/api/competition/editions', { name: '第七届蓝贝国际创新大赛（看板测试）', year: 2026, startsOn: '2026-03-01', endsOn: '2026-09-30' }),
  201,
);
const base = `/api/competition/editions/${edition.id}`;
await send(organiser, 'POST', `${base}/tracks`, { name: '人工智能', industryCodes: [] });
const tracks = (await ok<Detail>(await send(organiser, 'POST', `${base}/tracks`, { name: '生物医药', industryCodes: [] }), 201)).tracks;
const ai = tracks.find((track) => track.name === '人工智能')!.id;
const bio = tracks.find((track) => track.name === '生物医药')!.id;
const round = (await ok<Detail>(await send(organiser, 'POST', `${base}/rounds`, { name: '上海赛区', city: '上海', heldOn: '2026-07-18', capacity: 60 }), 201)).rounds[0]!.id;
const review = (
  await ok<Detail>(await send(organiser, 'POST', `${base}/rounds/${round}/phases`, { kind: 'onlineReview', opensOn: '2026-05-27', closesOn: '2026-07-01', advancement: { kind: 'topN', count: 2 } }), 201)
).rounds[0]!.phases[0]!.id;

const [company] = await db.insert(enterprises).values({ name: '上海看板测试科技有限公司', searchText: '上海看板测试科技有限公司' }).returning({ id: enterprises.id });
// Registered on two China days: 06-01 15:59 UTC is still 06-01 in Shanghai, 16:30 UTC already 06-02.
const rows: [string, string, 'online' | 'partner' | 'organiser', 'eligible' | 'submitted' | 'withdrawn', string][] = [
  ['LB7-D-001', ai, 'online', 'eligible', '2026-06-01T02:00:00Z'],
  ['LB7-D-002', ai, 'online', 'eligible', '2026-06-01T15:59:00Z'],
  ['LB7-D-003', ai, 'partner', 'submitted', '2026-06-01T16:30:00Z'],
  ['LB7-D-004', bio, 'organiser', 'withdrawn', '2026-06-02T03:00:00Z'],
];
const entries = await db
  .insert(competitionEntries)
  .values(
    rows.map(([number, trackId, source, state, at]) =>
      entryRow({ editionId: edition.id, roundId: round, trackId, number, projectName: `${number} 项目`, organisationName: '上海看板测试科技有限公司', enterpriseId: company!.id, source, state, createdAt: new Date(at) }),
    ),
  )
  .returning();
const [e1, e2] = entries.map((entry) => entry.id) as [string, string];
const [j1, j2] = (await db.insert(competitionJudges).values(judgeUsers.map((user) => ({ userId: user.userId }))).returning()).map((judge) => judge.id) as [string, string];
await db.insert(competitionAssignments).values([
  { phaseId: review, entryId: e1, judgeId: j1 },
  { phaseId: review, entryId: e2, judgeId: j1 },
  { phaseId: review, entryId: e1, judgeId: j2 },
]);
await db.insert(competitionScores).values([{ phaseId: review, entryId: e1, judgeId: j1, total: 80 }]);

interface Dashboard {
  entryCount: number;
  byTrack: { trackId: string; count: number }[];
  bySource: { key: string; count: number }[];
  byState: { key: string; count: number }[];
  byDay: { day: string; count: number }[];
  phases: {
    phaseId: string;
    assigned: number;
    scored: number;
    missing: number;
    judges: { judgeId: string; assigned: number; scored: number }[];
    missingScores: { entryId: string; number: string; judgeId: string }[];
  }[];
}

describe('the round dashboard', () => {
  it('counts the registrations by track, source, state and China day, and each phase’s review progress per judge', async () => {
    const dashboard = await ok<Dashboard>(await send(officer, 'GET', `${base}/rounds/${round}/dashboard`));
    expect(dashboard.entryCount).toBe(4);
    expect(dashboard.byTrack.map(({ trackId, count }) => [trackId, count])).toEqual(expect.arrayContaining([[ai, 3], [bio, 1]]));
    expect(dashboard.byTrack).toHaveLength(2);
    expect(dashboard.bySource).toEqual([{ key: 'online', count: 2 }, { key: 'organiser', count: 1 }, { key: 'partner', count: 1 }]);
    expect(dashboard.byState).toEqual([{ key: 'eligible', count: 2 }, { key: 'submitted', count: 1 }, { key: 'withdrawn', count: 1 }]);
    expect(dashboard.byDay).toEqual([{ day: '2026-06-01', count: 2 }, { day: '2026-06-02', count: 2 }]);
    expect(dashboard.phases).toHaveLength(1);
    const [phase] = dashboard.phases;
    expect(phase).toMatchObject({ phaseId: review, assigned: 3, scored: 1, missing: 2 });
    expect(phase!.judges.map(({ judgeId, assigned, scored }) => ({ judgeId, assigned, scored }))).toEqual(
      expect.arrayContaining([{ judgeId: j1, assigned: 2, scored: 1 }, { judgeId: j2, assigned: 1, scored: 0 }]),
    );
    expect(phase!.missingScores.map(({ number, judgeId }) => [number, judgeId])).toEqual(expect.arrayContaining([['LB7-D-002', j1], ['LB7-D-001', j2]]));
    expect(phase!.missingScores).toHaveLength(2);
  });

  it('exports the registrations, each judge’s progress and the missing scores as a workbook in the reader’s language, audited on the round', async () => {
    const exported = await send(officer, 'GET', `${base}/rounds/${round}/dashboard/export`, undefined, 'en');
    expect(exported.statusCode, exported.body).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    expect(exported.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('上海赛区 dashboard.xlsx')}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const rowsOf = (name: string) => {
      const sheet = workbook.getWorksheet(name)!;
      return sheet.getSheetValues().slice(1).map((row) => (row as ExcelJS.CellValue[]).slice(1));
    };
    expect(rowsOf('Registrations')).toEqual([
      ['By', 'Value', 'Count'],
      ['Total', undefined, 4],
      ['Track', '人工智能', 3],
      ['Track', '生物医药', 1],
      ['Source', 'Online', 2],
      ['Source', 'By the organisers', 1],
      ['Source', 'Partner', 1],
      ['State', 'Eligible', 2],
      ['State', 'Submitted', 1],
      ['State', 'Withdrawn', 1],
      ['Day registered', '2026-06-01', 2],
      ['Day registered', '2026-06-02', 2],
    ]);
    expect(rowsOf('Review progress')[0]).toEqual(['Phase', 'Judge', 'Assigned', 'Scored', 'Missing']);
    expect(rowsOf('Review progress').slice(1)).toEqual(
      expect.arrayContaining([
        ['online review', judgeName[0], 2, 1, 1],
        ['online review', judgeName[1], 1, 0, 1],
      ]),
    );
    expect(rowsOf('Review progress')).toHaveLength(3);
    expect(rowsOf('Missing scores')[0]).toEqual(['Phase', 'Number', 'Entry', 'Judge']);
    expect(rowsOf('Missing scores').slice(1)).toEqual(
      expect.arrayContaining([
        ['online review', 'LB7-D-001', 'LB7-D-001 项目', judgeName[1]],
        ['online review', 'LB7-D-002', 'LB7-D-002 项目', judgeName[0]],
      ]),
    );
    expect(rowsOf('Missing scores')).toHaveLength(3);
    const audit = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, round), eq(auditEvents.action, 'exportDashboard')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toEqual({ entries: 4, missingScores: 2 });
    expect((await send(entrant, 'GET', `${base}/rounds/${round}/dashboard/export`)).statusCode).toBe(403);
  });

  it('answers 404 for a round of another edition or a missing one, and 403 without competition.read', async () => {
    const other = await ok<Detail>(
      await send(organiser, 'POST', '/api/competition/editions', { name: '第八届蓝贝国际创新大赛（看板测试）', year: 2027, startsOn: '2027-03-01', endsOn: '2027-09-30' }),
      201,
    );
    expect((await send(organiser, 'GET', `/api/competition/editions/${other.id}/rounds/${round}/dashboard`)).statusCode).toBe(404);
    expect((await send(organiser, 'GET', `${base}/rounds/${other.id}/dashboard`)).statusCode).toBe(404);
    expect((await send(entrant, 'GET', `${base}/rounds/${round}/dashboard`)).statusCode).toBe(403);
    expect((await send(judgeUsers[0]!, 'GET', `${base}/rounds/${round}/dashboard`)).statusCode).toBe(403);
  });
});
