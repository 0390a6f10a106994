import { afterAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { buildApp } from '../../server/app.ts';
import { createTestApp, testPassword } from '../../test/app.ts';
import { deleteExpiredLoginCounters, loginThrottle, throttleSource } from './login-throttle.ts';
import { loginFailureCounters } from './schema.ts';

const { app, ctx, signIn } = await createTestApp();

const wrongPassword = 'Guess-2024-x';

function logIn(username: string, password: string, source: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: source, headers });
}

function expectRefused(response: Awaited<ReturnType<typeof logIn>>) {
  expect(response.statusCode).toBe(429);
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(loginThrottle.windowMinutes * 60);
}

describe('sign-in throttling per source', () => {
  it('refuses a source spraying many accounts, though it signs into its own account now and then', async () => {
    await signIn(['agent'], { username: 'mallory' });
    const source = '203.0.113.10';
    const statuses: number[] = [];
    let ownSignIns = 0;
    for (let attempt = 1; attempt <= 135; attempt++) {
      statuses.push((await logIn(`victim-${attempt}`, wrongPassword, source)).statusCode);
      if (attempt % 45 === 0 && statuses.at(-1) === 401) {
        expect((await logIn('mallory', testPassword, source)).statusCode).toBe(200);
        ownSignIns++;
      }
    }
    expect(ownSignIns).toBe(1);
    expect(statuses.filter((status) => status === 401)).toHaveLength(loginThrottle.maxFailuresPerSource);
    expect(statuses.slice(loginThrottle.maxFailuresPerSource).every((status) => status === 429)).toBe(true);

    // Refused until the window passes, the right password of its own account included, in the caller's language.
    const own = await logIn('mallory', testPassword, source, { 'accept-language': 'en' });
    expectRefused(own);
    expect(own.json()).toMatchObject({ code: 'auth.lockedOut', title: 'Too many failed sign-ins; try again in 15 minutes' });
    expect((await logIn('mallory', testPassword, source, { 'accept-language': 'zh-TW' })).json().title).toBe('登入失敗次數過多，請 15 分鐘後再試');

    // Everyone else, the sprayed accounts' owners included, signs in from their own addresses.
    expect((await logIn('mallory', testPassword, '198.51.100.7')).statusCode).toBe(200);
  });

  it('does not let a success on one account clear the failures on another', async () => {
    await signIn(['agent'], { username: 'own-account' });
    await signIn(['leader'], { username: 'target-account' });
    const source = '203.0.113.11';
    for (let i = 1; i < loginThrottle.maxFailuresPerAccountAndSource; i++) {
      expect((await logIn('target-account', wrongPassword, source)).statusCode).toBe(401);
    }
    expect((await logIn('own-account', testPassword, source)).statusCode).toBe(200);
    expect((await logIn('target-account', wrongPassword, source)).statusCode).toBe(401);
    expectRefused(await logIn('target-account', testPassword, source));
  });

  it('counts a whole IPv6 /64 as one source, so fresh addresses from one network do not help', async () => {
    for (let i = 1; i <= loginThrottle.maxFailuresPerSource; i++) {
      expect((await logIn(`v6-sprayed-${i}`, wrongPassword, `2001:db8:7:1::${i.toString(16)}`)).statusCode).toBe(401);
    }
    expectRefused(await logIn('v6-sprayed-x', wrongPassword, '2001:0db8:0007:0001:ffff:1:2:3'));
    expect((await logIn('v6-sprayed-x', wrongPassword, '2001:db8:7:2::1')).statusCode).toBe(401);
  });

  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:7:1::9', '2001:db8:7:1::/64'],
    ['2001:0DB8:0007:0001:aaaa:bbbb:cccc:dddd', '2001:db8:7:1::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::203.0.113.9', '64:ff9b:0:0::/64'],
  ])('counts %s as %s', (ip, source) => {
    expect(throttleSource(ip)).toBe(source);
  });

  it('does not trust X-Forwarded-For from a client when no proxy is trusted', async () => {
    const source = '203.0.113.12';
    for (let i = 0; i < loginThrottle.maxFailuresPerSource; i++) {
      const forged = { 'x-forwarded-for': `10.0.${i}.1` };
      expect((await logIn(`sprayed-${i}`, wrongPassword, source, forged)).statusCode).toBe(401);
    }
    expectRefused(await logIn('sprayed-x', wrongPassword, source, { 'x-forwarded-for': '10.9.9.9' }));
  });
});

describe('sign-in throttling per account and source', () => {
  it('throttles a stranger guessing the admin password but never the real admin on another address', async () => {
    await signIn(['admin'], { username: 'the-admin' });
    const stranger = '203.0.113.20';
    for (let i = 0; i < loginThrottle.maxFailuresPerAccountAndSource; i++) {
      expect((await logIn('the-admin', `${wrongPassword}${i}`, stranger)).statusCode).toBe(401);
    }
    expectRefused(await logIn('the-admin', testPassword, stranger));
    // The stranger goes on, still refused, and unable to lock the account itself.
    for (let i = 0; i < 20; i++) expect((await logIn('THE-ADMIN', wrongPassword, stranger)).statusCode).toBe(429);
    expect((await logIn('the-admin', testPassword, '198.51.100.20')).statusCode).toBe(200);
  });

  it('does not lock an account out however many addresses guess at it', async () => {
    await signIn(['admin'], { username: 'botnet-target' });
    for (let bot = 1; bot <= 20; bot++) {
      for (let i = 0; i < loginThrottle.maxFailuresPerAccountAndSource; i++) {
        expect((await logIn('botnet-target', `${wrongPassword}${i}`, `192.0.2.${bot}`)).statusCode).toBe(401);
      }
    }
    expect((await logIn('botnet-target', testPassword, '198.51.100.21')).statusCode).toBe(200);
  });

  it('counts guesses sent all at once', async () => {
    await signIn(['agent'], { username: 'parallel-target' });
    const source = '203.0.113.21';
    const responses = await Promise.all(Array.from({ length: 12 }, () => logIn('parallel-target', wrongPassword, source)));
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(loginThrottle.maxFailuresPerAccountAndSource);
    expect(statuses.filter((status) => status === 429)).toHaveLength(12 - loginThrottle.maxFailuresPerAccountAndSource);
  });

  it('throttles wrong current passwords on a password change, together with sign-ins', async () => {
    const { headers } = await signIn(['officer'], { username: 'session-thief-victim' });
    const source = '203.0.113.22';
    const change = (currentPassword: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers,
        remoteAddress: source,
        payload: { currentPassword, newPassword: 'Copper-Lantern-Drift-77' },
      });
    for (let i = 0; i < loginThrottle.maxFailuresPerAccountAndSource; i++) {
      const wrong = await change(`${wrongPassword}${i}`);
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().errors[0].field).toBe('currentPassword');
    }
    expectRefused(await change(testPassword));
    expectRefused(await logIn('session-thief-victim', testPassword, source));
    expect((await logIn('session-thief-victim', testPassword, '198.51.100.22')).statusCode).toBe(200);
  });
});

const proxied = await buildApp({ ...ctx, config: { ...ctx.config, trustProxy: true } });
afterAll(() => proxied.close());

describe('behind a trusted reverse proxy', () => {
  it('throttles the client the proxy names, not the proxy', async () => {
    await signIn(['leader'], { username: 'behind-proxy' });
    const viaProxy = (password: string, client: string) =>
      proxied.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'behind-proxy', password },
        remoteAddress: '10.0.0.2',
        headers: { 'x-forwarded-for': client },
      });
    for (let i = 0; i < loginThrottle.maxFailuresPerAccountAndSource; i++) {
      expect((await viaProxy(wrongPassword, '203.0.113.30')).statusCode).toBe(401);
    }
    expectRefused(await viaProxy(testPassword, '203.0.113.30'));
    expect((await viaProxy(testPassword, '198.51.100.30')).statusCode).toBe(200);
  });
});

describe('expired counters', () => {
  it('are deleted by the cleanup job, and only they', async () => {
    await ctx.db.insert(loginFailureCounters).values([
      { scope: 'source', account: '', source: 'expired-source', failures: 50, expiresAt: new Date(Date.now() - 60_000) },
      { scope: 'source', account: '', source: 'current-source', failures: 3, expiresAt: new Date(Date.now() + 600_000) },
    ]);
    await deleteExpiredLoginCounters(ctx.db);
    const left = await ctx.db.select({ source: loginFailureCounters.source }).from(loginFailureCounters);
    expect(left.map((row) => row.source)).toContain('current-source');
    expect(left.map((row) => row.source)).not.toContain('expired-source');
    const [current] = await ctx.db.select().from(loginFailureCounters).where(eq(loginFailureCounters.source, 'current-source'));
    expect(current?.failures).toBe(3);
  });

  it('start a fresh window for a source whose window has passed', async () => {
    const source = '203.0.113.40';
    await ctx.db.insert(loginFailureCounters).values([
      { scope: 'source', account: '', source, failures: 500, expiresAt: new Date(Date.now() - 1000) },
    ]);
    expect((await logIn('nobody-at-all', wrongPassword, source)).statusCode).toBe(401);
    const [counter] = await ctx.db
      .select()
      .from(loginFailureCounters)
      .where(and(eq(loginFailureCounters.scope, 'source'), eq(loginFailureCounters.source, source)));
    expect(counter?.failures).toBe(1);
  });
});
