/**
 * Fairness under load, against a sendbox in its own process:
 *
 * 1. `/v2/health` latency (p50/p99/max, one probe at a time) alone, then while 4 clients, each in its own
 *    workspace, loop POST /v2/contacts/bulk with a ~9 MB CSV of 10,000 rows (the workspace clock runs, so
 *    earlier uploads are processed before each client's next request).
 * 2. The stall a clock advance over 81 queued uploads of 10,000 rows causes: `/v2/health` probed every
 *    5 ms while POST /__sandbox/clock/advance runs; the longest probe is the longest the loop was blocked.
 *
 * The queued-work bounds are raised through their environment variables for part 2 (81 uploads exceed
 * the defaults on purpose); a sendbox without them ignores the variables. BENCH_FAIR_UPLOADS and
 * BENCH_FAIR_SECONDS shorten a run.
 */
import { startSendbox, type RunningServer } from './servers.js';

const CLIENTS = 4;
const LOAD_SECONDS = Number(process.env.BENCH_FAIR_SECONDS ?? 10);
const QUEUED_UPLOADS = Number(process.env.BENCH_FAIR_UPLOADS ?? 81);
const ROWS = 10_000;

interface Latencies {
  p50: number;
  p99: number;
  max: number;
  n: number;
}

function summary(ms: number[]): Latencies {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), max: sorted.at(-1) ?? NaN, n: sorted.length };
}

const show = (l: Latencies) => `p50 ${l.p50.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms, max ${l.max.toFixed(0)} ms (${l.n} probes)`;

/** ~930-byte rows (a long notes column), so 10,000 rows make a ~9 MB file. */
function wideCsv(): string {
  const notes = 'Met at the spring conference; interested in the enterprise plan, follow up after the budget review. '.repeat(9);
  const lines = ['Email,First Name,Last Name,Company,Notes'];
  for (let i = 0; i < ROWS; i++) lines.push(`person.${i}@fair-bench.test,Ada,Lovelace,"Initech, Inc.","${notes}"`);
  return lines.join('\n') + '\n';
}

const MAPPING = JSON.stringify({ Email: 'email', 'First Name': 'first_name', 'Last Name': 'last_name', Company: 'company_name', Notes: 'custom.notes' });

/** The parts of answers the bench reads. */
interface Answer {
  data: { id: string; ran: number };
}

class Client {
  constructor(
    readonly base: string,
    readonly key: string,
  ) {}

  async json(method: string, path: string, body?: unknown): Promise<Answer> {
    const res = await fetch(this.base + path, {
      method,
      headers: { authorization: `Bearer ${this.key}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const parsed = (await res.json()) as Answer; // the bench trusts the server's shapes
    if (res.status >= 400) throw new Error(`${method} ${path}: HTTP ${res.status} ${JSON.stringify(parsed).slice(0, 300)}`);
    return parsed;
  }

  /** A team and a campaign to upload into. */
  async target(): Promise<{ TeamId: string; CampaignId: string }> {
    const team = (await this.json('POST', '/v2/teams', { name: 'Fairness' })).data;
    const campaign = (await this.json('POST', '/v2/campaigns', { TeamId: team.id, name: 'Fairness' })).data;
    return { TeamId: team.id, CampaignId: campaign.id };
  }
}

async function probeHealth(base: string): Promise<number> {
  const start = performance.now();
  const res = await fetch(`${base}/v2/health`, { headers: { authorization: 'Bearer sandbox_key' } });
  await res.arrayBuffer();
  return performance.now() - start;
}

/** Sequential health probes until `stop()` says so, `gapMs` apart. */
async function probeUntil(base: string, stop: () => boolean, gapMs: number): Promise<number[]> {
  const ms: number[] = [];
  while (!stop()) {
    ms.push(await probeHealth(base));
    if (gapMs) await new Promise(r => setTimeout(r, gapMs));
  }
  return ms;
}

export async function uploadsUnderLoad(server: RunningServer): Promise<void> {
  const csv = new Blob([wideCsv()], { type: 'text/csv' });
  const clients = Array.from({ length: CLIENTS }, (_, i) => new Client(server.url, `test_fair${i}`));
  const targets = await Promise.all(clients.map(c => c.target()));

  let until = performance.now() + 3000;
  const idle = summary(await probeUntil(server.url, () => performance.now() > until, 5));

  const statuses = new Map<number, number>();
  until = performance.now() + LOAD_SECONDS * 1000;
  const uploading = clients.map(async (c, i) => {
    while (performance.now() < until) {
      const form = new FormData();
      form.set('TeamId', targets[i].TeamId);
      form.set('CampaignId', targets[i].CampaignId);
      form.set('mapping_fields', MAPPING);
      form.set('contacts', csv, 'contacts.csv');
      const res = await fetch(`${c.base}/v2/contacts/bulk`, { method: 'POST', headers: { authorization: `Bearer ${c.key}` }, body: form });
      await res.arrayBuffer();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
  });
  const loaded = summary(await probeUntil(server.url, () => performance.now() > until, 5));
  await Promise.all(uploading);
  const answered = [...statuses].map(([status, n]) => `${n}× ${status}`).join(', ');
  console.log(`Fairness: /v2/health alone: ${show(idle)}`);
  console.log(`Fairness: /v2/health while ${CLIENTS} clients post ${(csv.size / 1024 / 1024).toFixed(1)} MB CSV uploads for ${LOAD_SECONDS} s: ${show(loaded)}; uploads answered ${answered}`);
}

export async function advanceOverQueuedUploads(server: RunningServer): Promise<void> {
  const client = new Client(server.url, 'test_advance');
  const target = await client.target();
  await client.json('POST', '/__sandbox/clock', { action: 'freeze' });
  // The same 10,000 rows each time: processing upserts, so memory stays flat however many are queued.
  const contacts = Array.from({ length: ROWS }, (_, i) => ({ email: `queued.${i}@fair-bench.test`, first_name: 'Grace', company_name: 'Hooli' }));
  for (let i = 0; i < QUEUED_UPLOADS; i++) await client.json('POST', '/v2/contacts/bulk', { contacts, ...target });

  let done = false;
  const probes = probeUntil(server.url, () => done, 5);
  const start = performance.now();
  const advanced = await client.json('POST', '/__sandbox/clock/advance', { seconds: 24 * 3600 });
  const wall = performance.now() - start;
  done = true;
  const stall = summary(await probes);
  console.log(
    `Fairness: clock advance over ${QUEUED_UPLOADS} queued uploads of ${ROWS} rows (${advanced.data.ran} jobs) answered in ${(wall / 1000).toFixed(2)} s; ` +
      `/v2/health meanwhile: ${show(stall)} (the max is the longest stall of the event loop a client saw)`,
  );
}

export async function runFairnessBench(): Promise<void> {
  const loaded = await startSendbox();
  try {
    await uploadsUnderLoad(loaded);
  } finally {
    await loaded.stop();
  }
  const rowsNeeded = String(QUEUED_UPLOADS * ROWS);
  process.env.SENDBOX_MAX_QUEUED_ROWS = rowsNeeded;
  process.env.SENDBOX_MAX_QUEUED_ROWS_TOTAL = rowsNeeded;
  process.env.SENDBOX_MAX_QUEUED_MB = '4096';
  const advancing = await startSendbox();
  try {
    await advanceOverQueuedUploads(advancing);
  } finally {
    await advancing.stop();
  }
}
