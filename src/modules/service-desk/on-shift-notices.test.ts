import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { notifications } from '../../platform/notifications/schema.ts';
import { teamShifts } from '../../platform/roster/schema.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';

const { app, ctx, signIn } = await createTestApp({ config: { logLevel: 'silent' } });
const admin = await signIn(['admin']);
const onDuty = await signIn(['agent']);
const offDuty = await signIn(['agent']);
const lead = await signIn(['agent']);

const send = (who: SignedIn, url: string, payload: Record<string, unknown>) => app.inject({ method: 'POST', url, headers: who.headers, payload });
const created = async (response: Awaited<ReturnType<typeof send>>) => {
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { id: string }).id;
};

const enterpriseId = await created(await send(admin, '/api/enterprises', { name: '青岛值班通知测试有限公司', confirmDuplicate: true }));
const requester = await signIn(['enterprise'], { enterpriseId });
const teamId = await created(await send(admin, '/api/teams', { name: '值班通知测试组' }));
const leadlessTeamId = await created(await send(admin, '/api/teams', { name: '无组长测试组' }));
for (const [team, member, role] of [
  [teamId, onDuty, 'member'],
  [teamId, offDuty, 'member'],
  [teamId, lead, 'lead'],
  [leadlessTeamId, offDuty, 'member'],
] as const) {
  await created(await send(admin, `/api/teams/${team}/memberships`, { userId: member.userId, startsOn: '2026-01-01', endsOn: null, role }));
}
await created(await send(admin, '/api/service-desk/routing-rules', { categoryCode: 'utilities', teamId }));
await created(await send(admin, '/api/service-desk/routing-rules', { categoryCode: 'permits', teamId: leadlessTeamId }));

const submit = async (categoryCode: string) =>
  created(await send(requester, '/api/service-requests', { categoryCode, priority: 'normal', locationText: '创业园 1 号楼', description: '门禁失灵', idempotencyKey: randomUUID() }));
const told = async (who: SignedIn) =>
  (await ctx.db.select({ n: count() }).from(notifications).where(and(eq(notifications.userId, who.userId), eq(notifications.kind, 'service-request.submitted'))))[0]!.n;

describe('a new request is told to those on shift', () => {
  it('tells the team lead while no one is on shift, then only whoever holds a shift; a team with neither its members', async () => {
    await submit('utilities');
    expect([await told(onDuty), await told(offDuty), await told(lead)]).toEqual([0, 0, 1]);

    const hour = 3_600_000;
    await ctx.db.insert(teamShifts).values({ teamId, userId: onDuty.userId, startsAt: new Date(Date.now() - hour), endsAt: new Date(Date.now() + hour) });
    await submit('utilities');
    expect([await told(onDuty), await told(offDuty), await told(lead)]).toEqual([1, 0, 1]);

    await submit('permits');
    expect(await told(offDuty)).toBe(1);
  });
});
