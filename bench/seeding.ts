/**
 * Seeding: wall time, time spent in GC and heap growth to build each data set into a fresh workspace
 * (no HTTP). `default` is built several times (it opens every on-demand test workspace, so its cost per
 * workspace matters); the large sets once each. BENCH_SEED_SIZES=100000,1000000 picks the large sizes.
 * Heap figures need `--expose-gc` (a full GC before and after each build); `--max-old-space-size=8000`
 * leaves room for large:1000000.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { createWorkspace, type Workspace } from '../src/workspace/workspace.js';
import { loadDataSet } from '../seeds/index.js';

const SIZES = (process.env.BENCH_SEED_SIZES ?? '100000,1000000').split(',').map(s => Number(s.trim())).filter(n => n > 0);
const DEFAULT_RUNS = 20;

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number) => `${(bytes / 2 ** 20).toLocaleString('en-US', { maximumFractionDigits: bytes < 100 * 2 ** 20 ? 1 : 0 })} MB`;
const seconds = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

let gcMs = 0;
const observer = new PerformanceObserver(list => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
});

interface Run {
  ms: number;
  gcMs: number;
  heapBytes: number;
  ws: Workspace;
}

async function build(name: string): Promise<Run> {
  const dataSet = await loadDataSet(name);
  const ws = createWorkspace({ id: 'default', seed: 'bench' });
  gc();
  // GC entries arrive asynchronously: let the ones of the cleanup above land before counting.
  await new Promise(r => setTimeout(r, 100));
  const heapBefore = process.memoryUsage().heapUsed;
  const gcBefore = gcMs;
  const start = performance.now();
  dataSet.populate(ws);
  const ms = performance.now() - start;
  // GC entries are delivered in batches, after the build has returned.
  await new Promise(r => setTimeout(r, 100));
  const gcDuring = gcMs - gcBefore;
  gc();
  return { ms, gcMs: gcDuring, heapBytes: process.memoryUsage().heapUsed - heapBefore, ws };
}

function describe(ws: Workspace): string {
  const s = ws.stores.supersend;
  return `${s.teams.size} teams, ${s.campaigns.size} campaigns, ${s.profiles.size.toLocaleString('en-US')} profiles, ` +
    `${s.enrollments.size.toLocaleString('en-US')} enrollments, ${s.events.length.toLocaleString('en-US')} events, ` +
    `${ws.stores.skProject.contacts.size.toLocaleString('en-US')} secret-key contacts`;
}

export async function runSeedingBench(): Promise<void> {
  observer.observe({ entryTypes: ['gc'] });
  const loadStart = performance.now();
  await loadDataSet('default');
  console.log(`Seeding (fresh workspace, in-process; Faker import ${seconds(performance.now() - loadStart)} once per process)`);
  if (!(globalThis as { gc?: unknown }).gc) console.log('  (run node with --expose-gc for heap figures)');

  const times: number[] = [];
  let last: Run | undefined;
  for (let i = 0; i < DEFAULT_RUNS; i++) {
    last = await build('default');
    times.push(last.ms);
  }
  times.sort((a, b) => a - b);
  console.log(`  default          median ${seconds(times[times.length >> 1])} of ${DEFAULT_RUNS} builds (slowest ${seconds(times[times.length - 1])}), heap +${mb(last!.heapBytes)}: ${describe(last!.ws)}`);
  last = undefined;

  for (const name of ['demo', ...SIZES.map(n => `large:${n}`)]) {
    let run: Run | undefined = await build(name);
    const perContact = (run.ms * 1000) / (run.ws.stores.supersend.profiles.size + run.ws.stores.skProject.contacts.size);
    console.log(
      `  ${name.padEnd(16)} ${seconds(run.ms)} (GC ${seconds(run.gcMs)}, ${perContact.toFixed(1)} µs per contact), heap +${mb(run.heapBytes)}: ${describe(run.ws)}`,
    );
    run = undefined;
    gc();
  }
  observer.disconnect();
}
