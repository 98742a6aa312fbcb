/**
 * Start-up of the installed command (`dist/src/main.js`, what `npx sendbox` runs; built first when the
 * sources are newer): time from spawn to the first answer on /v2/health, `--help` and `--version` alone,
 * and the resident memory of the idle process on the `default` data set. `npm start` is timed too; its
 * extra is npm's own start. Medians of BENCH_STARTUP_RUNS runs (default 5).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { cpus, loadavg } from 'node:os';
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

/**
 * CPU time the process's main thread has used (user + system), from /proc in clock ticks of 10 ms. On a
 * loaded machine wall time mostly measures the wait for a core; this is the work itself.
 */
function mainThreadCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Start {
  ms: number;
  cpuMs: number;
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
    const cpuMs = mainThreadCpuMs(child.pid!);
    if (!readMemory) return { ms: took, cpuMs, rssMb: NaN };
    await sleep(IDLE_MS);
    return { ms: took, cpuMs, rssMb: rssKb(child.pid!) / 1024 };
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

/** The floor: a bare node:http server that answers every path, started the same way. */
const BARE_SERVER = `
  import { createServer } from 'node:http';
  const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
  createServer((req, res) => res.end('{}')).listen(port, '127.0.0.1');
`;

export async function runStartupBench(): Promise<void> {
  if (ensureBuilt()) process.stdout.write('startup: built dist/ first (npm run build)\n');
  const sendbox: Start[] = [];
  const bare: Start[] = [];
  const npmStart: Start[] = [];
  const help: number[] = [];
  const version: number[] = [];
  const nodeAlone: number[] = [];
  const load = loadavg()[0];
  for (let i = 0; i < RUNS; i++) {
    sendbox.push(await timeStart(process.execPath, [CLI], true));
    bare.push(await timeStart(process.execPath, ['--input-type=module', '--eval', BARE_SERVER, '--'], true));
    npmStart.push(await timeStart('npm', ['start', '--silent', '--'], false));
    help.push(await timeExit([CLI, '--help']));
    version.push(await timeExit([CLI, '--version']));
    nodeAlone.push(await timeExit(['--eval', '0']));
  }
  const row = (label: string, wall: number, cpu?: number) =>
    `  ${label.padEnd(40)}${ms(wall).padStart(9)}${cpu === undefined ? '' : ms(cpu).padStart(18)}\n`;
  const of = (starts: Start[], key: 'ms' | 'cpuMs' | 'rssMb') => median(starts.map(s => s[key]));
  process.stdout.write(
    `\nStart-up (medians of ${RUNS}, load average ${load.toFixed(1)} on ${cpus().length} cores when it began)\n` +
      `  goals: first answer ≤ 500 ms, --help ≤ 300 ms, idle RSS ≤ 150 MB\n` +
      `  ${''.padEnd(40)}${'wall'.padStart(9)}${'main-thread CPU'.padStart(18)}\n` +
      row('sendbox → first /v2/health answer', of(sendbox, 'ms'), of(sendbox, 'cpuMs')) +
      row('bare node:http server → first answer', of(bare, 'ms'), of(bare, 'cpuMs')) +
      row('npm start → first answer', of(npmStart, 'ms')) +
      row('sendbox --help', median(help)) +
      row('sendbox --version', median(version)) +
      row('node -e 0', median(nodeAlone)) +
      `  idle RSS: sendbox ${of(sendbox, 'rssMb').toFixed(0)} MB on the default data set, bare server ${of(bare, 'rssMb').toFixed(0)} MB\n`,
  );
}
