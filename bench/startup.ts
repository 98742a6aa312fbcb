/**
 * Start-up of the installed command (`dist/src/main.js`, what `npx sendbox` runs; built first when the
 * sources are newer): time from spawn to the first answer on /v2/health, `--help` and `--version` alone,
 * and the resident memory of the idle process on the `default` data set. `npm start` is timed too; its
 * extra is npm's own start. Medians of BENCH_STARTUP_RUNS runs (default 5).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT, freePort } from './servers.js';
import { ensureBuilt } from '../test/support/build.js';

const RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 5);
const CLI = join(ROOT, 'dist/src/main.js');
/** How long the server is left alone before its memory is read. */
const IDLE_MS = 2000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** True once the URL answers 200; a refused connection (not listening yet) is false. */
function answers(url: string): Promise<boolean> {
  return new Promise(resolve => {
    const request = get(url, response => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
  });
}

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

interface Start {
  ms: number;
  rssMb: number;
}

/** Spawns the command, polls /v2/health every 5 ms until it answers, then reads the idle memory and stops it. */
async function timeStart(command: string, args: string[], readMemory: boolean): Promise<Start> {
  const port = await freePort();
  const began = performance.now();
  const child = spawn(command, [...args, '--port', String(port)], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
  try {
    while (!(await answers(`http://127.0.0.1:${port}/v2/health`))) {
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode}`);
      await sleep(5);
    }
    const took = performance.now() - began;
    if (!readMemory) return { ms: took, rssMb: NaN };
    await sleep(IDLE_MS);
    return { ms: took, rssMb: rssKb(child.pid!) / 1024 };
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** Wall time of `node ARGS` until it exits. */
async function timeExit(args: string[]): Promise<number> {
  const began = performance.now();
  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  await new Promise(resolve => child.once('exit', resolve));
  return performance.now() - began;
}

export async function runStartupBench(): Promise<void> {
  if (ensureBuilt()) process.stdout.write('startup: built dist/ first (npm run build)\n');
  const starts: Start[] = [];
  const helps: number[] = [];
  const versions: number[] = [];
  const npmStarts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    starts.push(await timeStart(process.execPath, [CLI], true));
    helps.push(await timeExit([CLI, '--help']));
    versions.push(await timeExit([CLI, '--version']));
    npmStarts.push((await timeStart('npm', ['start', '--silent', '--'], false)).ms);
  }
  const baseline: number[] = [];
  for (let i = 0; i < RUNS; i++) baseline.push(await timeExit(['--eval', '0']));
  process.stdout.write(
    `\nStart-up (medians of ${RUNS}; goals: first answer ≤ 500 ms, --help ≤ 300 ms, idle RSS ≤ 150 MB)\n` +
      `  sendbox → first /v2/health answer   ${ms(median(starts.map(s => s.ms)))}\n` +
      `  npm start → first answer            ${ms(median(npmStarts))}\n` +
      `  sendbox --help                      ${ms(median(helps))}\n` +
      `  sendbox --version                   ${ms(median(versions))}\n` +
      `  node -e 0 (for comparison)          ${ms(median(baseline))}\n` +
      `  idle RSS, default data set          ${median(starts.map(s => s.rssMb)).toFixed(0)} MB\n`,
  );
}
