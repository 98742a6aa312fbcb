/**
 * Webhook delivery off the request path, against a sendbox in its own process: API latency while every
 * delivery goes to a receiver that accepts the connection and never answers (each attempt holds its slot
 * for the full 10 s timeout), and how long shutdown takes with attempts in flight.
 *
 * 1. Baseline: GET /v2/teams, one probe at a time, for BENCH_WEBHOOK_SECONDS (default 5).
 * 2. The same probes while one client fires POST /v2/webhooks/:id/test in a loop (each queues a delivery),
 *    in the same workspace: first to a receiver that answers 200 at once (the cost of the second client),
 *    then to the hanging receiver (the cost of receivers that never answer); the test calls' own latency
 *    is reported too.
 * 3. SIGTERM → exit, with 4 attempts hanging and hundreds waiting.
 *
 * `node --import tsx bench/webhooks.ts` (or `npm run bench:webhooks`); prints figures, never asserts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSendbox } from './servers.js';

const SECONDS = Number(process.env.BENCH_WEBHOOK_SECONDS ?? 5);
const KEY = { authorization: 'Bearer sandbox_key', 'content-type': 'application/json' };

function summary(ms: number[]) {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return `p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? NaN).toFixed(0)} ms (${sorted.length} requests)`;
}

/** Answers every request 200 at once. */
async function answeringReceiver(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end('ok'));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` };
}

/** Accepts every request and never answers (connections are dropped when the bench ends). */
async function hangingReceiver(): Promise<{ server: Server; url: string; received: () => number }> {
  let received = 0;
  const server = createServer(() => {
    received++;
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received: () => received };
}

async function timed(url: string, init?: RequestInit): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { headers: KEY, ...init });
  await res.arrayBuffer();
  if (res.status >= 400) throw new Error(`${init?.method ?? 'GET'} ${url} → ${res.status}`);
  return performance.now() - started;
}

async function probe(url: string, until: number): Promise<number[]> {
  const ms: number[] = [];
  while (performance.now() < until) ms.push(await timed(url));
  return ms;
}

export async function runWebhookBench(): Promise<void> {
  const receiver = await hangingReceiver();
  const server = await startSendbox();
  try {
    const teams = (await (await fetch(`${server.url}/v2/teams`, { headers: KEY })).json()) as { data: { id: string }[] };
    const teamId = teams.data[0].id;
    const webhook = async (url: string) => {
      const created = await fetch(`${server.url}/v2/webhooks`, { method: 'POST', headers: KEY, body: JSON.stringify({ team_id: teamId, url, events: { reply: true } }) });
      return ((await created.json()) as { data: { id: string } }).data.id;
    };
    const answering = await answeringReceiver();
    const answeredId = await webhook(answering.url);
    const webhookId = await webhook(receiver.url);

    const baseline = await probe(`${server.url}/v2/teams`, performance.now() + SECONDS * 1000);
    console.log(`webhooks: GET /v2/teams alone: ${summary(baseline)}`);

    /** Probes while a second client queues test deliveries of `id` in a loop. */
    const underLoad = async (id: string) => {
      const until = performance.now() + SECONDS * 1000;
      const testCalls: number[] = [];
      const firing = (async () => {
        while (performance.now() < until) testCalls.push(await timed(`${server.url}/v2/webhooks/${id}/test`, { method: 'POST', body: '{}' }));
      })();
      const loaded = await probe(`${server.url}/v2/teams`, until);
      await firing;
      return { loaded, testCalls };
    };
    const answered = await underLoad(answeredId);
    answering.server.close();
    console.log(`webhooks: GET /v2/teams while deliveries go to a receiver answering 200: ${summary(answered.loaded)}`);
    console.log(`webhooks: POST /v2/webhooks/:id/test to that receiver: ${summary(answered.testCalls)}`);
    const { loaded, testCalls } = await underLoad(webhookId);
    console.log(`webhooks: GET /v2/teams while deliveries hang: ${summary(loaded)}`);
    console.log(`webhooks: POST /v2/webhooks/:id/test to the hanging receiver: ${summary(testCalls)}; receiver holds ${receiver.received()} connections`);

    const stopping = performance.now();
    await server.stop();
    console.log(`webhooks: SIGTERM → exit with ${receiver.received()} attempts hanging and ${testCalls.length - receiver.received()} waiting: ${(performance.now() - stopping).toFixed(0)} ms`);
  } finally {
    await server.stop();
    receiver.server.closeAllConnections();
    receiver.server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runWebhookBench();
