/**
 * The load side of bench/enterprises.ts, run as a child process: each signed-in client makes `rounds` rounds of
 * (list, search, /healthz) one after another, all clients at once, and the timings go back to the parent.
 */
export interface ClientWorkload {
  address: string;
  /** One session cookie per client. */
  sessions: string[];
  rounds: number;
  searchTerms: string[];
}
export type ClientTimings = Record<'list' | 'search' | 'healthz', number[]>;

async function run({ address, sessions, rounds, searchTerms }: ClientWorkload): Promise<ClientTimings> {
  const timings: ClientTimings = { list: [], search: [], healthz: [] };
  async function timed(kind: keyof ClientTimings, path: string, cookie?: string) {
    const started = performance.now();
    const response = await fetch(`${address}${path}`, { headers: cookie ? { cookie } : {} });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
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
