/**
 * The load side of bench/enterprises.ts, run as a child process: each signed-in client makes `rounds` rounds of
 * (list, search, /healthz) one after another, in turns of order, all clients at once, and the timings go back to the parent.
 */
import http from 'node:http';

export interface ClientWorkload {
  address: string;
  /** One session cookie per client. */
  sessions: string[];
  rounds: number;
  searchTerms: string[];
}
type RequestKind = 'list' | 'search' | 'healthz';
export type ClientTimings = Record<RequestKind, number[]> & { warmUp?: number[] };

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

/**
 * Each round's three requests in one of the six orders, taken in turn, so that every kind is first, second and
 * third equally often. With one fixed order (list, search, /healthz), whichever request came second waited about
 * 25 % longer than the same request in first place (swapping list and search swapped their figures): a request
 * sent the moment another of the same client's answers arrives meets the pool at its busiest.
 */
const orders: RequestKind[][] = [
  ['list', 'search', 'healthz'],
  ['list', 'healthz', 'search'],
  ['search', 'list', 'healthz'],
  ['search', 'healthz', 'list'],
  ['healthz', 'list', 'search'],
  ['healthz', 'search', 'list'],
];

async function run({ address, sessions, rounds, searchTerms }: ClientWorkload): Promise<ClientTimings> {
  const timings: ClientTimings = { list: [], search: [], healthz: [] };
  const agent = new http.Agent({ keepAlive: true, maxSockets: sessions.length });
  let measuring = false;
  async function timed(kind: RequestKind, path: string, cookie?: string) {
    const started = performance.now();
    const status = await get(agent, new URL(path, address), cookie);
    if (status !== 200) throw new Error(`${path}: ${status}`);
    if (measuring) timings[kind].push(performance.now() - started);
  }
  // One unmeasured round first: the pool opening its connections and PostgreSQL's new backends loading their
  // caches, with 200 requests waiting at once, is a start-up cost, reported apart (`warmUp`), not the steady state.
  const warmUpStarted = performance.now();
  await everyClient(1);
  timings.warmUp = [performance.now() - warmUpStarted];
  measuring = true;
  // The parent starts its clock and CPU count here.
  process.send!({ measuring: true });
  await everyClient(rounds);
  return timings;

  async function everyClient(roundCount: number) {
    await Promise.all(
      sessions.map(async (cookie, client) => {
        for (let round = 0; round < roundCount; round++) {
          const page = 1 + ((client + round) % 5);
          const term = searchTerms[(client + round) % searchTerms.length]!;
          const requests = {
            list: () => timed('list', `/api/enterprises?page=${page}&pageSize=20`, cookie),
            search: () => timed('search', `/api/enterprises?q=${encodeURIComponent(term)}&pageSize=20`, cookie),
            healthz: () => timed('healthz', '/healthz'),
          };
          for (const kind of orders[(client + round) % orders.length]!) await requests[kind]();
        }
      }),
    );
  }
}

process.once('message', async (workload) => {
  process.send!(await run(workload as ClientWorkload), () => process.disconnect());
});
