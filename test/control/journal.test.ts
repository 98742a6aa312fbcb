import { describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api.js';

describe('GET /__sandbox/requests', () => {
  it('records what the client sent, with validation errors, newest first, credentials redacted', async () => {
    const api = await createTestApi();
    await api.get('/v2/contacts');
    const team = (await api.get('/v2/teams')).body.data[0];
    const list = await api.get('/__sandbox/requests');
    expect(list.status).toBe(200);
    const [newest, rejected] = list.body.data;
    expect(newest).toMatchObject({ method: 'GET', path: '/v2/teams', operationId: 'listTeams', status: 200, applied: true, fault: null });
    expect(rejected).toMatchObject({ path: '/v2/contacts', operationId: 'listContacts', status: 400, applied: false });
    expect(rejected.violations[0]).toMatchObject({ location: 'query', param: 'TeamId', keyword: 'required' });
    expect(rejected.headers.authorization).toBe('[redacted]');
    expect(team.name).toBe('Acme Outbound');
    expect(list.body.data.some((e: { path: string }) => e.path.startsWith('/__sandbox'))).toBe(false);
  });

  it('filters by method, path, operationId, status and since, and counts', async () => {
    const api = await createTestApi();
    await api.post('/__sandbox/clock').send({ action: 'freeze' });
    await api.post('/__sandbox/clock').send({ action: 'set', at: '2026-03-02T09:00:00.000Z' });
    await api.get('/v2/contacts');
    await api.post('/__sandbox/clock/advance').send({ seconds: 60 });
    const team = (await api.get('/v2/teams')).body.data[0];
    await api.post('/v2/contacts').send({ TeamId: team.id, email: 'counted@example.com' });
    const byStatus = await api.get('/__sandbox/requests?status=400');
    expect(byStatus.body.data.map((e: { path: string }) => e.path)).toEqual(['/v2/contacts']);
    const byMethod = await api.get('/__sandbox/requests?method=POST');
    expect(byMethod.body.data).toHaveLength(1);
    expect(byMethod.body.data[0].body).toMatchObject({ email: 'counted@example.com' });
    const since = await api.get('/__sandbox/requests?since=2026-03-02T09:00:30.000Z');
    expect(since.body.data.map((e: { operationId: string }) => e.operationId)).toEqual(['createContact', 'listTeams']);
    const count = await api.get('/__sandbox/requests/count?operationId=createContact&status=201');
    expect(count.body.data.count).toBe(1);
    const byPath = await api.get('/__sandbox/requests/count?path=/v2/contacts');
    expect(byPath.body.data.count).toBe(2);
  });

  it('is cleared by DELETE, bounded by its capacity, and per workspace', async () => {
    const api = await createTestApi({ journalCapacity: 3 });
    for (let i = 0; i < 5; i++) await api.get('/v2/health');
    expect((await api.get('/__sandbox/requests/count')).body.data.count).toBe(3);
    expect((await api.as('test_other').get('/__sandbox/requests/count')).body.data.count).toBe(0);
    await api.delete('/__sandbox/requests');
    expect((await api.get('/__sandbox/requests/count')).body.data.count).toBe(0);
  });
});

describe('GET /__sandbox/coverage', () => {
  it('shows which operations and declared statuses were exercised, and which never were', async () => {
    const api = await createTestApi();
    await api.get('/v2/contacts');
    const team = (await api.get('/v2/teams')).body.data[0];
    await api.get(`/v2/contacts?TeamId=${team.id}`);
    const coverage = (await api.get('/__sandbox/coverage')).body.data;
    const list = coverage.operations.find((o: { operationId: string }) => o.operationId === 'listContacts');
    expect(list.exercised).toEqual({ '200': 1, '400': 1 });
    expect(list.missing).toEqual([401, 403, 500, 503]);
    expect(coverage.never_exercised).toContain('createCampaign');
    expect(coverage.never_exercised).not.toContain('listTeams');
    expect(coverage.summary.operations_exercised).toBe(2);
  });
});

describe('POST /__sandbox/reset', () => {
  it('puts the workspace back to its seed, clock, journal and all', async () => {
    const api = await createTestApi();
    const team = (await api.get('/v2/teams')).body.data[0];
    await api.post('/v2/teams').send({ name: 'Temporary' });
    await api.post('/__sandbox/clock').send({ action: 'freeze' });
    expect((await api.get('/v2/teams')).body.pagination.total).toBe(3);
    const reset = await api.post('/__sandbox/reset');
    expect(reset.body.message).toBe('Workspace reset to its seed');
    const after = await api.get('/v2/teams');
    expect(after.body.pagination.total).toBe(2);
    expect(after.body.data[0].id).toBe(team.id);
    expect((await api.get('/__sandbox/clock')).body.data.frozen).toBe(false);
    expect((await api.get('/__sandbox/requests/count')).body.data.count).toBe(1);
  });

  it('resets only the workspace of the key', async () => {
    const api = await createTestApi();
    await api.as('test_keep').post('/v2/teams').send({ name: 'Kept' });
    await api.post('/__sandbox/reset');
    expect((await api.as('test_keep').get('/v2/teams')).body.pagination.total).toBe(3);
  });
});

describe('the response each entry keeps', () => {
  type Entry = { requestId: string; response: unknown };
  const entries = async (api: Awaited<ReturnType<typeof createTestApi>>): Promise<Entry[]> => (await api.get('/__sandbox/requests?limit=1000')).body.data;

  it('is the answer as sent, or its first 4,096 characters behind a truncation marker', async () => {
    const api = await createTestApi();
    const teams = await api.get('/v2/teams');
    const teamId = teams.body.data[0].id;
    const list = await api.get(`/v2/contacts?TeamId=${teamId}&limit=20`);
    expect(list.text.length).toBeGreaterThan(4096);
    const [listed, shortOne] = await entries(api);
    expect(shortOne.response).toBe(teams.text);
    expect(listed.response).toEqual({ truncated: true, length: list.text.length, preview: list.text.slice(0, 4096) });
  });

  it('stays exact across many answers, evictions and characters outside ASCII', async () => {
    const api = await createTestApi({ seedData: false, journalCapacity: 7 });
    const team = (await api.post('/v2/teams').send({ name: 'Zoë Ünal’s team 😀' })).body.data;
    for (let i = 0; i < 40; i++) {
      await api.post('/v2/contacts').send({ TeamId: team.id, email: `p${i}@example.com`, first_name: 'Žofie', custom: { note: 'ø'.repeat(i * 60) } }).expect(201);
    }
    const sent = new Map<string, string>();
    for (let offset = 0; offset < 30; offset++) {
      const res = await api.get(`/v2/contacts?TeamId=${team.id}&limit=3&offset=${offset}`);
      sent.set(res.headers['x-request-id'], res.text);
    }
    const kept = await entries(api);
    expect(kept).toHaveLength(7);
    for (const entry of kept) {
      const text = sent.get(entry.requestId)!;
      expect(entry.response).toEqual(text.length <= 4096 ? text : { truncated: true, length: text.length, preview: text.slice(0, 4096) });
    }
  });
});
