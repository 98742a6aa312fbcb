import { describe, expect, it } from 'vitest';
import { createTestApi } from '../support/api.js';

describe('on-demand test workspaces', () => {
  it('open a fresh, seeded world per test_ key that other keys never see', async () => {
    const api = await createTestApi();
    const a = api.as('test_job_a');
    const b = api.as('test_job_b');
    const teamA = (await a.get('/v2/teams')).body.data[0];
    const teamB = (await b.get('/v2/teams')).body.data[0];
    expect(teamA.name).toBe('Acme Outbound');
    expect(teamA.id).not.toBe(teamB.id);
    const campaignA = (await a.get(`/v2/campaigns?TeamId=${teamA.id}`)).body.data[0];
    const created = await a.post('/v2/contacts').send({ TeamId: teamA.id, CampaignId: campaignA.id, email: 'only.in.a@example.com' });
    expect(created.status).toBe(201);
    // B cannot reach A's team, and A's contact is not in the default workspace either.
    expect((await b.get(`/v2/contacts?TeamId=${teamA.id}`)).status).toBe(403);
    expect((await api.get(`/v2/contacts?TeamId=${teamA.id}`)).status).toBe(403);
    const listA = await a.get(`/v2/contacts?TeamId=${teamA.id}&email=only.in.a@example.com`);
    expect(listA.body.pagination.total).toBe(1);
  });

  it('shares one world between test_<name> and sk_test_<name>, and rejects pk_test_<name> like a public key', async () => {
    const api = await createTestApi();
    const sk = api.as('sk_test_shared');
    expect((await sk.post('/contacts').send({ email: 'ada@example.com' })).status).toBe(201);
    const clock = await api.as('test_shared').post('/__sandbox/clock').send({ action: 'freeze' });
    expect(clock.status).toBe(200);
    expect((await api.as('sk_test_shared').get('/__sandbox/clock')).body.data.frozen).toBe(true);
    expect((await api.get('/__sandbox/clock')).body.data.frozen).toBe(false);
    const pk = await api.as('pk_test_shared').get('/contacts');
    expect(pk.status).toBe(401);
    expect(pk.body.error.code).toBe('INVALID_API_KEY');
    const other = await api.as('sk_test_other').get('/contacts?search=ada@example.com');
    expect(other.body.total).toBe(0);
    expect((await api.as('sk_test_shared').get('/contacts?search=ada@example.com')).body.total).toBe(1);
  });

  it('refuses keys that only look like test keys', async () => {
    const api = await createTestApi();
    expect((await api.as('test_').get('/v2/teams')).status).toBe(401);
    expect((await api.as('test_has space').get('/v2/teams')).status).toBe(401);
    expect((await api.as('sk_test_').get('/contacts')).status).toBe(401);
  });

  it('keeps at most the configured number, dropping the least recently used', async () => {
    const api = await createTestApi({ maxTestWorkspaces: 2 });
    await api.as('test_one').post('/v2/teams').send({ name: 'Made in the first life' });
    expect((await api.as('test_one').get('/v2/teams')).body.pagination.total).toBe(3);
    await api.as('test_two').get('/v2/teams');
    await api.as('test_three').get('/v2/teams');
    expect(api.sandbox.workspace('test:one')).toBeUndefined();
    // Using the key again opens a fresh world from the seed.
    expect((await api.as('test_one').get('/v2/teams')).body.pagination.total).toBe(2);
    expect(api.sandbox.workspace('test:two')).toBeUndefined();
  });

  it('drops on-demand workspaces left idle', async () => {
    const api = await createTestApi({ testWorkspaceIdleMs: 0 });
    await api.as('test_idle').post('/v2/teams').send({ name: 'Short-lived' });
    await api.as('test_busy').get('/v2/teams');
    expect(api.sandbox.workspace('test:idle')).toBeUndefined();
  });
});

describe('--workspace-seed', () => {
  it('builds on-demand workspaces from their own data set, and reset() restores one', async () => {
    const api = await createTestApi({ workspaceDataSet: 'large:40' });
    const teams = (await api.as('test_big').get('/v2/teams')).body.data.map((t: { name: string }) => t.name);
    expect(teams).not.toContain('Acme Outbound');
    expect((await api.get('/v2/teams')).body.data[0].name).toBe('Acme Outbound');
    await api.post('/v2/teams').send({ name: 'Gone after reset' });
    api.sandbox.reset();
    expect((await api.get('/v2/teams')).body.data.map((t: { name: string }) => t.name)).not.toContain('Gone after reset');
  });
});
