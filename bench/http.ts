/**
 * Throughput and latency of the validated hot paths, sendbox against `prism mock -v silent` on the same
 * document and requests: autocannon, 50 connections, several runs, medians.
 */
import autocannon from 'autocannon';
import { startPrism, startSendbox, type RunningServer } from './servers.js';

const CONNECTIONS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

interface Scenario {
  name: string;
  method: 'GET' | 'POST';
  path: (teamId: string) => string;
  body?: (teamId: string) => string;
}

const scenarios: Scenario[] = [
  { name: 'GET /v2/contacts?limit=20', method: 'GET', path: team => `/v2/contacts?TeamId=${team}&limit=20` },
  {
    name: 'POST /v2/contacts',
    method: 'POST',
    path: () => '/v2/contacts',
    body: team => JSON.stringify({ TeamId: team, email: 'bench.runner@example.com', first_name: 'Bench', company_name: 'Loadtest Ltd' }),
  },
];

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(server: RunningServer, scenario: Scenario, teamId: string): Promise<Figures> {
  const runs: Figures[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const result = await autocannon({
      url: server.url + scenario.path(teamId),
      method: scenario.method,
      connections: CONNECTIONS,
      duration: i === 0 ? 2 : SECONDS,
      headers: { authorization: 'Bearer sandbox_key', 'content-type': 'application/json' },
      body: scenario.body?.(teamId),
    });
    const bad = result.non2xx + result.errors + result.timeouts;
    // The first, shorter run warms the JIT and is not counted.
    if (i > 0) runs.push({ rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: bad });
  }
  return { rps: median(runs.map(r => r.rps)), p50: median(runs.map(r => r.p50)), p99: median(runs.map(r => r.p99)), errors: Math.max(...runs.map(r => r.errors)) };
}

/** A team the sandbox knows (from its state, or the document's example while teams answer from examples). */
async function firstTeamId(server: RunningServer): Promise<string> {
  const res = await fetch(`${server.url}/v2/teams?limit=1`, { headers: { authorization: 'Bearer sandbox_key' } });
  const body = (await res.json()) as { data?: { id: string }[] };
  const id = body.data?.[0]?.id;
  if (!id) throw new Error(`no team to benchmark with: ${JSON.stringify(body)}`);
  return id;
}

const fmt = (f: Figures) => `${Math.round(f.rps).toString().padStart(7)} req/s  p50 ${String(f.p50).padStart(3)} ms  p99 ${String(f.p99).padStart(3)} ms${f.errors ? `  (${f.errors} non-2xx!)` : ''}`;

export async function runHttpBench(): Promise<void> {
  console.log(`HTTP: autocannon, ${CONNECTIONS} connections, ${RUNS} runs × ${SECONDS}s after a warm-up, medians`);
  const servers = [await startSendbox(), await startPrism()];
  try {
    const results = new Map<string, Figures>();
    for (const scenario of scenarios) {
      for (const server of servers) {
        const teamId = await firstTeamId(servers[0]);
        const figures = await measure(server, scenario, teamId);
        results.set(`${server.name} ${scenario.name}`, figures);
        console.log(`  ${server.name.padEnd(8)} ${scenario.name.padEnd(28)} ${fmt(figures)}`);
      }
      const ours = results.get(`sendbox ${scenario.name}`)!;
      const theirs = results.get(`prism ${scenario.name}`)!;
      console.log(`  ratio    ${scenario.name.padEnd(28)} sendbox/prism throughput ${(ours.rps / theirs.rps).toFixed(2)}×`);
    }
  } finally {
    await Promise.all(servers.map(s => s.stop()));
  }
}
