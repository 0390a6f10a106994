import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/schema.ts';
import { chinaDayOf } from '../../platform/calendar/china-day.ts';
import { notifications } from '../../platform/notifications/schema.ts';
import { workflowTransitions } from '../../platform/workflow/schema.ts';
import { startAction } from '../../platform/workflow/workflow.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { dailySummaryCron } from './daily-summary-job.ts';
import { produceDailySummaries, readDailySummaryFigures, summaryDayAt } from './produce-daily-summary.ts';
import { refreshRequestSla } from './refresh-request-sla.ts';
import { serviceDailySummaries, serviceRequestMessages, serviceRequests, serviceRequestSlaOutcomes } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const leader = await signIn(['leader']);
const propertyAgent = await signIn(['agent']);
const permitsAgent = await signIn(['agent']);

type Json = Record<string, unknown>;
type Summary = {
  teamId: string;
  teamName: string;
  day: string;
  latest: boolean;
  producedByName: string | null;
  created: number;
  resolved: number;
  sla: unknown;
  firstResponse: { count: number; medianMinutes: number | null; p90Minutes: number | null };
  resolution: { count: number; medianMinutes: number | null; p90Minutes: number | null };
  open: { requestId: string; reference: string; categoryName: string; state: string; ownerName: string | null; sla: string | null }[];
  repeated: { categoryCode: string; categoryName: string; locationLabel: string; count: number; requests: { reference: string }[] }[];
};

const send = (who: SignedIn, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });

async function ok<T>(response: Awaited<ReturnType<typeof send>>, status = 200): Promise<T> {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as T;
}

const team = async (name: string, members: SignedIn[]) => {
  const id = (await ok<{ id: string }>(await send(admin, 'POST', '/api/teams', { name }), 201)).id;
  for (const member of members) {
    await ok(await send(admin, 'POST', `/api/teams/${id}/memberships`, { userId: member.userId, startsOn: '2026-01-01', endsOn: null, role: 'member' }), 201);
  }
  return id;
};

const enterprise = (await ok<{ id: string }>(await send(admin, 'POST', '/api/enterprises', { name: '青岛雅居实木家具有限公司（日报测试）', confirmDuplicate: true }), 201)).id;
const enterpriseUser = await signIn(['enterprise'], { enterpriseId: enterprise });
const propertyTeam = await team('博览中心物业服务组（日报测试）', [propertyAgent]);
const permitsTeam = await team('审批服务组（日报测试）', [permitsAgent]);
const expo = (await ok<{ id: string }>(await send(admin, 'POST', '/api/sites', { name: '家居博览中心（日报测试）', kind: 'expo-centre' }), 201)).id;
const hall = (await ok<{ buildings: { id: string }[] }>(await send(admin, 'POST', `/api/sites/${expo}/buildings`, { name: 'A馆' }))).buildings[0]!.id;
await ok(await send(admin, 'POST', '/api/service-desk/routing-rules', { categoryCode: 'utilities', siteId: expo, teamId: propertyTeam }), 201);
await ok(await send(admin, 'POST', '/api/service-desk/routing-rules', { categoryCode: 'permits', teamId: permitsTeam }), 201);

/** An instant given as Beijing time. */
const at = (beijing: string) => new Date(`${beijing}+08:00`);
const day = '2026-12-03';
const morningAfter = at('2026-12-04T07:00:00');

/** A power cut in hall A, accepted, answered and resolved as far as asked, then placed on the summary's day. */
async function powerCut(times: { createdAt: string; firstResponseAt?: string; resolvedAt?: string }) {
  const request = await ok<{ id: string; reference: string }>(
    await send(enterpriseUser, 'POST', '/api/service-requests', {
      categoryCode: 'utilities',
      priority: 'urgent',
      site: { siteId: expo, buildingId: hall },
      description: 'A馆展位停电',
      idempotencyKey: randomUUID(),
    }),
    201,
  );
  await ok(await send(propertyAgent, 'POST', `/api/service-requests/${request.id}/accept`, {}));
  if (times.firstResponseAt) await ok(await send(propertyAgent, 'POST', `/api/service-requests/${request.id}/messages`, { body: '电工马上到' }));
  if (times.resolvedAt) await ok(await send(propertyAgent, 'POST', `/api/service-requests/${request.id}/resolve`, {}));
  // The desk stamps its own clock's time; the summary reads a fixed day, so the request's history is moved onto it
  // (opened, accepted with the first answer or a minute after opening, resolved) and its SLA clock read again as of that morning.
  const createdAt = at(times.createdAt);
  const firstResponseAt = times.firstResponseAt ? at(times.firstResponseAt) : null;
  const actionAt: Record<string, Date | null> = {
    [startAction]: createdAt,
    accept: firstResponseAt ?? new Date(createdAt.getTime() + 60_000),
    resolve: times.resolvedAt ? at(times.resolvedAt) : null,
  };
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(serviceRequests)
      .set({ createdAt, firstResponseAt, resolvedAt: actionAt.resolve })
      .where(eq(serviceRequests.id, request.id));
    for (const [action, when] of Object.entries(actionAt)) {
      if (when) await tx.update(workflowTransitions).set({ at: when }).where(and(eq(workflowTransitions.recordId, request.id), eq(workflowTransitions.action, action)));
    }
    if (firstResponseAt) await tx.update(serviceRequestMessages).set({ createdAt: firstResponseAt }).where(eq(serviceRequestMessages.requestId, request.id));
    // The outcomes recorded as it happened belong to the history just rewritten; they are decided again from it.
    await tx.delete(serviceRequestSlaOutcomes).where(eq(serviceRequestSlaOutcomes.requestId, request.id));
    await refreshRequestSla(ctx.db, tx, request.id, morningAfter);
  });
  return request;
}

const solvedFast = await powerCut({ createdAt: '2026-12-03T09:00:00', firstResponseAt: '2026-12-03T09:05:00', resolvedAt: '2026-12-03T09:25:00' });
const solvedSlow = await powerCut({ createdAt: '2026-12-03T10:00:00', firstResponseAt: '2026-12-03T10:20:00', resolvedAt: '2026-12-03T12:00:00' });
const stillOpen = await powerCut({ createdAt: '2026-12-03T14:00:00' });
// Opened the day before, resolved on the day: counted as resolved then, not as opened.
await powerCut({ createdAt: '2026-12-02T16:00:00', firstResponseAt: '2026-12-02T16:30:00', resolvedAt: '2026-12-03T08:00:00' });

const summaryRows = async (teamId: string) => ctx.db.select().from(serviceDailySummaries).where(eq(serviceDailySummaries.teamId, teamId));
const summaryNotices = async (userId: string) =>
  (await ctx.db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, 'service-desk.daily-summary'))))[0]!.n;

describe('producing the summaries', () => {
  it("counts a team's day: opened, resolved, median and p90 times, open items and repeated problems", async () => {
    const written = await produceDailySummaries(ctx, { day, now: morningAfter });
    expect(written).toEqual(expect.arrayContaining([{ teamId: propertyTeam, created: true }, { teamId: permitsTeam, created: true }]));
    const summary = await ok<Summary>(await send(leader, 'GET', `/api/service-desk/summaries/${propertyTeam}/${day}`));
    expect(summary).toMatchObject({ teamId: propertyTeam, day, created: 3, resolved: 3, producedByName: null, latest: false });
    // Urgent power cuts: answered within 10 minutes and fixed within 30. On the day the fast one met both, the slow
    // one breached both, and the open one was accepted in time but not fixed by 14:30; the one opened the day before
    // breached both then, so it counts on that day, not this one.
    expect(summary.sla).toEqual({ firstResponse: { met: 2, breached: 1 }, resolution: { met: 1, breached: 2 } });
    // First responses on the day: 5 and 20 minutes; resolutions: 25, 120 and 960 (the one from the day before).
    expect(summary.firstResponse).toEqual({ count: 2, medianMinutes: 12.5, p90Minutes: 18.5 });
    expect(summary.resolution).toEqual({ count: 3, medianMinutes: 120, p90Minutes: 792 });
    expect(summary.open.map((item) => item.reference)).toEqual([stillOpen.reference]);
    expect(summary.open[0]).toMatchObject({ state: 'accepted', categoryName: '水电气暖', ownerName: expect.any(String), sla: 'breached' });
    expect(summary.repeated).toHaveLength(1);
    expect(summary.repeated[0]).toMatchObject({ categoryCode: 'utilities', locationLabel: '家居博览中心（日报测试） A馆', count: 4 });
    expect(summary.repeated[0]!.requests.map((request) => request.reference)).toContain(solvedFast.reference);

    const quiet = await ok<Summary>(await send(leader, 'GET', `/api/service-desk/summaries/${permitsTeam}/${day}`));
    expect(quiet).toMatchObject({ created: 0, resolved: 0, open: [], repeated: [], firstResponse: { count: 0, medianMinutes: null, p90Minutes: null } });
  });

  it("tells the desk's leaders, linking to the page, and not the agents", async () => {
    expect(await summaryNotices(leader.userId)).toBe(2);
    expect(await summaryNotices(admin.userId)).toBe(2);
    expect(await summaryNotices(propertyAgent.userId)).toBe(0);
    const [notice] = await ctx.db.select().from(notifications).where(and(eq(notifications.userId, leader.userId), eq(notifications.recordId, (await summaryRows(propertyTeam))[0]!.id)));
    expect(notice!.link).toBe(`/service-desk/summaries/${propertyTeam}/${day}`);
  });

  it('makes one summary per team and day when the job runs again, or twice at once', async () => {
    const before = (await summaryRows(propertyTeam))[0]!;
    await ctx.db.update(serviceRequests).set({ createdAt: at('2026-12-03T15:00:00') }).where(eq(serviceRequests.id, solvedSlow.id));
    const runs = await Promise.all([produceDailySummaries(ctx, { day, now: morningAfter }), produceDailySummaries(ctx, { day, now: morningAfter })]);
    expect(runs.flat()).toEqual([]);
    const after = await summaryRows(propertyTeam);
    expect(after).toHaveLength(1);
    expect(after[0]!.figures).toEqual(before.figures);
    expect(await summaryNotices(leader.userId)).toBe(2);
  });

  it('is scheduled at the configured Beijing time, in UTC', () => {
    expect(dailySummaryCron({ hour: 7, minute: 0 })).toBe('0 23 * * *');
    expect(dailySummaryCron({ hour: 8, minute: 30 })).toBe('30 0 * * *');
    expect(dailySummaryCron({ hour: 23, minute: 5 })).toBe('5 15 * * *');
  });
});

describe('reading the summaries', () => {
  it('lists every team for a leader, and only their own team for an agent', async () => {
    const all = await ok<{ items: { teamId: string; day: string; created: number; open: number }[]; teams: { id: string }[]; total: number }>(
      await send(leader, 'GET', '/api/service-desk/summaries'),
    );
    expect(all.items.map((item) => item.teamId).sort()).toEqual([propertyTeam, permitsTeam].sort());
    expect(all.items.find((item) => item.teamId === propertyTeam)).toMatchObject({ day, created: 3, open: 1 });
    const own = await ok<{ items: { teamId: string }[]; teams: { id: string }[]; total: number }>(await send(propertyAgent, 'GET', '/api/service-desk/summaries'));
    expect(own.items.map((item) => item.teamId)).toEqual([propertyTeam]);
    expect(own.teams.map((item) => item.id)).toEqual([propertyTeam]);
    const filtered = await ok<{ total: number }>(await send(propertyAgent, 'GET', `/api/service-desk/summaries?teamId=${permitsTeam}`));
    expect(filtered.total).toBe(0);
    const later = await ok<{ total: number }>(await send(leader, 'GET', '/api/service-desk/summaries?from=2026-12-04'));
    expect(later.total).toBe(0);
  });

  it("answers another team's summary, and a day not produced, as missing", async () => {
    expect((await send(propertyAgent, 'GET', `/api/service-desk/summaries/${permitsTeam}/${day}`)).statusCode).toBe(404);
    expect((await send(propertyAgent, 'GET', `/api/service-desk/summaries/${permitsTeam}/${day}/export`)).statusCode).toBe(404);
    expect((await send(propertyAgent, 'GET', `/api/service-desk/summaries/${propertyTeam}/2026-12-01`)).statusCode).toBe(404);
  });

  it('refuses enterprises and other roles, and bad days with a localised message', async () => {
    expect((await send(enterpriseUser, 'GET', '/api/service-desk/summaries')).statusCode).toBe(403);
    expect((await send(enterpriseUser, 'GET', `/api/service-desk/summaries/${propertyTeam}/${day}`)).statusCode).toBe(403);
    const bad = await send(leader, 'GET', `/api/service-desk/summaries/${propertyTeam}/2026-13-01`, undefined, 'en');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('day');
  });

  it('exports the summary as a workbook in the reader\'s language', async () => {
    const response = await send(leader, 'GET', `/api/service-desk/summaries/${propertyTeam}/${day}/export`, undefined, 'en');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain(`service-desk-summary-${day}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Figures', 'Open requests', 'Repeated problems']);
    const figures = Object.fromEntries(workbook.getWorksheet('Figures')!.getSheetValues().slice(2).map((row) => [(row as unknown[])[1], (row as unknown[])[2]]));
    expect(figures).toMatchObject({ 'Requests opened': 3, 'Requests resolved': 3, 'First response, median (minutes)': 12.5 });
    expect(workbook.getWorksheet('Open requests')!.getRow(2).getCell(1).value).toBe(stillOpen.reference);
  });
});

describe('producing again on demand', () => {
  it("produces the team's latest day again for a supervisor, audited, without telling the leaders twice", async () => {
    const latest = summaryDayAt(new Date());
    const first = await ok<Summary>(await send(leader, 'POST', `/api/service-desk/summaries/${propertyTeam}/produce`));
    expect(first).toMatchObject({ teamId: propertyTeam, day: latest, latest: true, producedByName: expect.any(String) });
    const again = await ok<Summary>(await send(leader, 'POST', `/api/service-desk/summaries/${propertyTeam}/produce`));
    expect(again.day).toBe(latest);
    const rows = (await summaryRows(propertyTeam)).filter((row) => row.day === latest);
    expect(rows).toHaveLength(1);
    const audits = await ctx.db.select().from(auditEvents).where(and(eq(auditEvents.entityType, 'service-daily-summary'), eq(auditEvents.entityId, rows[0]!.id)));
    expect(audits.map((event) => event.action).sort()).toEqual(['produce', 'produceAgain']);
    expect(audits.every((event) => event.actorId === leader.userId)).toBe(true);
    // Produced first by the leader's press: told once, as the job would have; the second press tells nobody.
    expect(await summaryNotices(leader.userId)).toBe(3);
  });

  it('refuses agents, and answers an unknown team as missing', async () => {
    expect((await send(propertyAgent, 'POST', `/api/service-desk/summaries/${propertyTeam}/produce`)).statusCode).toBe(403);
    expect((await send(leader, 'POST', `/api/service-desk/summaries/${randomUUID()}/produce`)).statusCode).toBe(404);
    expect((await send(leader, 'POST', '/api/service-desk/summaries/not-a-team/produce')).statusCode).toBe(400);
  });
});

describe('a summary produced as at a past morning', () => {
  it('lists the requests open then, in the state they were in, though resolved since', async () => {
    const request = await ok<{ id: string }>(
      await send(enterpriseUser, 'POST', '/api/service-requests', {
        categoryCode: 'utilities',
        priority: 'urgent',
        site: { siteId: expo, buildingId: hall },
        description: 'A馆展位又停电了',
        idempotencyKey: randomUUID(),
      }),
      201,
    );
    await ok(await send(propertyAgent, 'POST', `/api/service-requests/${request.id}/accept`, {}));
    const whileAccepted = new Date();
    await ok(await send(propertyAgent, 'POST', `/api/service-requests/${request.id}/resolve`, {}));
    const today = chinaDayOf(new Date());

    const then = await readDailySummaryFigures(ctx.db, propertyTeam, today, whileAccepted);
    expect(then.open.filter((item) => item.requestId === request.id)).toEqual([expect.objectContaining({ state: 'accepted' })]);
    const now = await readDailySummaryFigures(ctx.db, propertyTeam, today, new Date());
    expect(now.open.map((item) => item.requestId)).not.toContain(request.id);
  });

  it('flags an item overdue that morning as breached, though resolved since', async () => {
    await ok(await send(propertyAgent, 'POST', `/api/service-requests/${stillOpen.id}/resolve`, {}));
    const then = await readDailySummaryFigures(ctx.db, propertyTeam, day, morningAfter);
    expect(then.open.find((item) => item.requestId === stillOpen.id)).toMatchObject({ state: 'accepted', sla: 'breached' });
    // Before its 30 minutes ran out, the same request was not yet late.
    const early = await readDailySummaryFigures(ctx.db, propertyTeam, day, at('2026-12-03T14:10:00'));
    expect(early.open.find((item) => item.requestId === stillOpen.id)?.sla).not.toBe('breached');
  });
});
