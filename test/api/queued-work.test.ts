/**
 * Queued work is bounded: rows held per workspace, and rows and bytes across the sandbox. On a frozen
 * clock nothing drains, so clients looping uploads reach the bound and get 429 (413 for a request larger
 * than a bound by itself), in their family's envelope, and the queued rows never pass the bounds.
 */
import { describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import type { SandboxOptions } from '../../src/sandbox.js';

type Json = Record<string, any>;

interface Client {
  api: TestApi;
  workspaceId: string;
  team: Json;
  campaign: Json;
}

/** A client in its own on-demand workspace, with a team and a campaign, its clock frozen. */
async function client(root: TestApi, name: string): Promise<Client> {
  const api = root.as(`test_${name}`);
  const team = (await api.post('/v2/teams').send({ name: 'Acme' })).body.data;
  const campaign = (await api.post('/v2/campaigns').send({ TeamId: team.id, name: 'Outreach' })).body.data;
  expect((await api.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
  return { api, workspaceId: `test:${name}`, team, campaign };
}

function rows(n: number, prefix: string): Json[] {
  return Array.from({ length: n }, (_, i) => ({ email: `${prefix}.${i}@example.test`, first_name: 'Ada' }));
}

const TEN_THOUSAND = rows(10_000, 'bulk');

function postRows(c: Client, contacts: Json[] = TEN_THOUSAND) {
  return c.api.post('/v2/contacts/bulk').send({ contacts, TeamId: c.team.id, CampaignId: c.campaign.id });
}

function queuedRows(api: TestApi, workspaceId: string): number {
  return api.sandbox.workspace(workspaceId)!.scheduler.queued.rows;
}

async function sandboxWith(options: SandboxOptions): Promise<TestApi> {
  return createTestApi({ seedData: false, ...options });
}

/** Posts 10,000-row uploads until the first refusal (at most `max` tries); answers the statuses seen. */
async function loopUntilRefused(c: Client, max: number, seen: Json[]): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < max; i++) {
    const res = await postRows(c);
    statuses.push(res.status);
    if (res.status !== 202) {
      seen.push({ status: res.status, body: res.body, retryAfter: res.headers['retry-after'] });
      break;
    }
  }
  return statuses;
}

describe('queued work bounds', () => {
  it('three clients looping 10,000-row uploads on a frozen clock get 429 once the sandbox holds its bound', async () => {
    const api = await sandboxWith({ maxQueuedRows: 30_000, maxQueuedRowsTotal: 60_000 });
    const clients = await Promise.all(['loop1', 'loop2', 'loop3'].map(name => client(api, name)));
    const refusals: Json[] = [];
    const runs = await Promise.all(clients.map(c => loopUntilRefused(c, 8, refusals)));

    // 60,000 rows across the sandbox: six uploads accepted in all, whatever the interleaving.
    const accepted = runs.flat().filter(s => s === 202).length;
    expect(accepted).toBe(6);
    for (const run of runs) expect(run.at(-1)).toBe(429);
    expect(refusals).toHaveLength(3);
    for (const r of refusals) {
      expect(r.retryAfter).toBe('1');
      expect(r.body.error).toMatchObject({ type: 'rate_limit_error', code: 'queue_full', param: 'contacts' });
      expect(typeof r.body.request_id).toBe('string');
    }
    const perWorkspace = clients.map(c => queuedRows(api, c.workspaceId));
    for (const n of perWorkspace) expect(n).toBeLessThanOrEqual(30_000);
    expect(perWorkspace.reduce((a, b) => a + b, 0)).toBe(60_000);
    // A refused upload queued nothing: the clock shows one start job per accepted upload.
    const pending = await Promise.all(clients.map(async c => (await c.api.get('/__sandbox/clock')).body.data.pending_jobs));
    expect(pending.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('refuses past the workspace bound, and accepts again once the clock has drained the queue', async () => {
    const api = await sandboxWith({ maxQueuedRows: 20_000 });
    const c = await client(api, 'drain');
    expect((await postRows(c)).status).toBe(202);
    expect((await postRows(c)).status).toBe(202);
    const refused = await postRows(c);
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toBe(
      'This workspace has 20,000 rows of work queued (at most 20,000); this request adds 10,000. Retry once queued work has been processed.',
    );
    expect(queuedRows(api, c.workspaceId)).toBe(20_000);

    // Another workspace has its own bound.
    const other = await client(api, 'drain-other');
    expect((await postRows(other)).status).toBe(202);

    // 1 s latency, then 500 rows per second: both uploads are done within 42 s of workspace time.
    const advanced = await c.api.post('/__sandbox/clock/advance').send({ seconds: 42 });
    expect(advanced.status).toBe(200);
    expect(advanced.body.data.pending_jobs).toBe(0);
    expect(queuedRows(api, c.workspaceId)).toBe(0);
    expect((await postRows(c)).status).toBe(202);
    expect(queuedRows(api, c.workspaceId)).toBe(10_000);
  });

  it('answers 413 for an upload larger than the bound by itself, and bounds bytes across workspaces', async () => {
    const small = await sandboxWith({ maxQueuedRows: 5_000 });
    const c = await client(small, 'big');
    const res = await postRows(c);
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ type: 'invalid_request_error', code: 'request_too_large', param: 'contacts' });
    expect(queuedRows(small, c.workspaceId)).toBe(0);
    expect((await postRows(c, rows(5_000, 'fits'))).status).toBe(202);

    const body = JSON.stringify({ contacts: TEN_THOUSAND, TeamId: 'x', CampaignId: 'y' }).length;
    const bytes = await sandboxWith({ maxQueuedBytes: Math.round(body * 1.5) });
    const [a, b] = await Promise.all([client(bytes, 'bytes-a'), client(bytes, 'bytes-b')]);
    expect((await postRows(a)).status).toBe(202);
    const refused = await postRows(b);
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/^The sandbox \(all workspaces\) has [\d,]+ bytes of work queued/);
    expect(queuedRows(bytes, b.workspaceId)).toBe(0);
  });

  it('V1 uploads, secret-key imports and bulk jobs answer in their own envelopes', async () => {
    const api = await sandboxWith({ maxQueuedRows: 1_000 });
    const c = await client(api, 'families');
    const v1 = await c.api.post('/v1/bulk-contacts').send({ contacts: rows(600, 'v1'), TeamId: c.team.id, CampaignId: c.campaign.id });
    expect(v1.status).toBe(200);
    const v1Refused = await c.api.post('/v1/bulk-contacts').send({ contacts: rows(600, 'v1b'), TeamId: c.team.id, CampaignId: c.campaign.id });
    expect(v1Refused.status).toBe(429);
    expect(v1Refused.body).toEqual({ success: false, error: expect.stringMatching(/^This workspace has 600 rows of work queued/) });

    const sk = api.as('sk_test_skfam');
    expect((await sk.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
    const csv = ['email', ...rows(700, 'sk').map(r => r.email)].join('\n');
    const imported = await sk.post('/contacts/import').attach('file', Buffer.from(csv), { filename: 'a.csv', contentType: 'text/csv' });
    expect(imported.status).toBe(202);
    const again = await sk.post('/contacts/import').attach('file', Buffer.from(csv), { filename: 'a.csv', contentType: 'text/csv' });
    expect(again.status).toBe(429);
    expect(again.body).toMatchObject({ success: false, error: { code: 'RATE_LIMIT_EXCEEDED', statusCode: 429 } });
    expect(again.headers['retry-after']).toBe('1');

    const ids = Array.from({ length: 400 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const bulk = await sk.post('/contacts/bulk-delete').send({ mode: 'ids', contactIds: ids });
    expect(bulk.status).toBe(429);
    expect(bulk.body.error.code).toBe('RATE_LIMIT_EXCEEDED');
    const query = await sk.post('/contacts/bulk-subscribe').send({ mode: 'query' });
    expect(query.status).toBe(202);

    // The import and the query job drain on the clock; the bulk job then fits.
    expect((await sk.post('/__sandbox/clock/advance').send({ seconds: 60 })).status).toBe(200);
    expect(queuedRows(api, 'test:skfam')).toBe(0);
    expect((await sk.post('/contacts/bulk-delete').send({ mode: 'ids', contactIds: ids })).status).toBe(202);
  });
});

describe('finished work kept', () => {
  it('keeps the newest 50 finished uploads of a workspace', async () => {
    const api = await sandboxWith({});
    const c = await client(api, 'kept');
    const ids: string[] = [];
    for (let i = 0; i < 51; i++) {
      const res = await postRows(c, rows(1, `kept${i}`));
      expect(res.status).toBe(202);
      ids.push(res.body.data.upload_id);
    }
    expect((await c.api.post('/__sandbox/clock/advance').send({ seconds: 10 })).status).toBe(200);
    const first = await c.api.get(`/__sandbox/uploads/${ids[0]}`);
    expect(first.status).toBe(404);
    const second = await c.api.get(`/__sandbox/uploads/${ids[1]}`);
    expect(second.status).toBe(200);
    expect(second.body.data.status).toBe('completed');
    expect((await c.api.get(`/__sandbox/uploads/${ids[50]}`)).body.data.status).toBe('completed');
  });

  it('drops the oldest finished secret-key imports once their files pass 32 MB', async () => {
    const api = await sandboxWith({});
    const sk = api.as('sk_test_keptfiles');
    expect((await sk.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
    // 4.9 MB without an email column: each import fails at once, keeping its file (6.5 MB as base64).
    const file = Buffer.from(`name\n${`${'x'.repeat(999)}\n`.repeat(4_900)}`);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await sk.post('/contacts/import').attach('file', file, { filename: `f${i}.csv`, contentType: 'text/csv' });
      expect(res.status).toBe(202);
      ids.push(res.body.jobId);
      // One at a time, so the jobs finish in the order they were queued.
      expect((await sk.post('/__sandbox/clock/advance').send({ seconds: 30 })).status).toBe(200);
      expect((await sk.get(`/contacts/import/${ids[i]}`)).body.state).toBe('failed');
    }
    // Six files of 6.5 MB (6.2 MiB) pass 32 MiB: the oldest went, the other five stay.
    expect((await sk.get(`/contacts/import/${ids[0]}`)).status).toBe(404);
    for (const id of ids.slice(1)) expect((await sk.get(`/contacts/import/${id}`)).status).toBe(200);
  }, 120_000);
});
