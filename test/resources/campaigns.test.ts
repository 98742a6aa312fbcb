/**
 * V2 campaigns (openapi.yaml, tag Campaigns): create, list, get, update, delete and subsequences. Every
 * rule is driven over HTTP and checked twice: the answer, and the state read back afterwards.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Response } from 'supertest';
import { createTestApi, type TestApi } from '../support/api.js';
import { createSeries, enroll, iso } from '../support/fixtures.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const T0 = Date.parse('2026-03-02T10:00:00.000Z');
const UNKNOWN_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

const NODES = [
  { id: 'n-start', type: 'startNode', data: { type: 12, label: 'Start' }, position: { x: 0, y: 0 } },
  {
    id: 'n-e1',
    type: 'emailNode',
    data: { type: 1, label: 'Email 1', subject_a: 'quick question, {{first_name}}', body_a: '<p>Hi {{first_name}}</p>', wait: 0, wait_unit: 'days' },
    position: { x: 0, y: 150 },
  },
];
const EDGES = [{ id: 'e1', source: 'n-start', target: 'n-e1', type: 'buttonedge' }];
const OTHER_NODES = [
  { id: 'n-start', type: 'startNode', data: { type: 12, label: 'Start' }, position: { x: 0, y: 0 } },
  { id: 'n-w1', type: 'waitNode', data: { type: 2, wait: 3, wait_unit: 'days' }, position: { x: 0, y: 150 } },
];
const OTHER_EDGES = [{ id: 'e9', source: 'n-start', target: 'n-w1', type: 'buttonedge' }];

/** Every optional setting of the create table, with non-default values. */
const ALL_SETTINGS = {
  track_domain: 'track.northwind.test',
  track: true,
  category_id: '4f8b2e6a-9c1d-4a7e-b3f5-0e2c8d6a1b79',
  nodes: NODES,
  edges: EDGES,
  custom_variables: ['favourite_tool', { name: 'region', default: 'EMEA' }],
  templateId: '7a1b2c3d-4e5f-4a6b-9c8d-0e1f2a3b4c5d',
  send_to_risk_levels: ['SAFE', 'LOW'],
  bcc: ['crm@northwind.test', 'audit@northwind.test'],
  bcc_replies_only: true,
  timezone: 'America/New_York',
  days: { monday: true, tuesday: true, wednesday: false, thursday: true, friday: true, saturday: false, sunday: false },
  hours: [
    { start: '09:00', end: '12:00' },
    { start: '14:00', end: '17:30' },
  ],
  start: '2026-04-01T14:00:00.000Z',
  end: '2026-06-30T18:00:00.000Z',
  unsubscribe: true,
  unsubscribe_message: 'stop emailing me',
  blacklistIfUnsubscribe: false,
  blacklistIfBounced: false,
  blacklistDomainOnReply: false,
  list_unsubscribe_header: true,
  failureConfiguration: { strategy: 'retry', retryAfterDays: 2, notification: true },
};

let api: TestApi;
let team: string;

const ws = () => api.sandbox.workspace('default')!;
const clock = () => ws().clock;

/** A fresh empty world per test: one team, the clock frozen at T0. */
beforeEach(async () => {
  api = await createTestApi({ seedData: false });
  clock().freeze();
  clock().set(T0);
  const res = await api.post('/v2/teams').send({ name: 'Northwind Outbound' });
  expect(res.status).toBe(201);
  team = res.body.data.id;
});

async function create(body: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const res = await api.post('/v2/campaigns').send({ name: 'Campaign', TeamId: team, ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

async function read(id: string): Promise<Record<string, any>> {
  const res = await api.get(`/v2/campaigns/${id}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

async function list(query = ''): Promise<Response> {
  const res = await api.get(`/v2/campaigns?TeamId=${team}${query ? `&${query}` : ''}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res;
}

const names = (res: Response) => (res.body.data as { name: string }[]).map(c => c.name);

async function patch(id: string, body: Record<string, unknown>): Promise<Response> {
  return api.patch(`/v2/campaigns/${id}`).send(body);
}

describe('POST /v2/campaigns', () => {
  it('creates an inactive draft with empty sequence and no contacts, and GET reads it back', async () => {
    const res = await api.post('/v2/campaigns').send({ name: 'Q4 Outreach Campaign', TeamId: team });
    expect(res.status).toBe(201);
    expect(res.body.success).toBe(true);
    expect(res.body.request_id).toMatch(/^req_[0-9a-f]{24}$/);
    const c = res.body.data;
    expect(c.id).toMatch(UUID);
    expect(c).toMatchObject({
      name: 'Q4 Outreach Campaign',
      status: 2,
      is_draft: true,
      legacy_sequence: false,
      archived: false,
      track: false,
      track_domain: null,
      category_id: null,
      nodes: [],
      edges: [],
      parentCampaignId: null,
      contact_count: 0,
      contact_metrics: { total: 0, not_started: 0, in_progress: 0, finished: 0, paused: 0 },
      team_id: team,
      reply_link_clicks: 0,
      createdAt: iso(T0),
      updatedAt: iso(T0),
    });
    expect(await read(c.id)).toEqual(c);
    const page = await list();
    expect(page.body.data.map((x: { id: string }) => x.id)).toEqual([c.id]);
  });

  it('keeps is_draft as given', async () => {
    const c = await create({ name: 'Not a draft', is_draft: false });
    expect(c).toMatchObject({ is_draft: false, status: 2 });
    expect(await read(c.id)).toMatchObject({ is_draft: false, status: 2 });
  });

  it('accepts, stores and reads back every optional setting', async () => {
    const c = await create({ name: 'Full settings', ...ALL_SETTINGS, version: 3 });
    expect(c).toMatchObject({ ...ALL_SETTINGS, status: 2, is_draft: true, contact_count: 0 });
    const stored = await read(c.id);
    expect(stored).toMatchObject({ name: 'Full settings', ...ALL_SETTINGS });
    expect(stored.nodes).toEqual(NODES);
    expect(stored.edges).toEqual(EDGES);
    expect(stored.days).toEqual(ALL_SETTINGS.days);
    expect(stored.hours).toEqual(ALL_SETTINGS.hours);
    expect(stored.failureConfiguration).toEqual(ALL_SETTINGS.failureConfiguration);
  });

  it('defaults the settings that are not given', async () => {
    const c = await read((await create({ name: 'Defaults' })).id);
    expect(c).toMatchObject({
      track: false,
      track_domain: null,
      send_to_risk_levels: null,
      bcc: null,
      bcc_replies_only: false,
      timezone: null,
      days: { monday: true, tuesday: true, wednesday: true, thursday: true, friday: true, saturday: false, sunday: false },
      hours: [],
      start: null,
      end: null,
      max_per_day: null,
      unsubscribe: false,
      unsubscribe_message: null,
      blacklistIfUnsubscribe: true,
      blacklistIfBounced: true,
      blacklistDomainOnReply: true,
      list_unsubscribe_header: false,
      failureConfiguration: null,
      custom_variables: [],
      templateId: null,
    });
  });

  it('stores a copy of the settings: two campaigns never share them', async () => {
    const a = await create({ name: 'A', hours: [{ start: '08:00', end: '09:00' }] });
    const b = await create({ name: 'B' });
    expect((await patch(b.id, { hours: [{ start: '10:00', end: '11:00' }], bcc: ['x@northwind.test'] })).status).toBe(200);
    expect((await read(a.id)).hours).toEqual([{ start: '08:00', end: '09:00' }]);
    expect((await read(a.id)).bcc).toBeNull();
  });

  it('answers 403 team_access_denied for an unknown TeamId and creates nothing', async () => {
    const res = await api.post('/v2/campaigns').send({ name: 'Nope', TeamId: UNKNOWN_ID });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ type: 'authorization_error', code: 'team_access_denied', param: 'TeamId' });
    expect(ws().stores.supersend.campaigns.size).toBe(0);
    expect((await list()).body.pagination.total).toBe(0);
  });

  it('answers 400 naming name when it is missing', async () => {
    const res = await api.post('/v2/campaigns').send({ TeamId: team });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ type: 'invalid_request_error', code: 'missing_required_parameter', param: 'name' });
    expect((await list()).body.pagination.total).toBe(0);
  });

  it('answers 400 naming TeamId when it is missing', async () => {
    const res = await api.post('/v2/campaigns').send({ name: 'No team' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'missing_required_parameter', param: 'TeamId' });
  });

  it('rejects an emailNode with bare subject/body (400) and creates nothing', async () => {
    const bare = [{ id: 'n-e1', type: 'emailNode', data: { type: 1, subject: 'Hi', body: '<p>Hi</p>' } }];
    const res = await api.post('/v2/campaigns').send({ name: 'Bare', TeamId: team, nodes: bare });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ type: 'invalid_request_error', param: 'nodes[0].data.subject' });
    expect(res.body.error.message).toContain('subject_a');
    expect((await list()).body.pagination.total).toBe(0);
  });
});

describe('GET /v2/campaigns', () => {
  it('requires TeamId', async () => {
    const res = await api.get('/v2/campaigns');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'missing_required_parameter', param: 'TeamId' });
  });

  it('answers 403 for a team the key cannot access', async () => {
    const res = await api.get(`/v2/campaigns?TeamId=${UNKNOWN_ID}`);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('team_access_denied');
  });

  it("lists only the team's campaigns", async () => {
    const other = (await api.post('/v2/teams').send({ name: 'Other team' })).body.data.id;
    await create({ name: 'Mine' });
    const theirs = await api.post('/v2/campaigns').send({ name: 'Theirs', TeamId: other });
    expect(theirs.status).toBe(201);
    expect(names(await list())).toEqual(['Mine']);
    const res = await api.get(`/v2/campaigns?TeamId=${other}`);
    expect(res.body.data.map((c: { name: string }) => c.name)).toEqual(['Theirs']);
  });

  it('searches the name and the track_domain, case-insensitively', async () => {
    await create({ name: 'Q4 Outreach' });
    await create({ name: 'Webinar follow-up', track_domain: 'links.OUTREACH-mail.test' });
    await create({ name: 'Founders', track_domain: 'track.founders.test' });
    const res = await list('search=outreach&sortBy=name');
    expect(names(res)).toEqual(['Q4 Outreach', 'Webinar follow-up']);
    expect(res.body.pagination.total).toBe(2);
    expect(names(await list('search=FOUNDERS.test'))).toEqual(['Founders']);
    expect(names(await list('search=nothing-matches'))).toEqual([]);
  });

  it('filters by status', async () => {
    const [a] = await createSeries(api, name => create({ name }), ['Active one', 'Inactive one']);
    expect((await patch(a.id, { status: 1 })).status).toBe(200);
    const active = await list('status=1');
    expect(names(active)).toEqual(['Active one']);
    expect(active.body.data[0].status).toBe(1);
    expect(names(await list('status=2'))).toEqual(['Inactive one']);
    expect((await api.get(`/v2/campaigns?TeamId=${team}&status=3`)).status).toBe(400);
  });

  it('excludes archived campaigns unless archived=true', async () => {
    const [kept, gone] = await createSeries(api, name => create({ name }), ['Kept', 'Archived', 'Draft']);
    expect((await patch(gone.id, { is_draft: false })).status).toBe(200);
    expect((await api.delete(`/v2/campaigns/${gone.id}`)).body.message).toBe('Campaign archived successfully');
    expect(names(await list())).toEqual(['Draft', 'Kept']);
    expect(names(await list('archived=false'))).toEqual(['Draft', 'Kept']);
    const all = await list('archived=true');
    expect(names(all)).toEqual(['Draft', 'Archived', 'Kept']);
    expect(all.body.data.find((c: { id: string }) => c.id === gone.id).archived).toBe(true);
    expect(all.body.data.find((c: { id: string }) => c.id === kept.id).archived).toBe(false);
  });

  it('sorts newest first by default, and by oldest, last_modified and name', async () => {
    const [b, , c] = await createSeries(api, name => create({ name }), ['Bravo', 'alpha', 'Charlie']);
    expect(names(await list())).toEqual(['Charlie', 'alpha', 'Bravo']);
    expect(names(await list('sortBy=newest'))).toEqual(['Charlie', 'alpha', 'Bravo']);
    expect(names(await list('sortBy=oldest'))).toEqual(['Bravo', 'alpha', 'Charlie']);
    expect(names(await list('sortBy=name'))).toEqual(['alpha', 'Bravo', 'Charlie']);
    // Modify the oldest, then the newest: last_modified follows updatedAt.
    expect((await patch(b.id, { track: true })).status).toBe(200);
    clock().advance(1000);
    expect((await patch(c.id, { track: true })).status).toBe(200);
    clock().advance(1000);
    const res = await list('sortBy=last_modified');
    expect(names(res)).toEqual(['Charlie', 'Bravo', 'alpha']);
    expect(res.body.data[0].updatedAt).toBe(iso(T0 + 4000));
    expect(res.body.data[1].updatedAt).toBe(iso(T0 + 3000));
    // created order is untouched by modifications
    expect(names(await list('sortBy=oldest'))).toEqual(['Bravo', 'alpha', 'Charlie']);
  });

  it('pages with limit and offset', async () => {
    await createSeries(api, name => create({ name }), ['c1', 'c2', 'c3', 'c4', 'c5']);
    const first = await list('sortBy=oldest&limit=2');
    expect(names(first)).toEqual(['c1', 'c2']);
    expect(first.body.pagination).toEqual({ total: 5, limit: 2, offset: 0, has_more: true });
    const middle = await list('sortBy=oldest&limit=2&offset=2');
    expect(names(middle)).toEqual(['c3', 'c4']);
    expect(middle.body.pagination).toEqual({ total: 5, limit: 2, offset: 2, has_more: true });
    const last = await list('sortBy=oldest&limit=2&offset=4');
    expect(names(last)).toEqual(['c5']);
    expect(last.body.pagination).toEqual({ total: 5, limit: 2, offset: 4, has_more: false });
    const beyond = await list('sortBy=oldest&offset=10');
    expect(names(beyond)).toEqual([]);
    expect(beyond.body.pagination).toEqual({ total: 5, limit: 50, offset: 10, has_more: false });
    expect((await api.get(`/v2/campaigns?TeamId=${team}&limit=101`)).status).toBe(400);
  });

  it('computes contact_metrics from the enrollments, and contact_count equals total', async () => {
    const [full, empty] = await createSeries(api, name => create({ name }), ['With contacts', 'Empty']);
    const contacts = [];
    for (const email of ['ada@example.com', 'grace@example.com', 'alan@example.com']) contacts.push(await enroll(api, { TeamId: team, CampaignId: full.id, email: email }));
    // Enrolling the same person again does not add a contact.
    await enroll(api, { TeamId: team, CampaignId: full.id, email: 'ADA@example.com' });
    const byName = (res: Response, n: string) => res.body.data.find((c: { name: string }) => c.name === n);
    let res = await list();
    expect(byName(res, 'With contacts').contact_metrics).toEqual({ total: 3, not_started: 3, in_progress: 0, finished: 0, paused: 0 });
    expect(byName(res, 'With contacts').contact_count).toBe(3);
    expect(byName(res, 'Empty').contact_metrics).toEqual({ total: 0, not_started: 0, in_progress: 0, finished: 0, paused: 0 });
    expect(byName(res, 'Empty').contact_count).toBe(0);
    expect((await read(full.id)).contact_count).toBe(3);
    expect((await read(empty.id)).contact_count).toBe(0);

    // A deleted contact no longer counts.
    expect((await api.delete(`/v2/contacts/${contacts[1].id}`)).status).toBe(200);
    res = await list();
    expect(byName(res, 'With contacts').contact_metrics).toEqual({ total: 2, not_started: 2, in_progress: 0, finished: 0, paused: 0 });
    expect(byName(res, 'With contacts').contact_count).toBe(2);
  });
});

describe('GET /v2/campaigns/:id', () => {
  it('answers the campaign with created_by, team_id, schedule and reply_link_clicks', async () => {
    const c = await create({ name: 'Scheduled', timezone: 'Europe/Paris', days: { monday: true, friday: true } });
    expect((await patch(c.id, { max_per_day: 50 })).status).toBe(200);
    const res = await api.get(`/v2/campaigns/${c.id}`);
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    const user = ws().stores.supersend.user;
    expect(res.body.data).toMatchObject({
      id: c.id,
      name: 'Scheduled',
      created_by: { id: user.id, name: 'Sandbox User', email: 'owner@sandbox.test' },
      user_id: user.id,
      team_id: team,
      timezone: 'Europe/Paris',
      days: { monday: true, friday: true },
      max_per_day: 50,
      reply_link_clicks: 0,
      contact_count: 0,
      contact_metrics: { total: 0, not_started: 0, in_progress: 0, finished: 0, paused: 0 },
    });
  });

  it('answers 404 campaign_not_found for an unknown id', async () => {
    const res = await api.get(`/v2/campaigns/${UNKNOWN_ID}`);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ type: 'not_found_error', code: 'campaign_not_found' });
  });

  it('answers 400 for a malformed id', async () => {
    const res = await api.get('/v2/campaigns/campaign-1');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ param: 'id' });
  });
});

describe('PATCH /v2/campaigns/:id', () => {
  it('changes only the fields sent and answers the updated campaign', async () => {
    const c = await create({ name: 'Before', ...ALL_SETTINGS });
    clock().advance(5000);
    const res = await patch(c.id, { name: 'After' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: c.id, name: 'After', ...ALL_SETTINGS, createdAt: iso(T0), updatedAt: iso(T0 + 5000) });
    const stored = await read(c.id);
    expect(stored).toEqual(res.body.data);
    expect(stored).toMatchObject({ ...ALL_SETTINGS });
  });

  it('accepts every documented parameter and GET reads them back', async () => {
    const c = await create({ name: 'Plain' });
    const update = {
      name: 'Updated Campaign Name',
      track_domain: 'track.example.com',
      track: true,
      category_id: '5c7e9a1b-3d4f-4b6c-8e0a-2b4d6f8a0c1e',
      nodes: OTHER_NODES,
      edges: OTHER_EDGES,
      legacy_sequence: true,
      status: 1,
      is_draft: false,
      max_per_day: 200,
      send_to_risk_levels: ['SAFE', 'LOW', 'MEDIUM', 'HIGH', 'INVALID'],
      bcc: ['crm@example.com'],
      bcc_replies_only: true,
      timezone: 'America/Los_Angeles',
      days: { monday: true, tuesday: true, wednesday: true, thursday: true, friday: true, saturday: false, sunday: false },
      hours: [{ start: '09:00', end: '17:00' }],
      start: '2026-05-01T08:00:00.000Z',
      end: '2026-05-31T08:00:00.000Z',
      unsubscribe: true,
      unsubscribe_message: 'unsubscribe',
      blacklistIfUnsubscribe: false,
      blacklistIfBounced: false,
      blacklistDomainOnReply: false,
      list_unsubscribe_header: true,
      failureConfiguration: { strategy: 'pause_contact', notification: true },
    };
    const res = await patch(c.id, update);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data).toMatchObject(update);
    expect(await read(c.id)).toMatchObject(update);
  });

  it('clears nullable settings with null', async () => {
    const c = await create({ name: 'Clear', ...ALL_SETTINGS });
    expect((await patch(c.id, { max_per_day: 10 })).status).toBe(200);
    const res = await patch(c.id, { category_id: null, max_per_day: null, send_to_risk_levels: null, bcc: null, start: null, end: null, unsubscribe_message: null });
    expect(res.status).toBe(200);
    expect(await read(c.id)).toMatchObject({ category_id: null, max_per_day: null, send_to_risk_levels: null, bcc: null, start: null, end: null, unsubscribe_message: null, track: true, timezone: 'America/New_York' });
  });

  it('accepts max_per_day at its limits 1 and 100000', async () => {
    const c = await create();
    expect((await patch(c.id, { max_per_day: 1 })).body.data.max_per_day).toBe(1);
    expect((await read(c.id)).max_per_day).toBe(1);
    expect((await patch(c.id, { max_per_day: 100000 })).body.data.max_per_day).toBe(100000);
    expect((await read(c.id)).max_per_day).toBe(100000);
  });

  it.each([0, 100001, -5, 2.5, '50'])('rejects max_per_day %s with 400 naming max_per_day and keeps the stored value', async value => {
    const c = await create();
    expect((await patch(c.id, { max_per_day: 20 })).status).toBe(200);
    const res = await patch(c.id, { max_per_day: value, name: 'Should not apply' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ type: 'invalid_request_error', param: 'max_per_day' });
    expect(await read(c.id)).toMatchObject({ max_per_day: 20, name: 'Campaign' });
  });

  it('rejects a send_to_risk_levels value outside SAFE, LOW, MEDIUM, HIGH, INVALID', async () => {
    const c = await create({ send_to_risk_levels: ['SAFE'] });
    const res = await patch(c.id, { send_to_risk_levels: ['SAFE', 'EXTREME'] });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toMatch(/^send_to_risk_levels/);
    expect((await read(c.id)).send_to_risk_levels).toEqual(['SAFE']);
  });

  it.each(['skip', 'retry', 'pause_contact', 'pause_campaign'])('accepts failureConfiguration.strategy %s', async strategy => {
    const c = await create();
    const res = await patch(c.id, { failureConfiguration: { strategy, notification: false } });
    expect(res.status).toBe(200);
    expect((await read(c.id)).failureConfiguration).toEqual({ strategy, notification: false });
  });

  it('rejects a bad failureConfiguration strategy, and one without strategy', async () => {
    const c = await create({ failureConfiguration: { strategy: 'skip' } });
    const bad = await patch(c.id, { failureConfiguration: { strategy: 'explode' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('failureConfiguration.strategy');
    const missing = await patch(c.id, { failureConfiguration: { notification: true } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.param).toMatch(/^failureConfiguration/);
    expect((await read(c.id)).failureConfiguration).toEqual({ strategy: 'skip' });
  });

  it('accepts status 1 and 2 and rejects anything else', async () => {
    const c = await create();
    expect((await patch(c.id, { status: 1 })).body.data.status).toBe(1);
    expect((await read(c.id)).status).toBe(1);
    expect((await patch(c.id, { status: 2 })).body.data.status).toBe(2);
    expect((await read(c.id)).status).toBe(2);
    const bad = await patch(c.id, { status: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('status');
    expect((await read(c.id)).status).toBe(2);
  });

  it('refuses nodes while the campaign is active (409) and leaves the campaign unchanged', async () => {
    const c = await create({ nodes: NODES, edges: EDGES });
    expect((await patch(c.id, { status: 1 })).status).toBe(200);
    clock().advance(1000);
    const res = await patch(c.id, { nodes: OTHER_NODES, edges: OTHER_EDGES, name: 'Renamed' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ type: 'conflict_error', param: 'nodes' });
    expect(res.body.error.message).toBe('Cannot modify nodes or legacy_sequence while campaign is active (status=1)');
    const stored = await read(c.id);
    expect(stored).toMatchObject({ status: 1, name: 'Campaign', nodes: NODES, edges: EDGES, updatedAt: iso(T0) });
  });

  it('refuses legacy_sequence while the campaign is active (409)', async () => {
    const c = await create();
    expect((await patch(c.id, { status: 1 })).status).toBe(200);
    const res = await patch(c.id, { legacy_sequence: true });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ type: 'conflict_error', param: 'legacy_sequence' });
    expect((await read(c.id)).legacy_sequence).toBe(false);
  });

  it('lets other settings change while active', async () => {
    const c = await create({ nodes: NODES });
    expect((await patch(c.id, { status: 1 })).status).toBe(200);
    const res = await patch(c.id, { name: 'Still running', max_per_day: 30, edges: EDGES });
    expect(res.status).toBe(200);
    expect(await read(c.id)).toMatchObject({ status: 1, name: 'Still running', max_per_day: 30, nodes: NODES, edges: EDGES });
  });

  it('accepts nodes and legacy_sequence once the campaign is set back to status 2', async () => {
    const c = await create({ nodes: NODES, edges: EDGES });
    expect((await patch(c.id, { status: 1 })).status).toBe(200);
    expect((await patch(c.id, { nodes: OTHER_NODES })).status).toBe(409);
    expect((await patch(c.id, { status: 2 })).status).toBe(200);
    const res = await patch(c.id, { nodes: OTHER_NODES, edges: OTHER_EDGES, legacy_sequence: true });
    expect(res.status).toBe(200);
    expect(await read(c.id)).toMatchObject({ status: 2, nodes: OTHER_NODES, edges: OTHER_EDGES, legacy_sequence: true });
  });

  it('rejects an emailNode with bare subject/body (400) and keeps the nodes', async () => {
    const c = await create({ nodes: NODES });
    const res = await patch(c.id, { nodes: [NODES[0], { id: 'n-e1', type: 'emailNode', data: { type: 1, subject_a: 'ok', body: '<p>bare</p>' } }] });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ param: 'nodes[1].data.body' });
    expect((await read(c.id)).nodes).toEqual(NODES);
  });

  it('rejects unknown fields and answers 404 for an unknown campaign', async () => {
    const c = await create();
    const unknown = await patch(c.id, { colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'unknown_parameter', param: 'colour' });
    const missing = await patch(UNKNOWN_ID, { name: 'x' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('campaign_not_found');
  });
});

describe('DELETE /v2/campaigns/:id', () => {
  it('removes a draft for good, with its contacts', async () => {
    const c = await create({ name: 'Draft' });
    const contact = await enroll(api, { TeamId: team, CampaignId: c.id, email: 'ada@example.com' });
    const res = await api.delete(`/v2/campaigns/${c.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, message: 'Campaign deleted successfully', request_id: res.body.request_id });
    expect(res.body.data).toBeUndefined();
    const gone = await api.get(`/v2/campaigns/${c.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('campaign_not_found');
    expect((await api.get(`/v2/contacts/${contact.id}`)).status).toBe(404);
    expect(names(await list('archived=true'))).toEqual([]);
    // Deleting it again: not found.
    expect((await api.delete(`/v2/campaigns/${c.id}`)).status).toBe(404);
  });

  it('archives a non-draft campaign and its contacts', async () => {
    const c = await create({ name: 'Live', is_draft: false, nodes: NODES });
    const other = await create({ name: 'Other', is_draft: false });
    await enroll(api, { TeamId: team, CampaignId: c.id, email: 'ada@example.com' });
    await enroll(api, { TeamId: team, CampaignId: c.id, email: 'grace@example.com' });
    await enroll(api, { TeamId: team, CampaignId: other.id, email: 'ada@example.com' });
    expect((await patch(c.id, { status: 1 })).status).toBe(200);
    clock().advance(2000);

    const res = await api.delete(`/v2/campaigns/${c.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, message: 'Campaign archived successfully', data: { id: c.id } });

    const stored = await read(c.id);
    expect(stored).toMatchObject({ id: c.id, archived: true, nodes: NODES, updatedAt: iso(T0 + 2000) });
    expect(stored.contact_metrics).toEqual({ total: 0, not_started: 0, in_progress: 0, finished: 0, paused: 0 });
    expect(stored.contact_count).toBe(0);
    expect(names(await list())).toEqual(['Other']);
    expect(names(await list('archived=true&sortBy=name'))).toEqual(['Live', 'Other']);
    // The other campaign's contacts are untouched.
    expect((await read(other.id)).contact_count).toBe(1);
  });

  it('archives a campaign that was a draft and was then published', async () => {
    const c = await create({ name: 'Published' });
    expect((await patch(c.id, { is_draft: false })).status).toBe(200);
    const res = await api.delete(`/v2/campaigns/${c.id}`);
    expect(res.body.message).toBe('Campaign archived successfully');
    expect((await read(c.id)).archived).toBe(true);
  });

  it('answers 404 for an unknown campaign and 400 for a malformed id', async () => {
    const res = await api.delete(`/v2/campaigns/${UNKNOWN_ID}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('campaign_not_found');
    expect((await api.delete('/v2/campaigns/123')).status).toBe(400);
  });
});

describe('subsequences', () => {
  it('links a child created with parentCampaignId and reports the link both ways', async () => {
    const parent = await create({ name: 'Parent' });
    const child = await create({ name: 'Interested follow-up', parentCampaignId: parent.id });
    expect(child).toMatchObject({ parentCampaignId: parent.id, status: 2, is_draft: true });
    expect((await read(child.id)).parentCampaignId).toBe(parent.id);

    const up = await api.get(`/v2/campaigns/${child.id}/parent`);
    expect(up.status).toBe(200);
    expect(up.body.data.isSubsequence).toBe(true);
    expect(up.body.data.parentCampaign).toMatchObject({ id: parent.id, name: 'Parent', parentCampaignId: null });

    const top = await api.get(`/v2/campaigns/${parent.id}/parent`);
    expect(top.status).toBe(200);
    expect(top.body.data).toEqual({ isSubsequence: false, parentCampaign: null });

    const down = await api.get(`/v2/campaigns/${parent.id}/subsequences`);
    expect(down.status).toBe(200);
    expect(down.body.data.map((c: { id: string }) => c.id)).toEqual([child.id]);
    const none = await api.get(`/v2/campaigns/${child.id}/subsequences`);
    expect(none.body.data).toEqual([]);
  });

  it('allows at most 3 subsequences per parent', async () => {
    const parent = await create({ name: 'Parent' });
    const children = [];
    for (const n of [1, 2, 3]) children.push(await create({ name: `Child ${n}`, parentCampaignId: parent.id }));
    const res = await api.post('/v2/campaigns').send({ name: 'Child 4', TeamId: team, parentCampaignId: parent.id });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ type: 'invalid_request_error', param: 'parentCampaignId' });
    const subs = await api.get(`/v2/campaigns/${parent.id}/subsequences`);
    expect(subs.body.data.map((c: { name: string }) => c.name).sort()).toEqual(['Child 1', 'Child 2', 'Child 3']);
    expect(names(await list('include_subsequences=true&sortBy=name'))).toEqual(['Child 1', 'Child 2', 'Child 3', 'Parent']);

    // Removing one frees a place.
    expect((await api.delete(`/v2/campaigns/${children[0].id}`)).body.message).toBe('Campaign deleted successfully');
    await create({ name: 'Child 4', parentCampaignId: parent.id });
    const after = await api.get(`/v2/campaigns/${parent.id}/subsequences`);
    expect(after.body.data.map((c: { name: string }) => c.name).sort()).toEqual(['Child 2', 'Child 3', 'Child 4']);
  });

  it('is one level deep: a subsequence cannot have its own subsequences', async () => {
    const parent = await create({ name: 'Parent' });
    const child = await create({ name: 'Child', parentCampaignId: parent.id });
    const res = await api.post('/v2/campaigns').send({ name: 'Grandchild', TeamId: team, parentCampaignId: child.id });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ param: 'parentCampaignId' });
    expect((await api.get(`/v2/campaigns/${child.id}/subsequences`)).body.data).toEqual([]);
    expect(names(await list('include_subsequences=true&sortBy=name'))).toEqual(['Child', 'Parent']);
  });

  it('answers 404 campaign_not_found for an unknown parent or a parent of another team', async () => {
    const other = (await api.post('/v2/teams').send({ name: 'Other team' })).body.data.id;
    const foreign = (await api.post('/v2/campaigns').send({ name: 'Foreign', TeamId: other })).body.data;
    for (const parentCampaignId of [UNKNOWN_ID, foreign.id]) {
      const res = await api.post('/v2/campaigns').send({ name: 'Orphan', TeamId: team, parentCampaignId });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('campaign_not_found');
    }
    expect((await list('include_subsequences=true')).body.pagination.total).toBe(0);
    expect((await api.get(`/v2/campaigns/${UNKNOWN_ID}/subsequences`)).status).toBe(404);
    expect((await api.get(`/v2/campaigns/${UNKNOWN_ID}/parent`)).status).toBe(404);
  });

  it('are excluded from GET /v2/campaigns unless include_subsequences=true', async () => {
    const [parent] = await createSeries(api, name => create({ name }), ['Parent', 'Standalone']);
    await create({ name: 'Child', parentCampaignId: parent.id });
    const plain = await list('sortBy=name');
    expect(names(plain)).toEqual(['Parent', 'Standalone']);
    expect(plain.body.pagination.total).toBe(2);
    expect(names(await list('include_subsequences=false&sortBy=name'))).toEqual(['Parent', 'Standalone']);
    const all = await list('include_subsequences=true&sortBy=name');
    expect(names(all)).toEqual(['Child', 'Parent', 'Standalone']);
    expect(all.body.pagination.total).toBe(3);
  });

  it("answer 404 on every subsequence endpoint when the org's feature is off", async () => {
    const parent = await create({ name: 'Parent' });
    const child = await create({ name: 'Child', parentCampaignId: parent.id });
    ws().stores.supersend.org.subsequences_enabled = false;

    const createRes = await api.post('/v2/campaigns').send({ name: 'Child 2', TeamId: team, parentCampaignId: parent.id });
    expect(createRes.status).toBe(404);
    expect(createRes.body.error.type).toBe('not_found_error');
    for (const path of [`/v2/campaigns/${parent.id}/subsequences`, `/v2/campaigns/${child.id}/parent`, `/v2/campaigns/${parent.id}/parent`]) {
      const res = await api.get(path);
      expect(res.status, path).toBe(404);
      expect(res.body.error.type).toBe('not_found_error');
    }
    // Nothing was created, and plain campaigns still work.
    expect(names(await list('include_subsequences=true&sortBy=name'))).toEqual(['Child', 'Parent']);
    const plain = await api.post('/v2/campaigns').send({ name: 'Plain', TeamId: team });
    expect(plain.status).toBe(201);
    expect(plain.body.data.parentCampaignId).toBeNull();

    ws().stores.supersend.org.subsequences_enabled = true;
    expect((await api.get(`/v2/campaigns/${parent.id}/subsequences`)).body.data.map((c: { id: string }) => c.id)).toEqual([child.id]);
  });
});
