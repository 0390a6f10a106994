/**
 * One index build in a new process, as a server's start makes it (kept analyses read, dictionaries loaded, the
 * code not yet optimised): run by bench/market-matching.ts with DATABASE_URL set; prints the seconds as JSON.
 */
import pino from 'pino';
import { LiveMatchIndex } from '../src/modules/market-matching/live-match-index.ts';
import { openChangeFeed } from '../src/platform/db/change-feed.ts';
import { connectDatabase } from '../src/platform/db/connection.ts';

const database = connectDatabase(process.env.DATABASE_URL!, { max: 10 });
const feed = openChangeFeed(database.pool);
const index = new LiveMatchIndex(database.db, pino({ level: 'warn' }));
const start = performance.now();
await index.start(feed);
const seconds = (performance.now() - start) / 1000;
await index.close();
await feed.close();
await database.pool.end();
console.log(JSON.stringify({ seconds }));
