/**
 * Saving to `--data-file` under load, in-process (a sandbox on an ephemeral port, the default data set in
 * every workspace). For 200 and 500 workspaces: one client writes (POST /v2/teams into a random workspace,
 * sequential) while a probe asks GET /v2/health every 25 ms, for BENCH_PERSIST_SECONDS (default 8) during
 * which the store saves in the background. Prints write and health p50/p99/max, the event loop's delay
 * (p99 and max, perf_hooks), the save times the store reports, the file size, and how long the shutdown
 * save takes. Then the cost of `dataSync: 'always'` (a write answered only once its workspace is on disk)
 * against the default batch mode, for 1 and 200 workspaces.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createSandbox, type Sandbox } from '../src/sandbox.js';

const SECONDS = Number(process.env.BENCH_PERSIST_SECONDS ?? 8);
const SIZES = (process.env.BENCH_PERSIST_WORKSPACES ?? '200,500').split(',').map(Number);
const SYNC_SIZES = (process.env.BENCH_PERSIST_SYNC_WORKSPACES ?? '1,200').split(',').map(Number);
const SYNC_WRITES = Number(process.env.BENCH_PERSIST_SYNC_WRITES ?? 200);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const keyOf = (i: number) => (i === 0 ? 'sandbox_key' : `test_bench${i}`);

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${ms(percentile(sorted, 50))}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted[sorted.length - 1] ?? NaN)} (${sorted.length})`;
}

interface Running {
  sandbox: Sandbox;
  base: string;
  file: string;
  stop(): Promise<number>;
}

/** `memory` runs without a data file: the floor the other figures compare with on a busy machine. */
async function start(workspaces: number, dataSync: 'batch' | 'always' | 'memory'): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), 'sendbox-bench-'));
  const file = join(dir, 'data.json');
  const options = dataSync === 'memory' ? {} : { dataFile: file, dataSync };
  // dataSync is unknown to builds without it; they ignore the option and save in batches.
  const sandbox = await createSandbox(options as Parameters<typeof createSandbox>[0]);
  const server = createServer(sandbox.listener);
  // As the CLI does: a save that stalls the loop must not make the server drop idle keep-alive sockets.
  server.keepAliveTimeout = 65_000;
  server.listen(0, '127.0.0.1');
  await new Promise(r => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Each test_ key opens (and seeds) its own workspace; one write makes each one need saving.
  for (let i = 0; i < workspaces; i++) await write(base, i, 'Warm-up');
  if (dataSync !== 'memory') await allSaved(base, workspaces);
  return {
    sandbox,
    base,
    file,
    async stop() {
      server.close();
      server.closeAllConnections();
      const began = performance.now();
      await sandbox.close();
      const closeMs = performance.now() - began;
      rmSync(dir, { recursive: true, force: true });
      return closeMs;
    },
  };
}

async function write(base: string, workspace: number, name: string): Promise<number> {
  const began = performance.now();
  const res = await fetch(`${base}/v2/teams`, {
    method: 'POST',
    headers: { authorization: `Bearer ${keyOf(workspace)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  await res.arrayBuffer();
  if (res.status !== 201) throw new Error(`POST /v2/teams: HTTP ${res.status}`);
  return performance.now() - began;
}

/** Waits until every workspace is on disk and prints how long that took (builds without the figure skip it). */
async function allSaved(base: string, workspaces: number): Promise<void> {
  const began = performance.now();
  for (;;) {
    const status = await persistenceStatus(base);
    if (!status) return;
    if (status.pending_workspaces === 0) break;
    await new Promise(r => setTimeout(r, 100));
  }
  console.log(`    first save of all ${workspaces} workspaces done after ${ms(performance.now() - began)} (serialised one at a time between requests)`);
}

async function persistenceStatus(base: string): Promise<Record<string, unknown> | undefined> {
  const res = await fetch(`${base}/__sandbox/persistence`, { headers: { authorization: 'Bearer sandbox_key' } });
  const body = (await res.json()) as { data?: Record<string, unknown> };
  return res.status === 200 ? body.data : undefined;
}

/** Writes and health probes side by side for SECONDS while the store saves in the background. */
async function underLoad(run: Running, workspaces: number): Promise<void> {
  const writes: number[] = [];
  const probes: number[] = [];
  const saves: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const until = performance.now() + SECONDS * 1000;
  const writer = (async () => {
    for (let n = 0; performance.now() < until; n++) writes.push(await write(run.base, n % workspaces, `Load ${n}`));
  })();
  const prober = (async () => {
    while (performance.now() < until) {
      const began = performance.now();
      const res = await fetch(`${run.base}/v2/health`);
      await res.arrayBuffer();
      probes.push(performance.now() - began);
      await new Promise(r => setTimeout(r, 25));
    }
  })();
  const watcher = (async () => {
    let last: unknown;
    while (performance.now() < until) {
      const status = await persistenceStatus(run.base);
      if (status && status.last_saved_at !== last && typeof status.last_save_ms === 'number') saves.push(status.last_save_ms);
      last = status?.last_saved_at;
      await new Promise(r => setTimeout(r, 200));
    }
  })();
  await Promise.all([writer, prober, watcher]);
  loop.disable();
  const size = statSync(run.file, { throwIfNoEntry: false })?.size ?? 0;
  console.log(`    ${workspaces} workspaces, data file ${(size / 1024 / 1024).toFixed(1)} MB`);
  console.log(`    POST /v2/teams          ${summary(writes)}`);
  console.log(`    GET /v2/health          ${summary(probes)}`);
  console.log(`    event loop delay        p99 ${ms(loop.percentile(99) / 1e6)}, max ${ms(loop.max / 1e6)}`);
  console.log(`    saves (store's figure)  ${saves.length ? summary(saves) : 'not reported'}`);
}

async function syncCost(workspaces: number): Promise<void> {
  for (const mode of ['batch', 'always'] as const) {
    const run = await start(workspaces, mode);
    const times: number[] = [];
    for (let n = 0; n < SYNC_WRITES; n++) times.push(await write(run.base, n % workspaces, `Sync ${n}`));
    await run.stop();
    console.log(`    ${workspaces} workspace(s), dataSync ${mode.padEnd(6)} POST /v2/teams ${summary(times)}`);
  }
}

export async function runPersistenceBench(): Promise<void> {
  console.log(`Persistence: saving under load (${SECONDS} s of sequential writes + a health probe every 25 ms)`);
  for (const size of SIZES) {
    for (const mode of ['memory', 'batch'] as const) {
      console.log(`  ${mode === 'memory' ? 'no data file (floor)' : '--data-file'}:`);
      const run = await start(size, mode);
      await underLoad(run, size);
      console.log(`    shutdown save           ${ms(await run.stop())}`);
    }
  }
  console.log(`Persistence: cost of dataSync 'always' (${SYNC_WRITES} sequential writes, spread over the workspaces)`);
  for (const size of SYNC_SIZES) await syncCost(size);
}
