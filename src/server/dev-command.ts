import path from 'node:path';
import { spawn } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '../..');

/** The API under tsx's watcher and Vite's dev server (proxying /api to it), both stopped together. */
export async function runDev(): Promise<number> {
  const children = [
    spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'watch', '--clear-screen=false', 'src/server/serve.ts'], {
      cwd: root,
      stdio: 'inherit',
    }),
    spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js')], { cwd: root, stdio: 'inherit' }),
  ];
  const stopAll = () => children.forEach((child) => child.kill('SIGINT'));
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);
  return new Promise((resolve) => {
    let running = children.length;
    for (const child of children) {
      child.on('exit', (code) => {
        stopAll();
        if (--running === 0) resolve(code ?? 0);
      });
    }
  });
}
