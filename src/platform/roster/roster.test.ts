import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { auditEvents } from '../audit/schema.ts';
import { notifications } from '../notifications/schema.ts';
import { escalationChainAt, onShiftAt } from './on-shift-at.ts';
import { teamShifts } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const lead = await signIn(['officer']);
const agent = await signIn(['agent']);
const secondAgent = await signIn(['agent']);
const outsider = await signIn(['agent']);
const director = await signIn(['leader']);
const enterprise = await app.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload: { name: '青岛海之蓝科技有限公司', confirmDuplicate: true } });
const enterpriseUser = await signIn(['enterprise'], { enterpriseId: (enterprise.json() as { id: string }).id });

type Json = Record<string, unknown>;
const send = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, who: SignedIn, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });

let teamNumber = 0;
/** A 7×24 team led by `lead` with both agents as members from 2026 on (the outsider belongs to none). */
async function newTeam(): Promise<string> {
  const created = await send('POST', '/api/teams', admin, { name: `企业服务 7×24 专班 ${++teamNumber}` });
  expect(created.statusCode, created.body).toBe(201);
  const { id } = created.json() as { id: string };
  for (const [who, role] of [[lead, 'lead'], [agent, 'member'], [secondAgent, 'member']] as const) {
    const added = await send('POST', `/api/teams/${id}/memberships`, admin, { userId: who.userId, role, startsOn: '2026-01-01' });
    expect(added.statusCode, added.body).toBe(201);
  }
  return id;
}

const shift = (userId: string, startsAt: string, endsAt: string, note?: string) => ({ userId, startsAt, endsAt, ...(note ? { note } : {}) });
const shiftCount = async (teamId: string) => (await ctx.db.select().from(teamShifts).where(eq(teamShifts.teamId, teamId))).length;

describe('on-call rosters', () => {
  it('plans a night shift across midnight and answers who is on shift, falling back to the lead', async () => {
    const team = await newTeam();
    const planned = await send('POST', `/api/teams/${team}/shifts`, lead, shift(agent.userId, '2026-12-07T20:00:00+08:00', '2026-12-08T08:00:00+08:00', '夜班'));
    expect(planned.statusCode, planned.body).toBe(201);

    const at = (time: string) => onShiftAt(ctx.db, team, new Date(time));
    expect(await at('2026-12-07T23:59:00+08:00')).toEqual([agent.userId]);
    expect(await at('2026-12-08T07:59:59+08:00')).toEqual([agent.userId]);
    // The end is not in the shift: the lead answers.
    expect(await at('2026-12-08T08:00:00+08:00')).toEqual([lead.userId]);
    expect(await at('2026-12-07T19:59:59+08:00')).toEqual([lead.userId]);

    const chain = await escalationChainAt(ctx.db, team, new Date('2026-12-08T01:00:00+08:00'), app.permissionTable);
    expect(chain.map((step) => step.step)).toEqual(['onShift', 'lead', 'director']);
    expect(chain[0]!.userIds).toEqual([agent.userId]);
    expect(chain[1]!.userIds).toEqual([lead.userId]);
    expect(chain[2]!.userIds).toContain(director.userId);
    expect(chain[2]!.userIds).not.toContain(agent.userId);
    // No one on shift: the lead is the first step, and is not named twice.
    const quiet = await escalationChainAt(ctx.db, team, new Date('2026-12-09T12:00:00+08:00'), app.permissionTable);
    expect(quiet.map((step) => step.step)).toEqual(['onShift', 'director']);

    const week = await send('GET', `/api/teams/${team}/roster?week=2026-W50`, agent);
    expect(week.statusCode, week.body).toBe(200);
    const roster = week.json() as { days: string[]; canPlan: boolean; members: { userId: string; role: string }[]; shifts: { userId: string; note: string }[] };
    expect(roster.days[0]).toBe('2026-12-07');
    expect(roster.canPlan).toBe(false);
    expect(roster.members.map((member) => member.role)).toEqual(['lead', 'member', 'member']);
    expect(roster.shifts).toMatchObject([{ userId: agent.userId, note: '夜班' }]);
    expect(((await send('GET', `/api/teams/${team}/roster?week=2026-W51`, lead)).json() as { canPlan: boolean; shifts: unknown[] })).toMatchObject({ canPlan: true, shifts: [] });

    const [event] = await ctx.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, team), eq(auditEvents.action, 'planShift')));
    expect(event?.actorId).toBe(lead.userId);

    // Someone on shift whose account has been disabled answers nothing: the lead does.
    const leaver = await signIn(['agent']);
    expect((await send('POST', `/api/teams/${team}/memberships`, admin, { userId: leaver.userId, startsOn: '2026-01-01' })).statusCode).toBe(201);
    expect((await send('POST', `/api/teams/${team}/shifts`, lead, shift(leaver.userId, '2026-12-10T08:00:00+08:00', '2026-12-10T20:00:00+08:00'))).statusCode).toBe(201);
    expect(await at('2026-12-10T12:00:00+08:00')).toEqual([leaver.userId]);
    expect((await send('PATCH', `/api/users/${leaver.userId}`, admin, { disabled: true })).statusCode).toBe(200);
    expect(await at('2026-12-10T12:00:00+08:00')).toEqual([lead.userId]);
  });

  it("refuses one person's overlapping shifts, in any team and under concurrent writes", async () => {
    const [team, otherTeam] = [await newTeam(), await newTeam()];
    expect((await send('POST', `/api/teams/${team}/shifts`, lead, shift(agent.userId, '2026-12-10T08:00:00+08:00', '2026-12-10T20:00:00+08:00'))).statusCode).toBe(201);
    const overlapping = await send('POST', `/api/teams/${otherTeam}/shifts`, admin, shift(agent.userId, '2026-12-10T19:00:00+08:00', '2026-12-11T07:00:00+08:00'), 'en');
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().title).toBe('This person already has a shift during this time');
    // Back to back is not an overlap.
    expect((await send('POST', `/api/teams/${otherTeam}/shifts`, admin, shift(agent.userId, '2026-12-10T20:00:00+08:00', '2026-12-11T08:00:00+08:00'))).statusCode).toBe(201);

    // Two teams, so that no team lock orders them: only the database's constraint keeps them apart.
    const attempts = await Promise.all(
      [team, otherTeam].map((teamId) => send('POST', `/api/teams/${teamId}/shifts`, admin, shift(secondAgent.userId, '2026-12-12T08:00:00+08:00', '2026-12-12T20:00:00+08:00'))),
    );
    expect(attempts.map((response) => response.statusCode).sort()).toEqual([201, 409]);
  });

  it('refuses a non-member, a bad week and a shift of no length, in the reader\'s language, writing nothing', async () => {
    const team = await newTeam();
    const stranger = await send('POST', `/api/teams/${team}/shifts`, lead, shift(outsider.userId, '2026-12-07T08:00:00+08:00', '2026-12-07T20:00:00+08:00'));
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().errors).toEqual([{ field: 'userId', message: '此人在该班次的日期不是该团队成员' }]);
    // A member until 31 December cannot be on shift into the new year.
    const leaving = await signIn(['agent']);
    expect((await send('POST', `/api/teams/${team}/memberships`, admin, { userId: leaving.userId, startsOn: '2026-01-01', endsOn: '2026-12-31' })).statusCode).toBe(201);
    const intoNewYear = await send('POST', `/api/teams/${team}/shifts`, lead, shift(leaving.userId, '2026-12-31T20:00:00+08:00', '2027-01-01T08:00:00+08:00'), 'zh-TW');
    expect(intoNewYear.json().errors).toEqual([{ field: 'userId', message: '此人在該班次的日期不是該團隊成員' }]);
    const backwards = await send('POST', `/api/teams/${team}/shifts`, lead, shift(agent.userId, '2026-12-07T20:00:00+08:00', '2026-12-07T08:00:00+08:00'), 'en');
    expect(backwards.json().errors).toEqual([{ field: 'endsAt', message: 'A shift must end after it starts and last at most 24 hours' }]);
    const tooLong = await send('POST', `/api/teams/${team}/shifts`, lead, shift(agent.userId, '2026-12-07T08:00:00+08:00', '2026-12-08T08:00:01+08:00'));
    expect(tooLong.statusCode).toBe(400);
    expect((await send('POST', `/api/teams/${team}/shifts`, lead, shift(agent.userId, '2026-12-07 08:00', '2026-12-07T20:00:00+08:00'))).statusCode).toBe(400);
    expect((await send('GET', `/api/teams/${team}/roster?week=2025-W53`, agent)).statusCode).toBe(400);
    expect(await shiftCount(team)).toBe(0);
  });

  it('answers 403 to the wrong role and 404 for a foreign team or shift', async () => {
    const [team, otherTeam] = [await newTeam(), await newTeam()];
    expect((await send('GET', `/api/teams/${team}/roster`, enterpriseUser)).statusCode).toBe(403);
    // A member who does not lead the team may read its roster but not plan it.
    const byMember = await send('POST', `/api/teams/${team}/shifts`, agent, shift(agent.userId, '2026-12-07T08:00:00+08:00', '2026-12-07T20:00:00+08:00'));
    expect(byMember.statusCode).toBe(403);
    expect(byMember.json().code).toBe('roster.notPlanner');
    expect((await send('GET', '/api/teams/00000000-0000-4000-8000-000000000000/roster', agent)).statusCode).toBe(404);
    expect((await send('POST', '/api/teams/00000000-0000-4000-8000-000000000000/shifts', admin, shift(agent.userId, '2026-12-07T08:00:00+08:00', '2026-12-07T20:00:00+08:00'))).statusCode).toBe(404);

    const planned = (await send('POST', `/api/teams/${team}/shifts`, lead, shift(agent.userId, '2026-12-14T08:00:00+08:00', '2026-12-14T20:00:00+08:00'))).json() as { id: string };
    expect((await send('PATCH', `/api/teams/${otherTeam}/shifts/${planned.id}`, admin, { note: 'x' })).statusCode).toBe(404);
    expect((await send('DELETE', `/api/teams/${otherTeam}/shifts/${planned.id}`, admin)).statusCode).toBe(404);
    expect((await send('DELETE', `/api/teams/${team}/shifts/${planned.id}`, agent)).statusCode).toBe(403);
    expect((await send('PATCH', `/api/teams/${team}/shifts/${planned.id}`, lead, { startsAt: '2026-12-14T09:00:00+08:00' })).statusCode).toBe(200);
    expect((await send('DELETE', `/api/teams/${team}/shifts/${planned.id}`, lead)).statusCode).toBe(204);
    expect(await shiftCount(team)).toBe(0);
  });

  it('hands a shift over when the one asked accepts, audited, both told; decline and cancel leave it', async () => {
    const team = await newTeam();
    const planned = (await send('POST', `/api/teams/${team}/shifts`, lead, shift(agent.userId, '2026-12-21T20:00:00+08:00', '2026-12-22T08:00:00+08:00'))).json() as { id: string };
    const ask = () => send('POST', `/api/teams/${team}/shifts/${planned.id}/swaps`, agent, { askedUserId: secondAgent.userId, note: '家中有事' });

    // Only the holder asks, and not themselves nor someone outside the team.
    expect((await send('POST', `/api/teams/${team}/shifts/${planned.id}/swaps`, secondAgent, { askedUserId: lead.userId })).statusCode).toBe(403);
    expect((await send('POST', `/api/teams/${team}/shifts/${planned.id}/swaps`, agent, { askedUserId: agent.userId })).statusCode).toBe(400);
    expect((await send('POST', `/api/teams/${team}/shifts/${planned.id}/swaps`, agent, { askedUserId: outsider.userId })).statusCode).toBe(400);

    const declined = (await ask()).json() as { id: string };
    expect((await ask()).statusCode).toBe(409);
    expect((await send('POST', `/api/teams/${team}/swaps/${declined.id}/accept`, lead)).statusCode).toBe(403);
    expect((await send('POST', `/api/teams/${team}/swaps/${declined.id}/decline`, secondAgent)).json()).toMatchObject({ state: 'declined' });
    expect((await send('POST', `/api/teams/${team}/swaps/${declined.id}/accept`, secondAgent)).statusCode).toBe(409);

    const cancelled = (await ask()).json() as { id: string };
    expect((await send('POST', `/api/teams/${team}/swaps/${cancelled.id}/cancel`, secondAgent)).statusCode).toBe(403);
    expect((await send('POST', `/api/teams/${team}/swaps/${cancelled.id}/cancel`, lead)).json()).toMatchObject({ state: 'cancelled' });

    const accepted = (await ask()).json() as { id: string };
    const otherTeam = await newTeam();
    expect((await send('POST', `/api/teams/${otherTeam}/swaps/${accepted.id}/accept`, secondAgent)).statusCode).toBe(404);
    const roster = (await send('GET', `/api/teams/${team}/roster?week=2026-W52`, secondAgent)).json() as { shifts: { swap: { askedUserId: string } | null }[] };
    expect(roster.shifts[0]!.swap?.askedUserId).toBe(secondAgent.userId);
    expect((await send('POST', `/api/teams/${team}/swaps/${accepted.id}/accept`, secondAgent)).json()).toMatchObject({ state: 'accepted' });

    const [held] = await ctx.db.select().from(teamShifts).where(eq(teamShifts.id, planned.id));
    expect(held!.userId).toBe(secondAgent.userId);
    expect(await onShiftAt(ctx.db, team, new Date('2026-12-22T01:00:00+08:00'))).toEqual([secondAgent.userId]);
    const actions = (await ctx.db.select().from(auditEvents).where(eq(auditEvents.entityId, team))).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['askShiftSwap', 'declineShiftSwap', 'cancelShiftSwap', 'acceptShiftSwap', 'changeShift']));

    const told = async (userId: string) =>
      (await ctx.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, 'roster.swap')))).map((notice) => notice.message).sort();
    expect(await told(secondAgent.userId)).toEqual(['roster.swapAccepted', 'roster.swapAsked', 'roster.swapAsked', 'roster.swapAsked', 'roster.swapCancelled']);
    expect(await told(agent.userId)).toEqual(['roster.swapAccepted', 'roster.swapCancelled', 'roster.swapDeclined']);
  });

  it('withdraws a pending swap when the planner moves the shift', async () => {
    const team = await newTeam();
    const planned = (await send('POST', `/api/teams/${team}/shifts`, lead, shift(agent.userId, '2026-12-23T08:00:00+08:00', '2026-12-23T20:00:00+08:00'))).json() as { id: string };
    const swap = (await send('POST', `/api/teams/${team}/shifts/${planned.id}/swaps`, agent, { askedUserId: secondAgent.userId })).json() as { id: string };
    expect((await send('PATCH', `/api/teams/${team}/shifts/${planned.id}`, lead, { startsAt: '2026-12-23T09:00:00+08:00' })).statusCode).toBe(200);
    expect((await send('POST', `/api/teams/${team}/swaps/${swap.id}/accept`, secondAgent)).statusCode).toBe(409);
  });
});
