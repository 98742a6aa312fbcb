/**
 * V1 contacts (openapi.yaml, the v1…Contact operations): create, the filtered list with its counts, get,
 * update and the team contact profile. Every rule is checked by its answer and by reading the state back
 * over HTTP.
 *
 * Engagement flags (bounced, finished, paused, …) and sequence fields (node_id, variant, sender) are set
 * by the sending engine and by V1 bulk actions, which this sandbox does not drive yet; where a test needs
 * them it changes the enrollment through the sandbox state (`setEnrollment`), standing in for that engine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Response } from 'supertest';
import { createTestApi, type TestApi } from '../support/api.js';
import { newCampaign, newTeam, setEnrollment } from '../support/fixtures.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

interface World {
  api: TestApi;
  teamId: string;
  orgId: string;
  campaignId: string;
}

async function createTeam(api: TestApi, name: string): Promise<{ id: string; orgId: string }> {
  const team = await newTeam(api, { name });
  return { id: team.id, orgId: team.organization.id };
}

async function createCampaign(api: TestApi, teamId: string, name: string): Promise<string> {
  // days is sent explicitly: a campaign created without it currently answers `days: null`, which breaks the
  // contract.
  return (await newCampaign(api, teamId, name, { days: { monday: true } })).id;
}

async function world(): Promise<World> {
  const api = await createTestApi({ seedData: false });
  const team = await createTeam(api, 'Outbound');
  return { api, teamId: team.id, orgId: team.orgId, campaignId: await createCampaign(api, team.id, 'Q4 Outreach') };
}

async function create(api: TestApi, body: Record<string, unknown>): Promise<Response> {
  return api.post('/v1/contact/create').send(body);
}

/** Creates an enrollment and returns its Contact id. */
async function enroll(w: World, body: Record<string, unknown>, campaignId = w.campaignId): Promise<string> {
  const res = await create(w.api, { TeamId: w.teamId, CampaignId: campaignId, ...body });
  expect(res.status).toBe(201);
  return res.body.contact.id;
}

async function list(w: World, filters: Record<string, unknown> = {}): Promise<Response> {
  const res = await w.api.post('/v1/contact/all').send({ TeamId: w.teamId, ...filters });
  expect(res.status).toBe(200);
  return res;
}

async function listIds(w: World, filters: Record<string, unknown> = {}): Promise<string[]> {
  return (await list(w, filters)).body.rows.map((r: { id: string }) => r.id);
}

function expectV1Error(res: Response, status: number, message: string): void {
  expect(res.status).toBe(status);
  expect(res.body).toEqual({ success: false, error: message });
}

describe('POST /v1/contact/create', () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it('creates a campaign enrollment and answers 201 with the V1 contact', async () => {
    const res = await create(w.api, {
      TeamId: w.teamId, CampaignId: w.campaignId, email: 'joe.paul@abccorp.com', first_name: 'Joe', last_name: 'Paul',
      company_name: 'ABC Corp', custom: { department: 'Sales' },
    });
    expect(res.status).toBe(201);
    expect(res.body.message).toBe('Contact created successfully');
    const c = res.body.contact;
    expect(c).toMatchObject({
      email: 'joe.paul@abccorp.com', first_name: 'Joe', last_name: 'Paul', company_name: 'ABC Corp',
      CampaignId: w.campaignId, TeamId: w.teamId, OrgId: w.orgId, custom: { department: 'Sales' },
    });
    expect(c.id).toMatch(UUID);
    expect(c.createdAt).toMatch(ISO);
    expect(c.updatedAt).toMatch(ISO);

    // The same Contact row is what V2 reads by id.
    const v2 = await w.api.get(`/v2/contacts/${c.id}`);
    expect(v2.status).toBe(200);
    expect(v2.body.data).toMatchObject({
      id: c.id, email: 'joe.paul@abccorp.com', first_name: 'Joe', company_name: 'ABC Corp', CampaignId: w.campaignId, TeamId: w.teamId,
      Campaign: { id: w.campaignId, name: 'Q4 Outreach' }, custom: { department: 'Sales' },
    });
    expect(v2.body.data.contact_profile_id).toMatch(UUID);
    expect(v2.body.data.contact_profile_id).not.toBe(c.id);

    const all = await list(w, { CampaignId: w.campaignId });
    expect(all.body.count).toBe(1);
    expect(all.body.rows[0]).toMatchObject({ id: c.id, email: 'joe.paul@abccorp.com' });
  });

  it('upserts: repeating the create (V1 or V2) updates the same contact, never duplicates it', async () => {
    const first = await enroll(w, { email: 'ada@lovelace.io', first_name: 'Ada' });
    const again = await create(w.api, { TeamId: w.teamId, CampaignId: w.campaignId, email: 'ADA@lovelace.io', title: 'Countess' });
    expect(again.status).toBe(201);
    expect(again.body.contact.id).toBe(first);
    const viaV2 = await w.api.post('/v2/contacts').send({ TeamId: w.teamId, CampaignId: w.campaignId, email: 'ada@lovelace.io', city: 'London' });
    expect(viaV2.status).toBe(201);
    expect(viaV2.body.data.id).toBe(first);

    const all = await list(w, { CampaignId: w.campaignId, search: 'lovelace' });
    expect(all.body.count).toBe(1);
    const got = await w.api.get(`/v2/contacts/${first}`);
    expect(got.body.data).toMatchObject({ first_name: 'Ada', title: 'Countess', city: 'London' });
  });

  it('enrolls the same person in a second campaign as a second contact of the same profile', async () => {
    const other = await createCampaign(w.api, w.teamId, 'Webinar');
    const a = await enroll(w, { email: 'grace@hopper.dev' });
    const b = await enroll(w, { email: 'grace@hopper.dev' }, other);
    expect(b).not.toBe(a);
    const [ga, gb] = await Promise.all([w.api.get(`/v2/contacts/${a}`), w.api.get(`/v2/contacts/${b}`)]);
    expect(gb.body.data.contact_profile_id).toBe(ga.body.data.contact_profile_id);
    expect(await listIds(w, { search: 'grace@hopper.dev' })).toEqual([b, a]);
  });

  it('accepts validate_emails true and "true", validating the profile (one credit each)', async () => {
    const usageBefore = (await w.api.get(`/v2/teams/${w.teamId}/usage`)).body.data.email_validation_credits_used;
    const good = await create(w.api, { TeamId: w.teamId, CampaignId: w.campaignId, email: 'val.good@example.com', validate_emails: true });
    const bad = await create(w.api, { TeamId: w.teamId, CampaignId: w.campaignId, email: 'invalid.one@example.com', validate_emails: 'true' });
    const none = await create(w.api, { TeamId: w.teamId, CampaignId: w.campaignId, email: 'val.none@example.com', validate_emails: 'false' });
    for (const r of [good, bad, none]) expect(r.status).toBe(201);

    const valid2 = async (id: string) => (await w.api.get(`/v2/contacts/${id}`)).body.data.valid2;
    expect(await valid2(good.body.contact.id)).toBe(1);
    expect(await valid2(bad.body.contact.id)).toBe(2);
    expect(await valid2(none.body.contact.id)).toBe(-1);
    const usageAfter = (await w.api.get(`/v2/teams/${w.teamId}/usage`)).body.data.email_validation_credits_used;
    expect(usageAfter - usageBefore).toBe(2);

    // Already validated: a repeat with validate_emails spends nothing.
    expect((await create(w.api, { TeamId: w.teamId, CampaignId: w.campaignId, email: 'val.good@example.com', validate_emails: true })).status).toBe(201);
    expect((await w.api.get(`/v2/teams/${w.teamId}/usage`)).body.data.email_validation_credits_used).toBe(usageAfter);
  });

  it('without CampaignId upserts the team profile only (no Contact row)', async () => {
    const team = await createTeam(w.api, 'Profiles only');
    const res = await create(w.api, { TeamId: team.id, linkedin_url: 'https://www.linkedin.com/in/priyaraman', first_name: 'Priya' });
    expect(res.status).toBe(201);
    expect(res.body.message).toBe('Contact created successfully');
    expect(res.body.contact).toMatchObject({ CampaignId: null, TeamId: team.id, OrgId: w.orgId, first_name: 'Priya', email: null });
    expect(res.body.contact.id).toMatch(UUID);

    const profile = await w.api.get(`/v1/contact/profile/${res.body.contact.id}?TeamId=${team.id}`);
    expect(profile.status).toBe(200);
    expect(profile.body.contact).toMatchObject({ id: res.body.contact.id, linkedin_url: 'https://www.linkedin.com/in/priyaraman' });
    expect(profile.body.associated_campaigns).toEqual([]);
    const all = await w.api.post('/v1/contact/all').send({ TeamId: team.id });
    expect(all.body).toMatchObject({ count: 0, rows: [] });
  });

  it('answers bad requests in the V1 error shape and creates nothing', async () => {
    const team = await createTeam(w.api, 'Errors');
    const campaignId = await createCampaign(w.api, team.id, 'Errors campaign');
    expectV1Error(await create(w.api, { CampaignId: campaignId, email: 'x@example.com' }), 400, 'TeamId is required');
    const noIdentity = await create(w.api, { TeamId: team.id, CampaignId: campaignId, first_name: 'Nobody' });
    expect(noIdentity.status).toBe(400);
    expect(noIdentity.body).toEqual({ success: false, error: expect.stringMatching(/email or linkedin_url/) });
    expectV1Error(await create(w.api, { TeamId: team.id, CampaignId: UNKNOWN, email: 'x@example.com' }), 404, 'Campaign not found');
    expectV1Error(await create(w.api, { TeamId: UNKNOWN, email: 'x@example.com' }), 403, 'You do not have access to this team');
    const otherTeamCampaign = await create(w.api, { TeamId: team.id, CampaignId: w.campaignId, email: 'x@example.com' });
    expect(otherTeamCampaign.status).toBe(400);
    expect(otherTeamCampaign.body).toEqual({ success: false, error: 'CampaignId belongs to another team than TeamId' });
    const unknownField = await create(w.api, { TeamId: team.id, email: 'x@example.com', favourite_colour: 'red' });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body).toEqual({ success: false, error: expect.any(String) });

    expect((await w.api.post('/v1/contact/all').send({ TeamId: team.id })).body.count).toBe(0);
    expect((await w.api.get(`/v2/teams/${team.id}/usage`)).body.data.contacts_used).toBe(0);
  });
});

describe('POST /v1/contact/all: paging, campaign and counts', () => {
  let w: World;
  let other: string;
  const ids: string[] = [];
  beforeAll(async () => {
    w = await world();
    other = await createCampaign(w.api, w.teamId, 'Other');
    for (let i = 0; i < 5; i++) ids.push(await enroll(w, { email: `page${i}@example.com`, first_name: `P${i}` }));
    ids.push(await enroll(w, { email: 'elsewhere@example.com' }, other));
  });

  it('needs TeamId', async () => {
    expectV1Error(await w.api.post('/v1/contact/all').send({ CampaignId: w.campaignId }), 400, 'TeamId is required');
  });

  it('refuses a team the key cannot reach', async () => {
    expectV1Error(await w.api.post('/v1/contact/all').send({ TeamId: UNKNOWN }), 403, 'You do not have access to this team');
  });

  it('lists the team newest first with count and the three counts', async () => {
    const res = await list(w);
    expect(res.body).toMatchObject({ count: 6, verified_count: 0, valid_count: 0, paused_count: 0 });
    expect(res.body.rows.map((r: { id: string }) => r.id)).toEqual([...ids].reverse());
  });

  it('filters by CampaignId', async () => {
    expect(await listIds(w, { CampaignId: other })).toEqual([ids[5]]);
    expect((await list(w, { CampaignId: w.campaignId })).body.count).toBe(5);
  });

  it('pages with limit and offset while count stays the total', async () => {
    const res = await list(w, { CampaignId: w.campaignId, limit: 2, offset: 1 });
    expect(res.body.count).toBe(5);
    expect(res.body.rows.map((r: { id: string }) => r.id)).toEqual([ids[3], ids[2]]);
    const past = await list(w, { CampaignId: w.campaignId, limit: 2, offset: 5 });
    expect(past.body).toMatchObject({ count: 5, rows: [] });
  });

  it('rejects a limit above 100', async () => {
    const res = await w.api.post('/v1/contact/all').send({ TeamId: w.teamId, limit: 101 });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ success: false, error: expect.stringContaining('limit') });
  });

  it('counts verified, valid and paused over everything that matched, not the page', async () => {
    const validated = await create(w.api, { TeamId: w.teamId, CampaignId: other, email: 'counted@example.com', validate_emails: true });
    const v = validated.body.contact.id as string;
    // Test setup standing in for bulk actions / the sending engine.
    setEnrollment(w.api, ids[0], { verified: true });
    setEnrollment(w.api, ids[1], { verified: true, paused: true });
    setEnrollment(w.api, ids[5], { paused: true });
    setEnrollment(w.api, v, { verified: true });

    const all = await list(w, { limit: 1 });
    expect(all.body).toMatchObject({ count: 7, verified_count: 3, valid_count: 1, paused_count: 2 });
    expect(all.body.rows).toHaveLength(1);
    const inCampaign = await list(w, { CampaignId: w.campaignId, limit: 1 });
    expect(inCampaign.body).toMatchObject({ count: 5, verified_count: 2, valid_count: 0, paused_count: 1 });
    const inOther = await list(w, { CampaignId: other });
    expect(inOther.body).toMatchObject({ count: 2, verified_count: 1, valid_count: 1, paused_count: 1 });
    const paused = await list(w, { paused: true });
    expect(paused.body).toMatchObject({ count: 2, verified_count: 1, valid_count: 0, paused_count: 2 });
  });

  it('hides deleted contacts', async () => {
    const id = await enroll(w, { email: 'gone@example.com' });
    expect((await list(w, { search: 'gone@' })).body.count).toBe(1);
    expect((await w.api.delete(`/v2/contacts/${id}`)).status).toBe(200);
    expect((await list(w, { search: 'gone@' })).body).toMatchObject({ count: 0, rows: [] });
  });
});

describe('POST /v1/contact/all: V1 filters', () => {
  let w: World;
  const c: Record<string, string> = {};
  beforeAll(async () => {
    w = await world();
    c.both = await enroll(w, { email: 'both@acme.com', linkedin_url: 'https://www.linkedin.com/in/both', first_name: 'Bea', last_name: 'Both', company_name: 'Acme Corp', custom: { department: 'Sales', score: 7 } });
    c.email = await enroll(w, { email: 'mail.only@globex.com', first_name: 'Mae', last_name: 'Mailer', company_name: 'Globex', custom: { department: 'Ops', score: 7 } });
    c.linkedin = await enroll(w, { linkedin_url: 'https://www.linkedin.com/in/lonly', first_name: 'Lin', last_name: 'Kedin', company_name: 'Initech' });
    c.plain = await enroll(w, { email: 'plain@umbrella.com', first_name: 'Pat', custom: { department: 'Sales' } });
  });

  const others = (...except: string[]) => Object.values(c).filter(id => !except.includes(id)).sort();
  const sorted = (a: string[]) => [...a].sort();

  const FLAGS = ['verified', 'finished', 'appointment', 'bounced', 'replied', 'unsubscribed', 'paused', 'has_task', 'started_sequence'] as const;

  it.each(FLAGS)('filters by %s (true and false)', async flag => {
    const before = await list(w, { [flag]: true });
    expect(before.body).toMatchObject({ count: 0, rows: [] });
    // Test setup standing in for the sending engine / V1 bulk actions.
    setEnrollment(w.api, c.email, { [flag]: true });
    try {
      expect(await listIds(w, { [flag]: true })).toEqual([c.email]);
      expect(sorted(await listIds(w, { [flag]: false }))).toEqual(others(c.email));
      if (flag !== 'has_task' && flag !== 'verified') {
        // The row carries the flag it was filtered by.
        const row = (await list(w, { [flag]: true })).body.rows[0];
        expect(row[flag]).toBe(true);
      }
    } finally {
      setEnrollment(w.api, c.email, { [flag]: false });
    }
  });

  it('filters by validated (the profile passed email validation)', async () => {
    const team = await createTeam(w.api, 'Validation');
    const campaignId = await createCampaign(w.api, team.id, 'V');
    const v: World = { ...w, teamId: team.id, campaignId };
    const ok = await enroll(v, { email: 'ok.person@example.com', validate_emails: true });
    const bad = await enroll(v, { email: 'bounce.me@example.com', validate_emails: 'true' });
    const unchecked = await enroll(v, { email: 'unchecked@example.com' });
    expect(await listIds(v, { validated: true })).toEqual([ok]);
    expect(await listIds(v, { validated: false })).toEqual([unchecked, bad]);
    expect((await list(v, { validated: true })).body.valid_count).toBe(1);
    expect((await list(v, { validated: false })).body.valid_count).toBe(0);
  });

  it('filters by has_email and has_linkedin (LinkedIn-only contact)', async () => {
    expect(await listIds(w, { has_email: false })).toEqual([c.linkedin]);
    expect(sorted(await listIds(w, { has_email: true }))).toEqual(others(c.linkedin));
    expect(sorted(await listIds(w, { has_linkedin: true }))).toEqual(sorted([c.both, c.linkedin]));
    expect(sorted(await listIds(w, { has_linkedin: false }))).toEqual(sorted([c.email, c.plain]));
    expect(await listIds(w, { has_email: true, has_linkedin: true })).toEqual([c.both]);
    const row = (await list(w, { has_email: false })).body.rows[0];
    expect(row).toMatchObject({ email: null, linkedin_url: 'https://www.linkedin.com/in/lonly' });
  });

  it('filters by interest set through PATCH /v2/contacts/:id', async () => {
    expect((await list(w, { interest: 'customer' })).body.count).toBe(0);
    const patched = await w.api.patch(`/v2/contacts/${c.plain}`).send({ interest: 'customer' });
    expect(patched.status).toBe(200);
    expect(await listIds(w, { interest: 'customer' })).toEqual([c.plain]);
    expect((await list(w, { interest: 'customer' })).body.rows[0].interest).toBe('customer');
    expect((await list(w, { interest: 'interested' })).body.count).toBe(0);
    await w.api.patch(`/v2/contacts/${c.plain}`).send({ interest: null });
    expect((await list(w, { interest: 'customer' })).body.count).toBe(0);
  });

  it('filters by node_id, variant, email_provider and senderIds', async () => {
    const sender = 'f2a4c6e8-0b1d-4e3f-9a5c-7e9b1d3f5a6c';
    const otherSender = '4b9c1e3a-7d5f-4a2b-8c6e-0f9d1b3a5c7e';
    // Test setup standing in for the sending engine: position in the sequence, A/B variant, provider, sender.
    setEnrollment(w.api, c.both, { current_node_id: 'n-e2', variant: 'a', email_provider: 'google', sender_id: sender });
    setEnrollment(w.api, c.email, { current_node_id: 'n-e1', variant: 'b', email_provider: 'outlook', sender_id: otherSender });
    expect(await listIds(w, { node_id: 'n-e2' })).toEqual([c.both]);
    expect(await listIds(w, { node_id: 'n-e1' })).toEqual([c.email]);
    expect(await listIds(w, { variant: 'b' })).toEqual([c.email]);
    expect(await listIds(w, { email_provider: 'google' })).toEqual([c.both]);
    expect(await listIds(w, { senderIds: [sender] })).toEqual([c.both]);
    expect(sorted(await listIds(w, { senderIds: [sender, otherSender] }))).toEqual(sorted([c.both, c.email]));
    expect(await listIds(w, { senderIds: [UNKNOWN] })).toEqual([]);
    expect(await listIds(w, { variant: 'a', email_provider: 'outlook' })).toEqual([]);
  });

  it('filters by reply_labels (the profile\'s label ids)', async () => {
    const hot = await w.api.post('/v2/labels').send({ team_id: w.teamId, name: 'Hot Lead', color: '#ef4444', applies_to: 'contact' });
    const vip = await w.api.post('/v2/labels').send({ team_id: w.teamId, name: 'VIP', color: '#3b82f6', applies_to: 'both' });
    expect(hot.status).toBe(201);
    expect(vip.status).toBe(201);
    const hotId = hot.body.data.id;
    const vipId = vip.body.data.id;
    expect((await list(w, { reply_labels: [hotId] })).body.count).toBe(0);
    // Labels are attached by name on create (an upsert of the existing contact).
    await enroll(w, { email: 'both@acme.com', labels: ['hot lead'] });
    await enroll(w, { email: 'plain@umbrella.com', labels: ['VIP'] });
    expect(await listIds(w, { reply_labels: [hotId] })).toEqual([c.both]);
    expect(await listIds(w, { reply_labels: [vipId] })).toEqual([c.plain]);
    expect(sorted(await listIds(w, { reply_labels: [hotId, vipId] }))).toEqual(sorted([c.both, c.plain]));
    expect(await listIds(w, { reply_labels: [UNKNOWN] })).toEqual([]);
  });

  it('filters by customs [{key, value}] (all must match)', async () => {
    expect(sorted(await listIds(w, { customs: [{ key: 'department', value: 'Sales' }] }))).toEqual(sorted([c.both, c.plain]));
    expect(sorted(await listIds(w, { customs: [{ key: 'score', value: 7 }] }))).toEqual(sorted([c.both, c.email]));
    expect(await listIds(w, { customs: [{ key: 'department', value: 'Sales' }, { key: 'score', value: 7 }] })).toEqual([c.both]);
    expect(await listIds(w, { customs: [{ key: 'department', value: 'Legal' }] })).toEqual([]);
    // A custom field changed with PUT is what the filter sees.
    const put = await w.api.put(`/v1/contact/${c.email}`).send({ custom: { department: 'Sales' }, TeamId: w.teamId, CampaignId: w.campaignId });
    expect(put.status).toBe(200);
    expect(await listIds(w, { customs: [{ key: 'department', value: 'Sales' }, { key: 'score', value: 7 }] })).toEqual([c.email, c.both]);
    await w.api.put(`/v1/contact/${c.email}`).send({ custom: { department: 'Ops' } });
  });

  it('searches email, names and company', async () => {
    expect(await listIds(w, { search: 'globex' })).toEqual([c.email]);
    expect(await listIds(w, { search: 'MAIL.ONLY' })).toEqual([c.email]);
    expect(await listIds(w, { search: 'Lin Kedin' })).toEqual([c.linkedin]);
    expect(await listIds(w, { search: 'bea' })).toEqual([c.both]);
    expect(await listIds(w, { search: 'nobody-matches' })).toEqual([]);
  });

  it('combines filters with CampaignId and counts over the filtered set', async () => {
    const other = await createCampaign(w.api, w.teamId, 'Second wave');
    const again = await enroll(w, { email: 'both@acme.com' }, other);
    expect(sorted(await listIds(w, { has_linkedin: true, has_email: true }))).toEqual(sorted([c.both, again]));
    expect(await listIds(w, { has_linkedin: true, has_email: true, CampaignId: other })).toEqual([again]);
    setEnrollment(w.api, again, { paused: true, verified: true });
    const res = await list(w, { has_email: true, has_linkedin: true });
    expect(res.body).toMatchObject({ count: 2, verified_count: 1, paused_count: 1, valid_count: 0 });
  });
});

describe('bounce_category on bounced rows', () => {
  it('carries each category on bounced rows and null on the others (list and get)', async () => {
    const w = await world();
    const categories = ['invalid_recipient', 'policy_block', 'soft', 'unknown'] as const;
    const bounced: Record<string, string> = {};
    for (const category of categories) {
      const id = await enroll(w, { email: `bounced.${category}@example.com` });
      // Test setup standing in for the sending engine recording a bounce.
      setEnrollment(w.api, id, { bounced: true, bounce_category: category });
      bounced[category] = id;
    }
    const fine = await enroll(w, { email: 'delivered@example.com' });

    const res = await list(w, { bounced: true });
    expect(res.body.count).toBe(4);
    const byId = new Map(res.body.rows.map((r: { id: string; bounced: boolean; bounce_category: string }) => [r.id, r]));
    for (const category of categories) expect(byId.get(bounced[category])).toMatchObject({ bounced: true, bounce_category: category });

    const notBounced = await list(w, { bounced: false });
    expect(notBounced.body.rows).toEqual([expect.objectContaining({ id: fine, bounced: false, bounce_category: null })]);

    const got = await w.api.get(`/v1/contact/${bounced.policy_block}`);
    expect(got.body.Contact).toMatchObject({ bounced: true, bounce_category: 'policy_block' });
    expect((await w.api.get(`/v1/contact/${fine}`)).body.Contact).toMatchObject({ bounced: false, bounce_category: null });
  });
});

describe('GET /v1/contact/:id', () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it('answers the contact with its Campaign, a null Sender and its ContactConfig', async () => {
    const id = await enroll(w, { email: 'joe@abccorp.com', first_name: 'Joe', last_name: 'Paul', company_name: 'ABC Corp', custom: { department: 'Sales' } });
    const res = await w.api.get(`/v1/contact/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    expect(res.body.Contact).toMatchObject({
      id, email: 'joe@abccorp.com', first_name: 'Joe', last_name: 'Paul', company_name: 'ABC Corp',
      CampaignId: w.campaignId, TeamId: w.teamId, OrgId: w.orgId, custom: { department: 'Sales' },
      Campaign: { id: w.campaignId, name: 'Q4 Outreach' }, Sender: null,
      interest: null, verified: false, finished: false, bounced: false, bounce_category: null, paused: false, status: 'idle',
    });
    const profileId = (await w.api.get(`/v2/contacts/${id}`)).body.data.contact_profile_id;
    expect(res.body.Contact.ContactProfileId).toBe(profileId);
    expect(res.body.ContactConfig.id).toMatch(UUID);
    expect(res.body.ContactConfig.config).toEqual([{ key: 'department', value: 'Sales' }]);
    // The config id is stable across reads.
    expect((await w.api.get(`/v1/contact/${id}`)).body.ContactConfig.id).toBe(res.body.ContactConfig.id);
  });

  it('answers a contact with an assigned sender within the contract (SenderId; no sender address known)', async () => {
    const id = await enroll(w, { email: 'sent@abccorp.com' });
    // Test setup standing in for sender assignment by the sending engine.
    setEnrollment(w.api, id, { sender_id: 'f2a4c6e8-0b1d-4e3f-9a5c-7e9b1d3f5a6c' });
    const res = await w.api.get(`/v1/contact/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.Contact).toMatchObject({ SenderId: 'f2a4c6e8-0b1d-4e3f-9a5c-7e9b1d3f5a6c', Sender: null });
  });

  it('answers an unknown or deleted id with 404 Contact not found', async () => {
    expectV1Error(await w.api.get(`/v1/contact/${UNKNOWN}`), 404, 'Contact not found');
    const id = await enroll(w, { email: 'deleted@abccorp.com' });
    expect((await w.api.delete(`/v2/contacts/${id}`)).status).toBe(200);
    expectV1Error(await w.api.get(`/v1/contact/${id}`), 404, 'Contact not found');
  });

  it('answers a malformed id with 400 in the V1 shape', async () => {
    const res = await w.api.get('/v1/contact/not-a-uuid');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ success: false, error: expect.any(String) });
  });
});

describe('PUT /v1/contact/:id', () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it('updates fields (TeamId and CampaignId accepted in the body); GET V1 and V2 show them', async () => {
    const id = await enroll(w, { email: 'jane@old.com', first_name: 'J', company_name: 'Old Co', custom: { department: 'Sales', tier: 'gold' } });
    const before = (await w.api.get(`/v2/contacts/${id}`)).body.data;
    w.api.sandbox.workspace('default')!.clock.advance(1000);
    const res = await w.api.put(`/v1/contact/${id}`).send({
      first_name: 'Jane', company_name: 'New Company', interest: 'customer', custom: { department: 'Operations', lead_score: 82 },
      TeamId: w.teamId, CampaignId: w.campaignId,
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: true, message: 'Contact updated successfully.' });

    const v1 = (await w.api.get(`/v1/contact/${id}`)).body.Contact;
    expect(v1).toMatchObject({
      id, first_name: 'Jane', company_name: 'New Company', interest: 'customer', email: 'jane@old.com',
      custom: { department: 'Operations', tier: 'gold', lead_score: 82 }, CampaignId: w.campaignId,
    });
    expect(v1.updatedAt > before.updatedAt).toBe(true);
    const v2 = (await w.api.get(`/v2/contacts/${id}`)).body.data;
    expect(v2).toMatchObject({ first_name: 'Jane', company_name: 'New Company', interest: 'customer', custom: { department: 'Operations', tier: 'gold', lead_score: 82 } });
    // The person fields reach the team profile.
    const profile = await w.api.get(`/v1/contact/profile/${v2.contact_profile_id}?TeamId=${w.teamId}`);
    expect(profile.body.contact).toMatchObject({ first_name: 'Jane', company_name: 'New Company' });
    expect(profile.body.associated_campaigns[0]).toMatchObject({ ContactId: id, interest: 'customer' });
  });

  it('changes the email and finds the contact by the new one; null clears interest', async () => {
    const id = await enroll(w, { email: 'before@move.com' });
    await w.api.put(`/v1/contact/${id}`).send({ interest: 'future' });
    const res = await w.api.put(`/v1/contact/${id}`).send({ email: 'after@move.com', interest: null });
    expect(res.status).toBe(200);
    expect((await w.api.get(`/v1/contact/${id}`)).body.Contact).toMatchObject({ email: 'after@move.com', interest: null });
    expect(await listIds(w, { search: 'after@move.com' })).toEqual([id]);
    expect(await listIds(w, { search: 'before@move.com' })).toEqual([]);
    // Re-creating with the new email upserts the same contact.
    expect(await enroll(w, { email: 'after@move.com' })).toBe(id);
  });

  it('refuses an email another contact of the team already has, changing nothing', async () => {
    const a = await enroll(w, { email: 'taken@dup.com' });
    const b = await enroll(w, { email: 'free@dup.com' });
    const res = await w.api.put(`/v1/contact/${b}`).send({ email: 'taken@dup.com', first_name: 'Should not stick' });
    // V1 documents no 409: the conflict is a 400.
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ success: false, error: 'Another contact of this team already has this email' });
    expect((await w.api.get(`/v1/contact/${b}`)).body.Contact).toMatchObject({ email: 'free@dup.com', first_name: null });
    expect((await w.api.get(`/v1/contact/${a}`)).body.Contact.email).toBe('taken@dup.com');
  });

  it('accepts validate_emails "true" on update and validates the profile once', async () => {
    const id = await enroll(w, { email: 'later.check@example.com' });
    const usage = async () => (await w.api.get(`/v2/teams/${w.teamId}/usage`)).body.data.email_validation_credits_used;
    const before = await usage();
    expect((await w.api.put(`/v1/contact/${id}`).send({ validate_emails: 'true' })).status).toBe(200);
    expect((await w.api.get(`/v2/contacts/${id}`)).body.data.valid2).toBe(1);
    expect(await usage()).toBe(before + 1);
    expect((await w.api.put(`/v1/contact/${id}`).send({ validate_emails: true })).status).toBe(200);
    expect(await usage()).toBe(before + 1);
  });

  it('answers an unknown id with 404 and a bad interest with 400, in the V1 shape', async () => {
    expectV1Error(await w.api.put(`/v1/contact/${UNKNOWN}`).send({ first_name: 'X' }), 404, 'Contact not found');
    const id = await enroll(w, { email: 'interest@bad.com' });
    const res = await w.api.put(`/v1/contact/${id}`).send({ interest: 'ecstatic' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ success: false, error: expect.any(String) });
    expect((await w.api.get(`/v1/contact/${id}`)).body.Contact.interest).toBeNull();
  });
});

describe('GET /v1/contact/profile/:id', () => {
  let w: World;
  let first: string;
  let second: string;
  let firstContact: string;
  let secondContact: string;
  let profileId: string;
  let hotId: string;
  let vipId: string;
  beforeAll(async () => {
    w = await world();
    const hot = await w.api.post('/v2/labels').send({ team_id: w.teamId, name: 'Hot Lead', color: '#ef4444', applies_to: 'contact' });
    const vip = await w.api.post('/v2/labels').send({ team_id: w.teamId, name: 'enterprise', color: '#3b82f6', applies_to: 'both' });
    await w.api.post('/v2/labels').send({ team_id: w.teamId, name: 'inbox-only', color: '#000000', applies_to: 'conversation' });
    hotId = hot.body.data.id;
    vipId = vip.body.data.id;
    first = w.campaignId;
    second = await createCampaign(w.api, w.teamId, 'Q1 Webinar');
    firstContact = await enroll(w, {
      email: 'joe.paul@abccorp.com', linkedin_url: 'https://www.linkedin.com/in/joepaul', first_name: 'Joe', last_name: 'Paul',
      company_name: 'ABC Corp', title: 'Sales Manager', custom: { department: 'Sales' }, labels: ['HOT LEAD', 'enterprise', 'inbox-only', 'no-such-label'],
    }, first);
    w.api.sandbox.workspace('default')!.clock.advance(1000);
    secondContact = await enroll(w, { email: 'joe.paul@abccorp.com' }, second);
    profileId = (await w.api.get(`/v2/contacts/${firstContact}`)).body.data.contact_profile_id;
  });

  it('answers the profile, its labels and its enrollments newest first', async () => {
    const res = await w.api.get(`/v1/contact/profile/${profileId}?TeamId=${w.teamId}`);
    expect(res.status).toBe(200);
    expect(res.body.success).toBe(true);
    expect(res.body.contact).toMatchObject({
      id: profileId, email: 'joe.paul@abccorp.com', linkedin_url: 'https://www.linkedin.com/in/joepaul', first_name: 'Joe',
      last_name: 'Paul', company_name: 'ABC Corp', title: 'Sales Manager', custom: { department: 'Sales' }, TeamId: w.teamId,
      __source: 'contact_profile',
    });
    expect(res.body.contact.createdAt).toMatch(ISO);
    expect(res.body.contact.labels).toHaveLength(2);
    expect(res.body.contact.labels).toEqual(expect.arrayContaining([
      { id: hotId, name: 'hot lead', color: '#ef4444', applies_to: 'contact' },
      { id: vipId, name: 'enterprise', color: '#3b82f6', applies_to: 'both' },
    ]));

    const [newest, oldest] = res.body.associated_campaigns;
    expect(res.body.associated_campaigns).toHaveLength(2);
    const enrollmentFields = {
      replied: false, bounced: false, unsubscribed: false, opened: false, clicked: false, finished: false, appointment: false,
      interest: null, status: 'idle', next_step: null, paused_at: null, resume_at: null, failed: false, reason: null, last_node_processed_at: null,
    };
    expect(newest).toEqual({ id: second, name: 'Q1 Webinar', ContactId: secondContact, contactCreatedAt: expect.stringMatching(ISO), ...enrollmentFields });
    expect(oldest).toEqual({ id: first, name: 'Q4 Outreach', ContactId: firstContact, contactCreatedAt: expect.stringMatching(ISO), ...enrollmentFields });
    expect(newest.contactCreatedAt > oldest.contactCreatedAt).toBe(true);
    expect(newest.contactCreatedAt).toBe((await w.api.get(`/v2/contacts/${secondContact}`)).body.data.createdAt);
  });

  it('reflects each enrollment\'s own state', async () => {
    const when = '2025-11-28T14:00:00.000Z';
    // Test setup standing in for the sending engine.
    setEnrollment(w.api, firstContact, {
      replied: true, opened: true, finished: true, failed: true, reason: 'bounce limit', paused_at: when, resume_at: when,
      next_step: when, last_node_processed_at: when, status: 'queued',
    });
    await w.api.patch(`/v2/contacts/${secondContact}`).send({ interest: 'meeting_booked' });
    const res = await w.api.get(`/v1/contact/profile/${profileId}?TeamId=${w.teamId}`);
    const [newest, oldest] = res.body.associated_campaigns;
    expect(newest).toMatchObject({ ContactId: secondContact, interest: 'meeting_booked', replied: false, finished: false, status: 'idle' });
    expect(oldest).toMatchObject({
      ContactId: firstContact, interest: null, replied: true, opened: true, finished: true, failed: true, reason: 'bounce limit',
      paused_at: when, resume_at: when, next_step: when, last_node_processed_at: when, status: 'queued',
    });
  });

  it('leaves deleted enrollments out', async () => {
    const third = await createCampaign(w.api, w.teamId, 'Third');
    const id = await enroll(w, { email: 'joe.paul@abccorp.com' }, third);
    expect((await w.api.get(`/v1/contact/profile/${profileId}?TeamId=${w.teamId}`)).body.associated_campaigns).toHaveLength(3);
    await w.api.delete(`/v2/contacts/${id}`);
    const after = await w.api.get(`/v1/contact/profile/${profileId}?TeamId=${w.teamId}`);
    expect(after.body.associated_campaigns.map((a: { ContactId: string }) => a.ContactId)).toEqual([secondContact, firstContact]);
  });

  it('answers 404 for a profile of another team, an unknown profile, or a Contact id', async () => {
    const other = await createTeam(w.api, 'Other team');
    expectV1Error(await w.api.get(`/v1/contact/profile/${profileId}?TeamId=${other.id}`), 404, 'Contact profile not found');
    expectV1Error(await w.api.get(`/v1/contact/profile/${UNKNOWN}?TeamId=${w.teamId}`), 404, 'Contact profile not found');
    expectV1Error(await w.api.get(`/v1/contact/profile/${firstContact}?TeamId=${w.teamId}`), 404, 'Contact profile not found');
  });

  it('needs TeamId', async () => {
    expectV1Error(await w.api.get(`/v1/contact/profile/${profileId}`), 400, 'TeamId is required');
  });

  it('refuses a team the key cannot reach', async () => {
    expectV1Error(await w.api.get(`/v1/contact/profile/${profileId}?TeamId=${UNKNOWN}`), 403, 'You do not have access to this team');
  });
});

describe('V1 contact rows carry the V1 Contact fields of the contract', () => {
  it('answers valid, SenderId and the sequence fields on list and get rows', async () => {
    const w = await world();
    const id = await enroll(w, { email: 'fields.ok@example.com', validate_emails: true });
    const when = '2025-11-28T14:00:00.000Z';
    // Test setup standing in for the sending engine.
    setEnrollment(w.api, id, {
      current_node_id: 'n-e2', variant: 'a', email_provider: 'google', sender_id: 'f2a4c6e8-0b1d-4e3f-9a5c-7e9b1d3f5a6c', next_step: when,
    });
    const expected = {
      valid: true, SenderId: 'f2a4c6e8-0b1d-4e3f-9a5c-7e9b1d3f5a6c', node_id: 'n-e2', variant: 'a', email_provider: 'google',
      next_step: when, paused_at: null, resume_at: null, failed: false, reason: null, last_node_processed_at: null,
    };
    expect((await list(w)).body.rows[0]).toMatchObject(expected);
    expect((await w.api.get(`/v1/contact/${id}`)).body.Contact).toMatchObject(expected);
    const unchecked = await enroll(w, { email: 'fields.unchecked@example.com' });
    expect((await w.api.get(`/v1/contact/${unchecked}`)).body.Contact.valid).toBeNull();
  });

  it('answers OrgId on the team contact profile', async () => {
    const w = await world();
    const id = await enroll(w, { email: 'org.profile@example.com' });
    const profileId = (await w.api.get(`/v2/contacts/${id}`)).body.data.contact_profile_id;
    const res = await w.api.get(`/v1/contact/profile/${profileId}?TeamId=${w.teamId}`);
    expect(res.body.contact.OrgId).toBe(w.orgId);
  });
});

describe('V1 authentication and error shape', () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it('answers a missing, unknown or wrong-family key with 401 in the V1 shape', async () => {
    const calls = (client: TestApi) => [
      client.post('/v1/contact/create').send({ TeamId: w.teamId, email: 'a@example.com' }),
      client.post('/v1/contact/all').send({ TeamId: w.teamId }),
      client.get(`/v1/contact/${UNKNOWN}`),
      client.put(`/v1/contact/${UNKNOWN}`).send({ first_name: 'X' }),
      client.get(`/v1/contact/profile/${UNKNOWN}?TeamId=${w.teamId}`),
    ];
    for (const client of [w.api.as(null), w.api.as('nope'), w.api.as('sk_sandbox')]) {
      for (const res of await Promise.all(calls(client))) expectV1Error(res, 401, 'Invalid or missing API key');
    }
    // Nothing was created by the refused create.
    expect((await list(w)).body.count).toBe(0);
    expect((await w.api.get(`/v2/teams/${w.teamId}/usage`)).body.data.contacts_used).toBe(0);
  });

  it('accepts the key in X-API-Key', async () => {
    const res = await w.api.as(null).post('/v1/contact/all').set('X-API-Key', 'sandbox_key').send({ TeamId: w.teamId });
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(0);
  });

  it('answers malformed JSON and an unknown route in the V1 shape', async () => {
    const bad = await w.api.post('/v1/contact/all').set('Content-Type', 'application/json').send('{"TeamId": ');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ success: false, error: expect.stringMatching(/JSON/) });
    const route = await w.api.get('/v1/contact/profile');
    expect(route.status).toBeGreaterThanOrEqual(400);
    expect(route.body).toEqual({ success: false, error: expect.any(String) });
  });
});
