import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.ts';
import { buildApp } from '../../server/app.ts';

// Two instances on one database, as behind a load balancer: each keeps its own sessions in memory.
const { app: first, ctx, signIn } = await createTestApp();
const second = await buildApp(ctx);
afterAll(() => second.close());

const me = (app: typeof first, headers: Record<string, string>) => app.inject({ method: 'GET', url: '/api/auth/me', headers });
const statusOn = async (app: typeof first, headers: Record<string, string>) => (await me(app, headers)).statusCode;

describe('sessions kept in memory', () => {
  it('answers a known session without asking the database', async () => {
    const { headers } = await signIn(['officer']);
    const queries: string[] = [];
    const query = ctx.pool.query.bind(ctx.pool);
    ctx.pool.query = ((...args: Parameters<typeof query>) => {
      queries.push(String((args[0] as { text?: string }).text ?? args[0]));
      return query(...args);
    }) as typeof query;
    try {
      expect(await statusOn(second, headers)).toBe(200);
      expect(queries.some((text) => text.includes('"sessions"'))).toBe(true);
      queries.length = 0;
      for (let i = 0; i < 3; i++) expect(await statusOn(second, headers)).toBe(200);
      expect(queries).toEqual([]);
    } finally {
      ctx.pool.query = query;
    }
  });

  it('refuses a signed-out session on the very next request, and soon on every other instance', async () => {
    const { headers } = await signIn(['officer']);
    expect(await statusOn(first, headers)).toBe(200);
    expect(await statusOn(second, headers)).toBe(200);
    expect(await statusOn(second, headers)).toBe(200);

    expect((await first.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode).toBe(204);
    expect(await statusOn(first, headers)).toBe(401);
    await expect.poll(() => statusOn(second, headers)).toBe(401);
  });

  it('follows changes made in the database by any means: a user disabled or given other roles, a session deleted', async () => {
    const officer = await signIn(['officer']);
    const leader = await signIn(['leader']);
    const other = await signIn(['agent']);
    for (const app of [first, second]) {
      expect(await statusOn(app, officer.headers)).toBe(200);
      expect((await me(app, leader.headers)).json().user.roles).toEqual(['leader']);
      expect(await statusOn(app, other.headers)).toBe(200);
    }

    await ctx.pool.query('UPDATE users SET disabled = true WHERE id = $1', [officer.userId]);
    await ctx.pool.query(`UPDATE users SET roles = '{agent}' WHERE id = $1`, [leader.userId]);
    await ctx.pool.query('DELETE FROM sessions WHERE user_id = $1', [other.userId]);
    for (const app of [first, second]) {
      await expect.poll(() => statusOn(app, officer.headers)).toBe(401);
      await expect.poll(async () => (await me(app, leader.headers)).json().user.roles).toEqual(['agent']);
      await expect.poll(() => statusOn(app, other.headers)).toBe(401);
    }
  });

  it('signs out the other devices of a user who changes their password, on every instance', async () => {
    const { headers } = await signIn(['officer']);
    const login = await first.inject({ method: 'POST', url: '/api/auth/login', payload: { username: (await me(first, headers)).json().user.username, password: 'test-password-1' } });
    const otherDevice = { cookie: `qiao_session=${login.cookies.find((c) => c.name === 'qiao_session')!.value}` };
    expect(await statusOn(second, otherDevice)).toBe(200);

    const changed = await first.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers,
      payload: { currentPassword: 'test-password-1', newPassword: 'Qingdao harbour lights 2026' },
    });
    expect(changed.statusCode).toBe(204);
    expect(await statusOn(first, otherDevice)).toBe(401);
    await expect.poll(() => statusOn(second, otherDevice)).toBe(401);
    expect(await statusOn(first, headers)).toBe(200);
  });

  it('trusts nothing in memory while it cannot hear the database, and forgets what it held', async () => {
    const { headers, userId } = await signIn(['officer']);
    expect(await statusOn(second, headers)).toBe(200);

    // Cut every listening connection and delete the session in the same breath: with notices lost, an instance
    // must read the database again rather than believe its copy.
    await ctx.pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'`,
    );
    await expect.poll(() => second.changeFeed.listening, { interval: 10 }).toBe(false);
    await ctx.pool.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
    expect(await statusOn(second, headers)).toBe(401);
    expect(await statusOn(first, headers)).toBe(401);
    await expect.poll(() => second.changeFeed.listening, { timeout: 5_000 }).toBe(true);
    expect(await statusOn(second, headers)).toBe(401);
  });

  it('is not kept alive by the requests a page makes on its own, only by the user', async () => {
    const { headers, userId } = await signIn(['officer']);
    const idle = async () => {
      await ctx.pool.query(`UPDATE sessions SET last_seen_at = now() - interval '10 minutes', expires_at = now() + interval '5 minutes' WHERE user_id = $1`, [userId]);
      first.sessionCache.clear();
    };
    const expiresAt = async () => (await ctx.pool.query('SELECT expires_at FROM sessions WHERE user_id = $1', [userId])).rows[0].expires_at as Date;

    await idle();
    const before = await expiresAt();
    expect((await first.inject({ method: 'GET', url: '/api/notifications/unread-count', headers })).statusCode).toBe(200);
    expect(await expiresAt()).toEqual(before);

    expect(await statusOn(first, headers)).toBe(200);
    expect((await expiresAt()).getTime()).toBeGreaterThan(before.getTime() + 60 * 60_000);
  });
});
