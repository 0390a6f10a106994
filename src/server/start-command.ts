import { startServer } from './start.ts';
import { ensureWebBuild } from './web-build.ts';

export async function runStart(): Promise<void> {
  ensureWebBuild();
  await startServer();
}
