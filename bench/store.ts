/**
 * Store latency at scale: a workspace holding N contacts (default 100k), then p50/p99 of validated
 * requests through the full chain (list with search, upsert of new and existing contacts), sequential,
 * over a keep-alive connection to an in-process server.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox } from '../src/sandbox.js';
import { createTeam } from '../src/resources/supersend/teams/service.js';
import { createCampaign } from '../src/resources/supersend/campaigns/service.js';
import { upsertContact } from '../src/resources/supersend/contacts/service.js';

const SIZE = Number(process.env.BENCH_CONTACTS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const FIRST = ['ada', 'grace', 'alan', 'katherine', 'linus', 'margaret', 'edsger', 'barbara', 'donald', 'frances'];
const COMPANIES = ['Initech', 'Globex', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Acme', 'Cyberdyne', 'Soylent'];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function timeRequests(label: string, send: (i: number) => Promise<Response>): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = process.hrtime.bigint();
    const res = await send(i);
    await res.arrayBuffer();
    if (res.status >= 400) throw new Error(`${label}: HTTP ${res.status}`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`  ${label.padEnd(52)} p50 ${percentile(times, 50).toFixed(2).padStart(6)} ms  p99 ${percentile(times, 99).toFixed(2).padStart(6)} ms`);
}

export async function runStoreBench(): Promise<void> {
  const sandbox = await createSandbox({ seedData: false });
  const ws = sandbox.workspace('default')!;
  const team = createTeam(ws, { name: 'Bench Team' });
  const campaign = createCampaign(ws, { name: 'Bench Campaign', TeamId: team.id });
  const heapBefore = process.memoryUsage().heapUsed;
  const seedStart = performance.now();
  for (let i = 0; i < SIZE; i++) {
    const first = FIRST[i % FIRST.length];
    const company = COMPANIES[Math.floor(i / FIRST.length) % COMPANIES.length];
    upsertContact(ws, { TeamId: team.id, CampaignId: campaign.id, email: `${first}.${i}@${company.toLowerCase()}.test`, first_name: first, company_name: company });
  }
  const seedMs = performance.now() - seedStart;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  console.log(`Store: ${SIZE} contacts in one team seeded in ${(seedMs / 1000).toFixed(1)} s, ~${heapMb.toFixed(0)} MB heap; ${REQUESTS} sequential requests each`);

  const server = createServer(sandbox.listener).listen(0, '127.0.0.1');
  await new Promise(r => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const headers = { authorization: 'Bearer sandbox_key', 'content-type': 'application/json' };
  try {
    await timeRequests('GET /v2/contacts search (rare term, full scan)', () =>
      fetch(`${base}/v2/contacts?TeamId=${team.id}&search=katherine.99&limit=20`, { headers }));
    await timeRequests('GET /v2/contacts search (common term, first page)', i =>
      fetch(`${base}/v2/contacts?TeamId=${team.id}&search=${COMPANIES[i % COMPANIES.length]}&limit=20`, { headers }));
    await timeRequests('GET /v2/contacts page 50 of CampaignId', () =>
      fetch(`${base}/v2/contacts?TeamId=${team.id}&CampaignId=${campaign.id}&limit=20&offset=1000`, { headers }));
    await timeRequests('POST /v2/contacts upsert (existing contact)', i =>
      fetch(`${base}/v2/contacts`, { method: 'POST', headers, body: JSON.stringify({ TeamId: team.id, CampaignId: campaign.id, email: `ada.${(i * 10) % SIZE}@initech.test`, title: `Title ${i}` }) }));
    await timeRequests('POST /v2/contacts upsert (new contact)', i =>
      fetch(`${base}/v2/contacts`, { method: 'POST', headers, body: JSON.stringify({ TeamId: team.id, CampaignId: campaign.id, email: `new.${i}@bench.test`, first_name: 'New' }) }));
  } finally {
    server.close();
  }
}
