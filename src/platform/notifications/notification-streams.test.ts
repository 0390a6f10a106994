import type { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { NotificationStreams, type NotificationStreamsOptions } from './notification-streams.ts';

const opened: NotificationStreams[] = [];
afterEach(() => opened.splice(0).forEach((streams) => streams.close()));

function streamsWith(options: Partial<NotificationStreamsOptions>) {
  const streams = new NotificationStreams({
    countUnread: async () => 0,
    sessionExpiries: async () => new Map(),
    onError: (error) => {
      throw error;
    },
    ...options,
  });
  opened.push(streams);
  return streams;
}

/** What a client reads from the stream, and whether it has ended. */
function read(body: PassThrough | null) {
  const seen = { text: '', ended: false };
  body!.setEncoding('utf8');
  body!.on('data', (chunk: string) => (seen.text += chunk));
  body!.on('end', () => (seen.ended = true));
  return seen;
}

const inAMinute = () => Date.now() + 60_000;

describe('notification streams', () => {
  it('sends the count on opening and a keep-alive comment each heartbeat', async () => {
    const streams = streamsWith({ countUnread: async () => 3, heartbeatMs: 5 });
    const client = read(streams.open('u1', 's1', inAMinute()));
    await expect.poll(() => client.text).toMatch(/^event: unread\ndata: \{"count":3\}\n\n(: keep-alive\n\n)+$/);
    expect(client.ended).toBe(false);
  });

  it('ends, at a heartbeat, each stream whose session no longer stands once its known expiry passes', async () => {
    const asked: string[][] = [];
    const streams = streamsWith({
      heartbeatMs: 5,
      sessionExpiries: async (ids) => {
        asked.push(ids);
        return new Map(ids.filter((id) => id === 'standing').map((id) => [id, inAMinute()]));
      },
    });
    const standing = read(streams.open('u1', 'standing'));
    const expired = read(streams.open('u2', 'expired'));
    const notYetDue = read(streams.open('u3', 'not-yet-due', inAMinute()));
    await expect.poll(() => expired.ended).toBe(true);
    expect([standing.ended, notYetDue.ended]).toEqual([false, false]);
    expect(asked.flat()).not.toContain('not-yet-due');
  });

  it('ends a signed-out session\'s streams at once, and checks a changed user\'s at the next heartbeat', async () => {
    const asked: string[] = [];
    const streams = streamsWith({
      heartbeatMs: 5,
      sessionExpiries: async (ids) => {
        asked.push(...ids);
        return new Map();
      },
    });
    const signedOut = read(streams.open('u1', 's1', inAMinute()));
    const sameUserOtherSession = read(streams.open('u1', 's2', inAMinute()));
    const changedUser = read(streams.open('u2', 's3', inAMinute()));
    streams.sessionChanged('session:s1');
    await expect.poll(() => signedOut.ended).toBe(true);
    expect(sameUserOtherSession.ended).toBe(false);

    streams.sessionChanged('user:u2');
    await expect.poll(() => changedUser.ended).toBe(true);
    expect(asked).toEqual(['s3']);
    expect(sameUserOtherSession.ended).toBe(false);
  });

  it('reads a count once more, not once per notice, when notices arrive while it reads', async () => {
    const pending: ((count: number) => void)[] = [];
    const streams = streamsWith({ countUnread: () => new Promise((resolve) => pending.push(resolve)) });
    const client = read(streams.open('u1', 's1', inAMinute()));
    for (let i = 0; i < 5; i++) streams.changed('u1');
    expect(pending).toHaveLength(1);
    pending[0]!(1);
    await expect.poll(() => pending.length).toBe(2);
    pending[1]!(6);
    await expect.poll(() => client.text).toBe('event: unread\ndata: {"count":1}\n\nevent: unread\ndata: {"count":6}\n\n');
    expect(pending).toHaveLength(2);
  });

  it('tells a stream nothing when a notice leaves its count as it last heard it', async () => {
    let unread = 2;
    const streams = streamsWith({ countUnread: async () => unread });
    const client = read(streams.open('u1', 's1', inAMinute()));
    await expect.poll(() => client.text).toBe('event: unread\ndata: {"count":2}\n\n');
    // The notice of a write already counted on connecting arrives late.
    streams.changed('u1');
    unread = 3;
    streams.changed('u1');
    await expect.poll(() => client.text).toBe('event: unread\ndata: {"count":2}\n\nevent: unread\ndata: {"count":3}\n\n');
    const later = read(streams.open('u1', 's2', inAMinute()));
    await expect.poll(() => later.text).toBe('event: unread\ndata: {"count":3}\n\n');
    expect(client.text).toBe('event: unread\ndata: {"count":2}\n\nevent: unread\ndata: {"count":3}\n\n');
  });

  it('refuses a user more streams than allowed, and counts a closed one out', async () => {
    const streams = streamsWith({ maxPerUser: 2 });
    const first = streams.open('u1', 's1', inAMinute());
    expect(streams.open('u1', 's1', inAMinute())).not.toBeNull();
    expect(streams.open('u1', 's2', inAMinute())).toBeNull();
    expect(streams.open('u2', 's3', inAMinute())).not.toBeNull();
    first!.destroy();
    await expect.poll(() => streams.open('u1', 's1', inAMinute())).not.toBeNull();
  });
});
