import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { auditEvents } from '../audit/schema.ts';
import { membershipsOn } from './memberships-on.ts';
import { teamMemberships } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();
const admin = await signIn(['admin']);
const officer = await signIn(['officer']);
const secondOfficer = await signIn(['officer']);
const thirdOfficer = await signIn(['officer']);
const leader = await signIn(['leader']);
const investor = await signIn(['investor']);
const enterprise = await app.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload: { name: '青岛海之蓝科技有限公司', confirmDuplicate: true } });
const enterpriseUser = await signIn(['enterprise'], { enterpriseId: (enterprise.json() as { id: string }).id });

type Json = Record<string, unknown>;
type Membership = { id: string; userId: string; role: string; startsOn: string; endsOn: string | null; status: string };
type Team = { id: string; name: string; archived: boolean; memberships: Membership[] };

const send = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, who: SignedIn, payload?: unknown, language = 'zh-CN') =>
  app.inject({ method, url, headers: { ...who.headers, 'accept-language': language }, ...(payload === undefined ? {} : { payload: payload as Json }) });

let teamNumber = 0;
async function newTeam(name = `西海岸新区驻深办 ${++teamNumber}`): Promise<Team> {
  const response = await send('POST', '/api/teams', admin, { name, location: '深圳' });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function addMember(teamId: string, body: Json, who: SignedIn = admin) {
  return send('POST', `/api/teams/${teamId}/memberships`, who, body);
}

describe('teams', () => {
  it('keeps who belonged to a team on which days, so that a rotation is a matter of dates', async () => {
    const team = await newTeam();
    // One officer serves in the field office in March, the next in April; the lead stays.
    expect((await addMember(team.id, { userId: officer.userId, startsOn: '2026-03-01', endsOn: '2026-03-31' })).statusCode).toBe(201);
    expect((await addMember(team.id, { userId: secondOfficer.userId, startsOn: '2026-04-01' })).statusCode).toBe(201);
    expect((await addMember(team.id, { userId: leader.userId, role: 'lead', startsOn: '2026-01-01' })).statusCode).toBe(201);

    const on = async (day: string) => (await membershipsOn(ctx.db, day, { teamIds: [team.id] })).map((m) => `${m.role}:${m.userId}`).sort();
    expect(await on('2026-03-31')).toEqual([`lead:${leader.userId}`, `member:${officer.userId}`].sort());
    expect(await on('2026-04-01')).toEqual([`lead:${leader.userId}`, `member:${secondOfficer.userId}`].sort());
    expect(await on('2025-12-31')).toEqual([]);

    const listed = (await send('GET', '/api/teams?day=2026-03-15', officer)).json() as { id: string; lead: { id: string } | null; memberCount: number }[];
    const row = listed.find((t) => t.id === team.id)!;
    expect(row.lead?.id).toBe(leader.userId);
    expect(row.memberCount).toBe(2);

    const detail = (await send('GET', `/api/teams/${team.id}?day=2026-04-10`, officer)).json() as Team;
    expect(Object.fromEntries(detail.memberships.map((m) => [m.userId, m.status]))).toEqual({
      [leader.userId]: 'current',
      [secondOfficer.userId]: 'current',
      [officer.userId]: 'past',
    });
  });

  it('refuses overlapping periods of one person, and a second lead at the same time, changing nothing', async () => {
    const team = await newTeam();
    await addMember(team.id, { userId: officer.userId, startsOn: '2026-05-01', endsOn: '2026-05-31' });
    await addMember(team.id, { userId: leader.userId, role: 'lead', startsOn: '2026-01-01', endsOn: '2026-06-30' });
    const before = await ctx.db.select().from(teamMemberships).where(eq(teamMemberships.teamId, team.id));

    // The last day is included: starting on 31 May overlaps.
    const overlapping = await addMember(team.id, { userId: officer.userId, startsOn: '2026-05-31' }, admin);
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().title).toBe('此人在该团队已有与此重叠的任职期间');
    const secondLead = await send('POST', `/api/teams/${team.id}/memberships`, admin, { userId: thirdOfficer.userId, role: 'lead', startsOn: '2026-06-30' }, 'en');
    expect(secondLead.statusCode).toBe(409);
    expect(secondLead.json().title).toBe('The team already has a lead for part of this period; a team has one lead at a time');
    const backwards = await addMember(team.id, { userId: thirdOfficer.userId, startsOn: '2026-06-30', endsOn: '2026-06-01' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].field).toBe('endsOn');
    expect(await ctx.db.select().from(teamMemberships).where(eq(teamMemberships.teamId, team.id))).toEqual(before);

    // The day after a period ends, the same person or a new lead may start.
    expect((await addMember(team.id, { userId: officer.userId, startsOn: '2026-06-01' })).statusCode).toBe(201);
    expect((await addMember(team.id, { userId: thirdOfficer.userId, role: 'lead', startsOn: '2026-07-01' })).statusCode).toBe(201);
  });

  it('lets only one of twenty simultaneous identical memberships in', async () => {
    const team = await newTeam();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => addMember(team.id, { userId: thirdOfficer.userId, startsOn: '2026-02-01', endsOn: '2026-02-28' })),
    );
    expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.statusCode === 409)).toHaveLength(19);
    expect(await ctx.db.select().from(teamMemberships).where(eq(teamMemberships.teamId, team.id))).toHaveLength(1);
  });

  it('ends a membership by its last day, checks the changed period, and deletes one entered by mistake', async () => {
    const team = await newTeam();
    const added = ((await addMember(team.id, { userId: officer.userId, startsOn: '2026-03-01' })).json() as Team).memberships[0]!;
    // While it is open, a later period of the same person overlaps it.
    expect((await addMember(team.id, { userId: officer.userId, startsOn: '2026-09-01' })).statusCode).toBe(409);
    const ended = await send('PATCH', `/api/teams/${team.id}/memberships/${added.id}`, admin, { endsOn: '2026-08-31' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect((ended.json() as Team).memberships.find((m) => m.id === added.id)?.endsOn).toBe('2026-08-31');
    expect((await addMember(team.id, { userId: officer.userId, startsOn: '2026-09-01' })).statusCode).toBe(201);
    // Reopening it would run into the September period.
    const reopened = await send('PATCH', `/api/teams/${team.id}/memberships/${added.id}`, admin, { endsOn: null });
    expect(reopened.statusCode).toBe(409);

    const removed = await send('DELETE', `/api/teams/${team.id}/memberships/${added.id}`, admin);
    expect(removed.statusCode).toBe(204);
    expect(await ctx.db.select().from(teamMemberships).where(eq(teamMemberships.id, added.id))).toEqual([]);
    const trail = await ctx.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, team.id));
    expect(trail.map((e) => e.action).sort()).toEqual(['addMember', 'addMember', 'changeMember', 'create', 'removeMember'].sort());
  });

  it('answers 404 for a membership of another team and for unknown teams', async () => {
    const first = await newTeam();
    const second = await newTeam();
    const membership = ((await addMember(first.id, { userId: officer.userId, startsOn: '2026-03-01' })).json() as Team).memberships[0]!;
    expect((await send('PATCH', `/api/teams/${second.id}/memberships/${membership.id}`, admin, { endsOn: '2026-03-02' })).statusCode).toBe(404);
    expect((await send('DELETE', `/api/teams/${second.id}/memberships/${membership.id}`, admin)).statusCode).toBe(404);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await send('GET', `/api/teams/${unknown}`, officer)).statusCode).toBe(404);
    expect((await addMember(unknown, { userId: officer.userId, startsOn: '2026-03-01' })).statusCode).toBe(404);
    expect((await send('GET', '/api/teams/not-an-id', officer)).statusCode).toBe(400);
  });

  it('takes only staff accounts as members, and no members into an archived team', async () => {
    const team = await newTeam();
    const notStaff = await addMember(team.id, { userId: investor.userId, startsOn: '2026-03-01' });
    expect(notStaff.statusCode).toBe(400);
    expect(notStaff.json().errors[0]).toMatchObject({ field: 'userId', message: '只有工作人员账号可以加入团队' });
    const nobody = await addMember(team.id, { userId: '00000000-0000-4000-8000-000000000001', startsOn: '2026-03-01' });
    expect(nobody.statusCode).toBe(400);

    expect((await send('PATCH', `/api/teams/${team.id}`, admin, { archived: true })).json().archived).toBe(true);
    expect((await addMember(team.id, { userId: officer.userId, startsOn: '2026-03-01' })).statusCode).toBe(409);
    const listed = (await send('GET', '/api/teams', officer)).json() as { id: string }[];
    expect(listed.some((t) => t.id === team.id)).toBe(false);
    const withArchived = (await send('GET', '/api/teams?includeArchived=true', officer)).json() as { id: string }[];
    expect(withArchived.some((t) => t.id === team.id)).toBe(true);
  });

  it('keeps team names unique in either script', async () => {
    await newTeam('即墨区招商一科');
    const again = await send('POST', '/api/teams', admin, { name: '即墨區招商一科' });
    expect(again.statusCode).toBe(409);
    expect(again.json().title).toBe('已有同名团队');
  });

  it('lets staff read teams and only administrators change them; others see nothing', async () => {
    const team = await newTeam();
    expect((await send('GET', '/api/teams', leader)).statusCode).toBe(200);
    expect((await send('GET', '/api/teams', investor)).statusCode).toBe(403);
    expect((await send('GET', `/api/teams/${team.id}`, enterpriseUser)).statusCode).toBe(403);
    expect((await send('POST', '/api/teams', officer, { name: '越权团队' })).statusCode).toBe(403);
    expect((await send('PATCH', `/api/teams/${team.id}`, leader, { name: '改名' })).statusCode).toBe(403);
    expect((await addMember(team.id, { userId: officer.userId, startsOn: '2026-03-01' }, officer)).statusCode).toBe(403);
  });

  it("tells a member of staff their own teams today", async () => {
    const team = await newTeam();
    await addMember(team.id, { userId: secondOfficer.userId, startsOn: '2020-01-01' });
    const mine = (await send('GET', '/api/teams/mine', secondOfficer)).json() as { id: string; role: string }[];
    expect(mine).toContainEqual({ id: team.id, name: team.name, role: 'member' });
  });
});
