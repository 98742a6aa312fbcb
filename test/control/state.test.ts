/**
 * Workspace snapshots: GET /__sandbox/state exports a workspace's whole state as JSON, PUT imports it
 * into the workspace of the key presented. The default workspace is filled through the API with a bit of
 * everything (contacts, a transfer, link clicks, uploads done and pending, secret-key contacts and jobs);
 * the snapshot must survive export → import → export unchanged and make another workspace answer exactly
 * as the exporting one does. Invalid snapshots are refused whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Response } from 'supertest';
import { createTestApi, type TestApi } from '../support/api.js';
import { advanceClock } from '../support/fixtures.js';
import { MAX_SNAPSHOT_NESTING } from '../../src/contract/limits.js';

const T0 = '2026-03-02T09:00:00.000Z';

interface World {
  api: TestApi;
  team: string;
  campaign: string;
  target: string;
  contacts: string[];
  completedUpload: string;
  pendingUpload: string;
  importJob: string;
  bulkJob: string;
}

async function ok(res: Promise<Response> | Response, status = 200): Promise<Response> {
  const r = await res;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r;
}

/** A workspace holding every kind of record, with an upload left pending on purpose. */
async function buildWorld(): Promise<World> {
  // No seed data: the world is made here, and `test_…` workspaces start empty too.
  const api = await createTestApi({ seedData: false });
  await ok(api.post('/__sandbox/clock').send({ action: 'freeze' }));
  await ok(api.post('/__sandbox/clock').send({ action: 'set', at: T0 }));
  const team = (await ok(api.post('/v2/teams').send({ name: 'Northwind Outbound' }), 201)).body.data.id as string;
  await ok(api.post('/v2/teams').send({ name: 'Globex Sales' }), 201);
  const hot = (await ok(api.post('/v2/labels').send({ name: 'Hot Lead', color: '#2E7D32', team_id: team }), 201)).body.data.name as string;
  await ok(api.post('/v2/labels').send({ name: 'Waiting', color: '#123', team_id: team, applies_to: 'conversation' }), 201);
  const campaign = (await ok(api.post('/v2/campaigns').send({ TeamId: team, name: 'Snapshot source' }), 201)).body.data.id as string;
  const target = (await ok(api.post('/v2/campaigns').send({ TeamId: team, name: 'Snapshot target' }), 201)).body.data.id as string;
  const contacts: string[] = [];
  // Created at the same frozen instant: lists break the tie by stored order, which the snapshot must keep.
  for (const [first, email] of [['Ada', 'ada@analytical.test'], ['Bob', 'bob@builder.test'], ['Cy', 'cy@cyber.test']]) {
    const res = await ok(api.post('/v2/contacts').send({ TeamId: team, CampaignId: campaign, email, first_name: first, company_name: `${first} Corp`, labels: [hot] }), 201);
    contacts.push(res.body.data.id);
  }
  await ok(api.post('/v2/contacts').send({ TeamId: team, CampaignId: target, email: 'dee@target.test', first_name: 'Dee' }), 201);
  // A transfer appends Ada to the target campaign after Dee although she was created first.
  await ok(api.post('/v1/contact/bulk-action').send({ action: 'transfer', campaign_id: campaign, to_campaign_id: target, contact_ids: [contacts[0]] }));
  await ok(api.post('/__sandbox/link-clicks').send({ contact_id: contacts[1], original_url: 'https://northwind.test/pricing' }), 201);
  await ok(api.post('/__sandbox/link-clicks').send({ contact_id: contacts[1], original_url: 'https://northwind.test/pricing', clicked_at: '2026-03-01T10:00:00.000Z' }), 201);
  await ok(api.post('/__sandbox/link-clicks').send({ contact_id: contacts[2], original_url: 'https://northwind.test/demo', utm: false }), 201);

  const completedUpload = (await ok(api.post('/v2/contacts/bulk').send({
    TeamId: team, CampaignId: campaign, contacts: [{ email: 'eve@upload.test', first_name: 'Eve' }, { first_name: 'No identifier' }],
  }), 202)).body.data.upload_id as string;

  await ok(api.post('/contacts').send({ email: 'Zed@Project.test', data: { plan: 'pro', constructor: 'plain data' } }), 201);
  await ok(api.post('/contacts').send({ email: 'amy@project.test', subscribed: false }), 201);
  const importJob = (await ok(api.post('/contacts/import').attach('file', Buffer.from('email,company\nkim@csv.test,Kim Co\nnot-an-email,Bad\n'), {
    filename: 'contacts.csv', contentType: 'text/csv',
  }), 202)).body.jobId as string;
  const bulkJob = (await ok(api.post('/contacts/bulk-unsubscribe').send({ mode: 'query', filter: { search: 'zed' } }), 202)).body.jobId as string;
  await advanceClock(api, 10);
  expect((await ok(api.get(`/__sandbox/uploads/${completedUpload}`))).body.data.status).toBe('completed');
  expect((await ok(api.get(`/contacts/import/${importJob}`))).body.state).toBe('completed');
  expect((await ok(api.get(`/contacts/bulk/${bulkJob}`))).body.state).toBe('completed');

  const pendingUpload = (await ok(api.post('/v2/contacts/bulk').send({
    TeamId: team, CampaignId: campaign, contacts: [{ email: 'fay@pending.test' }],
  }), 202)).body.data.upload_id as string;
  return { api, team, campaign, target, contacts, completedUpload, pendingUpload, importJob, bulkJob };
}

async function exportState(api: TestApi): Promise<Record<string, any>> {
  return (await ok(api.get('/__sandbox/state'))).body;
}

/** What a read answers, without the per-request id. */
function answer(res: Response): unknown {
  const { request_id: _id, ...body } = res.body as Record<string, unknown>;
  return { status: res.status, body };
}

let world: World;
let snapshot: Record<string, any>;

beforeAll(async () => {
  world = await buildWorld();
  snapshot = await exportState(world.api);
});

describe('GET /__sandbox/state', () => {
  it('exports every kind of record as plain JSON, with the clock', async () => {
    const now = '2026-03-02T09:00:10.000Z';
    expect(snapshot).toMatchObject({ format: 'sendbox-workspace', version: 1, workspace: 'default', exported_at: now, clock: { now, frozen: true } });
    const s = snapshot.supersend;
    expect(s.teams.length).toBeGreaterThan(0);
    expect(s.enrollments.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(world.contacts));
    expect(s.enrollments[0]).not.toHaveProperty('search_text');
    const target = s.campaign_enrollment_order.find((o: { campaign_id: string }) => o.campaign_id === world.target);
    expect(target.enrollment_ids.at(-1)).toBe(world.contacts[0]);
    expect(s.link_clicks.clicks).toHaveLength(3);
    expect(s.link_clicks.links).toHaveLength(2);
    expect(s.uploads.map((u: { id: string; status: string }) => [u.id, u.status])).toEqual([[world.completedUpload, 'completed'], [world.pendingUpload, 'pending']]);
    expect(s.uploads[1].queue).toEqual([{ email: 'fay@pending.test' }]);
    const p = snapshot.project;
    // In the API's listing order: newest first, ties (one frozen instant) by id descending.
    const listed = (await ok(world.api.get('/contacts'))).body.data.map((c: { email: string }) => c.email);
    expect(p.contacts.map((c: { email: string }) => c.email)).toEqual(listed);
    expect(listed.slice().sort()).toEqual(['amy@project.test', 'kim@csv.test', 'zed@project.test']);
    expect(p.contacts.find((c: { email: string }) => c.email === 'zed@project.test')).toMatchObject({ data: { plan: 'pro', constructor: 'plain data' }, subscribed: false });
    expect(p.jobs.imports.map((j: { id: string; state: string }) => [j.id, j.state])).toEqual([[world.importJob, 'completed']]);
    expect(p.jobs.bulk.map((j: { id: string; state: string }) => [j.id, j.state])).toEqual([[world.bulkJob, 'completed']]);
  });

  it('changes nothing', async () => {
    expect(await exportState(world.api)).toEqual(snapshot);
    expect((await ok(world.api.get('/__sandbox/clock'))).body.data.pending_jobs).toBeGreaterThan(0);
  });
});

describe('PUT /__sandbox/state', () => {
  it('round trips: import into a fresh sandbox, export again, same document byte for byte', async () => {
    const fresh = await createTestApi({ seedData: false });
    const res = await ok(fresh.put('/__sandbox/state').send(snapshot));
    expect(res.body).toMatchObject({
      success: true,
      message: 'Workspace state imported',
      data: { workspace: 'default', source_workspace: 'default', clock: snapshot.clock },
    });
    expect(res.body.data.counts).toMatchObject({
      enrollments: snapshot.supersend.enrollments.length, link_clicks: 3, uploads: 2, sk_contacts: 3, sk_jobs: 2,
    });
    const again = await exportState(fresh);
    expect(again).toEqual(snapshot);
    expect(JSON.stringify(again)).toBe(JSON.stringify(snapshot));
  });

  it('imports a snapshot made before a store existed: the store starts empty', async () => {
    const seeded = await createTestApi();
    const exported = await exportState(seeded);
    expect(exported.supersend.webhooks.webhooks.length).toBeGreaterThan(0);
    const older = structuredClone(exported);
    delete older.supersend.webhooks;
    delete older.supersend.engine;
    const fresh = await createTestApi({ seedData: false });
    const res = await ok(fresh.put('/__sandbox/state').send(older));
    expect(res.body.data.counts).toMatchObject({ teams: exported.supersend.teams.length });
    const again = await exportState(fresh);
    expect(again.supersend.webhooks).toEqual({ webhooks: [], deliveries: [] });
    expect(again.supersend.engine).toEqual({ steps: [], outcomes: [] });
    expect(again.supersend.teams).toEqual(exported.supersend.teams);
    expect(again.supersend.senders).toEqual(exported.supersend.senders);
    const team = exported.supersend.webhooks.webhooks[0].team_id;
    expect((await fresh.get(`/v2/webhooks?team_id=${team}`)).body.data).toEqual([]);
  });

  it('round trips the default data set (every kind of seeded record) the same way', async () => {
    const seeded = await createTestApi();
    await ok(seeded.post('/__sandbox/clock').send({ action: 'freeze' }));
    const exported = await exportState(seeded);
    expect(exported.supersend.enrollments.length).toBeGreaterThan(0);
    const fresh = await createTestApi({ seedData: false });
    await ok(fresh.put('/__sandbox/state').send(exported));
    const again = await exportState(fresh);
    expect(again).toEqual(exported);
    expect(JSON.stringify(again)).toBe(JSON.stringify(exported));
    const team = exported.supersend.teams[0].id as string;
    for (const path of ['/v2/teams', `/v2/contacts?TeamId=${team}&limit=100`, `/v2/campaigns?TeamId=${team}&limit=100`, '/v2/events?limit=100']) {
      expect(answer(await fresh.get(path)), path).toEqual(answer(await ok(seeded.get(path))));
    }
    expect(answer(await fresh.get('/contacts?limit=100'))).toEqual(answer(await ok(seeded.get('/contacts?limit=100'))));
  });

  it('makes another workspace answer exactly as the exporting one', async () => {
    const { api, team, campaign, target, contacts } = world;
    const copy = api.as('test_copy');
    const copySk = api.as('sk_test_copy');
    expect((await ok(copy.put('/__sandbox/state').send(snapshot))).body.data).toMatchObject({ workspace: 'test:copy', source_workspace: 'default' });
    const copied = await exportState(copy);
    expect({ ...copied, workspace: 'default' }).toEqual(snapshot);

    const reads: [string, (c: TestApi) => Promise<Response>][] = [
      ['teams', c => c.get('/v2/teams')],
      ['team usage', c => c.get(`/v2/teams/${team}/usage`)],
      ['labels', c => c.get(`/v2/labels?team_id=${team}`)],
      ['campaigns', c => c.get(`/v2/campaigns?TeamId=${team}&limit=100`)],
      ['campaign', c => c.get(`/v2/campaigns/${target}`)],
      ['V1 overview', c => c.get(`/v1/campaigns/overview?TeamId=${team}`)],
      ['contacts', c => c.get(`/v2/contacts?TeamId=${team}&limit=100`)],
      ['contacts of a campaign', c => c.get(`/v2/contacts?TeamId=${team}&CampaignId=${target}`)],
      ['search', c => c.get(`/v2/contacts?TeamId=${team}&search=corp`)],
      ['contact', c => c.get(`/v2/contacts/${contacts[1]}`)],
      ['V1 contact', c => c.get(`/v1/contact/${contacts[2]}`)],
      ['V1 list', c => c.post('/v1/contact/all').send({ TeamId: team, CampaignId: campaign, limit: 100 })],
      // Read-only bulk action: ties in created_at come back in the campaign's stored order.
      ['V1 get_contacts', c => c.post('/v1/contact/bulk-action').send({ action: 'get_contacts', campaign_id: target })],
      ['events', c => c.get('/v2/events?limit=100')],
      ['campaign clicks', c => c.get(`/v2/campaigns/${campaign}/inbox-link-clicks?first_only=true`)],
      ['contact clicks', c => c.get(`/v2/contacts/${contacts[1]}/inbox-link-clicks`)],
      ['upload', c => c.get(`/__sandbox/uploads/${world.completedUpload}`)],
      ['pending upload', c => c.get(`/__sandbox/uploads/${world.pendingUpload}`)],
    ];
    const skReads: [string, (c: TestApi) => Promise<Response>][] = [
      ['sk contacts', c => c.get('/contacts?limit=100')],
      ['sk contacts by email', c => c.get('/contacts?sort=email&dir=asc&limit=2')],
      ['sk search', c => c.get('/contacts?search=project')],
      ['sk import job', c => c.get(`/contacts/import/${world.importJob}`)],
      ['sk bulk job', c => c.get(`/contacts/bulk/${world.bulkJob}`)],
    ];
    for (const [name, read] of reads) expect(answer(await read(copy)), name).toEqual(answer(await ok(read(api))));
    for (const [name, read] of skReads) expect(answer(await read(copySk)), name).toEqual(answer(await ok(read(api.as('sk_sandbox')))));
    const clock = (await ok(copy.get('/__sandbox/clock'))).body.data;
    expect(clock).toMatchObject({ ...snapshot.clock, pending_jobs: 0 });

    // The rebuilt indexes work for writes: an existing email updates, never duplicates.
    const upsert = (c: TestApi) => c.post('/v2/contacts').send({ TeamId: team, CampaignId: campaign, email: 'BOB@builder.test', title: 'CTO' });
    const again = await upsert(copy);
    expect(again.body.data.id).toBe(contacts[1]);
    expect(answer(again)).toEqual(answer(await upsert(api)));
    const skUpsert = (c: TestApi) => c.post('/contacts').send({ email: 'amy@project.test', subscribed: true });
    const skAgain = await ok(skUpsert(copySk));
    expect(skAgain.body._meta).toEqual({ isNew: false, isUpdate: true });
    expect(answer(skAgain)).toEqual(answer(await skUpsert(api.as('sk_sandbox'))));

    // Unfinished work is imported as it was and not resumed: the copy's upload stays pending.
    await advanceClock(copy, 60);
    await advanceClock(api, 60);
    expect((await ok(api.get(`/__sandbox/uploads/${world.pendingUpload}`))).body.data.status).toBe('completed');
    expect((await ok(copy.get(`/__sandbox/uploads/${world.pendingUpload}`))).body.data).toMatchObject({ status: 'pending', processed_count: 0 });
    expect((await ok(copy.get(`/v2/contacts?TeamId=${team}&email=fay@pending.test`))).body.data).toEqual([]);
  });

  it('sets the clock to the snapshot\'s, running when it was running, and drops work scheduled on the workspace', async () => {
    const api = world.api.as('test_clock');
    await ok(api.post('/__sandbox/clock').send({ action: 'freeze' }));
    const team = (await ok(api.post('/v2/teams').send({ name: 'Doomed' }), 201)).body.data.id as string;
    const campaign = (await ok(api.post('/v2/campaigns').send({ TeamId: team, name: 'Doomed' }), 201)).body.data.id as string;
    await ok(api.post('/v2/contacts/bulk').send({ TeamId: team, CampaignId: campaign, contacts: [{ email: 'dropped@later.test' }] }), 202);
    expect((await ok(api.get('/__sandbox/clock'))).body.data.pending_jobs).toBe(1);

    const running = { ...snapshot, clock: { now: '2030-01-01T00:00:00.000Z', frozen: false } };
    const res = await ok(api.put('/__sandbox/state').send(running));
    expect(res.body.data.clock.frozen).toBe(false);
    const clock = (await ok(api.get('/__sandbox/clock'))).body.data;
    expect(clock).toMatchObject({ frozen: false, pending_jobs: 0 });
    const drift = Date.parse(clock.now) - Date.parse('2030-01-01T00:00:00.000Z');
    expect(drift).toBeGreaterThanOrEqual(0);
    expect(drift).toBeLessThan(60_000);
    await advanceClock(api, 60);
    // The team the dropped upload was for is gone with the old state; nothing of the upload landed anywhere.
    expect((await api.get(`/v2/teams/${team}`)).status).toBe(404);
    expect((await exportState(api)).supersend.enrollments).toEqual(snapshot.supersend.enrollments);
  });

  it('keeps the journal of the workspace', async () => {
    const api = world.api.as('test_journal');
    await ok(api.get('/v2/teams'));
    expect((await ok(api.get('/__sandbox/requests?operationId=listTeams'))).body.data).toHaveLength(1);
    await ok(api.put('/__sandbox/state').send(snapshot));
    const journal = (await ok(api.get('/__sandbox/requests?operationId=listTeams'))).body.data;
    expect(journal).toHaveLength(1);
  });
});

/** `{ a: { a: … } }`: an object of `levels` + 1 levels. */
function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

describe('invalid snapshots', () => {
  /** A deep copy of the snapshot with one change. */
  function broken(change: (s: Record<string, any>) => void): Record<string, any> {
    const copy = structuredClone(snapshot);
    change(copy);
    return copy;
  }

  const cases: [string, (s: Record<string, any>) => void, string, string?][] = [
    ['another format', s => { s.format = 'prism-state'; }, 'format'],
    ['another version', s => { s.version = 2; }, 'version'],
    ['a missing section', s => { delete s.supersend.enrollments; }, 'supersend.enrollments'],
    ['an unknown section', s => { s.supersend.mailbox_pigeons = []; }, 'supersend.mailbox_pigeons'],
    ['a bad clock', s => { s.clock.now = 'yesterday'; }, 'clock.now'],
    ['a record field of the wrong type', s => { s.supersend.teams[0].name = 5; }, 'supersend.teams[0].name', 'invalid_snapshot'],
    ['a record without a field', s => { delete s.supersend.campaigns[0].settings; }, 'supersend.campaigns[0].settings', 'invalid_snapshot'],
    ['a value outside its enum', s => { s.supersend.enrollments[0].interest = 'maybe'; }, 'supersend.enrollments[0].interest', 'invalid_snapshot'],
    ['an enrollment of an unknown campaign', s => { s.supersend.enrollments[0].campaign_id = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e'; }, 'supersend.enrollments[0].campaign_id', 'invalid_snapshot'],
    ['a repeated id', s => { s.supersend.labels[1].id = s.supersend.labels[0].id; }, 'supersend.labels[1].id', 'invalid_snapshot'],
    ['two profiles with one email', s => { s.supersend.profiles[1].email = s.supersend.profiles[0].email.toUpperCase(); }, 'supersend.profiles[1].email', 'invalid_snapshot'],
    ['an enrollment left out of its campaign order', s => { s.supersend.campaign_enrollment_order[0].enrollment_ids.pop(); }, 'supersend.campaign_enrollment_order', 'invalid_snapshot'],
    ['a click of an unknown link', s => { s.supersend.link_clicks.links.pop(); }, 'supersend.link_clicks.clicks[2].link_id', 'invalid_snapshot'],
    // The last part checked: everything before it is valid, so a half-applied import would show.
    ['two project contacts with one email', s => { s.project.contacts[1].email = s.project.contacts[0].email; }, 'project.contacts[1].email', 'invalid_snapshot'],
    ['a job in an unknown state', s => { s.project.jobs.bulk[0].state = 'paused'; }, 'project.jobs.bulk[0].state', 'invalid_snapshot'],
    // Values no request may store: each would break a later read, export or save.
    ['a contact time far past year 9999', s => { s.project.contacts[0].createdAt = 1e300; }, 'project.contacts[0].createdAt', 'invalid_snapshot'],
    ['a contact time before year 0000', s => { s.project.contacts[0].updatedAt = -62167219200001; }, 'project.contacts[0].updatedAt', 'invalid_snapshot'],
    ['a fractional epoch time', s => { s.supersend.link_clicks.clicks[0].at = 1.5; }, 'supersend.link_clicks.clicks[0].at', 'invalid_snapshot'],
    ['a date-time past year 9999', s => { s.supersend.teams[0].created_at = '+010000-01-01T00:00:00.000Z'; }, 'supersend.teams[0].created_at', 'invalid_snapshot'],
    ['an event date that is no date', s => { s.supersend.events[0].date = 'soon'; }, 'supersend.events[0].date', 'invalid_snapshot'],
    ['a negative contacts_limit', s => { s.supersend.teams[0].contacts_limit = -5; }, 'supersend.teams[0].contacts_limit', 'invalid_snapshot'],
    ['a contacts_limit of zero', s => { s.supersend.teams[0].contacts_limit = 0; }, 'supersend.teams[0].contacts_limit', 'invalid_snapshot'],
    ['negative verification credits', s => { s.supersend.org.verification_credits = -1; }, 'supersend.org.verification_credits', 'invalid_snapshot'],
    ['a team name longer than a request may send (TeamCreateRequest maxLength)', s => { s.supersend.teams[0].name = 'x'.repeat(256); }, 'supersend.teams[0].name', 'invalid_snapshot'],
    ['a label name longer than a request may send (LabelCreateRequest maxLength)', s => { s.supersend.labels[0].name = 'x'.repeat(101); }, 'supersend.labels[0].name', 'invalid_snapshot'],
    ['a string longer than the sandbox-wide cap', s => { s.supersend.profiles[0].first_name = 'x'.repeat(65_537); }, 'supersend.profiles[0].first_name', 'invalid_snapshot'],
    ['a long string inside custom', s => { s.supersend.profiles[0].custom = { note: 'x'.repeat(65_537) }; }, 'supersend.profiles[0].custom.note', 'invalid_snapshot'],
    ['custom nested 32 levels deep (more than a request body can hold under it)', s => { s.supersend.enrollments[0].custom = nested(31); }, 'supersend.enrollments[0].custom', 'invalid_snapshot'],
  ];

  it.each(cases)('refuses %s with a 400 naming it, and changes nothing', async (_name, change, param, code) => {
    const api = world.api.as('test_invalid');
    await ok(api.post('/__sandbox/clock').send({ action: 'freeze' }));
    const before = await exportState(api);
    const res = await api.put('/__sandbox/state').send(broken(change));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.param).toBe(param);
    if (code) expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toContain(param);
    expect(await exportState(api)).toEqual(before);
    // Nothing of it was stored: every list still answers.
    await ok(world.api.as('sk_test_invalid').get('/contacts'));
    await ok(api.get('/v2/teams'));
    await ok(api.get('/v2/events'));
  });

  it('refuses a number JSON cannot write back (1e400 parses as Infinity), naming it', async () => {
    const api = world.api.as('test_invalid');
    await ok(api.post('/__sandbox/clock').send({ action: 'freeze' }));
    const before = await exportState(api);
    const body = JSON.stringify(broken(s => { s.project.contacts[0].createdAt = 123456789; })).replace('"createdAt":123456789', '"createdAt":1e400');
    const res = await api.put('/__sandbox/state').set('Content-Type', 'application/json').send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.param).toBe('project.contacts[0].createdAt');
    expect(await exportState(api)).toEqual(before);
    await ok(world.api.as('sk_test_invalid').get('/contacts'));
  });

  it('refuses contact data nested 10,000 levels deep, naming the field that holds it', async () => {
    const api = world.api.as('test_invalid');
    await ok(api.post('/__sandbox/clock').send({ action: 'freeze' }));
    const before = await exportState(api);
    // Written by hand: JSON libraries (the test client's too) recurse and overflow on such a value.
    const body = JSON.stringify(broken(s => { s.project.contacts[0].data = { deep: 'HERE' }; }))
      .replace('"HERE"', `${'{"a":'.repeat(10_000)}{}${'}'.repeat(10_000)}`);
    const res = await api.put('/__sandbox/state').set('Content-Type', 'application/json').send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    // Refused while the body is read (deeper than any snapshot may nest), before anything recurses into it.
    expect(res.body.error).toMatchObject({ code: 'validation_error', param: 'project' });
    expect(res.body.error.message).toBe(`project is nested too deeply (at most ${MAX_SNAPSHOT_NESTING} levels of objects and arrays)`);
    expect(await exportState(api)).toEqual(before);
    await ok(world.api.as('sk_test_invalid').get('/contacts'));
  });

  it('accepts the bounds themselves: custom 31 levels deep (all a request body can set), times at the ends of years 0000 and 9999', async () => {
    const api = world.api.as('test_bounds');
    const edge = broken(s => {
      s.supersend.enrollments[0].custom = nested(30);
      s.project.contacts[0].createdAt = -62167219200000;
      s.project.contacts[1].createdAt = 253402300799999;
      s.clock.now = '9999-12-31T23:59:59.999Z';
    });
    await ok(api.put('/__sandbox/state').send(edge));
    const exported = await exportState(api);
    expect(exported.clock.now).toBe('9999-12-31T23:59:59.999Z');
    await ok(world.api.as('sk_test_bounds').get('/contacts'));
    await ok(api.as('test_bounds_copy').put('/__sandbox/state').send(exported));
  });

  it('refuses a body that is not a snapshot at all', async () => {
    const api = world.api.as('test_invalid');
    const before = await exportState(api);
    const res = await api.put('/__sandbox/state').send([1, 2]);
    expect(res.status).toBe(400);
    expect((await api.put('/__sandbox/state').set('Content-Type', 'application/json').send('{"format":')).status).toBe(400);
    expect(await exportState(api)).toEqual(before);
  });
});

describe('isolation', () => {
  it('imports into the workspace of the key only, and needs a key', async () => {
    const { api } = world;
    const defaultBefore = await exportState(api);
    await ok(api.as('test_bystander').post('/__sandbox/clock').send({ action: 'freeze' }));
    const otherBefore = await exportState(api.as('test_bystander'));
    expect(otherBefore.supersend.teams).toEqual([]);
    // The secret key of a workspace steers it too.
    await ok(api.as('sk_test_target').put('/__sandbox/state').send(snapshot));
    const target = await exportState(api.as('test_target'));
    expect(target.supersend.teams).toEqual(snapshot.supersend.teams);
    expect(target.project.id).toBe(snapshot.project.id);
    expect(await exportState(api)).toEqual(defaultBefore);
    expect(await exportState(api.as('test_bystander'))).toEqual(otherBefore);
    expect((await api.as(null).get('/__sandbox/state')).status).toBe(401);
    expect((await api.as(null).put('/__sandbox/state').send(snapshot)).status).toBe(401);
    expect((await api.as('test_nobody').get('/__sandbox/clock')).status).toBe(200);
    expect((await exportState(api.as('test_nobody'))).supersend.teams).toEqual([]);
  });

  it('shares no objects between the workspaces a snapshot went into', async () => {
    const { api, team, campaign } = world;
    await ok(api.as('test_twin_a').put('/__sandbox/state').send(snapshot));
    await ok(api.as('test_twin_b').put('/__sandbox/state').send(snapshot));
    const a = api.as('test_twin_a');
    await ok(a.post('/v2/contacts').send({ TeamId: team, CampaignId: campaign, email: 'only-in-a@twin.test' }), 201);
    await ok(a.patch(`/v2/contacts/${world.contacts[2]}`).send({ first_name: 'Changed' }));
    const b = await exportState(api.as('test_twin_b'));
    expect({ ...b, workspace: 'default' }).toEqual(snapshot);
  });
});
