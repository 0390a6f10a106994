// The server alone, as `qiao dev` runs it under tsx's watcher.
import { startServer } from './start.ts';

await startServer();
