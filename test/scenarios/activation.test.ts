/**
 * Every way to turn a scenario on: `--scenario` at start (createSandbox({ scenarios }) and the command
 * line), the control API (per workspace, with the workspace's own key), the `X-Sandbox-Scenario` header
 * (one request only) and Prism's `Prefer` header. Scenario state never leaks between workspaces.
 */
import { describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { startCli } from '../support/cli.js';

const TEAM = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

interface Summary {
  name: string;
  active: boolean;
  matched: number;
  applied: number;
  rules: { name: string; matched: number; applied: number }[];
}

async function summary(api: TestApi, name: string): Promise<Summary> {
  const res = await api.get('/__sandbox/scenarios');
  expect(res.status).toBe(200);
  return (res.body.data as Summary[]).find(s => s.name === name)!;
}

describe('the control API', () => {
  it('lists the scenarios with their state and counters, activates and deactivates them', async () => {
    const api = await createTestApi({ seedData: false });
    const list = (await api.get('/__sandbox/scenarios')).body.data as Summary[];
    expect(list.length).toBeGreaterThanOrEqual(12);
    expect(list.every(s => !s.active && s.matched === 0 && s.applied === 0)).toBe(true);

    const on = await api.post('/__sandbox/scenarios/expired-api-key/activate');
    expect(on.body.data).toMatchObject({ name: 'expired-api-key', active: true });
    expect((await api.get('/v2/teams')).status).toBe(401);
    expect((await api.get('/v2/health')).status).toBe(200);
    expect(await summary(api, 'expired-api-key')).toMatchObject({ matched: 2, applied: 1, rules: [{ name: 'revoked', matched: 2, applied: 1 }] });

    const off = await api.post('/__sandbox/scenarios/expired-api-key/deactivate');
    expect(off.body.data).toMatchObject({ active: false, matched: 2, applied: 1 });
    expect((await api.get('/v2/teams')).status).toBe(200);
    // Activating again starts its counters afresh.
    expect((await api.post('/__sandbox/scenarios/expired-api-key/activate')).body.data).toMatchObject({ matched: 0, applied: 0 });
  });

  it('answers 404 for an unknown scenario and 400 for a malformed name, changing nothing', async () => {
    const api = await createTestApi({ seedData: false });
    const unknown = await api.post('/__sandbox/scenarios/no-such-scenario/activate');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'scenario_not_found', param: 'name' });
    expect(unknown.body.error.message).toContain('fail-then-succeed');
    expect((await api.post('/__sandbox/scenarios/no-such-scenario/deactivate')).status).toBe(404);
    expect((await api.post('/__sandbox/scenarios/Bad_Name/activate')).status).toBe(400);
    const list = (await api.get('/__sandbox/scenarios')).body.data as Summary[];
    expect(list.filter(s => s.active)).toEqual([]);
  });

  it('acts on the workspace of the key presented, and needs a key', async () => {
    const api = await createTestApi({ seedData: false });
    expect((await api.as(null).post('/__sandbox/scenarios/timeouts/activate')).status).toBe(401);
    const a = api.as('test_a');
    const b = api.as('test_b');
    expect((await a.post('/__sandbox/scenarios/expired-api-key/activate')).status).toBe(200);
    expect((await a.get('/v2/teams')).status).toBe(401);
    // The secret key of the same workspace sees the same activation; other workspaces see none.
    expect((await api.as('sk_test_a').get('/contacts')).status).toBe(401);
    expect((await b.get('/v2/teams')).status).toBe(200);
    expect((await api.get('/v2/teams')).status).toBe(200);
    expect((await summary(b, 'expired-api-key'))).toMatchObject({ active: false, matched: 0, applied: 0 });
    expect((await summary(a, 'expired-api-key'))).toMatchObject({ active: true, matched: 2, applied: 2 });
  });
});

describe('scenario effects never leak across workspaces', () => {
  it('sequences, counters and faults of one workspace leave the other untouched', async () => {
    const api = await createTestApi({ seedData: false });
    const a = api.as('test_a');
    const b = api.as('test_b');
    await a.post('/__sandbox/scenarios/fail-then-succeed/activate');
    await b.post('/__sandbox/scenarios/fail-then-succeed/activate');
    // A uses up its two failures; B's position is untouched by A's.
    expect([(await a.get('/v2/teams')).status, (await a.get('/v2/teams')).status, (await a.get('/v2/teams')).status]).toEqual([503, 503, 200]);
    expect((await b.get('/v2/teams')).status).toBe(503);
    expect(await summary(a, 'fail-then-succeed')).toMatchObject({ matched: 3, applied: 2 });
    expect(await summary(b, 'fail-then-succeed')).toMatchObject({ matched: 1, applied: 1 });
    // A header scenario in A does not count in B either.
    await a.get('/v2/teams').set('X-Sandbox-Scenario', 'expired-api-key');
    expect(await summary(b, 'expired-api-key')).toMatchObject({ matched: 0 });
    // Journals: each workspace records only its own requests and rules.
    const journalA = api.sandbox.workspace('test:a')!.journal.find({ path: '/v2/teams' });
    const journalB = api.sandbox.workspace('test:b')!.journal.find({ path: '/v2/teams' });
    expect(journalA.map(e => e.scenarios.join())).toEqual(['fail-then-succeed/fail-twice', 'fail-then-succeed/fail-twice', '', 'expired-api-key/revoked']);
    expect(journalB.map(e => [e.status, e.applied])).toEqual([[503, false]]);
  });
});

describe('the X-Sandbox-Scenario header', () => {
  it('applies the named scenarios to that request only, comma-separated', async () => {
    const api = await createTestApi({ seedData: false });
    const both = await api.get('/v2/teams').set('X-Sandbox-Scenario', 'slow-network, expired-api-key');
    expect(both.status).toBe(401);
    const entry = api.sandbox.workspace('default')!.journal.find({ path: '/v2/teams' })[0];
    expect(entry.scenarios).toEqual(['slow-network/latency', 'expired-api-key/revoked']);
    expect((await api.get('/v2/teams')).status).toBe(200);
    expect((await summary(api, 'expired-api-key')).active).toBe(false);
  });

  it('answers 400 naming the header for an unknown scenario', async () => {
    const api = await createTestApi({ seedData: false });
    const res = await api.post('/v2/teams').set('X-Sandbox-Scenario', 'timeouts,nope').send({ name: 'Not made' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'unknown_scenario' });
    expect(res.body.error.message).toContain('X-Sandbox-Scenario names an unknown scenario "nope"');
    expect((await api.get('/v2/teams')).body.data).toEqual([]);
  });
});

describe('the Prefer header (as in Prism)', () => {
  it('code=N answers the operation\'s documented response for that status, without running the handler', async () => {
    const api = await createTestApi({ seedData: false });
    const body = { TeamId: TEAM, email: 'prefer@example.com' };
    const res = await api.post('/v1/contact/create').set('Prefer', 'code=429').send(body);
    expect(res.status).toBe(429);
    expect(res.body).toEqual({ success: false, error: 'Too many requests' });
    expect(res.headers['x-sandbox-source']).toBe('example');
    const entry = api.sandbox.workspace('default')!.journal.find({ path: '/v1/contact/create' })[0];
    expect(entry).toMatchObject({ status: 429, applied: false, scenarios: ['prefer:code=429'] });
    const empty = await api.get('/v2/teams').set('Prefer', 'code=503');
    expect(empty.status).toBe(503);
    expect(empty.text).toBe('');
    const v2 = await api.get(`/v2/teams/${TEAM}`).set('Prefer', 'code=404');
    expect(v2.status).toBe(404);
    expect(v2.body.request_id).toBe(v2.headers['x-request-id']);
  });

  it('example=NAME answers that named example, of whichever status holds it', async () => {
    const api = await createTestApi({ seedData: false });
    const last = await api.get('/contacts').set('Prefer', 'example=lastPage');
    expect(last.status).toBe(200);
    expect(last.body.hasMore).toBe(false);
    expect(last.body.data.length).toBeGreaterThan(0);
    expect((await api.get('/contacts')).body.data).toEqual([]);
    const key = await api.get('/contacts').set('Prefer', 'example=publicKey');
    expect(key.status).toBe(401);
    expect(key.body.error.code).toBe('INVALID_API_KEY');
    const both = await api.get('/contacts').set('Prefer', 'code=200, example=firstPage');
    expect(both.status).toBe(200);
    expect(both.body.hasMore).toBe(true);
  });

  it('answers 400 naming Prefer for a status or example the operation does not document', async () => {
    const api = await createTestApi({ seedData: false });
    const code = await api.post('/v2/teams').set('Prefer', 'code=418').send({ name: 'Not made' });
    expect(code.status).toBe(400);
    expect(code.body.error).toMatchObject({ code: 'invalid_prefer_header' });
    expect(code.body.error.message).toBe('Prefer: code=418 is not documented for createTeam (documented: 201, 400, 401, 403, 413, 500, 503)');
    const example = await api.get('/contacts').set('Prefer', 'example=nope');
    expect(example.status).toBe(400);
    expect(example.body.error.message).toContain('Prefer: example=nope is not documented for skListContacts (examples: firstPage (200), lastPage (200)');
    const mismatch = await api.get('/contacts').set('Prefer', 'code=401, example=firstPage');
    expect(mismatch.status).toBe(400);
    const garbage = await api.get('/v2/teams').set('Prefer', 'code=abc');
    expect(garbage.status).toBe(400);
    expect(garbage.body.error.message).toContain('Prefer: code must be an HTTP status');
    // Preferences other than code and example are ignored, as Prism ignores them.
    expect((await api.get('/v2/teams').set('Prefer', 'return=minimal')).status).toBe(200);
    expect((await api.get('/v2/teams')).body.data).toEqual([]);
  });
});

describe('--scenario at start', () => {
  it('is active in every workspace from the start; deactivating it in one leaves the others', async () => {
    const api = await createTestApi({ seedData: false, scenarios: ['expired-api-key'] });
    expect((await api.get('/v2/teams')).status).toBe(401);
    expect((await api.as('test_a').get('/v2/teams')).status).toBe(401);
    expect((await api.as('sk_test_a').get('/contacts')).status).toBe(401);
    expect((await api.as('test_a').post('/__sandbox/scenarios/expired-api-key/deactivate')).status).toBe(200);
    expect((await api.as('test_a').get('/v2/teams')).status).toBe(200);
    expect((await api.as('test_b').get('/v2/teams')).status).toBe(401);
    expect((await api.get('/v2/teams')).status).toBe(401);
  });

  it('is a repeatable flag of the sendbox command', async () => {
    const cli = startCli(['--port', '0', '--scenario', 'expired-api-key', '--scenario', 'slow-network']);
    const url = await cli.url;
    expect(cli.output()).toContain('scenarios: expired-api-key, slow-network');
    const res = await fetch(`${url}/v2/teams`, { headers: { authorization: 'Bearer sandbox_key' } });
    expect(res.status).toBe(401);
    const list = await fetch(`${url}/__sandbox/scenarios`, { headers: { authorization: 'Bearer sandbox_key' } });
    const active = ((await list.json()) as { data: Summary[] }).data.filter(s => s.active).map(s => s.name);
    expect(active).toEqual(['expired-api-key', 'slow-network']);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });
});
