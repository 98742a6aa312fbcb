/**
 * Scale-out recipe, measured (README "Scaling out"): two sendbox processes behind nginx, which hashes
 * each request's workspace (from its key) consistently onto one process. Starts both processes and nginx
 * on free ports, checks that every key's requests reach the process holding its workspace, runs the same
 * many-key load against one process directly and against the pair through nginx, prints both
 * throughputs, and stops everything. Needs nginx (Debian: `apt-get install nginx-light`); without it,
 * says so and measures nothing. `npm run bench:scale-out`, or BENCH_ONLY=scale-out npm run bench.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { ROOT, freePort, startSendbox, type RunningServer } from './servers.js';

const PROCESSES = 2;
/** Distinct keys (so workspaces) in the load; each request picks one at random. */
const KEYS = Number(process.env.BENCH_SCALE_KEYS ?? 64);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
/** A request of moderate weight that every on-demand workspace can answer: the first page of its contacts. */
const PATH = '/contacts?limit=20';

function nginxBinary(): string | undefined {
  for (const candidate of [process.env.NGINX, 'nginx', '/usr/sbin/nginx'].filter(Boolean) as string[]) {
    try {
      execFileSync(candidate, ['-v'], { stdio: 'ignore' });
      return candidate;
    } catch {
      // not this one
    }
  }
  return undefined;
}

function hasWrk(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/** nginx with bench/nginx.conf.template filled in, in the foreground; resolves once it answers. */
async function startNginx(binary: string, upstreams: RunningServer[]): Promise<RunningServer> {
  const prefix = mkdtempSync(join(tmpdir(), 'sendbox-nginx-'));
  for (const dir of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(prefix, dir));
  const port = await freePort();
  const config = readFileSync(join(ROOT, 'bench/nginx.conf.template'), 'utf8')
    .replaceAll('{{PREFIX}}', prefix)
    .replaceAll('{{LISTEN}}', `127.0.0.1:${port}`)
    .replaceAll('{{WORKERS}}', '1')
    .replaceAll('{{UPSTREAMS}}', upstreams.map(u => `        server ${new URL(u.url).host};`).join('\n'));
  writeFileSync(join(prefix, 'nginx.conf'), config);
  const child: ChildProcess = spawn(binary, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>(resolve => {
      const done = () => {
        rmSync(prefix, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
    });
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}; its error log: ${join(prefix, 'error.log')}`);
    try {
      await fetch(`${url}/v2/health`);
      return { name: 'nginx', url, pid: child.pid!, stop };
    } catch {
      await sleep(50);
    }
  }
  await stop();
  throw new Error('nginx did not answer within 10 s');
}

const key = (n: number) => `sk_test_load-${n}`;

/** Requests per second of the many-key load: each request takes one of KEYS keys at random. */
async function manyKeyLoad(url: string, seconds: number): Promise<number> {
  if (hasWrk()) {
    const script = join(mkdtempSync(join(tmpdir(), 'sendbox-scale-')), 'keys.lua');
    writeFileSync(
      script,
      `function request() return wrk.format("GET", nil, { ["Authorization"] = "Bearer sk_test_load-" .. math.random(1, ${KEYS}) }, nil) end\n` +
        `bad = 0\nfunction response(status) if status ~= 200 then bad = bad + 1 end end\n`,
    );
    const out = execFileSync('wrk', ['-t2', `-c${CONNECTIONS}`, `-d${seconds}s`, '-s', script, url + PATH], { encoding: 'utf8' });
    if (/Non-2xx or 3xx responses/.test(out)) throw new Error(`the load got errors:\n${out}`);
    return Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
  }
  const { default: autocannon } = await import('autocannon');
  const result = await autocannon({
    url: url + PATH,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ setupRequest: req => ({ ...req, headers: { ...req.headers, authorization: `Bearer ${key(1 + Math.floor(Math.random() * KEYS))}` } }) }],
  });
  if (result.non2xx > 0) throw new Error(`the load got ${result.non2xx} non-2xx answers`);
  return result.requests.average;
}

/** Opens every key's workspace (seeding it) through `url`, so the measured runs only read. */
async function openWorkspaces(url: string): Promise<void> {
  for (let n = 1; n <= KEYS; n++) {
    const res = await fetch(url + PATH, { headers: { authorization: `Bearer ${key(n)}` } });
    if (res.status !== 200) throw new Error(`${key(n)}: ${res.status} ${await res.text()}`);
  }
}

/**
 * Writes a contact through nginx under each of a few keys, then asks every process directly: exactly one
 * must hold it, and the SuperSend key of the same workspace (test_NAME) must reach that process too.
 * Returns how many of the keys each process holds.
 */
async function checkAffinity(nginx: RunningServer, processes: RunningServer[]): Promise<number[]> {
  const held = processes.map(() => 0);
  for (let n = 1; n <= 16; n++) {
    const sk = `sk_test_affinity-${n}`;
    const email = `affinity-${n}@example.com`;
    const created = await fetch(`${nginx.url}/contacts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sk}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    if (created.status !== 201) throw new Error(`${sk}: create answered ${created.status}`);
    const holders: number[] = [];
    for (const [i, p] of processes.entries()) {
      const res = await fetch(`${p.url}/contacts?search=${encodeURIComponent(email)}`, { headers: { authorization: `Bearer ${sk}` } });
      const body = (await res.json()) as { data: { email: string }[] };
      if (body.data.some(c => c.email === email)) holders.push(i);
    }
    if (holders.length !== 1) throw new Error(`${sk}: held by ${holders.length} processes, not exactly one`);
    held[holders[0]]++;
    // The control plane, under the SuperSend key of the same workspace, reaches the same process: its
    // journal of test:affinity-N counts the POST above.
    const counted = await fetch(`${nginx.url}/__sandbox/requests/count?method=POST&path=/contacts`, { headers: { authorization: `Bearer test_affinity-${n}` } });
    const count = counted.status === 200 ? ((await counted.json()) as { data: { count: number } }).data.count : 0;
    if (count !== 1) throw new Error(`test_affinity-${n}: the control plane did not reach the process holding the workspace (${counted.status}, count ${count})`);
  }
  return held;
}

export async function runScaleOutBench(): Promise<void> {
  const nginxPath = nginxBinary();
  if (!nginxPath) {
    console.log('\nScale-out: nginx is not installed (Debian: apt-get install nginx-light); nothing measured.');
    return;
  }
  console.log(
    `\nScale-out: ${PROCESSES} sendbox processes behind nginx (hash of the key's workspace, consistent), ${KEYS} keys, ` +
      `${hasWrk() ? 'wrk -t2' : 'autocannon'}, ${CONNECTIONS} connections, ${SECONDS} s, GET ${PATH} ` +
      `(load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`,
  );
  const started: RunningServer[] = [];
  try {
    const processes: RunningServer[] = [];
    for (let i = 0; i < PROCESSES; i++) {
      const p = await startSendbox();
      processes.push(p);
      started.push(p);
    }
    const nginx = await startNginx(nginxPath, processes);
    started.push(nginx);
    const held = await checkAffinity(nginx, processes);
    console.log(`  affinity: 16 keys written through nginx, each found in exactly one process (${held.join(' + ')}); control plane followed`);

    await openWorkspaces(processes[0].url);
    await manyKeyLoad(processes[0].url, 2);
    const single = await manyKeyLoad(processes[0].url, SECONDS);
    console.log(`  1 process, direct:        ${Math.round(single).toLocaleString('en-US').padStart(7)} req/s`);

    await openWorkspaces(nginx.url);
    await manyKeyLoad(nginx.url, 2);
    const pair = await manyKeyLoad(nginx.url, SECONDS);
    console.log(`  ${PROCESSES} processes via nginx:   ${Math.round(pair).toLocaleString('en-US').padStart(7)} req/s  (${(pair / single).toFixed(2)}× one process)`);
  } finally {
    await Promise.all(started.reverse().map(s => s.stop()));
  }
}

// Run directly: `node --import tsx bench/scale-out.ts`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runScaleOutBench();
