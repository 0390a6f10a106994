import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
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

/** The built files a browser fetches before the first page shows: the entry and its static imports, with CSS. */
function filesOfFirstPage(): string[] {
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
  return [...files];
}

// Built before the app starts: the app serves the assets folder only when a build is there (a fresh clone has none).
ensureWebBuild();
const { app, signIn } = await createTestApp();
let entryScript: string;

beforeAll(() => {
  entryScript = filesOfFirstPage()[0] ?? '';
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

    const small = await app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json().user.id).toBe(user.userId);

    const workbook = await app.inject({ method: 'GET', url: '/api/enterprises/export', headers });
    expect(workbook.statusCode).toBe(200);
    expect(workbook.headers['content-encoding']).toBeUndefined();
    // An .xlsx is a zip archive: it starts with the local file header "PK".
    expect(workbook.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('keeps what the sign-in page needs under 300 KB compressed (its scripts, styles and the page)', () => {
    const assets = filesOfFirstPage();
    expect(assets.some((file) => file.endsWith('.css'))).toBe(true);
    // The brotli copies the server sends; the index page is compressed as it goes out.
    const assetBytes = assets.reduce((sum, file) => sum + fs.statSync(path.join(webDist, `${file}.br`)).size, 0);
    const pageBytes = zlib.brotliCompressSync(fs.readFileSync(path.join(webDist, 'index.html'))).length;
    expect(assetBytes + pageBytes).toBeLessThanOrEqual(300 * 1024);
  });
});
