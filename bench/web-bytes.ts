// Bytes over the wire for the sign-in page, run by hand (not part of the tests):
//   npm run bench:web
// Builds the web app if its sources changed, starts the app on a free port (the sign-in page reads no data, so no
// database is needed), opens /login in headless Chromium and sums what each response really cost on the wire
// (CDP Network.loadingFinished encodedDataLength: headers and compressed body), once as the browser asks by
// itself and once offering gzip only, as browsers do over plain HTTP. Prints a table and a JSON line.
import { chromium, type CDPSession } from 'playwright-core';
import { buildApp } from '../src/server/app.ts';
import { detachedContext } from '../src/server/detached-context.ts';
import { ensureWebBuild } from '../src/server/web-build.ts';

interface Transfer {
  url: string;
  encoding: string;
  bytes: number;
}

function collectTransfers(cdp: CDPSession): Transfer[] {
  const transfers: Transfer[] = [];
  const pending = new Map<string, Omit<Transfer, 'bytes'>>();
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const headers = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), value]));
    pending.set(requestId, { url: new URL(response.url).pathname, encoding: headers['content-encoding'] ?? 'identity' });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = pending.get(requestId);
    if (response) transfers.push({ ...response, bytes: encodedDataLength });
  });
  return transfers;
}

ensureWebBuild();
const ctx = detachedContext();
const app = await buildApp(ctx);
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (!address || typeof address === 'string') throw new Error('the app is not listening on a TCP port');
const signInPage = `http://127.0.0.1:${address.port}/login`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function signInPageTransfers(acceptEncoding?: string): Promise<Transfer[]> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (acceptEncoding) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'Accept-Encoding': acceptEncoding } });
  const transfers = collectTransfers(cdp);
  await page.goto(signInPage, { waitUntil: 'networkidle' });
  await page.locator('#username').waitFor();
  await context.close();
  return transfers;
}

const runs = { asked: await signInPageTransfers(), gzip: await signInPageTransfers('gzip') };
await browser.close();
await app.close();
await ctx.pool.end();

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const totals: Record<string, number> = {};
for (const [name, transfers] of Object.entries(runs)) {
  totals[name] = transfers.reduce((sum, transfer) => sum + transfer.bytes, 0);
  process.stdout.write(`\n/login, ${name === 'asked' ? 'encodings the browser offers' : 'gzip only'}: ${transfers.length} responses, ${kb(totals[name])}\n`);
  for (const transfer of transfers.sort((a, b) => b.bytes - a.bytes)) {
    process.stdout.write(`  ${kb(transfer.bytes).padStart(10)}  ${transfer.encoding.padEnd(8)}  ${transfer.url}\n`);
  }
}
process.stdout.write(`${JSON.stringify({ page: '/login', bytes: totals })}\n`);
