/**
 * Webhooks (openapi.yaml: the nine /v2/webhooks operations; the control document: the webhook inbox):
 * management from state, deliveries made from the event log, signed POSTs to real receivers on 127.0.0.1,
 * retries on the workspace clock, outbound safety, the built-in inbox, per-workspace isolation and the
 * snapshot round trip. Attempts happen off the request path: tests wait for an observable change of the
 * delivery (its attempt_count), never for time.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { createTestApi, type TestApi } from '../support/api.js';
import { advanceClock, enroll, iso, newCampaign, newTeam, setClock, type Json } from '../support/fixtures.js';
import { recordEvent } from '../../src/resources/supersend/events/service.js';
import { startCli } from '../support/cli.js';

const T0 = '2026-03-02T09:00:00.000Z';
const T0_MS = Date.parse(T0);
const UNKNOWN_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const ALL_OFF = { open: false, click: false, reply: false, bounce: false, sent: false, unsubscribe: false };

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver on 127.0.0.1 port 0: answers each request with `answer(n)` (n from 1), keeps what arrived. */
async function receiver(answer: (n: number) => { status: number; body?: string; headers?: Record<string, string> } | 'hang'): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const a = answer(received.length);
      if (a === 'hang') return;
      res.writeHead(a.status, { 'content-type': 'text/plain', ...a.headers });
      res.end(a.body ?? 'ok');
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/ss?src=sendbox`, received, server };
}

let servers: Server[] = [];
let api: TestApi;
let team: string;
let campaign: Json;
let contact: Json;

beforeEach(async () => {
  servers = [];
  api = await createTestApi({ seedData: false });
  expect((await api.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
  await setClock(api, T0);
  team = (await newTeam(api, { name: 'Northwind' })).id;
  campaign = await newCampaign(api, team, 'Q1 logistics outreach');
  contact = await enroll(api, { TeamId: team, CampaignId: campaign.id, email: 'priya@northwind.test', first_name: 'Priya', last_name: 'Raman' });
  // The first sandbox of the file loads the documents: slow on a loaded machine.
}, 120_000);

afterEach(async () => {
  await api.sandbox.close();
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise(resolve => s.close(resolve));
  }
});

async function createWebhook(body: Json, as: TestApi = api): Promise<Json> {
  const res = await as.post('/v2/webhooks').send({ team_id: team, ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

/** A click of the contact, as if the recipient clicked (one `click` event of the team). */
async function click(as: TestApi = api, contactId: string = contact.id): Promise<void> {
  const res = await as.post('/__sandbox/link-clicks').send({ contact_id: contactId, original_url: 'https://northwind.test/pricing' });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

async function deliveries(webhookId: string, query = '', as: TestApi = api, teamId = team): Promise<Json> {
  const res = await as.get(`/v2/webhooks/${webhookId}/deliveries?team_id=${teamId}${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function delivery(webhookId: string, id: string, as: TestApi = api, teamId = team): Promise<Json> {
  const res = await as.get(`/v2/webhooks/${webhookId}/deliveries/${id}?team_id=${teamId}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

/** Polls the delivery until its attempt_count reaches `count` (attempts run off the request path). */
async function attempted(webhookId: string, id: string, count: number, as: TestApi = api, teamId = team): Promise<Json> {
  for (let i = 0; i < 500; i++) {
    const d = await delivery(webhookId, id, as, teamId);
    if (d.attempt_count >= count && d.status !== 'pending') return d;
    await new Promise(resolve => setTimeout(resolve, 10));
  }
  throw new Error(`delivery ${id} never reached attempt ${count}`);
}

describe('managing webhooks', () => {
  it('create answers the events map and the secret once; list and get answer config, a masked secret and campaign_count', async () => {
    const created = await createWebhook({ url: 'https://hooks.northwind.test/ss', name: 'CRM sync', events: { reply: true, click: true }, headers: { 'X-Source': 'sendbox' } });
    expect(created).toEqual({
      object: 'webhook', id: expect.any(String), url: 'https://hooks.northwind.test/ss', name: 'CRM sync', enabled: true,
      events: { ...ALL_OFF, reply: true, click: true }, secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{32}$/),
      headers: { 'X-Source': 'sendbox' }, team_id: team, created_at: T0,
    });
    const listed = await api.get(`/v2/webhooks?team_id=${team}`);
    expect(listed.status).toBe(200);
    const item = {
      object: 'webhook', id: created.id, url: 'https://hooks.northwind.test/ss', name: 'CRM sync', enabled: true, events: [], secret: '*',
      headers: { 'X-Source': 'sendbox' }, campaign_count: 1,
      config: { reply_event: true, open_event: false, click_event: true, sent_event: false, bounce_event: false, unsubscribe_event: false },
      team_id: team, created_at: T0, updated_at: T0,
    };
    expect(listed.body.data).toEqual([item]);
    expect(listed.body.pagination).toEqual({ total: 1, limit: 50, offset: 0, has_more: false });
    expect((await api.get(`/v2/webhooks/${created.id}`)).body.data).toEqual(item);
    expect((await api.get(`/v2/webhooks?team_id=${team}&enabled=false`)).body.data).toEqual([]);
  });

  it('patch merges toggles, replaces headers and answers the list shape; delete removes it and its log', async () => {
    const w = await createWebhook({ url: 'https://hooks.northwind.test/ss', events: { reply: true, open: true }, headers: { A: '1' } });
    await advanceClock(api, 60);
    const patched = await api.patch(`/v2/webhooks/${w.id}`).send({ enabled: false, events: { open: false, sent: true }, headers: { B: '2' } });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toMatchObject({
      enabled: false, headers: { B: '2' }, updated_at: iso(T0_MS + 60_000),
      config: { reply_event: true, open_event: false, click_event: false, sent_event: true, bounce_event: false, unsubscribe_event: false },
    });
    const deleted = await api.delete(`/v2/webhooks/${w.id}?team_id=${team}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.message).toBe('Webhook deleted successfully');
    const gone = await api.get(`/v2/webhooks/${w.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('webhook_not_found');
    expect((await api.get(`/v2/webhooks?team_id=${team}`)).body.data).toEqual([]);
  });

  it('refuses bad input with a 4xx naming the parameter, and keeps teams apart', async () => {
    const ftp = await api.post('/v2/webhooks').send({ team_id: team, url: 'ftp://hooks.northwind.test/ss' });
    expect(ftp.status).toBe(400);
    expect(ftp.body.error.param).toBe('url');
    const foreign = await api.post('/v2/webhooks').send({ team_id: UNKNOWN_ID, url: 'https://hooks.northwind.test/ss' });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error).toMatchObject({ code: 'team_access_denied', param: 'team_id' });
    const reserved = await api.post('/v2/webhooks').send({ team_id: team, url: 'https://h.test/', headers: { 'Webhook-Signature': 'x' } });
    expect(reserved.status).toBe(400);
    expect(reserved.body.error.param).toBe('headers');
    const noTeam = await api.get('/v2/webhooks');
    expect(noTeam.status).toBe(400);
    expect(noTeam.body.error.param).toBe('team_id');

    const w = await createWebhook({ url: 'https://hooks.northwind.test/ss' });
    const other = (await newTeam(api, { name: 'Globex' })).id;
    const wrongTeam = await api.get(`/v2/webhooks/${w.id}?team_id=${other}`);
    expect(wrongTeam.status).toBe(404);
    expect(wrongTeam.body.error.code).toBe('webhook_not_found');
    expect((await api.get(`/v2/webhooks?team_id=${other}`)).body.data).toEqual([]);
    const missingDelivery = await api.get(`/v2/webhooks/${w.id}/deliveries/${UNKNOWN_ID}?team_id=${team}`);
    expect(missingDelivery.status).toBe(404);
    expect(missingDelivery.body.error.code).toBe('webhook_delivery_not_found');
  });
});

describe('delivering', () => {
  it('retries a failing receiver on the workspace clock: retrying → delivered on attempt 3, signed every time', async () => {
    const rx = await receiver(n => (n <= 2 ? { status: 503, body: 'try later' } : { status: 200, body: '{"ok":true}', headers: { 'content-type': 'application/json' } }));
    const w = await createWebhook({ url: rx.url, events: { click: true }, headers: { 'X-Source': 'sendbox' } });
    await click();
    const [pending] = (await deliveries(w.id)).data;
    expect(pending).toMatchObject({ event_type: 'click', max_attempts: 5, campaign: { id: campaign.id, name: 'Q1 logistics outreach' } });
    expect(pending.contact).toEqual({ id: contact.id, email: 'priya@northwind.test', name: 'Priya Raman' });

    const first = await attempted(w.id, pending.id, 1);
    expect(first).toMatchObject({
      status: 'retrying', attempt_count: 1, last_attempt_at: T0, next_retry_at: iso(T0_MS + 60_000), delivered_at: null,
      response_status: 503, error_message: '503 Service Unavailable', response_body: 'try later',
    });
    expect(first.response_headers['content-type']).toBe('text/plain');

    // Frozen clock: nothing more happens until it is advanced to the retry.
    await advanceClock(api, 59);
    expect((await delivery(w.id, pending.id)).attempt_count).toBe(1);
    await advanceClock(api, 1);
    const second = await attempted(w.id, pending.id, 2);
    expect(second).toMatchObject({ status: 'retrying', attempt_count: 2, last_attempt_at: iso(T0_MS + 60_000), next_retry_at: iso(T0_MS + 360_000) });

    await advanceClock(api, 300);
    const third = await attempted(w.id, pending.id, 3);
    expect(third).toMatchObject({
      status: 'delivered', attempt_count: 3, last_attempt_at: iso(T0_MS + 360_000), next_retry_at: null, delivered_at: iso(T0_MS + 360_000),
      response_status: 200, error_message: null, response_body: '{"ok":true}',
    });

    expect(rx.received).toHaveLength(3);
    const verifier = new Webhook(w.secret);
    for (const r of rx.received) {
      expect(r.headers['webhook-id']).toBe(pending.id);
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['x-source']).toBe('sendbox');
      expect(verifier.verify(r.body, r.headers as Record<string, string>)).toEqual(pending.payload);
    }
    expect(JSON.parse(rx.received[0].body)).toMatchObject({
      type: 'click', timestamp: T0, team_id: team, campaign_id: campaign.id, contact_id: contact.id,
      campaign: { id: campaign.id, name: 'Q1 logistics outreach' },
      contact: { id: contact.id, email: 'priya@northwind.test', first_name: 'Priya', last_name: 'Raman' },
      details: { url: 'https://northwind.test/pricing', inbox_reply: true },
    });
    // Another key's secret does not verify it.
    const other = await createWebhook({ url: rx.url });
    expect(() => new Webhook(other.secret).verify(rx.received[0].body, rx.received[0].headers as Record<string, string>)).toThrow();
  });

  it('fails after five attempts at 1 min, 5 min, 15 min and 1 h, and a manual retry sends once more', async () => {
    const rx = await receiver(() => ({ status: 500, body: 'x'.repeat(20_000) }));
    const w = await createWebhook({ url: rx.url, events: { click: true } });
    await click();
    const id = (await deliveries(w.id)).data[0].id;
    const retries = [60, 300, 900, 3600];
    let at = T0_MS;
    for (let n = 1; n <= 4; n++) {
      const d = await attempted(w.id, id, n);
      expect(d).toMatchObject({ status: 'retrying', last_attempt_at: iso(at), next_retry_at: iso(at + retries[n - 1] * 1000) });
      // The body is kept up to 10 KB.
      expect(d.response_body).toHaveLength(10 * 1024);
      at += retries[n - 1] * 1000;
      await advanceClock(api, retries[n - 1]);
    }
    const failed = await attempted(w.id, id, 5);
    expect(failed).toMatchObject({ status: 'failed', attempt_count: 5, max_attempts: 5, last_attempt_at: iso(at), next_retry_at: null, response_status: 500 });
    await advanceClock(api, 86_400);
    expect((await delivery(w.id, id)).attempt_count).toBe(5);

    const retry = await api.post(`/v2/webhooks/${w.id}/deliveries/${id}/retry`).send({ team_id: team });
    expect(retry.status).toBe(200);
    expect(retry.body.data).toMatchObject({ id, status: 'pending', attempt_count: 5 });
    expect(await attempted(w.id, id, 6)).toMatchObject({ status: 'failed', attempt_count: 6 });
    expect(rx.received).toHaveLength(6);
  });

  it('counts a refused connection and a receiver that never answers as failed attempts', async () => {
    const hang = await receiver(() => 'hang');
    const closed = await receiver(() => ({ status: 200 }));
    await new Promise(resolve => closed.server.close(resolve));
    const api2 = await createTestApi({ seedData: false, webhooks: { timeoutMs: 200 } });
    try {
      const t = (await newTeam(api2)).id;
      const hanging = (await api2.post('/v2/webhooks').send({ team_id: t, url: hang.url })).body.data;
      const refused = (await api2.post('/v2/webhooks').send({ team_id: t, url: closed.url })).body.data;
      const h = (await api2.post(`/v2/webhooks/${hanging.id}/test`).send({})).body.data;
      const r = (await api2.post(`/v2/webhooks/${refused.id}/test`).send({ event_type: 'bounce' })).body.data;
      expect(h).toMatchObject({ status: 'pending', attempt_count: 0, event_type: 'reply', payload: { type: 'reply', test: true } });
      expect((await attempted(hanging.id, h.id, 1, api2, t))).toMatchObject({ status: 'retrying', response_status: null, error_message: 'Timed out after 200 ms without a complete answer' });
      const d = await attempted(refused.id, r.id, 1, api2, t);
      expect(d).toMatchObject({ status: 'retrying', event_type: 'bounce', response_status: null });
      expect(d.error_message).toMatch(/ECONNREFUSED/);
    } finally {
      await api2.sandbox.close();
    }
  });

  it('one delivery per subscribed webhook per event; disabled webhooks, toggles off and other teams get none', async () => {
    const rx = await receiver(() => ({ status: 204 }));
    const a = await createWebhook({ url: rx.url, events: { reply: true } });
    const b = await createWebhook({ url: rx.url, events: { reply: true, click: true } });
    const off = await createWebhook({ url: rx.url, enabled: false, events: { reply: true } });
    const toggledOff = await createWebhook({ url: rx.url, events: { click: true } });
    const otherTeam = (await newTeam(api, { name: 'Globex' })).id;
    const foreign = (await api.post('/v2/webhooks').send({ team_id: otherTeam, url: rx.url, events: { reply: true } })).body.data;

    // The sending engine's reply, as it will record it.
    const ws = api.sandbox.workspace('default')!;
    const event = await ws.writes.apply(() => recordEvent(ws, { type: 'reply', contact: ws.stores.supersend.enrollments.get(contact.id)! }));
    const forA = (await deliveries(a.id)).data;
    const forB = (await deliveries(b.id)).data;
    expect(forA).toHaveLength(1);
    expect(forB).toHaveLength(1);
    expect(forA[0]).toMatchObject({ event_id: event.id, event_type: 'reply', payload: { type: 'reply', event_id: event.id } });
    expect((await deliveries(off.id)).data).toEqual([]);
    expect((await deliveries(toggledOff.id)).data).toEqual([]);
    expect((await deliveries(foreign.id, '', api, otherTeam)).data).toEqual([]);
    await attempted(a.id, forA[0].id, 1);
    await attempted(b.id, forB[0].id, 1);
    expect(rx.received).toHaveLength(2);

    // Turning the toggle off, or the webhook, stops further deliveries.
    await api.patch(`/v2/webhooks/${a.id}`).send({ events: { reply: false } });
    await api.patch(`/v2/webhooks/${b.id}`).send({ enabled: false });
    await ws.writes.apply(() => recordEvent(ws, { type: 'reply', contact: ws.stores.supersend.enrollments.get(contact.id)! }));
    expect((await deliveries(a.id)).pagination.total).toBe(1);
    expect((await deliveries(b.id)).pagination.total).toBe(1);
  });

  it('stops automatic retries of a webhook disabled meanwhile; a manual retry still sends', async () => {
    const rx = await receiver(n => (n === 1 ? { status: 500 } : { status: 200 }));
    const w = await createWebhook({ url: rx.url, events: { click: true } });
    await click();
    const id = (await deliveries(w.id)).data[0].id;
    await attempted(w.id, id, 1);
    await api.patch(`/v2/webhooks/${w.id}`).send({ enabled: false });
    await advanceClock(api, 60);
    expect(await delivery(w.id, id)).toMatchObject({
      status: 'failed', attempt_count: 1, next_retry_at: null, error_message: 'The webhook was disabled; automatic retries stopped',
    });
    expect(rx.received).toHaveLength(1);
    await api.post(`/v2/webhooks/${w.id}/deliveries/${id}/retry`).send({ team_id: team });
    expect(await attempted(w.id, id, 2)).toMatchObject({ status: 'delivered', attempt_count: 2 });
  });

  it('filters the delivery log by status, event_type, campaign_id and search', async () => {
    const rx = await receiver(() => ({ status: 200 }));
    const w = await createWebhook({ url: rx.url, events: { click: true } });
    const other = await newCampaign(api, team, 'Webinar');
    const bob = await enroll(api, { TeamId: team, CampaignId: other.id, email: 'bob@globex.test' });
    await click();
    await click(api, bob.id);
    const test = (await api.post(`/v2/webhooks/${w.id}/test`).send({ event_type: 'open' })).body.data;
    const all = (await deliveries(w.id)).data;
    expect(all.map((d: Json) => d.event_type)).toEqual(['open', 'click', 'click']);
    for (const d of all) await attempted(w.id, d.id, 1);
    const ids = (body: Json) => body.data.map((d: Json) => d.id);
    expect(ids(await deliveries(w.id, '&event_type=open'))).toEqual([test.id]);
    expect(ids(await deliveries(w.id, `&campaign_id=${other.id}`))).toEqual([all[1].id]);
    expect(ids(await deliveries(w.id, '&search=PRIYA'))).toEqual([all[2].id]);
    expect((await deliveries(w.id, '&status=delivered')).pagination.total).toBe(3);
    expect((await deliveries(w.id, '&status=failed')).pagination.total).toBe(0);
    expect(ids(await deliveries(w.id, '&limit=1&offset=1'))).toEqual([all[1].id]);
  });

  it('refuses link-local and metadata destinations, and hosts outside --webhook-allow, as failed deliveries', async () => {
    const metadata = await createWebhook({ url: 'http://169.254.169.254/latest/meta-data' });
    const ipv6 = await createWebhook({ url: 'http://[fd00:ec2::254]/latest' });
    for (const w of [metadata, ipv6]) {
      const d = (await api.post(`/v2/webhooks/${w.id}/test`).send({})).body.data;
      const failed = await attempted(w.id, d.id, 1);
      expect(failed).toMatchObject({ status: 'failed', attempt_count: 1, next_retry_at: null, response_status: null });
      expect(failed.error_message).toMatch(/^Destination refused: .* link-local or cloud-metadata address/);
    }

    const rx = await receiver(() => ({ status: 200 }));
    const narrow = await createTestApi({ seedData: false, webhooks: { allow: ['hooks.example.test', '10.0.0.0/8'] } });
    try {
      const t = (await newTeam(narrow)).id;
      const w = (await narrow.post('/v2/webhooks').send({ team_id: t, url: rx.url })).body.data;
      const d = (await narrow.post(`/v2/webhooks/${w.id}/test`).send({})).body.data;
      expect(await attempted(w.id, d.id, 1, narrow, t)).toMatchObject({
        status: 'failed', error_message: "Destination refused: 127.0.0.1 is not in this sandbox's --webhook-allow list",
      });
      expect(rx.received).toHaveLength(0);
    } finally {
      await narrow.sandbox.close();
    }
  });
});

describe('the built-in inbox and workspaces', () => {
  it('keeps what arrives per workspace with its signature check; GET lists, DELETE clears', async () => {
    const server = createServer(api.sandbox.listener);
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const other = api.as('test_webhooks_other');
    const otherTeam = (await newTeam(other)).id;
    const w = (await other.post('/v2/webhooks').send({ team_id: otherTeam, url: `${base}/__sandbox/webhook-inbox/crm` })).body.data;
    const d = (await other.post(`/v2/webhooks/${w.id}/test`).send({ event_type: 'unsubscribe' })).body.data;
    expect(await attempted(w.id, d.id, 1, other, otherTeam)).toMatchObject({ status: 'delivered', response_status: 200 });

    const inbox = await other.get('/__sandbox/webhook-inbox/crm');
    expect(inbox.status).toBe(200);
    expect(inbox.body.data).toHaveLength(1);
    expect(inbox.body.data[0]).toMatchObject({
      id: 'in_1', body: { type: 'unsubscribe', test: true }, signature: { verified: true, webhook_id: w.id, error: null },
      headers: { 'webhook-id': d.id },
    });
    // The default workspace's inbox of the same name saw nothing, nor can it see the other's webhook.
    expect((await api.get('/__sandbox/webhook-inbox/crm')).body.data).toEqual([]);
    expect((await api.get(`/v2/webhooks/${w.id}`)).status).toBe(404);

    // A post that is not a delivery lands in the presenting key's workspace, unverified.
    const forged = await api.as(null).post('/__sandbox/webhook-inbox/crm').set('webhook-id', 'msg_1').set('webhook-timestamp', '1').set('webhook-signature', 'v1,AAAA').send({ type: 'reply' });
    expect(forged.status).toBe(200);
    expect(forged.body.data.entry.signature).toMatchObject({ verified: false, webhook_id: null });
    expect((await api.get('/__sandbox/webhook-inbox/crm')).body.data).toHaveLength(1);

    const cleared = await other.delete('/__sandbox/webhook-inbox/crm');
    expect(cleared.body).toMatchObject({ success: true, cleared: 1 });
    expect((await other.get('/__sandbox/webhook-inbox/crm')).body.data).toEqual([]);
  });

  it('holds at most 8 MB of bodies per workspace: the oldest entries of the least recently used inbox go first', async () => {
    const filler = { note: 'x'.repeat(200 * 1024) };
    const post = async (name: string) => expect((await api.post(`/__sandbox/webhook-inbox/${name}`).send(filler)).status).toBe(200);
    for (let i = 0; i < 20; i++) await post('old');
    for (let i = 0; i < 30; i++) await post('new');
    const old = (await api.get('/__sandbox/webhook-inbox/old')).body.data;
    const recent = (await api.get('/__sandbox/webhook-inbox/new')).body.data;
    // 8 MB hold 40 such bodies: the 30 newest stay, and the 10 newest of the older inbox.
    expect(recent).toHaveLength(30);
    expect(old.map((e: Json) => e.id)).toEqual(Array.from({ length: 10 }, (_, i) => `in_${i + 11}`));
    expect((await api.delete('/__sandbox/webhook-inbox/old')).body).toMatchObject({ cleared: 10 });
  });

  it('round-trips webhooks and deliveries through export and import, and a retrying delivery resumes there', async () => {
    const rx = await receiver(n => (n === 1 ? { status: 500 } : { status: 200 }));
    const w = await createWebhook({ url: rx.url, events: { click: true } });
    await click();
    const id = (await deliveries(w.id)).data[0].id;
    const retrying = await attempted(w.id, id, 1);
    const state = await api.get('/__sandbox/state');
    expect(state.status).toBe(200);

    const copy = api.as('test_webhooks_copy');
    const imported = await copy.put('/__sandbox/state').send(state.body);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.data.counts).toMatchObject({ webhooks: 1, webhook_deliveries: 1 });
    expect((await copy.get(`/v2/webhooks/${w.id}`)).body.data).toEqual((await api.get(`/v2/webhooks/${w.id}`)).body.data);
    expect(await delivery(w.id, id, copy)).toEqual(retrying);

    // The import scheduled the retry on the copy's clock: advancing it delivers there.
    expect((await copy.post('/__sandbox/clock/advance').send({ seconds: 60 })).status).toBe(200);
    expect(await attempted(w.id, id, 2, copy)).toMatchObject({ status: 'delivered', attempt_count: 2 });
    expect(rx.received).toHaveLength(2);
  });

  it('sends a delivery again when an import brings it back while its earlier attempt still hangs', async () => {
    const rx = await receiver(n => (n === 1 ? 'hang' : { status: 200 }));
    const w = await createWebhook({ url: rx.url });
    const sent = (await api.post(`/v2/webhooks/${w.id}/test`).send({})).body.data;
    for (let i = 0; i < 500 && rx.received.length === 0; i++) await new Promise(resolve => setTimeout(resolve, 10));
    expect(rx.received).toHaveLength(1);
    const state = (await api.get('/__sandbox/state')).body;
    expect((await api.put('/__sandbox/state').send(state)).status).toBe(200);
    expect(await attempted(w.id, sent.id, 1)).toMatchObject({ status: 'delivered', attempt_count: 1 });
    expect(rx.received.map(r => r.headers['webhook-id'])).toEqual([sent.id, sent.id]);
  });

  it('keeps a retrying delivery across a restart from --data-file and retries it when its time comes', async () => {
    const rx = await receiver(n => (n === 1 ? { status: 502 } : { status: 200 }));
    const file = join(mkdtempSync(join(tmpdir(), 'sendbox-webhooks-')), 'sendbox.json');
    const first = await createTestApi({ seedData: false, dataFile: file });
    const t = (await newTeam(first)).id;
    expect((await first.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
    await setClock(first, T0);
    const w = (await first.post('/v2/webhooks').send({ team_id: t, url: rx.url })).body.data;
    const id = (await first.post(`/v2/webhooks/${w.id}/test`).send({})).body.data.id;
    expect(await attempted(w.id, id, 1, first, t)).toMatchObject({ status: 'retrying', next_retry_at: iso(T0_MS + 60_000) });
    await first.sandbox.close();

    const second = await createTestApi({ seedData: false, dataFile: file });
    try {
      expect(await delivery(w.id, id, second, t)).toMatchObject({ status: 'retrying', attempt_count: 1, response_status: 502 });
      await advanceClock(second, 60);
      expect(await attempted(w.id, id, 2, second, t)).toMatchObject({ status: 'delivered', last_attempt_at: iso(T0_MS + 60_000) });
      expect(rx.received.map(r => r.headers['webhook-id'])).toEqual([id, id]);
    } finally {
      await second.sandbox.close();
    }
  });
});

describe('the webhook flags', () => {
  it('--webhook-allow and --webhook-retries reach the deliveries; a bad entry stops start-up naming it', async () => {
    const cli = startCli(['--port', '0', '--webhook-allow', 'hooks.example.test', '--webhook-retries', '30']);
    const url = await cli.url;
    const headers = { authorization: 'Bearer sandbox_key', 'content-type': 'application/json' };
    const call = async (method: string, path: string, body?: unknown) => (await (await fetch(url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })).json()) as Json;
    const teamId = (await call('GET', '/v2/teams')).data[0].id;
    const w = (await call('POST', '/v2/webhooks', { team_id: teamId, url: 'http://127.0.0.1:9/hook' })).data;
    const d = (await call('POST', `/v2/webhooks/${w.id}/test`, {})).data;
    expect(d.max_attempts).toBe(2);
    let seen: Json = d;
    for (let i = 0; i < 500 && seen.attempt_count === 0; i++) {
      await new Promise(resolve => setTimeout(resolve, 10));
      seen = (await call('GET', `/v2/webhooks/${w.id}/deliveries/${d.id}?team_id=${teamId}`)).data;
    }
    expect(seen).toMatchObject({ status: 'failed', attempt_count: 1, error_message: "Destination refused: 127.0.0.1 is not in this sandbox's --webhook-allow list" });
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);

    const bad = startCli(['--port', '0', '--webhook-allow', '10.0.0.0/99']);
    expect(await bad.exited).not.toBe(0);
    expect(bad.output()).toContain('--webhook-allow: "10.0.0.0/99" is not a host name or a CIDR');
  });
});
