/**
 * Every shipped scenario file (scenarios/*.yaml), exercised as a user would: activated through the
 * control API or named in X-Sandbox-Scenario, with answers read through the contract check, or with a
 * raw socket where the point is an answer outside it (a dropped connection, a 502 without a body).
 */
import { readdirSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import supertest from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { DEFAULT_SCENARIO_DIRECTORY, type Sandbox } from '../../src/sandbox.js';
import type { ScenarioRequest } from '../../src/scenarios/types.js';
import { listen, rawRequest, type Listening, type RawExchange } from './support.js';

const exercised = new Set<string>();
const KEY = { Authorization: 'Bearer sandbox_key' };

afterAll(() => {
  // Each shipped file has a test below.
  const shipped = readdirSync(DEFAULT_SCENARIO_DIRECTORY).filter(f => f.endsWith('.yaml')).map(f => f.replace(/\.yaml$/, ''));
  expect(shipped.filter(name => !exercised.has(name))).toEqual([]);
});

async function activate(api: TestApi, name: string): Promise<void> {
  exercised.add(name);
  expect((await api.post(`/__sandbox/scenarios/${name}/activate`)).status).toBe(200);
}

async function counters(api: TestApi, name: string): Promise<{ matched: number; applied: number }> {
  const s = ((await api.get('/__sandbox/scenarios')).body.data as { name: string; matched: number; applied: number }[]).find(x => x.name === name)!;
  return { matched: s.matched, applied: s.applied };
}

/** A request as the chain hands it to the engine, for checks that need thousands of requests. */
function engineRequest(sandbox: Sandbox, operationId: string, headers: IncomingHttpHeaders = {}): ScenarioRequest {
  const operation = sandbox.contract.byId.get(operationId)!;
  return {
    workspace: sandbox.workspace('default')!,
    operation,
    family: operation.family,
    method: operation.method,
    path: operation.path,
    query: {},
    headers,
    body: undefined,
    key: 'sandbox_key',
  };
}

/** An empty sandbox with a team, a campaign and `n` enrolled contacts, on a frozen clock. */
async function world(n = 0) {
  const api = await createTestApi({ seedData: false });
  await api.post('/__sandbox/clock').send({ action: 'freeze' });
  const team = (await api.post('/v2/teams').send({ name: 'Shipped' })).body.data.id as string;
  const campaign = (await api.post('/v2/campaigns').send({ name: 'Shipped Campaign', TeamId: team })).body.data.id as string;
  for (let i = 1; i <= n; i++) expect((await api.post('/v2/contacts').send({ TeamId: team, CampaignId: campaign, email: `c${i}@shipped.test` })).status).toBe(201);
  const contacts = n ? ((await api.get(`/v2/contacts?TeamId=${team}&limit=100`)).body.data as { id: string }[]).map(c => c.id) : [];
  return { api, team, campaign, contacts };
}

describe('v2-infra-rate-limit', () => {
  it('lets 50 requests a second through, V1 and V2 together, then answers 503 with no body', async () => {
    const { api, team } = await world();
    await activate(api, 'v2-infra-rate-limit');
    for (let i = 0; i < 45; i++) expect((await api.get('/v2/teams')).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await api.get(`/v1/campaigns/overview?TeamId=${team}`)).status).toBe(200);
    const over = await api.get('/v2/teams');
    expect(over.status).toBe(503);
    expect(over.text).toBe('');
    expect((await api.post('/v1/contact/all').send({ TeamId: team })).status).toBe(503);
    // The Contacts API is another service: not behind this load balancer.
    expect((await api.get('/contacts')).status).toBe(200);
    await api.post('/__sandbox/clock/advance').send({ seconds: 1 });
    expect((await api.get('/v2/teams')).status).toBe(200);
    expect(await counters(api, 'v2-infra-rate-limit')).toEqual({ matched: 53, applied: 2 });
  });

  it('keeps a client at 50 a second (3,000 a minute) going for over a minute, and holds 20 connections at once', async () => {
    const api = await createTestApi({ seedData: false, scenarios: ['v2-infra-rate-limit'] });
    exercised.add('v2-infra-rate-limit');
    const { sandbox } = api;
    const ws = sandbox.workspace('default')!;
    ws.clock.freeze();
    const answered: number[] = [];
    for (let second = 0; second < 61; second++) {
      let refused = 0;
      for (let i = 0; i < 50; i++) if (sandbox.scenarios.evaluate(engineRequest(sandbox, 'listTeams')).respond) refused++;
      answered.push(refused);
      ws.clock.advance(1000);
    }
    // 50 a second is exactly 3,000 a minute: a client at the documented pace is never refused…
    expect(answered.every(r => r === 0)).toBe(true);
    // …and one above it is, in any second.
    let refused = 0;
    for (let i = 0; i < 51; i++) if (sandbox.scenarios.evaluate(engineRequest(sandbox, 'listTeams')).respond) refused++;
    expect(refused).toBe(1);
    expect(sandbox.scenarios.get('v2-infra-rate-limit')!.rules[0].effect.rateLimit).toMatchObject({
      windows: [{ requests: 50, ms: 1000 }, { requests: 3000, ms: 60_000 }],
      concurrent: 20,
      respond: { status: 503, empty: true },
    });

    // Connections: requests held by a delay (here slow-network's) count until they are let go.
    const fresh = await createTestApi({ seedData: false, scenarios: ['v2-infra-rate-limit'] });
    const held = Array.from({ length: 21 }, () => fresh.sandbox.scenarios.evaluate(engineRequest(fresh.sandbox, 'listTeams', { 'x-sandbox-scenario': 'slow-network' })));
    expect(held.slice(0, 20).every(o => o.respond === undefined && (o.delayMs ?? 0) > 0)).toBe(true);
    expect(held[20].respond).toEqual({ status: 503, headers: undefined });
  });
});

describe('v1-rate-limits', () => {
  it('answers 429 in V1 JSON past 10 requests in 2 seconds, per endpoint', async () => {
    const { api, team } = await world();
    await activate(api, 'v1-rate-limits');
    const overview = () => api.get(`/v1/campaigns/overview?TeamId=${team}`);
    for (let i = 0; i < 10; i++) expect((await overview()).status).toBe(200);
    const limited = await overview();
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ success: false, error: 'Too many requests' });
    expect((await api.post('/v1/contact/all').send({ TeamId: team })).status).toBe(200);
    expect((await api.get('/v2/teams')).status).toBe(200);
    await api.post('/__sandbox/clock/advance').send({ seconds: 2 });
    expect((await overview()).status).toBe(200);
  });
});

describe('server-errors', () => {
  it('mixes 500s, bodiless 502s and 503s, the same way on every run', async () => {
    const run = async () => {
      const api = await createTestApi({ seedData: false, scenarios: ['server-errors'] });
      const plain = supertest(api.sandbox.app);
      const out: { status: number; text: string }[] = [];
      for (let i = 0; i < 150; i++) {
        const res = await plain.get('/v2/teams').set(KEY);
        out.push({ status: res.status, text: res.text });
      }
      return out;
    };
    exercised.add('server-errors');
    const first = await run();
    expect(await run()).toEqual(first);
    const count = (status: number) => first.filter(r => r.status === status).length;
    expect(count(500)).toBeGreaterThan(5);
    expect(count(502)).toBeGreaterThan(2);
    expect(count(503)).toBeGreaterThan(2);
    expect(count(200)).toBeGreaterThan(100);
    expect(count(200) + count(500) + count(502) + count(503)).toBe(150);
    expect(JSON.parse(first.find(r => r.status === 500)!.text).error.code).toBe('internal_error');
    expect(first.filter(r => r.status === 502 || r.status === 503).every(r => r.text === '')).toBe(true);
  });
});

describe('fail-then-succeed', () => {
  it('fails each request twice with an empty 503, then runs it once', async () => {
    const { api } = await world();
    exercised.add('fail-then-succeed');
    const attempt = () => api.post('/v2/teams').set('X-Sandbox-Scenario', 'fail-then-succeed').send({ name: 'Retried' });
    expect((await attempt()).status).toBe(503);
    expect((await attempt()).status).toBe(503);
    expect((await attempt()).status).toBe(201);
    expect((await attempt()).status).toBe(201);
    const journal = api.sandbox.workspace('default')!.journal.find({ method: 'POST', path: '/v2/teams' }).slice(-4);
    expect(journal.map(e => [e.status, e.applied])).toEqual([[503, false], [503, false], [201, true], [201, true]]);
    expect((await api.get('/v2/teams?search=Retried')).body.data).toHaveLength(2);
  });
});

describe('slow-network', () => {
  it('holds answers for a lognormal delay around 200 ms', async () => {
    const { api } = await world();
    await activate(api, 'slow-network');
    const started = performance.now();
    expect((await api.get('/v2/teams')).status).toBe(200);
    const entry = api.sandbox.workspace('default')!.journal.find({ path: '/v2/teams' }).at(-1)!;
    expect(entry.scenarios).toEqual(['slow-network/latency']);
    expect(performance.now() - started).toBeGreaterThanOrEqual(Math.min(entry.durationMs, 5000) - 5);
    const delays = Array.from({ length: 1000 }, () => api.sandbox.scenarios.evaluate(engineRequest(api.sandbox, 'listTeams')).delayMs!).sort((a, b) => a - b);
    expect(delays[500]).toBeGreaterThan(180);
    expect(delays[500]).toBeLessThan(220);
    expect(delays[50]).toBeLessThan(100);
    expect(delays[950]).toBeGreaterThan(400);
    expect(delays[999]).toBeLessThanOrEqual(5000);
  });
});

describe('timeouts, flaky-network and bulk-import-fails-midway (real sockets)', () => {
  let server: Listening;
  let w: Awaited<ReturnType<typeof world>>;
  afterAll(() => server?.close());

  it('timeouts: the request hangs until the client gives up, and changes nothing', async () => {
    w = await world();
    server = await listen(w.api.sandbox);
    exercised.add('timeouts');
    const res = await rawRequest(server.port, { method: 'POST', path: '/v2/teams', headers: { ...KEY, 'X-Sandbox-Scenario': 'timeouts' }, body: { name: 'Timed out' }, timeoutMs: 250 });
    expect(res.ended).toBe('timeout');
    expect(res.raw.length).toBe(0);
    expect((await w.api.get('/v2/teams?search=Timed')).body.data).toEqual([]);
  });

  it('flaky-network: each request meets the next fault in turn', async () => {
    exercised.add('flaky-network');
    const results: RawExchange[] = [];
    for (let i = 0; i < 7; i++) {
      results.push(await rawRequest(server.port, { method: 'POST', path: '/v2/teams', headers: { ...KEY, 'X-Sandbox-Scenario': 'flaky-network' }, body: { name: `Flaky ${i}` } }));
    }
    expect(results.map(r => r.ended)).toEqual(['reset', 'end', 'end', 'end', 'end', 'end', 'reset']);
    expect(results[2].status).toBe(201);
    expect(() => JSON.parse(results[2].body)).toThrow();
    expect(JSON.parse(results[4].body).data.name).toBe('Flaky 4');
    expect(JSON.parse(results[5].body).data.name).toBe('Flaky 5');
    const names = ((await w.api.get('/v2/teams?search=Flaky')).body.data as { name: string }[]).map(t => t.name).sort();
    // Cut before the handler: 0, 1 and 6; after it: 2, 3, 4; clean: 5.
    expect(names).toEqual(['Flaky 2', 'Flaky 3', 'Flaky 4', 'Flaky 5']);
  });

  it('bulk-import-fails-midway: the third upload fails, the fifth is queued but its answer is lost', async () => {
    exercised.add('bulk-import-fails-midway');
    const upload = (i: number) =>
      rawRequest(server.port, {
        method: 'POST',
        path: '/v2/contacts/bulk',
        headers: { ...KEY, 'X-Sandbox-Scenario': 'bulk-import-fails-midway' },
        body: { TeamId: w.team, CampaignId: w.campaign, contacts: [{ email: `chunk${i}@import.test` }] },
      });
    const results: RawExchange[] = [];
    for (let i = 1; i <= 6; i++) results.push(await upload(i));
    expect(results.map(r => r.status ?? r.ended)).toEqual([202, 202, 500, 202, 'reset', 202]);
    expect(JSON.parse(results[2].body).error.code).toBe('internal_error');
    const journal = w.api.sandbox.workspace('default')!.journal.find({ path: '/v2/contacts/bulk' });
    expect(journal.map(e => [e.applied, e.fault])).toEqual([[true, null], [true, null], [false, null], [true, null], [true, 'connection_reset'], [true, null]]);
    await w.api.post('/__sandbox/clock/advance').send({ seconds: 10 });
    const imported = ((await w.api.get(`/v2/contacts?TeamId=${w.team}&search=import.test&limit=100`)).body.data as { email: string }[]).map(c => c.email).sort();
    expect(imported).toEqual(['chunk1@import.test', 'chunk2@import.test', 'chunk4@import.test', 'chunk5@import.test', 'chunk6@import.test']);
  });
});

describe('pagination scenarios', () => {
  const page = async (api: TestApi, team: string, offset: number) => {
    const res = await api.get(`/v2/contacts?TeamId=${team}&limit=3&offset=${offset}`);
    expect(res.status).toBe(200);
    return { ids: (res.body.data as { id: string }[]).map(c => c.id), ...res.body.pagination };
  };

  it('offset-pagination-drift: two records appear ahead, so page 2 repeats the end of page 1', async () => {
    const { api, team, contacts } = await world(7);
    await activate(api, 'offset-pagination-drift');
    expect((await page(api, team, 0)).ids).toEqual(contacts.slice(0, 3));
    expect(await page(api, team, 3)).toMatchObject({ ids: [contacts[1], contacts[2], contacts[3]], total: 9, has_more: true });
    expect(await page(api, team, 6)).toMatchObject({ ids: contacts.slice(4, 7), total: 9, has_more: false });
  });

  it('offset-pagination-deletions: a record ahead disappears, so one item is never seen', async () => {
    const { api, team, contacts } = await world(7);
    await activate(api, 'offset-pagination-deletions');
    expect((await page(api, team, 0)).ids).toEqual(contacts.slice(0, 3));
    expect(await page(api, team, 3)).toMatchObject({ ids: contacts.slice(4, 6), total: 6 });
    expect(await page(api, team, 6)).toMatchObject({ ids: [contacts[6]], total: 6, has_more: false });
  });

  it('pagination-anomalies: the last item comes again on the next page, and the total moves', async () => {
    const { api, team, contacts } = await world(7);
    await activate(api, 'pagination-anomalies');
    expect(await page(api, team, 0)).toMatchObject({ ids: contacts.slice(0, 3), total: 8 });
    expect(await page(api, team, 3)).toMatchObject({ ids: [contacts[2], contacts[4], contacts[5]], total: 9 });
    // Counted once per request; per rule, the repeat applied once and the total twice.
    expect(await counters(api, 'pagination-anomalies')).toEqual({ matched: 2, applied: 2 });
    const rules = ((await api.get('/__sandbox/scenarios')).body.data as { name: string; rules: unknown[] }[]).find(s => s.name === 'pagination-anomalies')!.rules;
    expect(rules).toEqual([
      { name: 'repeated-item', matched: 2, applied: 1 },
      { name: 'moving-total', matched: 2, applied: 2 },
    ]);
  });

  it('empty-page-has-more: a later page is empty with has_more the first time, whole when asked again', async () => {
    const { api, team, contacts } = await world(7);
    await activate(api, 'empty-page-has-more');
    expect((await page(api, team, 0)).ids).toEqual(contacts.slice(0, 3));
    expect(await page(api, team, 3)).toMatchObject({ ids: [], has_more: true, total: 7 });
    expect(await page(api, team, 3)).toMatchObject({ ids: contacts.slice(3, 6), has_more: true });
    const sk = await api.get('/contacts?limit=1');
    expect(sk.status).toBe(200);
  });

  it('cursor-expiry: a cursor older than 30 s of workspace time answers 400', async () => {
    const { api } = await world();
    for (const email of ['a@cursor.test', 'b@cursor.test', 'c@cursor.test']) await api.post('/contacts').send({ email });
    await activate(api, 'cursor-expiry');
    const first = await api.get('/contacts?limit=1');
    await api.post('/__sandbox/clock/advance').send({ seconds: 20 });
    const second = await api.get(`/contacts?limit=1&cursor=${first.body.cursor}`);
    expect(second.status).toBe(200);
    await api.post('/__sandbox/clock/advance').send({ seconds: 11 });
    const late = await api.get(`/contacts?limit=1&cursor=${first.body.cursor}`);
    expect(late.status).toBe(400);
    expect(late.body.error).toMatchObject({ code: 'VALIDATION_ERROR', statusCode: 400 });
    expect((await api.get(`/contacts?limit=1&cursor=${second.body.cursor}`)).status).toBe(200);
  });
});

describe('expired-api-key', () => {
  it('answers 401 in each family, and leaves keyless operations and the control plane working', async () => {
    const { api, team } = await world();
    await activate(api, 'expired-api-key');
    const v2 = await api.get('/v2/teams');
    expect(v2.status).toBe(401);
    expect(v2.body.error).toMatchObject({ type: 'authentication_error', code: 'invalid_api_key', message: 'Invalid API key provided' });
    const v1 = await api.post('/v1/contact/all').send({ TeamId: team });
    expect(v1.body).toEqual({ success: false, error: 'Invalid or missing API key' });
    const sk = await api.delete('/contacts/0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e');
    expect(sk.status).toBe(401);
    expect(sk.body.error).toMatchObject({ code: 'INVALID_API_KEY', statusCode: 401 });
    expect(sk.body.error.suggestion).toContain('sk_');
    expect((await api.get('/v2/health')).status).toBe(200);
    expect((await api.get('/__sandbox/clock')).status).toBe(200);
  });
});

describe('demo', () => {
  it('mostly works, with a few of each fault, the same on every run', async () => {
    exercised.add('demo');
    const run = async () => {
      const { api, team } = await world(7);
      await api.post('/__sandbox/scenarios/demo/activate');
      const server = await listen(api.sandbox);
      const seen: (number | string)[] = [];
      try {
        for (let i = 0; i < 90; i++) {
          const req =
            i % 3 === 0
              ? { method: 'POST', path: '/v1/contact/all', body: { TeamId: team } }
              : i % 3 === 1
                ? { path: `/v2/contacts?TeamId=${team}&limit=3&offset=${3 * (i % 2)}` }
                : { method: 'POST', path: '/v2/teams', body: { name: `Demo ${i}` } };
          const res = await rawRequest(server.port, { ...req, headers: KEY });
          seen.push(res.status ?? res.ended);
        }
      } finally {
        await server.close();
      }
      return { seen, counters: await counters(api, 'demo') };
    };
    const first = await run();
    expect(await run()).toEqual(first);
    const ok = first.seen.filter(s => s === 200 || s === 201).length;
    expect(ok).toBeGreaterThan(60);
    expect(first.seen.every(s => [200, 201, 429, 500, 503, 'reset'].includes(s))).toBe(true);
    expect(first.counters.applied).toBeGreaterThan(10);
  });
});
