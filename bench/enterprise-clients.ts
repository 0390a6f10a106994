/**
 * The load side of bench/enterprises.ts, run as a child process: each signed-in client makes `rounds` rounds of
 * (list, search, /healthz) one after another, all clients at once, and the timings go back to the parent.
 */
import http from 'node:http';

export interface ClientWorkload {
  address: string;
  /** One session cookie per client. */
  sessions: string[];
  rounds: number;
  searchTerms: string[];
}
export type ClientTimings = Record<'list' | 'search' | 'healthz', number[]>;

/** One GET on a kept-alive connection, its body read to the end; node:http costs the load side far less than fetch. */
function get(agent: http.Agent, url: URL, cookie?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { 'accept-encoding': 'br, gzip', ...(cookie ? { cookie } : {}) } }, (response) => {
      response.on('data', () => undefined);
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

async function run({ address, sessions, rounds, searchTerms }: ClientWorkload): Promise<ClientTimings> {
  const timings: ClientTimings = { list: [], search: [], healthz: [] };
  const agent = new http.Agent({ keepAlive: true, maxSockets: sessions.length });
  async function timed(kind: keyof ClientTimings, path: string, cookie?: string) {
    const started = performance.now();
    const status = await get(agent, new URL(path, address), cookie);
    if (status !== 200) throw new Error(`${path}: ${status}`);
    timings[kind].push(performance.now() - started);
  }
  await Promise.all(
    sessions.map(async (cookie, client) => {
      for (let round = 0; round < rounds; round++) {
        const page = 1 + ((client + round) % 5);
        const term = searchTerms[(client + round) % searchTerms.length]!;
        await timed('list', `/api/enterprises?page=${page}&pageSize=20`, cookie);
        await timed('search', `/api/enterprises?q=${encodeURIComponent(term)}&pageSize=20`, cookie);
        await timed('healthz', '/healthz');
      }
    }),
  );
  return timings;
}

process.once('message', async (workload) => {
  process.send!(await run(workload as ClientWorkload), () => process.disconnect());
});
