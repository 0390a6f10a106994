import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { defineModule } from '../../server/module.ts';
import { modules } from '../../server/modules.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { auditEvents } from '../audit/schema.ts';
import { defineMessages } from '../i18n/messages.ts';
import { teamMemberships } from './schema.ts';
import { teamMeasureTableOf, type TeamMeasure } from './team-measures.ts';

// A measure as a module would declare one: here the memberships that began in the year, counted in the database.
const measureMessages = defineMessages({
  'test.measure.joined': { 'zh-CN': '新加入成员', 'zh-TW': '新加入成員', en: 'Members joined' },
  'test.measure.amount': { 'zh-CN': '签约金额', 'zh-TW': '簽約金額', en: 'Signed amount' },
});
const joined: TeamMeasure = {
  key: 'joined',
  label: 'test.measure.joined',
  unit: 'count',
  progress: async (db, { teamIds, year }) => {
    const rows = await db
      .select({ teamId: teamMemberships.teamId, n: count() })
      .from(teamMemberships)
      .where(and(inArray(teamMemberships.teamId, [...teamIds]), sql`extract(year from ${teamMemberships.startsOn}) = ${year}`))
      .groupBy(teamMemberships.teamId);
    return new Map(rows.map((row) => [row.teamId, row.n]));
  },
};
const amount: TeamMeasure = { key: 'signedAmountWan', label: 'test.measure.amount', unit: 'wan', progress: async () => new Map() };
const measuring = defineModule({ name: 'measuring', teamMeasures: [joined, amount], messages: measureMessages });

// Only this file's measures: the platform piece apart from the modules that declare theirs.
const { app, ctx, signIn } = await createTestApp({ modules: [...modules.filter((module) => !module.teamMeasures), measuring] });
const admin = await signIn(['admin']);
const leader = await signIn(['leader']);
const officer = await signIn(['officer']);
const member = await signIn(['officer']);

const send = (method: 'GET' | 'PUT', url: string, who: SignedIn, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as object }) });

describe('team targets', () => {
  it('keeps a year’s targets by measure beside the progress the declaring module counts', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/teams', headers: admin.headers, payload: { name: '即墨区招商一科' } });
    const teamId = created.json().id as string;
    for (const [userId, startsOn] of [[officer.userId, '2026-02-01'], [member.userId, '2026-05-01']] as const) {
      const added = await app.inject({ method: 'POST', url: `/api/teams/${teamId}/memberships`, headers: admin.headers, payload: { userId, startsOn } });
      expect(added.statusCode, added.body).toBe(201);
    }

    // No target yet: every declared measure, with its progress.
    const none = await send('GET', `/api/teams/${teamId}/targets?year=2026`, officer);
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual({
      year: 2026,
      targets: [
        { measure: 'joined', label: '新加入成员', unit: 'count', target: null, progress: 2, share: null },
        { measure: 'signedAmountWan', label: '签约金额', unit: 'wan', target: null, progress: 0, share: null },
      ],
    });

    // A leader sets both; the answer is the year as read afterwards, in the reader's language.
    const set = await send('PUT', `/api/teams/${teamId}/targets/2026`, leader, { targets: { joined: 8, signedAmountWan: 50_000 } }, 'en');
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().targets).toEqual([
      { measure: 'joined', label: 'Members joined', unit: 'count', target: 8, progress: 2, share: 0.25 },
      { measure: 'signedAmountWan', label: 'Signed amount', unit: 'wan', target: 50_000, progress: 0, share: 0 },
    ]);
    // Left out keeps its target, null removes one; another year is apart.
    await send('PUT', `/api/teams/${teamId}/targets/2026`, admin, { targets: { signedAmountWan: null } });
    const after = (await send('GET', `/api/teams/${teamId}/targets?year=2026`, officer)).json();
    expect(after.targets.map((row: { target: number | null }) => row.target)).toEqual([8, null]);
    const otherYear = (await send('GET', `/api/teams/${teamId}/targets?year=2025`, officer)).json();
    expect(otherYear.targets.map((row: { target: number | null; progress: number }) => [row.target, row.progress])).toEqual([
      [null, 0],
      [null, 0],
    ]);

    // Every change is audited with the targets before and after.
    const audits = await ctx.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, teamId), eq(auditEvents.action, 'set-targets')));
    expect(audits).toHaveLength(2);
    expect(audits[1]!.after).toEqual({ year: 2026, targets: [{ measure: 'joined', target: 8 }] });
  });

  it('lets only administrators and leaders set them, refuses what is not a target, and answers 404 for no team', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/teams', headers: admin.headers, payload: { name: '西海岸新区驻深办' } });
    const teamId = created.json().id as string;
    expect((await send('PUT', `/api/teams/${teamId}/targets/2026`, officer, { targets: { joined: 3 } })).statusCode).toBe(403);
    const unknown = await send('PUT', `/api/teams/${teamId}/targets/2026`, admin, { targets: { joined: 3, visits: 40 } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'targets.visits', message: '没有这一目标指标' })]);
    for (const body of [{ targets: { joined: -1 } }, { targets: { joined: 'many' } }, {}]) {
      expect((await send('PUT', `/api/teams/${teamId}/targets/2026`, admin, body)).statusCode).toBe(400);
    }
    expect((await send('PUT', `/api/teams/${teamId}/targets/1900`, admin, { targets: { joined: 3 } })).statusCode).toBe(400);
    // Nothing of the refused requests was written.
    expect((await send('GET', `/api/teams/${teamId}/targets?year=2026`, officer)).json().targets[0].target).toBeNull();
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await send('PUT', `/api/teams/${missing}/targets/2026`, admin, { targets: { joined: 3 } })).statusCode).toBe(404);
    expect((await send('GET', `/api/teams/${missing}/targets`, officer)).statusCode).toBe(404);
  });

  it('refuses a composition that declares a measure twice', () => {
    expect(() => teamMeasureTableOf([joined, joined])).toThrow(/joined is declared twice/);
  });
});
