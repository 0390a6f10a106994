import { describe, expect, it } from 'vitest';
import { createTestApp, testPassword } from '../../test/app.ts';
import type { Role } from './roles.ts';

const { app, signIn } = await createTestApp();

describe('sign-in and sessions', () => {
  it('signs in, reports the user and signs out', async () => {
    const { headers } = await signIn(['officer'], { username: 'Officer.Li' });
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ username: 'Officer.Li', roles: ['officer'] });

    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(401);
  });

  it('sets an HttpOnly SameSite cookie', async () => {
    await signIn(['leader'], { username: 'cookie-check' });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'cookie-check', password: testPassword },
    });
    const cookie = response.cookies.find((c) => c.name === 'qiao_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('finds the account whatever the case or width of the username', async () => {
    await signIn(['agent'], { username: 'WidthTest' });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'ｗｉｄｔｈｔｅｓｔ', password: testPassword },
    });
    expect(response.statusCode).toBe(200);
  });

  it('gives the same answer for a wrong password and an unknown user, in the caller\'s language', async () => {
    await signIn(['agent'], { username: 'known-user' });
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { username: 'known-user', password: 'nope-1234' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { username: 'nobody-here', password: 'nope-1234' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().title).toBe('Wrong username or password');
    expect(unknown.json().title).toBe(wrong.json().title);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
  });
});

describe('access rules', () => {
  it('refuses a write without the session\'s CSRF token', async () => {
    const { headers } = await signIn(['admin']);
    const response = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: headers.cookie },
      payload: { username: 'x1', displayName: 'x', password: 'abcd1234', roles: ['leader'] },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('auth.csrf');
  });

  it('answers 401 before validating the body of a signed-out caller', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/users', payload: { nonsense: true } });
    expect(response.statusCode).toBe(401);
  });

  it('keeps user administration to admins', async () => {
    const { headers } = await signIn(['leader', 'officer']);
    expect((await app.inject({ method: 'GET', url: '/api/users', headers })).statusCode).toBe(403);
  });
});

describe('user administration', () => {
  it('creates a user with several roles, resets the password and forces a change', async () => {
    const admin = await signIn(['admin']);
    const created = await app.inject({
      method: 'POST',
      url: '/api/users',
      headers: admin.headers,
      payload: { username: 'zhang', displayName: '张三', password: 'first-pass-1', roles: ['officer', 'judge'] },
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user.roles).toEqual(['officer', 'judge']);
    expect(user).not.toHaveProperty('passwordHash');

    const reset = await app.inject({ method: 'POST', url: `/api/users/${user.id}/reset-password`, headers: admin.headers });
    const { temporaryPassword } = reset.json();
    expect(temporaryPassword).toHaveLength(14);
    const old = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'zhang', password: 'first-pass-1' } });
    expect(old.statusCode).toBe(401);
    const fresh = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'zhang', password: temporaryPassword } });
    expect(fresh.json().user.mustChangePassword).toBe(true);

    const headers = { cookie: `qiao_session=${fresh.cookies[0]?.value}`, 'x-csrf-token': fresh.json().csrfToken };
    const weak = await app.inject({ method: 'POST', url: '/api/auth/password', headers, payload: { currentPassword: temporaryPassword, newPassword: 'short' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toEqual([{ field: 'newPassword', message: '密码至少 8 位' }]);
    const changed = await app.inject({ method: 'POST', url: '/api/auth/password', headers, payload: { currentPassword: temporaryPassword, newPassword: 'second-pass-2' } });
    expect(changed.statusCode).toBe(204);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(me.json().user.mustChangePassword).toBe(false);
  });

  it('refuses a guessable password with its reason in the caller\'s language', async () => {
    const admin = await signIn(['admin']);
    const create = (password: string, language: string) =>
      app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { ...admin.headers, 'accept-language': language },
        payload: { username: 'wang.fang', displayName: '王芳', password, roles: ['officer'] },
      });
    const common = await create('password1', 'en');
    expect(common.statusCode).toBe(400);
    expect(common.json().errors).toEqual([{ field: 'password', message: 'This is a commonly used password' }]);
    const ownName = await create('wangfang1!', 'zh-TW');
    expect(ownName.json().errors).toEqual([{ field: 'password', message: '密碼不應包含使用者名稱、姓名或本平台的名稱' }]);
    expect((await app.inject({ method: 'GET', url: '/api/users?q=wang.fang', headers: admin.headers })).json().total).toBe(0);
    expect((await create('Copper-Lantern-Drift-77', 'en')).statusCode).toBe(201);
  });

  it('refuses a guessable new password on a password change', async () => {
    const user = await signIn(['agent'], { username: 'zhou.min' });
    const change = (newPassword: string) =>
      app.inject({ method: 'POST', url: '/api/auth/password', headers: { ...user.headers, 'accept-language': 'en' }, payload: { currentPassword: testPassword, newPassword } });
    const common = await change('qwertyuiop');
    expect(common.statusCode, common.body).toBe(400);
    expect(common.json().errors).toEqual([{ field: 'newPassword', message: 'This is a very commonly used password' }]);
    expect((await change('zhoumin88')).json().errors).toEqual([
      { field: 'newPassword', message: 'Do not use your username, your name or this platform\'s name' },
    ]);
    expect((await change('Harbor-Quiet-Stone-42')).statusCode).toBe(204);
  });

  it('refuses a duplicate username with a field message', async () => {
    const admin = await signIn(['admin']);
    const payload = { username: 'dup-user', displayName: 'a', password: 'Quiet-Harbor-1987', roles: ['leader'] };
    await app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload });
    const again = await app.inject({ method: 'POST', url: '/api/users', headers: { ...admin.headers, 'accept-language': 'zh-TW' }, payload: { ...payload, username: 'DUP-user' } });
    expect(again.statusCode).toBe(400);
    expect(again.json().errors).toEqual([{ field: 'username', message: '使用者名稱已被使用' }]);
  });

  it('keeps an investor\'s organisation through later edits, requires one of an enterprise user, and gives other roles none', async () => {
    const admin = await signIn(['admin']);
    const firm = await app.inject({ method: 'POST', url: '/api/enterprises', headers: admin.headers, payload: { name: '青岛蓝海创业投资有限公司' } });
    expect(firm.statusCode).toBe(201);
    const organisationId = firm.json().id as string;
    const create = (username: string, roles: Role[], enterpriseId?: string) =>
      app.inject({ method: 'POST', url: '/api/users', headers: admin.headers, payload: { username, displayName: username, password: 'Quiet-Harbor-1987', roles, enterpriseId } });

    const investor = (await create('fund-partner', ['investor'], organisationId)).json();
    expect(investor.enterpriseId).toBe(organisationId);
    const renamed = await app.inject({ method: 'PATCH', url: `/api/users/${investor.id}`, headers: admin.headers, payload: { displayName: '周合伙人' } });
    expect(renamed.json().enterpriseId).toBe(organisationId);
    const asLeader = await app.inject({ method: 'PATCH', url: `/api/users/${investor.id}`, headers: admin.headers, payload: { roles: ['leader'] } });
    expect(asLeader.json().enterpriseId).toBeNull();

    expect((await create('lone-angel', ['investor'])).json().enterpriseId).toBeNull();
    expect((await create('district-leader', ['leader'], organisationId)).json().enterpriseId).toBeNull();
    const orphan = await create('no-firm', ['enterprise']);
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().errors.map((e: { field: string }) => e.field)).toEqual(['enterpriseId']);
  });

  it('signs a disabled user out and keeps them out', async () => {
    const admin = await signIn(['admin']);
    const target = await signIn(['agent']);
    const disabled = await app.inject({ method: 'PATCH', url: `/api/users/${target.userId}`, headers: admin.headers, payload: { disabled: true } });
    expect(disabled.statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: target.headers })).statusCode).toBe(401);
  });
});

describe('a temporary password', () => {
  /** A user whose password an admin just reset, signed in with the temporary one. */
  async function signInWithTemporaryPassword(roles: Role[]) {
    const admin = await signIn(['admin']);
    const user = await signIn(roles);
    const reset = await app.inject({ method: 'POST', url: `/api/users/${user.userId}/reset-password`, headers: admin.headers });
    const { temporaryPassword } = reset.json();
    const { username } = (await app.inject({ method: 'GET', url: `/api/users/${user.userId}`, headers: admin.headers })).json();
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: temporaryPassword } });
    const headers = { cookie: `qiao_session=${login.cookies[0]?.value}`, 'x-csrf-token': login.json().csrfToken, 'accept-language': 'en' };
    return { admin, temporaryPassword, headers };
  }

  it('opens nothing but the session and the password change until it is changed', async () => {
    const { admin, temporaryPassword, headers } = await signInWithTemporaryPassword(['admin']);
    const refused = [
      await app.inject({ method: 'GET', url: '/api/users', headers }),
      await app.inject({ method: 'GET', url: '/api/enterprises', headers }),
      await app.inject({ method: 'GET', url: '/api/enterprises/export', headers }),
      await app.inject({ method: 'GET', url: '/api/industries/tree', headers }),
      await app.inject({
        method: 'POST',
        url: '/api/users',
        headers,
        payload: { username: 'backdoor', displayName: 'x', password: 'Quiet-Harbor-1987', roles: ['admin'] },
      }),
      await app.inject({ method: 'POST', url: `/api/users/${admin.userId}/reset-password`, headers }),
    ];
    for (const response of refused) {
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({
        type: 'urn:qiao:problem:auth.passwordChangeRequired',
        code: 'auth.passwordChangeRequired',
        title: 'Change your temporary password first',
      });
    }
    const backdoor = await app.inject({ method: 'GET', url: '/api/users?q=backdoor', headers: admin.headers });
    expect(backdoor.json().total).toBe(0);

    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(me.json().user.mustChangePassword).toBe(true);
    const language = await app.inject({ method: 'PATCH', url: '/api/auth/me', headers, payload: { locale: 'en' } });
    expect(language.statusCode).toBe(200);
    const changed = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers,
      payload: { currentPassword: temporaryPassword, newPassword: 'Quiet-Harbor-1987' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/users', headers })).statusCode).toBe(200);
  });

  it('lets the user sign out', async () => {
    const { headers } = await signInWithTemporaryPassword(['officer']);
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(401);
  });
});
