/**
 * Throughput and latency of the validated hot paths, sendbox against `prism mock -v silent` on the same
 * document and requests: 50 connections, several runs, medians. The load comes from wrk when it is
 * installed (a C client, one thread, so the server gets most of a core) and from autocannon otherwise;
 * autocannon itself saturates near 9k req/s on this 2-core machine. BENCH_CLIENT picks one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

function hasWrk(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    // wrk prints its version and exits 1; only a missing binary is "no wrk".
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

export const CLIENT = process.env.BENCH_CLIENT ?? (hasWrk() ? 'wrk' : 'autocannon');

async function runAutocannon(url: string, scenario: Scenario, body: string | undefined, seconds: number): Promise<Figures> {
  const result = await autocannon({
    url,
    method: scenario.method,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: 'Bearer sandbox_key', 'content-type': 'application/json' },
    body,
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors + result.timeouts };
}

const scriptDir = mkdtempSync(join(tmpdir(), 'sendbox-bench-'));

/** wrk with a Lua script for method, headers and body; counts non-2xx answers as errors. */
function runWrk(url: string, scenario: Scenario, body: string | undefined, seconds: number): Figures {
  const script = join(scriptDir, `${scenario.method}.lua`);
  writeFileSync(
    script,
    `wrk.method = "${scenario.method}"\n` +
      `wrk.headers["Authorization"] = "Bearer sandbox_key"\nwrk.headers["Content-Type"] = "application/json"\n` +
      (body ? `wrk.body = [[${body}]]\n` : '') +
      `bad = 0\nfunction response(status) if status >= 300 then bad = bad + 1 end end\n` +
      `function done() io.write("BAD " .. bad .. "\\n") end\n`,
  );
  const out = execFileSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', '-s', script, url], { encoding: 'utf8' });
  const ms = (label: string) => {
    const m = new RegExp(`\\s${label}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
    if (!m) throw new Error(`wrk output without ${label}%: ${out}`);
    return Number(m[1]) * ({ us: 0.001, ms: 1, s: 1000 } as const)[m[2] as 'us' | 'ms' | 's'];
  };
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
  const bad = Number(/BAD (\d+)/.exec(out)?.[1] ?? 0);
  return { rps, p50: Math.round(ms('50') * 10) / 10, p99: Math.round(ms('99') * 10) / 10, errors: bad };
}

async function measure(server: RunningServer, scenario: Scenario, teamId: string): Promise<Figures> {
  const runs: Figures[] = [];
  const url = server.url + scenario.path(teamId);
  const body = scenario.body?.(teamId);
  for (let i = 0; i < RUNS + 1; i++) {
    const seconds = i === 0 ? 2 : SECONDS;
    const figures = CLIENT === 'wrk' ? runWrk(url, scenario, body, seconds) : await runAutocannon(url, scenario, body, seconds);
    // The first, shorter run warms the JIT and is not counted.
    if (i > 0) runs.push(figures);
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
  console.log(`HTTP: ${CLIENT}, ${CONNECTIONS} connections, ${RUNS} runs × ${SECONDS}s after a warm-up, medians`);
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
