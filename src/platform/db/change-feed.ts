import pg from 'pg';

/** What a subscriber does with the notices on one channel. */
export interface ChangeSubscriber {
  /** A payload announced on the channel (pg_notify or NOTIFY), by this instance, another one or the database. */
  onChange(payload: string): void;
  /**
   * Notices may have been missed: the listening connection dropped, or it has just (re)connected and anything
   * announced before is unknown. Drop every in-memory copy that depends on the channel.
   */
  onGap(): void;
}

/**
 * PostgreSQL's LISTEN/NOTIFY, shared by everything in one instance that keeps database state in memory (signed-in
 * sessions, later the matching index and live queues), so that it follows writes made by other instances. One
 * connection listens on every channel; it reconnects on its own and reports a gap each time it was away.
 */
export interface ChangeFeed {
  subscribe(channel: string, subscriber: ChangeSubscriber): Promise<() => void>;
  /** Whether notices are arriving now. While not, nothing held in memory on their strength may be trusted. */
  readonly listening: boolean;
  close(): Promise<void>;
}

const channelName = /^[a-z_][a-z0-9_]{0,62}$/;
const firstRetryMs = 500;
const longestRetryMs = 30_000;

export function openChangeFeed(pool: pg.Pool, options: { onError?: (error: Error) => void } = {}): ChangeFeed {
  const subscribers = new Map<string, Set<ChangeSubscriber>>();
  let client: pg.Client | null = null;
  /** The channels the current connection listens on. */
  let listened = new Set<string>();
  let connecting: Promise<void> | null = null;
  let retryMs = firstRetryMs;
  let retryTimer: NodeJS.Timeout | null = null;
  let closed = false;

  const everySubscriber = () => [...subscribers.values()].flatMap((set) => [...set]);
  const reportGap = () => everySubscriber().forEach((s) => s.onGap());

  function lost(which: pg.Client, error?: Error) {
    if (client !== which) return;
    client = null;
    if (error) options.onError?.(error);
    which.end().catch(() => undefined);
    reportGap();
    scheduleReconnect();
  }

  function scheduleReconnect() {
    if (closed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect().catch(() => undefined);
    }, retryMs);
    retryTimer.unref();
    retryMs = Math.min(retryMs * 2, longestRetryMs);
  }

  function connect(): Promise<void> {
    connecting ??= (async () => {
      const fresh = new pg.Client({ ...pool.options });
      fresh.on('notification', (notice) => {
        for (const subscriber of subscribers.get(notice.channel) ?? []) subscriber.onChange(notice.payload ?? '');
      });
      fresh.on('error', (error) => lost(fresh, error));
      fresh.on('end', () => lost(fresh));
      const channels = new Set(subscribers.keys());
      try {
        await fresh.connect();
        for (const channel of channels) await fresh.query(`LISTEN ${channel}`);
      } catch (error) {
        fresh.end().catch(() => undefined);
        options.onError?.(error as Error);
        scheduleReconnect();
        throw error;
      }
      if (closed) {
        await fresh.end();
        return;
      }
      client = fresh;
      listened = channels;
      retryMs = firstRetryMs;
      // Whatever was announced before this connection listened went unseen.
      reportGap();
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  }

  return {
    get listening() {
      return client !== null;
    },

    async subscribe(channel, subscriber) {
      if (!channelName.test(channel)) throw new Error(`not a channel name: ${channel}`);
      subscribers.set(channel, (subscribers.get(channel) ?? new Set()).add(subscriber));
      if (!client) await connect().catch(() => undefined);
      if (client && !listened.has(channel)) {
        listened.add(channel);
        await client.query(`LISTEN ${channel}`);
      }
      return () => {
        subscribers.get(channel)?.delete(subscriber);
      };
    },

    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      await connecting?.catch(() => undefined);
      const open = client;
      client = null;
      await open?.end().catch(() => undefined);
    },
  };
}
