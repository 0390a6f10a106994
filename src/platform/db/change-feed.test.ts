import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database.ts';
import { openChangeFeed, type ChangeSubscriber } from './change-feed.ts';

const { pool } = await createTestDatabase();

function recorder() {
  const seen: string[] = [];
  let gaps = 0;
  const subscriber: ChangeSubscriber = { onChange: (payload) => seen.push(payload), onGap: () => gaps++ };
  return { subscriber, seen, gaps: () => gaps };
}

/** The backend that listens for this feed: the one connection of this database waiting in LISTEN. */
async function killListeningConnection() {
  const { rowCount } = await pool.query(
    `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
     WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'`,
  );
  return rowCount;
}

describe('change feed', () => {
  const feed = openChangeFeed(pool);
  afterAll(() => feed.close());

  it('hands each subscriber the notices of its channel, from any connection, only after they commit', async () => {
    const orders = recorder();
    const other = recorder();
    await feed.subscribe('feed_test_orders', orders.subscriber);
    await feed.subscribe('feed_test_other', other.subscriber);
    expect(feed.listening).toBe(true);

    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_notify('feed_test_orders', 'first')`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(orders.seen).toEqual([]);
      await client.query('COMMIT');
      await client.query(`NOTIFY feed_test_orders, 'second'`);
    } finally {
      client.release();
    }
    await expect.poll(() => orders.seen).toEqual(['first', 'second']);
    expect(other.seen).toEqual([]);
  });

  it('reports a gap when its connection is lost, then listens again on its own', async () => {
    const sessions = recorder();
    await feed.subscribe('feed_test_sessions', sessions.subscriber);
    const gapsBefore = sessions.gaps();

    expect(await killListeningConnection()).toBe(1);
    await expect.poll(() => feed.listening).toBe(false);
    expect(sessions.gaps()).toBeGreaterThan(gapsBefore);

    // Back within the first retry; the reconnection itself is a gap too (what was said meanwhile went unheard).
    await expect.poll(() => feed.listening, { timeout: 5_000 }).toBe(true);
    expect(sessions.gaps()).toBeGreaterThanOrEqual(gapsBefore + 2);
    await pool.query(`SELECT pg_notify('feed_test_sessions', 'after reconnecting')`);
    await expect.poll(() => sessions.seen).toContain('after reconnecting');
  });

  it('refuses a channel name that would need quoting', async () => {
    await expect(feed.subscribe('orders; DROP TABLE users', recorder().subscriber)).rejects.toThrow(/channel/);
  });
});
