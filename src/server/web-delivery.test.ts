import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.ts';
import { webDist } from './serve-web-app.ts';
import { ensureWebBuild } from './web-build.ts';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** The sign-in route's page, as the manifest names it should it ever become a chunk of its own (a lazy route). */
const signInPageSource = 'src/modules/auth/LoginPage.tsx';

/**
 * The built files the sign-in page loads: the entry and all it imports, with their styles, and the sign-in page's
 * own chunk and its imports if it has one. The pages behind sign-in are dynamic imports, which /login never runs.
 */
function filesOfSignInPage(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(webDist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  if (entry) visit(entry);
  visit(signInPageSource);
  // The strings of the shell and of every module in Chinese, which the app loads before it draws (web/src/i18n).
  for (const key of Object.keys(manifest).filter((name) => name.endsWith('/locales/zh-CN.json'))) visit(key);
  return [...files];
}

/** What an answer costs on the wire: its status line and headers, and its body as sent. */
function wireBytes(response: LightMyRequestResponse): number {
  const headers = Object.entries(response.headers).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((one) => `${name}: ${one}\r\n`));
  const head = `HTTP/1.1 ${response.statusCode} ${response.statusMessage}\r\n${headers.join('')}\r\n`;
  return Buffer.byteLength(head) + response.rawPayload.length;
}

// Built before the app starts: the app serves the assets folder only when a build is there (a fresh clone has none).
ensureWebBuild();
const { app, signIn } = await createTestApp();
let entryScript: string;

beforeAll(() => {
  entryScript = filesOfSignInPage()[0] ?? '';
});

describe('web app delivery', () => {
  it('sends each asset precompressed in the encoding the browser prefers, and plain to one that accepts none', async () => {
    const original = fs.readFileSync(path.join(webDist, entryScript));
    const url = `/${entryScript}`;
    const br = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toContain('immutable');
    expect(zlib.brotliDecompressSync(br.rawPayload).equals(original)).toBe(true);
    const gzip = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).equals(original)).toBe(true);
    const plain = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.equals(original)).toBe(true);
  });

  it('revalidates the index page on every visit, so a new build reaches users at once', async () => {
    const response = await app.inject({ method: 'GET', url: '/login', headers: { 'accept-encoding': 'br' } });
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-type']).toContain('text/html');
    // The loading frame is in the page itself, drawn before any script arrives.
    expect(zlib.brotliDecompressSync(response.rawPayload).toString()).toContain('class="boot"');
  });

  it('never serves the build manifest or the source of a precompressed copy outside the assets', async () => {
    for (const url of ['/.vite/manifest.json', '/assets/../.vite/manifest.json', '/assets/%2e%2e/.vite/manifest.json']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.body).not.toContain('"isEntry"');
    }
  });

  it('compresses large API answers, leaves small ones and spreadsheets as they are', async () => {
    const user = await signIn(['admin']);
    const headers = { ...user.headers, 'accept-encoding': 'br, gzip' };
    const tree = await app.inject({ method: 'GET', url: '/api/industries/tree', headers: { ...headers, 'accept-encoding': 'gzip' } });
    expect(tree.statusCode).toBe(200);
    expect(tree.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(tree.rawPayload).toString()).length).toBeGreaterThan(10);

    // A judge's session: few permissions, so well under the threshold however many modules the staff's grow with.
    const judge = await signIn(['judge']);
    const small = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { ...judge.headers, 'accept-encoding': 'br, gzip' } });
    expect(small.rawPayload.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json().user.id).toBe(judge.userId);

    const workbook = await app.inject({ method: 'GET', url: '/api/enterprises/export', headers });
    expect(workbook.statusCode).toBe(200);
    expect(workbook.headers['content-encoding']).toBeUndefined();
    // An .xlsx is a zip archive: it starts with the local file header "PK".
    expect(workbook.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  // Browsers ask for brotli over HTTPS (and on localhost), for gzip only over plain HTTP: both must fit.
  it.each(['br', 'gzip'])('keeps what /login loads under 300 KB on the wire with %s: the page, its scripts and styles, the session check', async (encoding) => {
    const assets = filesOfSignInPage();
    expect(assets.some((file) => file.endsWith('.css'))).toBe(true);
    const headers = { 'accept-encoding': encoding };
    let bytes = 0;
    for (const file of assets) {
      const response = await app.inject({ method: 'GET', url: `/${file}`, headers });
      expect(response.headers['content-encoding'], file).toBe(encoding);
      bytes += wireBytes(response);
    }
    const page = await app.inject({ method: 'GET', url: '/login', headers });
    expect(page.headers['content-encoding']).toBe(encoding);
    // Not signed in yet: the page asks for the session and hears 401.
    const session = await app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(session.statusCode).toBe(401);
    bytes += wireBytes(page) + wireBytes(session);
    expect(bytes, `${bytes} bytes`).toBeLessThanOrEqual(300 * 1024);
  });
});
