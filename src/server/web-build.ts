import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '../..');

function newestChange(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

/** Builds the web app when it was never built or its sources changed since the last build. */
export function ensureWebBuild(): void {
  const built = newestChange(path.join(root, 'dist/web/index.html'));
  const sources = Math.max(newestChange(path.join(root, 'web')), newestChange(path.join(root, 'vite.config.ts')));
  if (built > sources) return;
  process.stdout.write('Building the web app (first start, or its sources changed)…\n');
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  // Production mode whatever the caller runs under (Vitest sets NODE_ENV=test, which would bundle React's
  // development build: larger and slower than what users get).
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error('the web app failed to build');
}
