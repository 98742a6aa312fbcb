/**
 * An example suite written the way an integrator would test their own SuperSend client against
 * sendbox in-process: no port to manage, a frozen clock instead of sleeps, and a fault on purpose.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/index.js';

/** The integrator's client under test: JSON over fetch, retrying 5xx with exponential backoff (as the docs advise). */
function supersendClient(baseUrl: string, apiKey: string, sleep: (ms: number) => Promise<void>) {
  let attempts = 0;
  async function call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      attempts++;
      const res = await fetch(baseUrl + path, {
        method,
        headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (res.status >= 500 && attempt < 3) {
        await sleep(Math.min(1000 * 2 ** attempt, 30_000));
        continue;
      }
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
      return JSON.parse(text) as T;
    }
  }
  return { call, attempts: () => attempts };
}

type Envelope<T> = { success: boolean; data: T; request_id: string };

let sandbox: Sandbox;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  sandbox = await createSandbox({ seed: 'example-suite' });
  server = createServer(sandbox.listener).listen(0, '127.0.0.1');
  await new Promise(resolve => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise(resolve => server.close(resolve));
  await sandbox.close();
});

describe('our outreach sync, against sendbox', () => {
  // Each suite opens its own world with a test_ key, so parallel CI jobs never collide.
  const key = 'test_example-suite';
  const noWait = async () => undefined;

  it('creates a campaign, bulk imports contacts and sees them in the metrics once processed', async () => {
    const client = supersendClient(baseUrl, key, noWait);
    await client.call('POST', '/__sandbox/clock', { action: 'freeze' });
    const [team] = (await client.call<Envelope<{ id: string }[]>>('GET', '/v2/teams')).data;
    const campaign = (await client.call<Envelope<{ id: string; status: number }>>('POST', '/v2/campaigns', { name: 'Sync test', TeamId: team.id })).data;
    expect(campaign.status).toBe(2);

    const contacts = Array.from({ length: 25 }, (_, i) => ({ email: `lead${i}@prospect.test`, first_name: `Lead ${i}` }));
    const upload = (await client.call<Envelope<{ upload_id: string; status: string }>>('POST', '/v2/contacts/bulk', { contacts, TeamId: team.id, CampaignId: campaign.id })).data;
    expect(upload.status).toBe('pending');

    // Nothing is imported until time passes…
    const before = (await client.call<Envelope<{ contact_metrics: { total: number } }>>('GET', `/v2/campaigns/${campaign.id}`)).data;
    expect(before.contact_metrics.total).toBe(0);
    // …and advancing the clock processes the upload without sleeping.
    await client.call('POST', '/__sandbox/clock/advance', { seconds: 30 });
    const after = (await client.call<Envelope<{ contact_metrics: { total: number; not_started: number } }>>('GET', `/v2/campaigns/${campaign.id}`)).data;
    expect(after.contact_metrics).toMatchObject({ total: 25, not_started: 25 });
  });

  it('retries through two 503s from the load balancer and succeeds', async () => {
    const slept: number[] = [];
    const client = supersendClient(baseUrl, key, async ms => void slept.push(ms));
    const teams = await client.call<Envelope<unknown[]>>('GET', '/v2/teams?limit=5', undefined, { 'X-Sandbox-Scenario': 'fail-then-succeed' });
    expect(teams.success).toBe(true);
    expect(client.attempts()).toBe(3);
    expect(slept).toEqual([1000, 2000]);
    // The journal shows what our client sent: two rejected attempts, then the one that went through.
    const journal = await client.call<Envelope<{ status: number; applied: boolean }[]>>('GET', '/__sandbox/requests?path=/v2/teams&limit=3');
    expect(journal.data.map(e => e.status)).toEqual([200, 503, 503]);
  });

  it('leaves no trace in other workspaces', async () => {
    const other = supersendClient(baseUrl, 'test_someone-else', noWait);
    const count = await other.call<Envelope<{ count: number }>>('GET', '/__sandbox/requests/count');
    expect(count.data.count).toBe(0);
  });
});
