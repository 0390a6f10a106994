import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { createTestApp } from '../../test/app.ts';

const { app, ctx, signIn } = await createTestApp();
const behindHttpsProxy = await buildApp({ ...ctx, config: { ...ctx.config, trustProxy: true } });
const withSecureCookies = await buildApp({ ...ctx, config: { ...ctx.config, secureCookies: true } });
afterAll(async () => {
  await behindHttpsProxy.close();
  await withSecureCookies.close();
});

function directives(header: string | string[] | number | undefined): Map<string, string> {
  return new Map(
    String(header)
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name = '', ...values] = part.split(/\s+/);
        return [name, values.join(' ')];
      }),
  );
}

describe('security headers', () => {
  it.each([
    ['an API answer', '/api/auth/me'],
    ['an API error', '/api/no-such-route'],
    ['the web app\'s index page', '/enterprises'],
    ['the API explorer', '/api/docs'],
    ['the API explorer\'s script', '/api/docs/static/swagger-initializer.js'],
  ])('on %s', async (_what, url) => {
    const { headers } = await signIn(['leader']);
    const response = await app.inject({ method: 'GET', url, headers });
    expect(response.statusCode).toBeLessThan(500);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('same-origin');
    const csp = directives(response.headers['content-security-policy']);
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('default-src')).toBe("'self'");
    // Over plain HTTP a browser must not be told to insist on HTTPS.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('lets the API explorer load: its page uses no inline script', async () => {
    const html = (await app.inject({ method: 'GET', url: '/api/docs' })).body;
    expect(html).toContain('swagger-ui-bundle.js');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
  });

  it('asks for HTTPS only when served over it', async () => {
    const viaProxy = await behindHttpsProxy.inject({ method: 'GET', url: '/api/auth/me', headers: { 'x-forwarded-proto': 'https' } });
    expect(viaProxy.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
    const plainViaProxy = await behindHttpsProxy.inject({ method: 'GET', url: '/api/auth/me', headers: { 'x-forwarded-proto': 'http' } });
    expect(plainViaProxy.headers['strict-transport-security']).toBeUndefined();
    const secure = await withSecureCookies.inject({ method: 'GET', url: '/' });
    expect(secure.headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
  });

  it('ignores a client claiming HTTPS when no proxy is trusted', async () => {
    const forged = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { 'x-forwarded-proto': 'https' } });
    expect(forged.headers['strict-transport-security']).toBeUndefined();
  });
});
