import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../server/app.ts';
import { createTestApp, type SignedIn } from '../../test/app.ts';
import { defineMessages } from '../i18n/messages.ts';
import { notify } from './notify.ts';

defineMessages({
  'test-stream.visitDue': { 'zh-CN': '回访到期：{name}', 'zh-TW': '回訪到期：{name}', en: 'Follow-up due: {name}' },
});

// Two instances on one database, as behind a load balancer, each listening on a real port: a stream is a long
// answer that app.inject would wait on forever.
const { app: first, ctx, signIn } = await createTestApp();
const second = await buildApp(ctx);
afterAll(() => second.close());
const baseOf = async (app: App) => {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
};
const [firstBase, secondBase] = [await baseOf(first), await baseOf(second)];

const visitDue = (userIds: string[]) =>
  ctx.db.transaction((tx) => notify(tx, ctx, { userIds, kind: 'visit.due', message: 'test-stream.visitDue', params: { name: '青岛海湾化工' }, link: '/visits' }));

interface OpenedStream {
  response: Response;
  /** The unread counts heard so far, in order. */
  counts: number[];
  ended(): boolean;
  close(): void;
}

async function openStream(base: string, user: SignedIn, headers: Record<string, string> = {}): Promise<OpenedStream> {
  const abort = new AbortController();
  const response = await fetch(`${base}/api/notifications/stream`, { headers: { cookie: user.headers.cookie, ...headers }, signal: abort.signal });
  const counts: number[] = [];
  let ended = false;
  if (response.ok) {
    void (async () => {
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        buffer += chunk.value;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(event)?.[1];
          if (/^event: unread$/m.test(event) && data) counts.push((JSON.parse(data) as { count: number }).count);
        }
      }
    })()
      .catch(() => undefined)
      .finally(() => (ended = true));
  }
  afterAll(() => abort.abort());
  return { response, counts, ended: () => ended, close: () => abort.abort() };
}

/** Within a second, as the issue asks of a live badge. */
const soon = { timeout: 1_000, interval: 10 };

describe('the unread count as a stream of server-sent events', () => {
  it('answers an event stream, uncompressed, and sends the count on connecting', async () => {
    const user = await signIn(['officer']);
    await visitDue([user.userId]);
    const stream = await openStream(firstBase, user, { 'accept-encoding': 'br, gzip' });
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(stream.response.headers.get('content-encoding')).toBeNull();
    expect(stream.response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(stream.response.headers.get('content-security-policy')).toContain("default-src 'self'");
    await expect.poll(() => stream.counts, soon).toEqual([1]);
    stream.close();
  });

  it('follows notices written and read on any instance, and only the stream\'s own user\'s', async () => {
    const user = await signIn(['officer']);
    const other = await signIn(['officer']);
    const onFirst = await openStream(firstBase, user);
    const onSecond = await openStream(secondBase, user);
    const othersStream = await openStream(firstBase, other);
    await expect.poll(() => [onFirst.counts, onSecond.counts, othersStream.counts], soon).toEqual([[0], [0], [0]]);

    const [id] = await visitDue([user.userId]);
    await expect.poll(() => onFirst.counts.at(-1), soon).toBe(1);
    await expect.poll(() => onSecond.counts.at(-1), soon).toBe(1);

    // Read through the second instance; the first hears it from the database.
    const read = await fetch(`${secondBase}/api/notifications/${id}/read`, { method: 'POST', headers: user.headers });
    expect(read.status).toBe(204);
    await expect.poll(() => onFirst.counts.at(-1), soon).toBe(0);
    await expect.poll(() => onSecond.counts.at(-1), soon).toBe(0);
    expect(othersStream.counts).toEqual([0]);
  });

  it('sends every stream its count again after notices may have been missed', async () => {
    const user = await signIn(['officer']);
    const stream = await openStream(secondBase, user);
    await expect.poll(() => stream.counts, soon).toEqual([0]);

    // Cut every listening connection and write while they are away: no notice reaches anyone.
    await ctx.pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'`,
    );
    await expect.poll(() => second.changeFeed.listening, { interval: 10 }).toBe(false);
    await visitDue([user.userId]);
    await expect.poll(() => second.changeFeed.listening, { timeout: 5_000 }).toBe(true);
    await expect.poll(() => stream.counts.at(-1), soon).toBe(1);
  });

  it('holds a few streams per user and refuses more, so that extra pages poll instead', async () => {
    const user = await signIn(['officer']);
    const streams = await Promise.all([1, 2, 3, 4].map(() => openStream(firstBase, user)));
    expect(streams.map((stream) => stream.response.status)).toEqual([200, 200, 200, 200]);
    const refused = await openStream(firstBase, user);
    expect(refused.response.status).toBe(429);
    expect((await openStream(secondBase, user)).response.status).toBe(200);
    expect((await openStream(firstBase, await signIn(['officer']))).response.status).toBe(200);

    streams[0]!.close();
    await expect.poll(async () => (await openStream(firstBase, user)).response.status).toBe(200);
  });

  it('ends with its session: signed out on another instance, the stream closes and a reconnection is refused', async () => {
    const user = await signIn(['officer']);
    const stream = await openStream(firstBase, user);
    await expect.poll(() => stream.counts, soon).toEqual([0]);
    expect((await fetch(`${secondBase}/api/auth/logout`, { method: 'POST', headers: user.headers })).status).toBe(204);
    await expect.poll(() => stream.ended(), soon).toBe(true);
    expect((await openStream(firstBase, user)).response.status).toBe(401);
  });

  it('ends every stream when its instance closes, and the instance closes while they are open', async () => {
    const third = await buildApp(ctx);
    const user = await signIn(['officer']);
    const stream = await openStream(await baseOf(third), user);
    await expect.poll(() => stream.counts, soon).toEqual([0]);
    await third.close();
    await expect.poll(() => stream.ended(), soon).toBe(true);
  });
});
