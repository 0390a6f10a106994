import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../src/seed/seed.ts';
import { phone, startE2e, type E2e } from './harness.ts';

let e2e: E2e;
/** What the browser refused under the content security policy, on any page of this file. */
const policyViolations: string[] = [];

beforeAll(async () => {
  e2e = await startE2e();
});

afterAll(() => {
  expect(e2e.pageErrors).toEqual([]);
  expect(policyViolations).toEqual([]);
});

async function watchedPage(): Promise<Page> {
  const page = await e2e.newPage();
  await page.exposeFunction('reportPolicyViolation', (text: string) => policyViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (text: string) => void }).reportPolicyViolation;
      report(`${location.pathname}: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return page;
}

/** A demo account's API session, for setting the scene. */
async function apiSession(username: string) {
  const response = await fetch(`${e2e.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: demoPassword }),
  });
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = { cookie, 'x-csrf-token': csrfToken };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const answer = await fetch(`${e2e.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return (await answer.json()) as T;
  };
}

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('sign-in and the platform\'s defaults in the browser', () => {
  it('checks the sign-in form in the reader\'s language on a phone, and shows the password on request', async () => {
    const page = await watchedPage();
    await page.setViewportSize(phone);
    await page.goto('/login');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('请输入用户名').waitFor();
    await page.getByText('请输入密码').waitFor();
    expect(await page.locator('#username').getAttribute('aria-describedby')).toBe('username_help');
    // Spaces are no username.
    await page.locator('#username').fill('   ');
    expect(await page.getByText('请输入用户名').isVisible()).toBe(true);

    // The language changes at once, the problems shown included, and the browser keeps it.
    await page.getByRole('combobox', { name: '语言' }).selectOption({ label: 'English' });
    await page.getByText('Enter your username').waitFor();
    await page.getByText('Enter your password').waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, localStorage.getItem('qiao.language')])).toEqual(['en', 'en']);

    await page.locator('#password').fill('wrong-password-1');
    expect(await page.getByText('Enter your password').count()).toBe(0);
    await page.getByRole('button', { name: 'Show password' }).click();
    expect(await page.locator('#password').getAttribute('type')).toBe('text');
    expect(await page.getByRole('button', { name: 'Show password' }).getAttribute('aria-pressed')).toBe('true');

    await page.locator('#username').fill('admin');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Wrong username or password');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await e2e.screenshot(page, 'auth-01-sign-in-problems-390');
    await page.context().close();
  });

  it('runs the app, its charts and the API explorer under the content security policy', async () => {
    const page = await watchedPage();
    await e2e.logIn(page, 'admin');
    await page.locator('canvas').first().waitFor();
    await page.goto('/enterprises');
    await page.locator('.ant-table-row').first().waitFor();
    await page.goto('/api/docs');
    await page.getByText('Qiao API').first().waitFor();
    await page.locator('.opblock').first().waitFor();
    await page.close();
  });

  it('keeps a user with a temporary password on the change page, with the server\'s reason for a weak one', async () => {
    const api = await apiSession('admin');
    const { items } = await api<{ items: { id: string }[] }>('GET', '/api/users?q=officer2');
    const { temporaryPassword } = await api<{ temporaryPassword: string }>('POST', `/api/users/${items[0]!.id}/reset-password`);

    const page = await watchedPage();
    await signIn(page, 'officer2', temporaryPassword);
    await page.waitForURL('**/change-password');
    await page.goto('/enterprises');
    await page.waitForURL('**/change-password');

    await page.locator('#currentPassword').fill(temporaryPassword);
    await page.locator('#newPassword').fill('qwertyuiop');
    await page.locator('#repeatPassword').fill('qwertyuiop');
    await page.locator('button[type=submit]').click();
    await page.getByText('这是非常常用的密码').waitFor();

    await page.locator('#newPassword').fill('Harbor-Quiet-Stone-42');
    await page.locator('#repeatPassword').fill('Harbor-Quiet-Stone-42');
    await page.locator('button[type=submit]').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/change-password'));
    await page.close();
  });

  it('signs a user in in their saved language, not the browser\'s', async () => {
    const judge = await apiSession('judge');
    await judge('PATCH', '/api/auth/me', { locale: 'en' });

    // A fresh browser set to Simplified Chinese.
    const page = await watchedPage();
    await signIn(page, 'judge', demoPassword);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    const me = await page.evaluate(async () => (await (await fetch('/api/auth/me')).json()) as { user: { locale: string } });
    expect(me.user.locale).toBe('en');
    await page.close();
  });
});
