/**
 * CPU per request of sendbox's own request path, without sockets or a load generator: the five HTTP
 * bench cases handed to `sandbox.listener` in this process with an in-memory request and a
 * ServerResponse that keeps what is written. On a shared machine the HTTP figures swing with the load;
 * this one mostly does not, so it is the figure to compare changes of the hot path by (before/after in
 * README "Performance"). BENCH_DIST=path/to/dist/src measures another build of sendbox.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Sandbox } from '../src/sandbox.js';
import { ROOT } from './servers.js';
import { ensureBuilt } from '../test/support/build.js';

const REQUESTS = Number(process.env.BENCH_HOT_REQUESTS ?? 20_000);

interface HotCase {
  name: string;
  method: string;
  url: (teamId: string) => string;
  authorization: string;
  body?: (teamId: string, n: number) => string;
}

const HOT_CASES: HotCase[] = [
  { name: 'GET /v2/contacts?TeamId&limit=20', method: 'GET', url: t => `/v2/contacts?TeamId=${t}&limit=20`, authorization: 'Bearer sandbox_key' },
  { name: 'GET /v2/teams', method: 'GET', url: () => '/v2/teams', authorization: 'Bearer sandbox_key' },
  {
    name: 'POST /v2/contacts (new email each)',
    method: 'POST',
    url: () => '/v2/contacts',
    authorization: 'Bearer sandbox_key',
    body: (t, n) => JSON.stringify({ TeamId: t, email: `hot.${n}@example.com`, first_name: 'Bench', company_name: 'Loadtest Ltd' }),
  },
  {
    name: 'POST /v2/contacts invalid (400)',
    method: 'POST',
    url: () => '/v2/contacts',
    authorization: 'Bearer sandbox_key',
    body: () => JSON.stringify({ email: 'bench.runner@example.com', first_name: 'Bench' }),
  },
  { name: 'GET /contacts?limit=20 (sk)', method: 'GET', url: () => '/contacts?limit=20', authorization: 'Bearer sk_sandbox' },
];

/** Never connected; one for every request (a new Socket per request costs more than the request). */
const SOCKET = new Socket();

/** One exchange through the listener; resolves with the status and body once the answer is ended. */
export function exchange(sandbox: Sandbox, method: string, url: string, authorization: string, body?: string): Promise<{ status: number; body: string }> {
  const req = new IncomingMessage(SOCKET);
  req.method = method;
  req.url = url;
  req.headers = { host: '127.0.0.1', authorization, ...(body !== undefined && { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }) };
  if (body !== undefined) req.push(body);
  req.push(null);
  const res = new ServerResponse(req);
  const chunks: string[] = [];
  return new Promise(resolve => {
    // The answer is written with a single end(payload), which without a socket is only buffered.
    const end = res.end.bind(res);
    res.end = ((chunk?: unknown) => {
      if (typeof chunk === 'string') chunks.push(chunk);
      end();
      resolve({ status: res.statusCode, body: chunks.join('') });
      return res;
    }) as ServerResponse['end'];
    sandbox.listener(req, res);
  });
}

export async function runHotPathBench(): Promise<void> {
  const dist = process.env.BENCH_DIST ?? (ensureBuilt(), `${ROOT}dist/src`);
  const { createSandbox } = (await import(pathToFileURL(`${dist}/sandbox.js`).href)) as typeof import('../src/sandbox.js');
  const sandbox = await createSandbox();
  const teams = await exchange(sandbox, 'GET', '/v2/teams?limit=1', 'Bearer sandbox_key');
  const teamId = (JSON.parse(teams.body) as { data: { id: string }[] }).data[0].id;
  console.log(`\nHot path in-process (${dist}): CPU per request over ${REQUESTS.toLocaleString('en-US')} requests, no sockets`);
  for (const c of HOT_CASES.filter(h => !process.env.BENCH_HOT_CASE || h.name.includes(process.env.BENCH_HOT_CASE))) {
    let n = 0;
    const once = () => exchange(sandbox, c.method, c.url(teamId), c.authorization, c.body?.(teamId, ++n));
    for (let i = 0; i < 2000; i++) await once();
    const cpu = process.cpuUsage();
    const began = performance.now();
    let status = 0;
    for (let i = 0; i < REQUESTS; i++) status = (await once()).status;
    const used = process.cpuUsage(cpu);
    const wall = performance.now() - began;
    const us = (used.user + used.system) / REQUESTS;
    console.log(`  ${c.name.padEnd(36)} ${us.toFixed(1).padStart(6)} µs CPU  ${((wall * 1000) / REQUESTS).toFixed(1).padStart(6)} µs wall  (status ${status})`);
  }
  await sandbox.close();
}
