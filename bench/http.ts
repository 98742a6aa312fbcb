/**
 * Throughput and latency of five requests, each against three targets started as their own processes:
 * sendbox (the built command, `--quiet` as Prism is silent; the request log's cost is printed after the
 * table), `prism mock -v silent` on the same document, and the ceiling, a bare
 * node:http server answering sendbox's own 20-contact list as a fixed body. 50 connections; a warm-up
 * run, then BENCH_RUNS runs of BENCH_SECONDS each, medians. The load comes from wrk when it is installed
 * (`apt-get install wrk`; two threads, as `wrk -t2 -c50`) and from autocannon otherwise; autocannon runs
 * in this Node process and itself tops out near 9–10k req/s on this 2-core machine, so with it the
 * ceiling and the fast cases measure the client. BENCH_CLIENT picks one.
 *
 * Also printed: sendbox's resident memory before and after the create case, and the bytes that adds per
 * stored contact.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startCeiling, startPrism, startSendbox, type RunningServer } from './servers.js';

const CONNECTIONS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 3);

/** Goals: every case at least this many times Prism's throughput, this share of the ceiling, this p99. */
const GOALS = { timesPrism: 3, ofCeiling: 0.35, p99Ms: 10 };

/** What a case needs to know of the sandbox: its first team. */
interface Context {
  teamId: string;
}

interface Case {
  name: string;
  method: 'GET' | 'POST';
  path: (ctx: Context) => string;
  authorization: string;
  /** The body; every `@N@` becomes a token no other request of the bench uses. */
  body?: (ctx: Context) => string;
  /** The answers this case expects; others count as errors. */
  expect: '2xx' | '4xx';
}

const SUPERSEND = 'Bearer sandbox_key';

const cases: Case[] = [
  { name: 'GET /v2/contacts?TeamId&limit=20', method: 'GET', path: c => `/v2/contacts?TeamId=${c.teamId}&limit=20`, authorization: SUPERSEND, expect: '2xx' },
  { name: 'GET /v2/teams', method: 'GET', path: () => '/v2/teams', authorization: SUPERSEND, expect: '2xx' },
  {
    name: 'POST /v2/contacts (new email each)',
    method: 'POST',
    path: () => '/v2/contacts',
    authorization: SUPERSEND,
    body: c => JSON.stringify({ TeamId: c.teamId, email: 'bench.@N@@example.com', first_name: 'Bench', company_name: 'Loadtest Ltd' }),
    expect: '2xx',
  },
  {
    name: 'POST /v2/contacts invalid (400)',
    method: 'POST',
    path: () => '/v2/contacts',
    authorization: SUPERSEND,
    body: () => JSON.stringify({ email: 'bench.runner@example.com', first_name: 'Bench' }),
    expect: '4xx',
  },
  { name: 'GET /contacts?limit=20 (sk)', method: 'GET', path: () => '/contacts?limit=20', authorization: 'Bearer sk_sandbox', expect: '2xx' },
];

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  /** Answers outside the expected class, plus socket errors and time-outs. */
  errors: number;
  /** Answers of the expected class. */
  answered: number;
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

/** A different prefix for each run, so "new email each" stays new across runs and targets. */
let runNumber = 0;

function inRange(status: number, expect: Case['expect']): boolean {
  return expect === '2xx' ? status >= 200 && status < 300 : status >= 400 && status < 500;
}

async function runAutocannon(url: string, c: Case, body: string | undefined, seconds: number): Promise<Figures> {
  const run = ++runNumber;
  let n = 0;
  let answered = 0;
  let unexpected = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = {
      url,
      method: c.method,
      connections: CONNECTIONS,
      duration: seconds,
      headers: { authorization: c.authorization, 'content-type': 'application/json' },
      requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, body: body?.replaceAll('@N@', `${run}-${++n}`) }) }],
    };
    const instance = autocannon(options, (err, result) => (err ? reject(err) : resolve(result)));
    instance.on('response', (_client, status) => (inRange(status, c.expect) ? answered++ : unexpected++));
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: unexpected + result.errors + result.timeouts, answered };
}

const scriptDir = mkdtempSync(join(tmpdir(), 'sendbox-bench-'));

/**
 * wrk with a Lua script for method, headers and body. Each thread counts its answers in and out of the
 * expected class; `done` adds them up (it runs in wrk's main Lua state, which sees only what threads
 * hand over through get()).
 */
function runWrk(url: string, c: Case, body: string | undefined, seconds: number): Figures {
  const run = ++runNumber;
  const [low, high] = c.expect === '2xx' ? [200, 299] : [400, 499];
  const script = join(scriptDir, `run-${run}.lua`);
  writeFileSync(
    script,
    `wrk.method = "${c.method}"\n` +
      `wrk.headers["Authorization"] = "${c.authorization}"\nwrk.headers["Content-Type"] = "application/json"\n` +
      (body ? `wrk.body = [[${body}]]\n` : '') +
      `local threads = {}\nlocal count = 0\n` +
      `function setup(thread) count = count + 1; thread:set("tid", count); table.insert(threads, thread) end\n` +
      `ok = 0\nbad = 0\nn = 0\n` +
      (body?.includes('@N@')
        ? `function request() n = n + 1; local b = string.gsub(wrk.body, "@N@", "${run}-" .. tid .. "-" .. n); return wrk.format(nil, nil, nil, b) end\n`
        : '') +
      `function response(status) if status >= ${low} and status <= ${high} then ok = ok + 1 else bad = bad + 1 end end\n` +
      `function done() local o, b = 0, 0; for _, t in ipairs(threads) do o = o + t:get("ok"); b = b + t:get("bad") end; io.write("OK " .. o .. " BAD " .. b .. "\\n") end\n`,
  );
  const out = execFileSync('wrk', ['-t2', `-c${CONNECTIONS}`, `-d${seconds}s`, '--latency', '-s', script, url], { encoding: 'utf8' });
  const ms = (label: string) => {
    const m = new RegExp(`\\s${label}%\\s+([\\d.]+)(us|ms|s)`).exec(out);
    if (!m) throw new Error(`wrk output without ${label}%: ${out}`);
    return Number(m[1]) * ({ us: 0.001, ms: 1, s: 1000 } as const)[m[2] as 'us' | 'ms' | 's'];
  };
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrorCount = socketErrors ? socketErrors.slice(1).reduce((sum, v) => sum + Number(v), 0) : 0;
  const counts = /OK (\d+) BAD (\d+)/.exec(out);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0),
    p50: Math.round(ms('50') * 10) / 10,
    p99: Math.round(ms('99') * 10) / 10,
    errors: Number(counts?.[2] ?? 0) + socketErrorCount,
    answered: Number(counts?.[1] ?? 0),
  };
}

interface Measured extends Figures {
  /** Expected answers over every run, the warm-up included (for the create case: contacts created). */
  answeredTotal: number;
}

async function measure(server: RunningServer, c: Case, ctx: Context): Promise<Measured> {
  const url = server.url + c.path(ctx);
  const body = c.body?.(ctx);
  const once = (seconds: number) => (CLIENT === 'wrk' ? Promise.resolve(runWrk(url, c, body, seconds)) : runAutocannon(url, c, body, seconds));
  // The warm-up run lets the JIT settle and is not counted.
  const warmUp = await once(WARM_UP_SECONDS);
  const runs: Figures[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(SECONDS));
  return {
    rps: median(runs.map(r => r.rps)),
    p50: median(runs.map(r => r.p50)),
    p99: median(runs.map(r => r.p99)),
    errors: Math.max(...runs.map(r => r.errors)),
    answered: median(runs.map(r => r.answered)),
    answeredTotal: warmUp.answered + runs.reduce((sum, r) => sum + r.answered, 0),
  };
}

async function getJson(server: RunningServer, path: string, authorization = SUPERSEND): Promise<{ text: string; body: unknown }> {
  // A fresh connection each time: a kept-alive one may have been closed by the server while the load ran.
  const res = await fetch(server.url + path, { headers: { authorization, connection: 'close' } });
  const text = await res.text();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${text.slice(0, 200)}`);
  return { text, body: JSON.parse(text) };
}

async function teamContacts(sendbox: RunningServer, teamId: string): Promise<number> {
  const { body } = await getJson(sendbox, `/v2/teams/${teamId}/usage`);
  const usage = (body as { data: { contacts_used?: number } }).data;
  const count = usage.contacts_used;
  if (typeof count !== 'number') throw new Error(`team usage without a contact count: ${JSON.stringify(usage)}`);
  return count;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const mark = (met: boolean) => (met ? '' : ' ✗');

interface Row {
  c: Case;
  sendbox: Measured;
  prism: Measured;
  ceiling: Measured;
}

function table(rows: Row[]): string {
  const lines = [
    '| case | sendbox req/s | p50 ms | p99 ms | Prism req/s | Prism p99 ms | ÷ Prism | ceiling req/s | % of ceiling |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { c, sendbox, prism, ceiling } of rows) {
    const timesPrism = sendbox.rps / prism.rps;
    const ofCeiling = sendbox.rps / ceiling.rps;
    lines.push(
      `| \`${c.name}\` | ${int(sendbox.rps)}${sendbox.errors ? ` (${sendbox.errors} unexpected!)` : ''} | ${sendbox.p50} | ${sendbox.p99}${mark(sendbox.p99 <= GOALS.p99Ms)} | ` +
        `${int(prism.rps)} | ${prism.p99} | ${timesPrism.toFixed(2)}×${mark(timesPrism >= GOALS.timesPrism)} | ` +
        `${int(ceiling.rps)} | ${Math.round(ofCeiling * 100)}%${mark(ofCeiling >= GOALS.ofCeiling)} |`,
    );
  }
  return lines.map(l => `  ${l}`).join('\n');
}

/**
 * The teams case again against a sendbox writing its request log (JSON lines, to /dev/null), as the
 * command does by default: what one log line per request costs.
 */
async function requestLogCost(rows: Row[], ctx: Context): Promise<string> {
  const teams = rows.find(r => r.c.name === 'GET /v2/teams');
  if (!teams) return '';
  const logging = await startSendbox();
  try {
    const figures = await measure(logging, teams.c, ctx);
    return (
      `  request log on (the command's default; JSON lines): GET /v2/teams ${int(figures.rps)} req/s, p99 ${figures.p99} ms, ` +
      `${Math.round((figures.rps / teams.ceiling.rps) * 100)}% of the ceiling (${int(teams.sendbox.rps)} req/s with --quiet)\n`
    );
  } finally {
    await logging.stop();
  }
}

export async function runHttpBench(): Promise<void> {
  const load = loadavg()[0];
  console.log(
    `\nHTTP: ${CLIENT}${CLIENT === 'wrk' ? ' -t2' : ''}, ${CONNECTIONS} connections, ${RUNS} × ${SECONDS} s after a ${WARM_UP_SECONDS} s warm-up, medians ` +
      `(load average ${load.toFixed(1)} on ${cpus().length} cores when it began)\n` +
      `  goals: ≥ ${GOALS.timesPrism}× Prism, ≥ ${GOALS.ofCeiling * 100}% of the ceiling, p99 ≤ ${GOALS.p99Ms} ms (✗ marks a miss)`,
  );
  // Without its request log, as Prism runs with `-v silent`; the log's own cost is measured after the table.
  const sendbox = await startSendbox(['--quiet']);
  const servers: RunningServer[] = [sendbox];
  try {
    const teamId = ((await getJson(sendbox, '/v2/teams?limit=1')).body as { data: { id: string }[] }).data[0].id;
    const ctx = { teamId };
    const list = await getJson(sendbox, cases[0].path(ctx));
    const prism = await startPrism();
    servers.push(prism);
    const ceiling = await startCeiling(list.text);
    servers.push(ceiling);
    const idleRss = rssMb(sendbox.pid);
    const rows: Row[] = [];
    let memory = '';
    // The create case runs last: the ~300,000 contacts it stores (a few hundred MB of heap) would otherwise
    // weigh on the collector in every case measured after it. The table keeps the cases' own order.
    const storesContacts = (c: Case) => c.name.startsWith('POST /v2/contacts (new');
    for (const c of [...cases.filter(c => !storesContacts(c)), ...cases.filter(storesContacts)]) {
      const creates = storesContacts(c);
      const before = creates ? { rss: rssMb(sendbox.pid), contacts: await teamContacts(sendbox, teamId) } : undefined;
      const row: Row = { c, sendbox: await measure(sendbox, c, ctx), prism: await measure(prism, c, ctx), ceiling: await measure(ceiling, c, ctx) };
      rows.push(row);
      console.log(`  measured ${c.name}: sendbox ${int(row.sendbox.rps)} req/s, p99 ${row.sendbox.p99} ms`);
      if (before) {
        const contacts = (await teamContacts(sendbox, teamId)) - before.contacts;
        const rss = rssMb(sendbox.pid);
        memory =
          `  memory: sendbox RSS ${idleRss.toFixed(0)} MB idle on the default data set (${list.text.length.toLocaleString('en-US')} bytes per list answer), ` +
          `${before.rss.toFixed(0)} MB before the create case, ${rss.toFixed(0)} MB after it stored ${int(contacts)} new contacts: ` +
          `${int(((rss - before.rss) * 1024 * 1024) / Math.max(1, contacts))} bytes of RSS per stored contact (the journal's 8 MB cap included)\n`;
      }
    }
    rows.sort((a, b) => cases.indexOf(a.c) - cases.indexOf(b.c));
    console.log(`${table(rows)}\n${memory}${await requestLogCost(rows, ctx)}`);
  } finally {
    await Promise.all(servers.map(s => s.stop()));
  }
}
