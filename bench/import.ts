/**
 * Bulk CSV import through the API, in-process: a sandbox on an ephemeral port, a frozen workspace clock,
 * multipart POSTs to /v2/contacts/bulk, then the clock advanced (POST /__sandbox/clock/advance, one
 * second at a time) until every upload is completed. Prints upload size, rows, wall time and heap growth.
 *
 * The document caps an upload at 10,000 rows, so ~5 MB / ~50k rows goes in as five CSV files of 10,000
 * rows each; a single 5 MB file of 50k rows is also sent, to time how fast it is refused.
 *
 * Then the secret-key API's own import (POST /contacts/import, 5 MB at most): one ~5 MB CSV of ~50k rows,
 * polled through GET /contacts/import/:jobId while the clock advances.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSandbox } from '../src/sandbox.js';

const TOTAL_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);
const PER_UPLOAD = 10_000;
const FIRST = ['Ada', 'Grace', 'Alan', 'Katherine', 'Linus', 'Margaret', 'Edsger', 'Barbara', 'Donald', 'Frances'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Torvalds', 'Hamilton', 'Dijkstra', 'Liskov', 'Knuth', 'Allen'];
const COMPANIES = ['Initech, Inc.', 'Globex', 'Umbrella Corp', 'Hooli', 'Vandelay Industries', 'Stark', 'Wayne Enterprises', 'Acme', 'Cyberdyne', 'Soylent'];
const MAPPING = JSON.stringify({ Email: 'email', 'First Name': 'first_name', 'Last Name': 'last_name', Company: 'company_name', Title: 'title', City: 'city', Country: 'country', Phone: 'phone' });

function csvOf(from: number, to: number): string {
  const lines = ['Email,First Name,Last Name,Company,Title,City,Country,Phone'];
  for (let i = from; i < to; i++) {
    const first = FIRST[i % 10];
    const last = LAST[Math.floor(i / 10) % 10];
    const company = COMPANIES[Math.floor(i / 100) % 10];
    lines.push(`${first.toLowerCase()}.${last.toLowerCase()}.${i}@example-company.test,${first},${last},"${company}",CTO,Austin,United States,+1-415-555-${String(i % 10_000).padStart(4, '0')}`);
  }
  return lines.join('\n') + '\n';
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

function heapMb(): number {
  global.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

export async function runImportBench(): Promise<void> {
  const sandbox = await createSandbox({ seedData: false });
  const server = createServer(sandbox.listener).listen(0, '127.0.0.1');
  await new Promise(r => server.once('listening', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const auth = { authorization: 'Bearer sandbox_key' };
  const json = { ...auth, 'content-type': 'application/json' };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(base + path, { method, headers: json, body: body === undefined ? undefined : JSON.stringify(body) });
    const parsed = (await res.json()) as any;
    if (res.status >= 400) throw new Error(`${method} ${path}: HTTP ${res.status} ${JSON.stringify(parsed)}`);
    return parsed;
  };
  const postCsv = async (csv: string, teamId: string, campaignId: string) => {
    const form = new FormData();
    form.set('TeamId', teamId);
    form.set('CampaignId', campaignId);
    form.set('mapping_fields', MAPPING);
    form.set('contacts', new Blob([csv], { type: 'text/csv' }), 'contacts.csv');
    const start = performance.now();
    const res = await fetch(`${base}/v2/contacts/bulk`, { method: 'POST', headers: auth, body: form });
    const body = (await res.json()) as any;
    return { status: res.status, body, ms: performance.now() - start };
  };

  try {
    const team = (await call('POST', '/v2/teams', { name: 'Import Bench' })).data;
    const campaign = (await call('POST', '/v2/campaigns', { TeamId: team.id, name: 'Import Bench' })).data;
    await call('POST', '/__sandbox/clock', { action: 'freeze' });

    const whole = csvOf(0, TOTAL_ROWS);
    const single = await postCsv(whole, team.id, campaign.id);
    console.log(`Import: one ${mb(Buffer.byteLength(whole))} MB CSV of ${TOTAL_ROWS} rows → HTTP ${single.status} in ${single.ms.toFixed(0)} ms (${single.body.error?.message ?? 'accepted'})`);

    const files: string[] = [];
    for (let from = 0; from < TOTAL_ROWS; from += PER_UPLOAD) files.push(csvOf(from, Math.min(TOTAL_ROWS, from + PER_UPLOAD)));
    const bytes = files.reduce((n, f) => n + Buffer.byteLength(f), 0);
    const heapBefore = heapMb();
    const acceptStart = performance.now();
    const ids: string[] = [];
    for (const csv of files) {
      const res = await postCsv(csv, team.id, campaign.id);
      if (res.status !== 202) throw new Error(`upload refused: HTTP ${res.status} ${JSON.stringify(res.body)}`);
      ids.push(res.body.data.upload_id);
    }
    const acceptMs = performance.now() - acceptStart;
    const heapQueued = heapMb();

    let processMs = 0;
    let readMs = 0;
    let advances = 0;
    let slowestAdvance = 0;
    for (;;) {
      const t = performance.now();
      await call('POST', '/__sandbox/clock/advance', { seconds: 1 });
      const stepMs = performance.now() - t;
      processMs += stepMs;
      slowestAdvance = Math.max(slowestAdvance, stepMs);
      advances++;
      const r = performance.now();
      const statuses = await Promise.all(ids.map(id => call('GET', `/__sandbox/uploads/${id}`).then(res => res.data)));
      readMs += performance.now() - r;
      if (statuses.every(u => u.status === 'completed' || u.status === 'failed')) {
        const created = statuses.reduce((n, u) => n + u.created_count, 0);
        const failed = statuses.reduce((n, u) => n + u.failed_count, 0);
        const heapAfter = heapMb();
        console.log(
          `Import: ${files.length} CSV uploads, ${mb(bytes)} MB, ${TOTAL_ROWS} rows: accepted (parse + validate + queue) in ${acceptMs.toFixed(0)} ms; ` +
            `processed in ${(processMs / 1000).toFixed(2)} s wall over ${advances} clock advances of 1 s (slowest ${slowestAdvance.toFixed(0)} ms); ` +
            `${created} created, ${failed} failed; ${advances * ids.length} progress reads took ${(readMs / 1000).toFixed(2)} s more`,
        );
        console.log(`Import: heap +${(heapQueued - heapBefore).toFixed(0)} MB while queued, +${(heapAfter - heapBefore).toFixed(0)} MB after completion (${TOTAL_ROWS} contacts, their events and the uploads' row outcomes)`);
        break;
      }
    }
    const list = await call('GET', `/v2/contacts?TeamId=${team.id}&CampaignId=${campaign.id}&limit=1`);
    if (list.pagination.total !== TOTAL_ROWS) throw new Error(`expected ${TOTAL_ROWS} contacts, listed ${list.pagination.total}`);
    await runSkImport(base);
  } finally {
    server.close();
  }
}

/** ~100-byte rows, so 50k rows come close to the 5 MB limit of POST /contacts/import. */
function skCsvOf(rows: number): string {
  const lines = ['email,firstName,lastName,company,plan,seats,newsletter'];
  for (let i = 0; i < rows; i++) {
    const first = FIRST[i % 10];
    const last = LAST[Math.floor(i / 10) % 10];
    lines.push(`${first.toLowerCase()}.${last.toLowerCase()}.${i}@customers.example-company.test,${first},${last},"${COMPANIES[Math.floor(i / 100) % 10]}",pro,${i % 50},yes`);
  }
  return lines.join('\n') + '\n';
}

async function runSkImport(base: string): Promise<void> {
  const auth = { authorization: 'Bearer sk_sandbox' };
  const csv = skCsvOf(TOTAL_ROWS);
  const form = new FormData();
  form.set('file', new Blob([csv], { type: 'text/csv' }), 'customers.csv');
  const heapBefore = heapMb();
  const start = performance.now();
  const queued = await fetch(`${base}/contacts/import`, { method: 'POST', headers: auth, body: form });
  const { jobId } = (await queued.json()) as { jobId: string };
  if (queued.status !== 202) throw new Error(`sk import refused: HTTP ${queued.status}`);
  const acceptMs = performance.now() - start;
  let processMs = 0;
  let advances = 0;
  for (;;) {
    const t = performance.now();
    await fetch(`${base}/__sandbox/clock/advance`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ seconds: 60 }) }).then(r => r.arrayBuffer());
    processMs += performance.now() - t;
    advances++;
    const job = (await (await fetch(`${base}/contacts/import/${jobId}`, { headers: auth })).json()) as { state: string; result: { createdCount: number; failureCount: number } | null };
    if (job.state === 'completed' || job.state === 'failed') {
      console.log(
        `Import (secret-key API): one ${mb(Buffer.byteLength(csv))} MB CSV, ${TOTAL_ROWS} rows: accepted in ${acceptMs.toFixed(0)} ms; ` +
          `processed in ${(processMs / 1000).toFixed(2)} s wall (${advances} advances of 60 s); state ${job.state}, ` +
          `${job.result?.createdCount ?? 0} created, ${job.result?.failureCount ?? 0} failed; heap +${(heapMb() - heapBefore).toFixed(0)} MB`,
      );
      return;
    }
  }
}
