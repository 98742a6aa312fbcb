/**
 * Isolation between workspaces: a request is journaled only where its caller can see it, credentials
 * never reach the journal, a refused key can neither create nor evict a workspace, the workspace cap
 * holds for restored workspaces, and without a control plane no header can steer the sandbox.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { startCli } from '../support/cli.js';

interface Entry {
  method: string;
  path: string;
  status: number;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  operationId: string | null;
}

/** The journal of the workspace `key` opens, newest first. */
async function journalOf(api: TestApi, key: string): Promise<Entry[]> {
  const res = await api.as(key).get('/__sandbox/requests');
  expect(res.status).toBe(200);
  return res.body.data;
}

describe('requests that fail routing or authentication', () => {
  it('are journaled in the workspace of a key valid for the family, even on a 404 or 405', async () => {
    const api = await createTestApi();
    const notFound = await api.as('test_mine').get('/v2/no-such-thing?token=SECRET-T&limit=3');
    expect(notFound.status).toBe(404);
    expect(notFound.body.error.code).toBe('route_not_found');
    const wrongMethod = await api.as('test_mine').delete('/v2/teams');
    expect(wrongMethod.status).toBe(405);
    const skNotFound = await api.as('sk_test_mine').get('/contacts/a/b/c');
    expect(skNotFound.status).toBe(404);

    const mine = await journalOf(api, 'test_mine');
    expect(mine.map(e => [e.method, e.path, e.status, e.operationId])).toEqual([
      ['GET', '/contacts/a/b/c', 404, null],
      ['DELETE', '/v2/teams', 405, null],
      ['GET', '/v2/no-such-thing', 404, null],
    ]);
    expect(mine[2].query).toEqual({ token: '[redacted]', limit: '3' });
    // Neither the default workspace nor another test workspace sees them.
    expect(await journalOf(api, 'sandbox_key')).toEqual([]);
    expect(await journalOf(api, 'test_other')).toEqual([]);
  });

  it('of the default keys land in the default workspace, theirs', async () => {
    const api = await createTestApi();
    expect((await api.get('/v2/nowhere')).status).toBe(404);
    const entries = await journalOf(api, 'sandbox_key');
    expect(entries.map(e => [e.path, e.status])).toEqual([['/v2/nowhere', 404]]);
  });

  it('are journaled nowhere when no key, an unknown key or a key of another API is presented', async () => {
    const api = await createTestApi();
    const tries: Array<[string | null, 'get' | 'post', string, number]> = [
      [null, 'get', '/v2/teams?api_key=SECRET-1', 401],
      [null, 'get', '/v2/missing?token=SECRET-2', 404],
      ['wrong-key', 'get', '/v2/teams', 401],
      ['wrong-key', 'get', '/v2/missing', 404],
      ['sk_sandbox', 'get', '/v2/teams', 401],
      ['sandbox_key', 'get', '/contacts', 401],
      ['pk_sandbox', 'get', '/contacts', 401],
      ['pk_test_mine', 'get', '/contacts/x/y', 404],
      ['sk_test_mine', 'get', '/v2/teams', 401],
    ];
    for (const [key, method, path, status] of tries) {
      const res = await api.as(key)[method](path);
      expect(`${key} ${path} ${res.status}`).toBe(`${key} ${path} ${status}`);
    }
    expect(await journalOf(api, 'sandbox_key')).toEqual([]);
    expect(await journalOf(api, 'test_mine')).toEqual([]);
    const all = [...(api.sandbox.workspace('default')?.journal.find({}) ?? []), ...(api.sandbox.workspace('test:mine')?.journal.find({}) ?? [])];
    expect(all).toEqual([]);
  });

  it('a keyless request the API serves without a key stays in the default workspace; with a test key in the caller\'s', async () => {
    const api = await createTestApi();
    expect((await api.as(null).get('/v2/health')).status).toBe(200);
    expect((await api.as('test_prober').get('/v2/health')).status).toBe(200);
    expect((await journalOf(api, 'sandbox_key')).map(e => e.operationId)).toEqual(['getHealth']);
    expect((await journalOf(api, 'test_prober')).map(e => e.operationId)).toEqual(['getHealth']);
  });
});

describe('journal redaction', () => {
  it('replaces every credential-bearing header and query parameter with a marker', async () => {
    const api = await createTestApi();
    const secrets = {
      api_key: 'S-q1', apikey: 'S-q2', key: 'S-q3', token: 'S-q4', access_token: 'S-q5', secret: 'S-q6',
      password: 'S-q7', signature: 'S-q8', sig: 'S-q9', 'X-Amz-Security-Token': 'S-q10', client_secret: 'S-q11',
    };
    const query = new URLSearchParams({ ...secrets, keep: 'visible-q' }).toString();
    const res = await api
      .get(`/v2/missing?${query}`)
      .set('Proxy-Authorization', 'Basic S-h1')
      .set('X-Api-Key', 'S-h2')
      .set('Cookie', 'session=S-h3')
      .set('Set-Cookie', 'session=S-h4')
      .set('X-Auth-Token', 'S-h5')
      .set('X-Refresh-Token', 'S-h6')
      .set('X-Client-Secret', 'S-h7')
      .set('X-Password', 'S-h8')
      .set('Api_Key', 'S-h9')
      .set('X-Session-Id', 'S-h10')
      .set('X-Trace', 'visible-h');
    expect(res.status).toBe(404);
    const [entry] = await journalOf(api, 'sandbox_key');
    expect(JSON.stringify(entry)).not.toMatch(/S-[qh]\d/);
    expect(entry.query).toEqual({ ...Object.fromEntries(Object.keys(secrets).map(k => [k, '[redacted]'])), keep: 'visible-q' });
    for (const name of ['authorization', 'proxy-authorization', 'x-api-key', 'cookie', 'set-cookie', 'x-auth-token', 'x-refresh-token', 'x-client-secret', 'x-password', 'api_key', 'x-session-id']) {
      expect(`${name}: ${entry.headers[name]}`).toBe(`${name}: [redacted]`);
    }
    expect(entry.headers['x-trace']).toBe('visible-h');
  });
});

describe('a workspace is created only by a key that authenticates for the API it calls', () => {
  it('five refused test keys at a cap of five leave the victim\'s data in place', async () => {
    const api = await createTestApi({ maxTestWorkspaces: 5 });
    const victim = api.as('sk_test_victim');
    expect((await victim.post('/contacts').send({ email: 'victim@example.com' })).status).toBe(201);
    const sprays: Array<[string, string, number]> = [
      ['pk_test_spray0', '/contacts', 401],
      ['test_spray1', '/contacts', 401],
      ['sk_test_spray2', '/v2/teams', 401],
      ['pk_test_spray3', '/__sandbox/clock', 401],
      ['pk_test_spray4', '/contacts/a/b', 404],
    ];
    for (const [key, path, status] of sprays) expect((await api.as(key).get(path)).status).toBe(status);
    for (let i = 0; i < 5; i++) expect(api.sandbox.workspace(`test:spray${i}`)).toBeUndefined();
    const found = await victim.get('/contacts?search=victim@example.com');
    expect(found.body.total).toBe(1);
  });

  it('keys that authenticate still open workspaces and push out the least recently used beyond the cap', async () => {
    const api = await createTestApi({ maxTestWorkspaces: 2 });
    expect((await api.as('sk_test_a').post('/contacts').send({ email: 'a@example.com' })).status).toBe(201);
    expect((await api.as('test_b').get('/v2/teams')).status).toBe(200);
    expect((await api.as('test_c').get('/v2/health')).status).toBe(200);
    expect(api.sandbox.workspace('test:a')).toBeUndefined();
    expect(api.sandbox.workspace('test:b')).toBeDefined();
    expect(api.sandbox.workspace('test:c')).toBeDefined();
  });
});

describe('--max-workspaces with a data file', () => {
  it('bounds restored workspaces too, keeping the most recently used', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sendbox-isolation-')), 'sendbox.json');
    const first = await createTestApi({ dataFile: file });
    for (let i = 0; i < 10; i++) expect((await first.as(`test_w${i}`).post('/v2/teams').send({ name: `Team w${i}` })).status).toBe(201);
    // w3 used last: it is among the most recent now.
    expect((await first.as('test_w3').get('/v2/teams')).status).toBe(200);
    await first.sandbox.close();

    const second = await createTestApi({ dataFile: file, maxTestWorkspaces: 5 });
    const open = Array.from({ length: 10 }, (_, i) => `w${i}`).filter(n => second.sandbox.workspace(`test:${n}`) !== undefined);
    expect(open).toEqual(['w3', 'w6', 'w7', 'w8', 'w9']);
    for (const n of open) {
      const teams = (await second.as(`test_${n}`).get('/v2/teams')).body.data.map((t: { name: string }) => t.name);
      expect(teams).toContain(`Team ${n}`);
    }
    await second.sandbox.close();
  });
});

describe('without a control plane', () => {
  const headers: Array<[string, string]> = [
    ['X-Sandbox-Scenario', 'expired-api-key'],
    ['X-Sandbox-Scenario', 'timeouts'],
    ['X-Sandbox-Scenario', 'no-such-scenario'],
    ['Prefer', 'code=503'],
    ['Prefer', 'code=999'],
  ];

  it('X-Sandbox-Scenario and Prefer are ignored: the request is answered and applied as usual', async () => {
    const api = await createTestApi({ controlPlane: false });
    for (const [name, value] of headers) {
      const res = await api.post('/v2/teams').set(name, value).send({ name: `${name} ${value}` });
      expect(`${name}: ${value} → ${res.status}`).toBe(`${name}: ${value} → 201`);
    }
    const teams = (await api.get('/v2/teams?limit=20')).body.data.map((t: { name: string }) => t.name);
    for (const [name, value] of headers) expect(teams).toContain(`${name} ${value}`);
    const entries = api.sandbox.workspace('default')!.journal.find({ method: 'POST' });
    expect(entries.map(e => e.scenarios)).toEqual(headers.map(() => []));
  });

  it('sendbox --no-control-plane answers a request that asks for the timeouts scenario', async () => {
    const cli = startCli(['--port', '0', '--no-control-plane']);
    const url = await cli.url;
    const auth = { authorization: 'Bearer sandbox_key' };
    // A hang would outlast this signal and fail the test instead of stalling it.
    const teams = await fetch(`${url}/v2/teams`, { headers: { ...auth, 'x-sandbox-scenario': 'timeouts' }, signal: AbortSignal.timeout(15_000) });
    expect(teams.status).toBe(200);
    const prefer = await fetch(`${url}/v2/teams`, { headers: { ...auth, prefer: 'code=503' }, signal: AbortSignal.timeout(15_000) });
    expect(prefer.status).toBe(200);
    expect((await fetch(`${url}/__sandbox/scenarios`, { headers: auth })).status).toBe(404);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('with the control plane on, the same headers do steer the request', async () => {
    const api = await createTestApi();
    const expired = await api.post('/v2/teams').set('X-Sandbox-Scenario', 'expired-api-key').send({ name: 'x' });
    expect([expired.status, expired.body.error.code]).toEqual([401, 'invalid_api_key']);
    const unknown = await api.post('/v2/teams').set('X-Sandbox-Scenario', 'no-such-scenario').send({ name: 'x' });
    expect([unknown.status, unknown.body.error.code]).toEqual([400, 'unknown_scenario']);
    expect((await api.get('/v2/teams').set('Prefer', 'code=503')).status).toBe(503);
  });
});

describe('the default workspace after POST /__sandbox/reset', () => {
  it('serves keyless requests and /v2/health with the new workspace and its clock, and journals into it', async () => {
    const api = await createTestApi();
    expect((await api.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
    expect((await api.post('/__sandbox/clock').send({ action: 'set', at: '2020-01-01T00:00:00.000Z' })).status).toBe(200);
    expect((await api.post('/__sandbox/reset')).status).toBe(200);
    expect((await api.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
    expect((await api.post('/__sandbox/clock').send({ action: 'set', at: '2031-05-06T07:08:09.000Z' })).status).toBe(200);

    const health = await api.as(null).get('/v2/health');
    expect(health.body.data.timestamp).toBe('2031-05-06T07:08:09.000Z');
    const missing = await api.get('/v2/nowhere');
    expect(missing.status).toBe(404);
    const entries = await journalOf(api, 'sandbox_key');
    expect(entries.map(e => [e.path, e.status])).toEqual([
      ['/v2/nowhere', 404],
      ['/v2/health', 200],
    ]);
    expect(api.sandbox.workspace('default')!.journal.find({}).length).toBe(2);
  });
});
