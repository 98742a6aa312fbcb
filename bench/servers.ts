/** Starts the servers a benchmark measures, each in its own process so the load generator doesn't share its CPU time. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from '../test/support/build.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface RunningServer {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Prism takes seconds to start, minutes on a loaded machine. */
async function waitUntilUp(url: string, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: server exited with ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise(r => setTimeout(r, 200));
    }
  }
  throw new Error(`${url}: not up after ${timeoutMs} ms`);
}

function start(name: string, command: string, args: string[], probePath: string, port: number, env: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production', ...env } });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>(resolve => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 3000).unref();
    });
  return waitUntilUp(url + probePath, child).then(() => ({ name, url, pid: child.pid!, stop }));
}

/** The built command, as `npx sendbox` runs it (dist/ is built first when the sources are newer). */
export async function startSendbox(extraArgs: string[] = []): Promise<RunningServer> {
  ensureBuilt();
  const port = await freePort();
  return start('sendbox', process.execPath, ['dist/src/main.js', '--port', String(port), ...extraArgs], '/v2/health', port);
}

/** The ceiling: a bare node:http server answering every request with the same fixed JSON body. */
export async function startCeiling(body: string): Promise<RunningServer> {
  const port = await freePort();
  const script = `
    const body = Buffer.from(process.env.CEILING_BODY);
    require('node:http').createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length }).end(body));
    }).listen(${port}, '127.0.0.1');
  `;
  return start('ceiling', process.execPath, ['--eval', script], '/', port, { CEILING_BODY: body });
}

export async function startPrism(): Promise<RunningServer> {
  const port = await freePort();
  return start('prism', `${ROOT}node_modules/.bin/prism`, ['mock', '-v', 'silent', '-p', String(port), '-h', '127.0.0.1', 'openapi.yaml'], '/v2/health', port);
}
