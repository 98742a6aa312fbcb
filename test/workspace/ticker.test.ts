/**
 * The ticker (src/workspace/ticker.ts): a workspace whose clock runs in real time does its due work with
 * no request to it (an upload completes, a campaign email is sent, a webhook retry reaches its receiver),
 * a frozen clock holds its work, and a sandbox closes (and its process exits) with the ticker stopped.
 *
 * Each test waits for something observable: the workspace's state read in-process (a request to the
 * workspace would run its due work itself, proving nothing) or a receiver on port 0 getting an attempt.
 * Never for a time.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApi, type TestApi } from '../support/api.js';
import { enroll, newCampaign, newSender, newTeam, type Json } from '../support/fixtures.js';
import { ROOT, startCli } from '../support/cli.js';
import type { Workspace } from '../../src/workspace/workspace.js';
import type { SandboxOptions } from '../../src/sandbox.js';

/** A Monday 09:00 UTC: inside every sending window. */
const START = '2026-03-02T09:00:00.000Z';
const LATENCY_MS = 20;

const opened: TestApi[] = [];
const servers: Server[] = [];

afterEach(async () => {
  for (const api of opened.splice(0)) await api.sandbox.close();
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise(resolve => s.close(resolve));
  }
});

async function sandbox(options: SandboxOptions = {}): Promise<TestApi> {
  const api = await createTestApi({ seedData: false, processingLatencyMs: LATENCY_MS, ...options });
  opened.push(api);
  return api;
}

/** The workspace as the sandbox holds it: read without a request. */
function workspaceOf(api: TestApi, key: string): Workspace {
  const id = key === 'sandbox_key' ? 'default' : `test:${key.slice('test_'.length)}`;
  const ws = api.sandbox.workspace(id);
  if (!ws) throw new Error(`no workspace ${id}`);
  return ws;
}

/** Resolves once `condition()` holds, checking every few ms; fails after `limitMs` of real time. */
async function until(what: string, condition: () => boolean, limitMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > limitMs) throw new Error(`never happened: ${what}`);
    await new Promise(resolve => setTimeout(resolve, 5));
  }
}

/** The workspace's clock set to START (frozen or running from there). */
async function clockAt(api: TestApi, running: boolean): Promise<void> {
  expect((await api.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
  expect((await api.post('/__sandbox/clock').send({ action: 'set', at: START })).status).toBe(200);
  if (running) expect((await api.post('/__sandbox/clock').send({ action: 'resume' })).status).toBe(200);
}

async function queueUpload(api: TestApi, team: string, campaign: string, emails: string[]): Promise<string> {
  const res = await api.post('/v2/contacts/bulk').send({ TeamId: team, CampaignId: campaign, contacts: emails.map(email => ({ email })) });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return res.body.data.upload_id;
}

function uploadStatus(ws: Workspace, id: string): string | undefined {
  return ws.stores.uploads.uploads.get(id)?.status;
}

/** A workspace of `api` (by key) with a team and a campaign, its clock at START. */
async function world(api: TestApi, running: boolean): Promise<{ team: string; campaign: string }> {
  await clockAt(api, running);
  const team = (await newTeam(api, { name: 'Northwind' })).id;
  const campaign = (await newCampaign(api, team, 'Q1 outreach')).id;
  return { team, campaign };
}

describe('a running clock does its due work with no request', () => {
  it('completes an upload while the client makes no further request', async () => {
    const api = await sandbox();
    const { team, campaign } = await world(api, true);
    const id = await queueUpload(api, team, campaign, ['ada@northwind.test', 'grace@northwind.test']);
    const ws = workspaceOf(api, 'sandbox_key');

    // The latency, then one batch a second later: both run on the ticker.
    await until('upload completed', () => uploadStatus(ws, id) === 'completed');
    // The upload was the workspace's last API request (the control plane is not journaled).
    const last = await api.get('/__sandbox/requests?limit=1');
    expect(last.body.data.map((e: Json) => `${e.method} ${e.path}`)).toEqual(['POST /v2/contacts/bulk']);
    const done = await api.get(`/__sandbox/uploads/${id}`);
    expect(done.status).toBe(200);
    expect(done.body.data).toMatchObject({ status: 'completed', processed_count: 2, created_count: 2, failed_count: 0 });
    expect(Date.parse(done.body.data.completed_at)).toBeGreaterThanOrEqual(Date.parse(START) + LATENCY_MS + 1000);
  });

  it('marks what it ran for the data file: a restart finds the upload completed', async () => {
    const dataFile = join(mkdtempSync(join(tmpdir(), 'sendbox-ticker-data-')), 'sendbox.json');
    const api = await sandbox({ dataFile });
    const { team, campaign } = await world(api, true);
    const id = await queueUpload(api, team, campaign, ['ada@northwind.test']);
    await until('upload completed', () => uploadStatus(workspaceOf(api, 'sandbox_key'), id) === 'completed');
    await api.sandbox.close();
    opened.splice(opened.indexOf(api), 1);

    const again = await sandbox({ dataFile });
    expect(uploadStatus(workspaceOf(again, 'sandbox_key'), id)).toBe('completed');
  });

  it('sends the first email of an active campaign when its step falls due', async () => {
    const api = await sandbox();
    const { team } = await world(api, true);
    expect((await api.put('/__sandbox/engagement').send({ open_rate: 0, click_rate: 0, reply_rate: 0, autoresponse_rate: 0, bounce_rate: 0, unsubscribe_rate: 0 })).status).toBe(200);
    newSender(api, team, 'alex@northwind.test');
    const campaign = (await newCampaign(api, team, 'One email', ONE_EMAIL)).id;
    expect((await api.patch(`/v2/campaigns/${campaign}`).send({ status: 1, is_draft: false })).status).toBe(200);
    const contact = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ada@northwind.test' });
    const ws = workspaceOf(api, 'sandbox_key');

    await until('contact finished its sequence', () => ws.stores.supersend.enrollments.get(contact.id)?.finished === true);
    const events = await api.get(`/v2/events?TeamId=${team}&ContactId=${contact.id}`);
    expect(events.status).toBe(200);
    expect(events.body.data.map((e: Json) => e.type).reverse()).toEqual(['contact_added', 'sent']);
  });

  it('fires a webhook retry at its time: the receiver gets the second attempt', async () => {
    const rx = await flakyReceiver();
    const api = await sandbox({ webhooks: { retryDelaysMs: [100] } });
    const { team, campaign } = await world(api, true);
    const contact = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'priya@northwind.test' });
    const hook = await api.post('/v2/webhooks').send({ team_id: team, url: rx.url, events: { click: true } });
    expect(hook.status, JSON.stringify(hook.body)).toBe(201);
    const click = await api.post('/__sandbox/link-clicks').send({ contact_id: contact.id, original_url: 'https://northwind.test/pricing' });
    expect(click.status, JSON.stringify(click.body)).toBe(201);

    await rx.second;
    expect(rx.attempts).toHaveLength(2);
    const [delivery] = (await api.get(`/v2/webhooks/${hook.body.data.id}/deliveries?team_id=${team}`)).body.data;
    expect(delivery).toMatchObject({ status: 'delivered', attempt_count: 2, response_status: 200 });
  });
});

describe('a frozen clock holds its work', () => {
  it('runs nothing of a frozen workspace, even work that is due, while a running one ticks', async () => {
    const api = await sandbox();
    const frozen = api.as('test_frozen');
    const live = api.as('test_live');
    const f = await world(frozen, false);
    const l = await world(live, true);
    const held = await queueUpload(frozen, f.team, f.campaign, ['ada@frozen.test']);
    // Due on the workspace's clock now (set in-process: setting it over the control plane runs what falls
    // due): a request would run it, the ticker must not.
    const fws = workspaceOf(api, 'test_frozen');
    fws.clock.set(Date.parse(START) + LATENCY_MS);
    expect(fws.scheduler.pending().map(t => t.at)).toEqual([Date.parse(START) + LATENCY_MS]);

    // The live workspace's upload starts on a check of the ticker, which passed every open workspace.
    const ticked = await queueUpload(live, l.team, l.campaign, ['ada@live.test']);
    await until('live upload started', () => uploadStatus(workspaceOf(api, 'test_live'), ticked) === 'processing');
    expect(uploadStatus(fws, held)).toBe('pending');
    expect(fws.scheduler.pending()).toHaveLength(1);
    expect(fws.clock.now()).toBe(Date.parse(START) + LATENCY_MS);

    // The next request of the frozen workspace runs it, as before.
    const read = await frozen.get(`/__sandbox/uploads/${held}`);
    expect(read.body.data.status).toBe('processing');
  });

  it('runs nothing with --tick-ms 0, and nothing after close()', async () => {
    const off = await sandbox({ tickMs: 0 });
    // Its upload starts 300 ms after it is queued: time enough to close the sandbox first.
    const closed = await sandbox({ processingLatencyMs: 300 });
    const witness = await sandbox();
    const idle: Array<{ api: TestApi; upload: string }> = [];
    for (const api of [off, closed]) {
      const w = await world(api, true);
      idle.push({ api, upload: await queueUpload(api, w.team, w.campaign, ['ada@idle.test']) });
    }
    await closed.sandbox.close();
    for (const { api } of idle) {
      const ws = workspaceOf(api, 'sandbox_key');
      await until('idle upload due', () => ws.scheduler.pending()[0].at <= ws.clock.now());
    }
    const w = await world(witness, true);
    const ticked = await queueUpload(witness, w.team, w.campaign, ['ada@witness.test']);
    await until('witness upload started', () => uploadStatus(workspaceOf(witness, 'sandbox_key'), ticked) === 'processing');
    for (const { api, upload } of idle) {
      const ws = workspaceOf(api, 'sandbox_key');
      expect(ws.scheduler.pending()[0].at).toBeLessThanOrEqual(ws.clock.now());
      expect(uploadStatus(ws, upload)).toBe('pending');
    }
  });
});

/** A receiver on 127.0.0.1 port 0 answering 503 to the first attempt, 200 after; `second` resolves on attempt 2. */
async function flakyReceiver(): Promise<{ url: string; attempts: number[]; second: Promise<void> }> {
  let arrived!: () => void;
  const second = new Promise<void>(resolve => (arrived = resolve));
  const attempts: number[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      attempts.push(Date.now());
      res.writeHead(attempts.length === 1 ? 503 : 200).end('ok');
      if (attempts.length === 2) arrived();
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, attempts, second };
}

describe('the command', () => {
  it('ticks by default: a webhook retry reaches the receiver with no request after the click', async () => {
    const rx = await flakyReceiver();
    const cli = startCli(['--port', '0', '--webhook-retries', '0.1']);
    try {
      const url = await cli.url;
      const post = async (path: string, body: unknown): Promise<Json> => {
        const res = await fetch(url + path, { method: 'POST', headers: { authorization: 'Bearer test_cli_tick', 'content-type': 'application/json' }, body: JSON.stringify(body) });
        const json = (await res.json()) as Json;
        expect(res.status, JSON.stringify(json)).toBeLessThan(300);
        return json.data;
      };
      const team = await post('/v2/teams', { name: 'Northwind' });
      const campaign = await post('/v2/campaigns', { TeamId: team.id, name: 'Q1' });
      const contact = await post('/v2/contacts', { TeamId: team.id, CampaignId: campaign.id, email: 'priya@northwind.test' });
      await post('/v2/webhooks', { team_id: team.id, url: rx.url, events: { click: true } });
      await post('/__sandbox/link-clicks', { contact_id: contact.id, original_url: 'https://northwind.test/pricing' });
      await rx.second;
      expect(rx.attempts).toHaveLength(2);
    } finally {
      cli.child.kill('SIGTERM');
    }
    expect(await cli.exited).toBe(0);
  });

  it('refuses a --tick-ms that is not a number of milliseconds >= 0', async () => {
    const cli = startCli(['--port', '0', '--tick-ms', '-1']);
    expect(await cli.exited).not.toBe(0);
    expect(cli.output()).toContain('--tick-ms must be a number of milliseconds >= 0, got "-1"');
  });
});

describe('the process', () => {
  it('exits on its own with a ticking sandbox, closed or not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sendbox-ticker-'));
    const script = join(dir, 'ticking.mts');
    writeFileSync(
      script,
      [
        `import { createSandbox } from ${JSON.stringify(join(ROOT, 'src/sandbox.ts'))};`,
        `const close = process.argv[2] === 'close';`,
        `const kept = await createSandbox({ seedData: false, tickMs: 1 });`,
        `const dropped = await createSandbox({ seedData: false, tickMs: 1 });`,
        // Work due in an hour keeps both tickers armed.
        `for (const s of [kept, dropped]) s.workspace('default').scheduler.after(3_600_000, 'later', () => {});`,
        `if (close) await kept.close();`,
        `process.stdout.write('ready\\n');`,
      ].join('\n'),
    );
    for (const mode of ['close', 'leave']) {
      const child = spawn(process.execPath, ['--import', 'tsx', script, mode], { cwd: ROOT });
      let out = '';
      child.stdout.on('data', chunk => (out += chunk));
      child.stderr.on('data', chunk => (out += chunk));
      const code = await new Promise<number | null>((resolve, reject) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`still running 60 s later (${mode}): ${out}`));
        }, 60_000);
        child.once('exit', c => {
          clearTimeout(timer);
          resolve(c);
        });
      });
      expect({ mode, code, out }).toEqual({ mode, code: 0, out: 'ready\n' });
    }
  }, 130_000);
});

/** start → one email → stop. */
const ONE_EMAIL = {
  nodes: [
    { id: 'start', type: 'startNode', data: { type: 12 }, position: { x: 0, y: 0 } },
    { id: 'e1', type: 'emailNode', data: { type: 1, subject_a: 'Hello', body_a: '<p>hi</p>' }, position: { x: 0, y: 1 } },
    { id: 'stop', type: 'stopNode', data: { type: 11 }, position: { x: 0, y: 2 } },
  ],
  edges: [
    { id: 'a', source: 'start', target: 'e1', type: 'buttonedge' },
    { id: 'b', source: 'e1', target: 'stop', type: 'buttonedge' },
  ],
};
