/**
 * V1 campaigns (openapi.yaml, the v1…Campaign operations): create, get, update with the V1 extras, delete
 * (draft deleted, others archived), the overview with metrics, and clone. Answers and the state read back
 * afterwards.
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
  { id: 'n-e1', type: 'emailNode', data: { type: 1, label: 'Email 1', step_number: 1, subject_a: 'Quick question', body_a: '<p>Hi</p>' }, position: { x: 0, y: 150 } },
  { id: 'n-w1', type: 'waitNode', data: { type: 2, step_number: 2, wait: 3, wait_unit: 'days' }, position: { x: 0, y: 300 } },
];
const EDGES = [
  { id: 'e1', source: 'n-start', target: 'n-e1', type: 'buttonedge' },
  { id: 'e2', source: 'n-e1', target: 'n-w1', type: 'buttonedge' },
];
const WEEKDAYS = { monday: true, tuesday: true, wednesday: true, thursday: true, friday: true, saturday: false, sunday: false };
const SETTINGS = {
  track: true,
  track_domain: 'track.abccorp.test',
  category_id: '5c7e9a1b-3d4f-4b6c-8e0a-2b4d6f8a0c1e',
  timezone: 'America/Chicago',
  days: { ...WEEKDAYS, friday: false },
  hours: [{ start: '08:30', end: '16:00' }],
  start: '2026-04-01T14:00:00.000Z',
  end: null,
  send_to_risk_levels: ['SAFE'],
  bcc: ['crm@abccorp.test'],
  bcc_replies_only: true,
  unsubscribe: true,
  unsubscribe_message: 'unsubscribe',
  blacklistIfUnsubscribe: false,
  blacklistIfBounced: false,
  blacklistDomainOnReply: false,
  list_unsubscribe_header: true,
  failureConfiguration: { strategy: 'retry', retryAfterDays: 2, notification: true },
  custom_variables: ['region'],
  templateId: '7a1b2c3d-4e5f-4a6b-9c8d-0e1f2a3b4c5d',
};
const METRIC_FIELDS = [
  'contactedCount', 'openCount', 'replyCount', 'emailSentCount', 'linkedInSentCount', 'bounces', 'invalidRecipientBounces',
  'policyBlockBounces', 'softBounces', 'opt_outs', 'contactCount', 'verifiedContactCount',
];

let api: TestApi;
let team: string;

const ws = () => api.sandbox.workspace('default')!;
const clock = () => ws().clock;

beforeEach(async () => {
  api = await createTestApi({ seedData: false });
  clock().freeze();
  clock().set(T0);
  const res = await api.post('/v2/teams').send({ name: 'ABC Corp' });
  expect(res.status).toBe(201);
  team = res.body.data.id;
});

async function create(body: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const res = await api.post('/v1/campaign').send({ name: 'Campaign', TeamId: team, ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data.campaign;
}

async function read(id: string): Promise<Record<string, any>> {
  const res = await api.get(`/v1/campaign/${id}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.campaign;
}

async function update(id: string, body: Record<string, unknown>): Promise<Response> {
  return api.put(`/v1/campaign/${id}`).send(body);
}

async function overview(query = ''): Promise<Response> {
  const res = await api.get(`/v1/campaigns/overview?TeamId=${team}${query ? `&${query}` : ''}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res;
}

const names = (res: Response) => (res.body.campaigns as { name: string }[]).map(c => c.name);

describe('POST /v1/campaign', () => {
  it('creates an inactive draft and answers {success, data: {campaign}} with 201', async () => {
    const res = await api.post('/v1/campaign').send({ name: 'Q1 Logistics Leaders', TeamId: team });
    expect(res.status).toBe(201);
    expect(res.body.success).toBe(true);
    expect(res.body.request_id).toMatch(/^req_[0-9a-f]{24}$/);
    expect(res.headers['x-request-id']).toBe(res.body.request_id);
    const c = res.body.data.campaign;
    expect(c.id).toMatch(UUID);
    expect(c).toMatchObject({
      name: 'Q1 Logistics Leaders',
      status: 2,
      is_draft: true,
      legacy_sequence: false,
      archived: false,
      warm: false,
      track: false,
      track_domain: null,
      LinkedinId: null,
      SenderIds: [],
      nodes: [],
      edges: [],
      TeamId: team,
      OrgId: ws().stores.supersend.org.id,
      user_id: ws().stores.supersend.user.id,
      contact_count: 0,
      createdAt: iso(T0),
      updatedAt: iso(T0),
    });
    expect(await read(c.id)).toEqual(c);
    // The same campaign through V2.
    const v2 = await api.get(`/v2/campaigns/${c.id}`);
    expect(v2.body.data).toMatchObject({ id: c.id, name: 'Q1 Logistics Leaders', team_id: team, status: 2, is_draft: true });
  });

  it('stores the create settings, nodes and edges as given', async () => {
    const c = await create({ name: 'Full', ...SETTINGS, nodes: NODES, edges: EDGES, is_draft: false });
    expect(c).toMatchObject({ ...SETTINGS, nodes: NODES, edges: EDGES, is_draft: false, status: 2 });
    expect(await read(c.id)).toMatchObject({ ...SETTINGS, nodes: NODES, edges: EDGES, is_draft: false });
  });

  it('accepts V1 emailNodes with bare subject/body', async () => {
    const nodes = [{ id: 'n-e1', type: 'emailNode', data: { type: 1, subject: 'Hi', body: '<p>Hi</p>' } }];
    const c = await create({ nodes });
    expect((await read(c.id)).nodes).toEqual(nodes);
  });

  it('answers a missing name or TeamId with 400 in the V1 shape, creating nothing', async () => {
    const noTeam = await api.post('/v1/campaign').send({ name: 'x' });
    expect(noTeam.status).toBe(400);
    expect(noTeam.body).toEqual({ success: false, error: 'TeamId is required' });
    const noName = await api.post('/v1/campaign').send({ TeamId: team });
    expect(noName.status).toBe(400);
    expect(noName.body).toEqual({ success: false, error: 'name is required' });
    expect((await overview()).body.total).toBe(0);
  });

  it('answers an unknown team with 403', async () => {
    const res = await api.post('/v1/campaign').send({ name: 'x', TeamId: UNKNOWN_ID });
    expect(res.status).toBe(403);
    expect(res.body).toEqual({ success: false, error: 'You do not have access to this team' });
    expect(ws().stores.supersend.campaigns.size).toBe(0);
  });
});

describe('GET /v1/campaign/:id', () => {
  it('answers {success, campaign} with the contact count', async () => {
    const c = await create({ name: 'Counted' });
    await enroll(api, { TeamId: team, CampaignId: c.id, email: 'ada@example.com' });
    await enroll(api, { TeamId: team, CampaignId: c.id, email: 'grace@example.com' });
    const res = await api.get(`/v1/campaign/${c.id}`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['campaign', 'success']);
    expect(res.body.campaign).toMatchObject({ id: c.id, name: 'Counted', contact_count: 2, TeamId: team });
  });

  it('answers 404 in the V1 shape for an unknown campaign', async () => {
    const res = await api.get(`/v1/campaign/${UNKNOWN_ID}`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ success: false, error: 'Campaign not found' });
  });
});

describe('PUT /v1/campaign/:id', () => {
  it('updates the settings with the V1 extras and GET reads them back', async () => {
    const c = await create({ name: 'Before', nodes: NODES });
    clock().advance(3000);
    const body = {
      name: 'Updated Campaign Name',
      status: 1,
      warm: true,
      unsubscribe: true,
      max_per_day: 25,
      unsubscribe_message: 'Click here to unsubscribe',
      hours: [
        { start: '09:00', end: '12:00' },
        { start: '14:00', end: '17:00' },
      ],
      days: WEEKDAYS,
      LinkedinId: 'linkedin-account-7',
      SenderIds: ['4b9c1e3a-7d5f-4a2b-8c6e-0f9d1b3a5c7e', 'f2a4c6e8-0b1d-4e3f-9a5c-7e9b1d3f5a6c'],
      TeamId: team,
      CampaignId: c.id,
    };
    const res = await update(c.id, body);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, message: 'Campaign updated successfully' });
    const { TeamId: _t, CampaignId: _c, ...stored } = body;
    const after = await read(c.id);
    expect(after).toMatchObject({ ...stored, id: c.id, TeamId: team, nodes: NODES, updatedAt: iso(T0 + 3000), createdAt: iso(T0) });
    // The shared settings show through V2 as well.
    const v2 = (await api.get(`/v2/campaigns/${c.id}`)).body.data;
    expect(v2).toMatchObject({ name: 'Updated Campaign Name', status: 1, max_per_day: 25, unsubscribe_message: 'Click here to unsubscribe', days: WEEKDAYS });
  });

  it('leaves the fields not sent unchanged, and replaces SenderIds', async () => {
    const c = await create({ name: 'Keep', ...SETTINGS });
    expect((await update(c.id, { SenderIds: ['4b9c1e3a-7d5f-4a2b-8c6e-0f9d1b3a5c7e'] })).status).toBe(200);
    expect((await update(c.id, { SenderIds: ['f2a4c6e8-0b1d-4e3f-9a5c-7e9b1d3f5a6c'] })).status).toBe(200);
    expect(await read(c.id)).toMatchObject({ ...SETTINGS, name: 'Keep', SenderIds: ['f2a4c6e8-0b1d-4e3f-9a5c-7e9b1d3f5a6c'], warm: false });
  });

  it('accepts max_per_day null and rejects 0 and 100001 with 400', async () => {
    const c = await create();
    expect((await update(c.id, { max_per_day: 100000 })).status).toBe(200);
    expect((await read(c.id)).max_per_day).toBe(100000);
    for (const bad of [0, 100001]) {
      const res = await update(c.id, { max_per_day: bad });
      expect(res.status).toBe(400);
      expect(res.body.success).toBe(false);
      expect(res.body.error).toContain('max_per_day');
    }
    expect((await read(c.id)).max_per_day).toBe(100000);
    expect((await update(c.id, { max_per_day: null })).status).toBe(200);
    expect((await read(c.id)).max_per_day).toBeNull();
  });

  it('answers 404 for an unknown campaign', async () => {
    const res = await update(UNKNOWN_ID, { name: 'x' });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ success: false, error: 'Campaign not found' });
  });
});

describe('DELETE /v1/campaign/:id', () => {
  it('deletes a draft for good, with its contacts', async () => {
    const c = await create({ name: 'Draft' });
    const contact = await enroll(api, { TeamId: team, CampaignId: c.id, email: 'ada@example.com' });
    const res = await api.delete(`/v1/campaign/${c.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, message: 'Campaign deleted successfully' });
    expect((await api.get(`/v1/campaign/${c.id}`)).status).toBe(404);
    expect((await api.get(`/v2/contacts/${contact.id}`)).status).toBe(404);
    expect((await overview('archived=true')).body.total).toBe(0);
  });

  it('archives a non-draft campaign and its contacts', async () => {
    const c = await create({ name: 'Live', is_draft: false });
    await enroll(api, { TeamId: team, CampaignId: c.id, email: 'ada@example.com' });
    await enroll(api, { TeamId: team, CampaignId: c.id, email: 'grace@example.com' });
    expect((await read(c.id)).contact_count).toBe(2);
    const res = await api.delete(`/v1/campaign/${c.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, message: 'Campaign archived successfully' });
    expect(await read(c.id)).toMatchObject({ archived: true, contact_count: 0 });
    expect(names(await overview())).toEqual([]);
    const archived = await overview('archived=true&includeMetrics=true');
    expect(names(archived)).toEqual(['Live']);
    expect(archived.body.campaigns[0]).toMatchObject({ archived: true, contactCount: 0 });
  });

  it('answers 404 for an unknown campaign', async () => {
    const res = await api.delete(`/v1/campaign/${UNKNOWN_ID}`);
    expect(res.status).toBe(404);
    expect(res.body.success).toBe(false);
  });
});

describe('GET /v1/campaigns/overview', () => {
  it('requires TeamId and answers 403 for an unknown team', async () => {
    const missing = await api.get('/v1/campaigns/overview');
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({ success: false, error: 'TeamId is required' });
    const unknown = await api.get(`/v1/campaigns/overview?TeamId=${UNKNOWN_ID}`);
    expect(unknown.status).toBe(403);
    expect(unknown.body.success).toBe(false);
  });

  it('lists the team campaigns newest first with total', async () => {
    const other = (await api.post('/v2/teams').send({ name: 'Other' })).body.data.id;
    await createSeries(api, name => create({ name }), ['First', 'Second', 'Third']);
    expect((await api.post('/v1/campaign').send({ name: 'Foreign', TeamId: other })).status).toBe(201);
    const res = await overview();
    expect(res.body.success).toBe(true);
    expect(names(res)).toEqual(['Third', 'Second', 'First']);
    expect(res.body.total).toBe(3);
    expect(res.body.campaigns[0]).toMatchObject({ TeamId: team, status: 2, is_draft: true });
  });

  it('searches in the campaign name only', async () => {
    await create({ name: 'Q4 Outreach' });
    await create({ name: 'Webinar', track_domain: 'outreach.track.test' });
    await create({ name: 'Founders' });
    const res = await overview('search=OUTREACH');
    expect(names(res)).toEqual(['Q4 Outreach']);
    expect(res.body.total).toBe(1);
  });

  it('orders by order_by and order', async () => {
    const [first, second, third] = await createSeries(api, name => create({ name }), ['bravo', 'Alpha', 'charlie']);
    expect(names(await overview('order_by=createdAt&order=DESC'))).toEqual(['charlie', 'Alpha', 'bravo']);
    expect(names(await overview('order_by=createdAt&order=ASC'))).toEqual(['bravo', 'Alpha', 'charlie']);
    expect(names(await overview('order_by=name&order=ASC'))).toEqual(['Alpha', 'bravo', 'charlie']);
    expect(names(await overview('order_by=name'))).toEqual(['charlie', 'bravo', 'Alpha']);
    // updatedAt: touch the first, then the third.
    expect((await update(first.id, { warm: true })).status).toBe(200);
    clock().advance(1000);
    expect((await update(third.id, { warm: true })).status).toBe(200);
    expect(names(await overview('order_by=updatedAt&order=DESC'))).toEqual(['charlie', 'bravo', 'Alpha']);
    expect(names(await overview('order_by=updatedAt&order=ASC'))).toEqual(['Alpha', 'bravo', 'charlie']);
    // status: the active one first in DESC.
    expect((await update(second.id, { status: 1 })).status).toBe(200);
    expect(names(await overview('order_by=status&order=ASC'))[0]).toBe('Alpha');
    expect(names(await overview('order_by=status&order=DESC'))[2]).toBe('Alpha');
  });

  it('filters by status and pages with limit/offset', async () => {
    const [a, , c] = await createSeries(api, name => create({ name }), ['c1', 'c2', 'c3', 'c4']);
    expect((await update(a.id, { status: 1 })).status).toBe(200);
    expect((await update(c.id, { status: 1 })).status).toBe(200);
    const active = await overview('status=1&order=ASC');
    expect(names(active)).toEqual(['c1', 'c3']);
    expect(active.body.total).toBe(2);
    expect(names(await overview('status=2&order=ASC'))).toEqual(['c2', 'c4']);
    const page = await overview('order=ASC&limit=2&offset=1');
    expect(names(page)).toEqual(['c2', 'c3']);
    expect(page.body.total).toBe(4);
  });

  it('adds the metric counters derived from contacts only with includeMetrics=true', async () => {
    const [full, empty] = await createSeries(api, name => create({ name }), ['With contacts', 'Empty']);
    for (const email of ['ada@example.com', 'grace@example.com', 'alan@example.com']) await enroll(api, { TeamId: team, CampaignId: full.id, email: email });
    const deleted = await enroll(api, { TeamId: team, CampaignId: full.id, email: 'gone@example.com' });
    expect((await api.delete(`/v2/contacts/${deleted.id}`)).status).toBe(200);

    const plain = await overview();
    for (const row of plain.body.campaigns) for (const f of METRIC_FIELDS) expect(row, f).not.toHaveProperty(f);
    expect((await overview('includeMetrics=false')).body.campaigns[0]).not.toHaveProperty('contactCount');

    const res = await overview('includeMetrics=true&order=ASC');
    expect(names(res)).toEqual(['With contacts', 'Empty']);
    const zero = Object.fromEntries(METRIC_FIELDS.map(f => [f, 0]));
    expect(res.body.campaigns[0]).toMatchObject({ ...zero, id: full.id, contactCount: 3, verifiedContactCount: 0 });
    expect(res.body.campaigns[1]).toMatchObject({ ...zero, id: empty.id });
    expect(res.body.total).toBe(2);
  });
});

describe('POST /v1/campaign/:id/clone', () => {
  it('copies settings, nodes and edges into a new draft named "Copy of …", without the contacts', async () => {
    const source = await create({ name: 'Q4 Outreach Campaign', ...SETTINGS, nodes: NODES, edges: EDGES, is_draft: false });
    expect((await update(source.id, { status: 1, warm: true, LinkedinId: 'li-1', SenderIds: ['4b9c1e3a-7d5f-4a2b-8c6e-0f9d1b3a5c7e'], max_per_day: 40 })).status).toBe(200);
    await enroll(api, { TeamId: team, CampaignId: source.id, email: 'ada@example.com' });
    await enroll(api, { TeamId: team, CampaignId: source.id, email: 'grace@example.com' });
    clock().advance(5000);

    const res = await api.post(`/v1/campaign/${source.id}/clone`).send({ TeamId: team });
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    const copy = res.body.campaign;
    expect(copy.id).toMatch(UUID);
    expect(copy.id).not.toBe(source.id);
    const expected = {
      ...SETTINGS,
      name: 'Copy of Q4 Outreach Campaign',
      nodes: NODES,
      edges: EDGES,
      warm: true,
      LinkedinId: 'li-1',
      SenderIds: ['4b9c1e3a-7d5f-4a2b-8c6e-0f9d1b3a5c7e'],
      max_per_day: 40,
      status: 2,
      is_draft: true,
      archived: false,
      contact_count: 0,
      TeamId: team,
      createdAt: iso(T0 + 5000),
    };
    expect(copy).toMatchObject(expected);
    expect(await read(copy.id)).toMatchObject(expected);
    expect(await read(source.id)).toMatchObject({ name: 'Q4 Outreach Campaign', contact_count: 2, status: 1, nodes: NODES });
    const listed = await overview('includeMetrics=true&order_by=name&order=ASC');
    expect(names(listed)).toEqual(['Copy of Q4 Outreach Campaign', 'Q4 Outreach Campaign']);
    expect(listed.body.campaigns.map((c: { contactCount: number }) => c.contactCount)).toEqual([0, 2]);
  });

  it('keeps the copy independent of the original', async () => {
    const source = await create({ name: 'Original', nodes: NODES, hours: [{ start: '09:00', end: '10:00' }] });
    const copy = (await api.post(`/v1/campaign/${source.id}/clone`).send({ TeamId: team })).body.campaign;
    expect((await update(copy.id, { nodes: [NODES[0]], hours: [{ start: '11:00', end: '12:00' }] })).status).toBe(200);
    expect(await read(source.id)).toMatchObject({ nodes: NODES, hours: [{ start: '09:00', end: '10:00' }] });
  });

  it('answers 404 for an unknown campaign and 403 for an unknown team', async () => {
    const missing = await api.post(`/v1/campaign/${UNKNOWN_ID}/clone`).send({ TeamId: team });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ success: false, error: 'Campaign not found' });
    const source = await create({ name: 'Source' });
    const denied = await api.post(`/v1/campaign/${source.id}/clone`).send({ TeamId: UNKNOWN_ID });
    expect(denied.status).toBe(403);
    expect(names(await overview())).toEqual(['Source']);
  });
});
