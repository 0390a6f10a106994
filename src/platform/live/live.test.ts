import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { chinaToday } from '../calendar/china-day.ts';
import { announceChange } from './announce-change.ts';
import type { LiveChange } from './live-notices.ts';

// Two instances on one database, each listening on a real port: the change is announced by a write on one
// database connection and must reach streams open on either instance.
const { app: first, ctx, signIn } = await createTestApp();
const second = await buildApp(ctx);
afterAll(() => second.close());
const baseOf = async (app: App) => {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
};
const [firstBase, secondBase] = [await baseOf(first), await baseOf(second)];

interface Heard {
  event: string;
  data: unknown;
}

/** A user's event stream, keeping every live event (change, resync) heard, in order. */
async function openStream(base: string, user: SignedIn) {
  const abort = new AbortController();
  const response = await fetch(`${base}/api/notifications/stream`, { headers: { cookie: user.headers.cookie }, signal: abort.signal });
  expect(response.status).toBe(200);
  const heard: Heard[] = [];
  let connected = false;
  void (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffer += chunk.value;
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const text = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(text)?.[1];
        const data = /^data: (.*)$/m.exec(text)?.[1];
        // The unread count comes first, once the stream is registered on its instance.
        if (event === 'unread') connected = true;
        else if (event && data) heard.push({ event, data: JSON.parse(data) });
      }
    }
  })().catch(() => undefined);
  afterAll(() => abort.abort());
  await expect.poll(() => connected, soon).toBe(true);
  return { heard, close: () => abort.abort() };
}

/** Within a second, as a live queue needs. */
const soon = { timeout: 1_000, interval: 10 };

const announce = (change: LiveChange) => ctx.db.transaction((tx) => announceChange(tx, change));
const changes = (heard: Heard[]) => heard.filter((entry) => entry.event === 'change').map((entry) => entry.data);

const admin = await signIn(['admin']);
async function teamWith(member: SignedIn, startsOn = chinaToday()): Promise<string> {
  const team = await first.inject({ method: 'POST', url: '/api/teams', headers: admin.headers, payload: { name: `7×24 服务专班 ${Math.random()}` } });
  expect(team.statusCode, team.body).toBe(201);
  const { id } = team.json() as { id: string };
  const added = await first.inject({ method: 'POST', url: `/api/teams/${id}/memberships`, headers: admin.headers, payload: { userId: member.userId, startsOn } });
  expect(added.statusCode, added.body).toBe(201);
  return id;
}

describe('live changes over the event stream', () => {
  it('reaches the named user on either instance within a second, with the topic and the ids', async () => {
    const user = await signIn(['agent']);
    const onFirst = await openStream(firstBase, user);
    const onSecond = await openStream(secondBase, user);
    await announce({ topic: 'service-desk.requests', ids: ['req-1'], audience: { userIds: [user.userId] } });
    const expected = [{ topic: 'service-desk.requests', ids: ['req-1'] }];
    await expect.poll(() => changes(onFirst.heard), soon).toEqual(expected);
    await expect.poll(() => changes(onSecond.heard), soon).toEqual(expected);
  });

  it('tells nobody outside the audience, not even that something changed', async () => {
    const member = await signIn(['agent']);
    const outsider = await signIn(['agent']);
    const futureMember = await signIn(['agent']);
    const team = await teamWith(member);
    // Joins a team only in years to come: not a member today.
    const laterTeam = await teamWith(futureMember, '2999-01-01');
    const admins = await signIn(['admin']);
    const [memberStream, outsiderStream, futureStream, adminStream] = await Promise.all([
      openStream(secondBase, member),
      openStream(firstBase, outsider),
      openStream(secondBase, futureMember),
      openStream(secondBase, admins),
    ]);

    await announce({ topic: 'service-desk.requests', ids: ['secret-1'], audience: { teamIds: [team, laterTeam] } });
    await announce({ topic: 'service-desk.requests', ids: ['secret-2'], audience: { permission: 'team.admin' } });
    // A rolled-back write announces nothing.
    await expect(
      ctx.db.transaction(async (tx) => {
        await announceChange(tx, { topic: 'service-desk.requests', ids: ['never'], audience: { userIds: [member.userId, outsider.userId] } });
        throw new Error('the write fails');
      }),
    ).rejects.toThrow('the write fails');
    // Heard by everyone, last: once it has arrived, everything announced before has been dealt with.
    const marker = { topic: 'service-desk.marker', ids: ['m'] };
    await announce({ ...marker, audience: { userIds: [member.userId, outsider.userId, futureMember.userId, admins.userId] } });

    await expect.poll(() => changes(outsiderStream.heard), soon).toEqual([marker]);
    await expect.poll(() => changes(futureStream.heard), soon).toEqual([marker]);
    await expect.poll(() => changes(memberStream.heard), soon).toEqual([{ topic: 'service-desk.requests', ids: ['secret-1'] }, marker]);
    // An administrator is not in the team, but holds the permission.
    await expect.poll(() => changes(adminStream.heard), soon).toEqual([{ topic: 'service-desk.requests', ids: ['secret-2'] }, marker]);
  });

  it('names no ids when they are too many for a notice, and the topic still reaches its audience', async () => {
    const user = await signIn(['agent']);
    const stream = await openStream(firstBase, user);
    const ids = Array.from({ length: 400 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    await announce({ topic: 'service-desk.requests', ids, audience: { userIds: [user.userId] } });
    await expect.poll(() => changes(stream.heard), soon).toEqual([{ topic: 'service-desk.requests', ids: null }]);
  });

  it('sends every stream a resync after notices may have been missed', async () => {
    const user = await signIn(['agent']);
    const stream = await openStream(secondBase, user);
    await ctx.pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'`,
    );
    await expect.poll(() => second.changeFeed.listening, { interval: 10 }).toBe(false);
    // Announced while nobody listens: lost, and made up for by the resync.
    await announce({ topic: 'service-desk.requests', ids: ['missed'], audience: { userIds: [user.userId] } });
    await expect.poll(() => second.changeFeed.listening, { timeout: 5_000 }).toBe(true);
    await expect.poll(() => stream.heard.some((entry) => entry.event === 'resync'), soon).toBe(true);
    expect(changes(stream.heard)).toEqual([]);
  });
});
