/**
 * The event log (GET /v2/events, GET /v2/events/:id) and email verification
 * without a contact (POST /v2/email-validation/verify; §17, README "Email verification verdicts").
 * Events are placed in time with the frozen workspace clock.
 */
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { setClock } from '../support/fixtures.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UNKNOWN_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const T0 = '2026-03-02T09:00:00.000Z';
const T1 = '2026-03-02T10:00:00.000Z';
const T2 = '2026-03-02T11:00:00.000Z';

let api: TestApi;
let teamA: string;
let teamB: string;
let campaignA1: string;
let campaignA2: string;
let campaignB: string;

const ws = () => api.sandbox.workspace('default')!;

beforeEach(async () => {
  api = await createTestApi({ seedData: false });
  expect((await api.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
  await setClock(api, T0);
  teamA = (await api.post('/v2/teams').send({ name: 'Northwind Outbound' })).body.data.id;
  teamB = (await api.post('/v2/teams').send({ name: 'Globex Sales' })).body.data.id;
  campaignA1 = (await api.post('/v2/campaigns').send({ name: 'A1', TeamId: teamA })).body.data.id;
  campaignA2 = (await api.post('/v2/campaigns').send({ name: 'A2', TeamId: teamA })).body.data.id;
  campaignB = (await api.post('/v2/campaigns').send({ name: 'B', TeamId: teamB })).body.data.id;
});

async function createContact(body: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await api.post('/v2/contacts').send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data;
}

async function events(query = ''): Promise<{ data: Record<string, any>[]; pagination: Record<string, unknown> }> {
  const res = await api.get(`/v2/events${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const ids = (page: { data: Record<string, any>[] }): string[] => page.data.map(e => e.id);

describe('GET /v2/events: what records events', () => {
  it('records contact_added when a contact is enrolled, once, with its contact and campaign', async () => {
    const contact = await createContact({ TeamId: teamA, CampaignId: campaignA1, email: 'ada@analytical.test', first_name: 'Ada', last_name: 'Lovelace' });
    const page = await events();
    expect(page.pagination).toEqual({ total: 1, limit: 50, offset: 0, has_more: false });
    expect(page.data[0]).toMatchObject({
      id: expect.stringMatching(UUID),
      type: 'contact_added',
      channel: 'email',
      date: T0,
      contact_id: contact.id,
      campaign_id: campaignA1,
      sender_id: null,
      contact: { id: contact.id, email: 'ada@analytical.test', first_name: 'Ada', last_name: 'Lovelace', linkedin_url: null },
      campaign: { id: campaignA1, name: 'A1' },
      details: { contact_profile_id: contact.contact_profile_id, enrolled: true },
      opened: false,
      clicked: false,
      clicks: 0,
      created_at: T0,
      updated_at: T0,
    });

    // Upserting the same person into the same campaign creates nothing, so logs nothing.
    const again = await api.post('/v2/contacts').send({ TeamId: teamA, CampaignId: campaignA1, email: 'ada@analytical.test', title: 'CTO' });
    expect(again.status).toBe(201);
    expect(again.body.data.id).toBe(contact.id);
    expect((await events()).pagination.total).toBe(1);
    // Enrolling her in a second campaign is a second enrollment, so a second event.
    const second = await createContact({ TeamId: teamA, CampaignId: campaignA2, email: 'ada@analytical.test' });
    const after = await events();
    expect(after.pagination.total).toBe(2);
    expect(after.data[0]).toMatchObject({ type: 'contact_added', contact_id: second.id, campaign_id: campaignA2 });
  });

  it('records contact_added for a new team profile without a campaign (no contact, no campaign)', async () => {
    const profile = await createContact({ TeamId: teamA, email: 'grace@cobol.test' });
    expect(profile.object).toBe('contact_profile');
    const page = await events(`?TeamId=${teamA}`);
    expect(page.data).toHaveLength(1);
    expect(page.data[0]).toMatchObject({
      type: 'contact_added',
      contact_id: null,
      campaign_id: null,
      contact: null,
      campaign: null,
      details: { contact_profile_id: profile.id, enrolled: false },
    });
    expect((await events(`?TeamId=${teamB}`)).data).toEqual([]);
  });

  it('records click for an inbox reply link click', async () => {
    const contact = await createContact({ TeamId: teamA, CampaignId: campaignA1, email: 'ada@analytical.test' });
    await setClock(api, T1);
    const click = await api.post('/__sandbox/link-clicks').send({ contact_id: contact.id, original_url: 'https://northwind.test/pricing' });
    expect(click.status).toBe(201);
    const page = await events('?type=click');
    expect(page.data).toHaveLength(1);
    expect(page.data[0]).toMatchObject({
      type: 'click',
      date: T1,
      clicked: true,
      clicks: 1,
      contact_id: contact.id,
      campaign_id: campaignA1,
      details: { link_id: click.body.data.link_id, url: 'https://northwind.test/pricing', inbox_reply: true },
    });
  });
});

describe('GET /v2/events: filters, order and paging', () => {
  /** Five events over three hours: contacts at T0 (A1, B), T1 (A2, profile only in A), a click at T2. */
  async function history() {
    const a1 = await createContact({ TeamId: teamA, CampaignId: campaignA1, email: 'ada@analytical.test' });
    const b = await createContact({ TeamId: teamB, CampaignId: campaignB, email: 'bob@globex.test' });
    await setClock(api, T1);
    const a2 = await createContact({ TeamId: teamA, CampaignId: campaignA2, email: 'grace@cobol.test' });
    await createContact({ TeamId: teamA, email: 'alan@bletchley.test' });
    await setClock(api, T2);
    expect((await api.post('/__sandbox/link-clicks').send({ contact_id: a1.id, original_url: 'https://northwind.test/x' })).status).toBe(201);
    const all = await events();
    expect(all.pagination.total).toBe(5);
    const [click, profile, a2Added, bAdded, a1Added] = all.data;
    return { a1, a2, b, click, profile, a2Added, bAdded, a1Added, all };
  }

  it('lists newest first', async () => {
    const { all, click, profile, a2Added, bAdded, a1Added } = await history();
    expect(all.data.map(e => [e.type, e.date])).toEqual([
      ['click', T2],
      ['contact_added', T1],
      ['contact_added', T1],
      ['contact_added', T0],
      ['contact_added', T0],
    ]);
    expect(click.type).toBe('click');
    expect(profile.contact_id).toBeNull();
    expect(a2Added.campaign_id).toBe(campaignA2);
    expect(bAdded.campaign_id).toBe(campaignB);
    expect(a1Added.campaign_id).toBe(campaignA1);
  });

  it('filters by TeamId, CampaignId, ContactId and type, alone and together', async () => {
    const { a1, a2, click, profile, a2Added, bAdded, a1Added } = await history();
    expect(ids(await events(`?TeamId=${teamA}`))).toEqual([click.id, profile.id, a2Added.id, a1Added.id]);
    expect(ids(await events(`?TeamId=${teamB}`))).toEqual([bAdded.id]);
    expect(ids(await events(`?CampaignId=${campaignA1}`))).toEqual([click.id, a1Added.id]);
    expect(ids(await events(`?CampaignId=${campaignA2}`))).toEqual([a2Added.id]);
    expect(ids(await events(`?ContactId=${a1.id}`))).toEqual([click.id, a1Added.id]);
    expect(ids(await events(`?ContactId=${a2.id}`))).toEqual([a2Added.id]);
    expect(ids(await events('?type=click'))).toEqual([click.id]);
    expect(ids(await events('?type=contact_added'))).toHaveLength(4);
    expect(ids(await events('?type=open'))).toEqual([]);
    expect(ids(await events(`?TeamId=${teamA}&type=contact_added&CampaignId=${campaignA1}`))).toEqual([a1Added.id]);
    expect(ids(await events(`?TeamId=${teamB}&ContactId=${a1.id}`))).toEqual([]);
    expect(ids(await events('?channel=email'))).toHaveLength(5);
    expect(ids(await events('?channel=linkedin'))).toEqual([]);
  });

  it('filters by start_date and end_date, both inclusive', async () => {
    const { click, profile, a2Added, bAdded, a1Added } = await history();
    expect(ids(await events(`?start_date=${T1}`))).toEqual([click.id, profile.id, a2Added.id]);
    expect(ids(await events(`?end_date=${T1}`))).toEqual([profile.id, a2Added.id, bAdded.id, a1Added.id]);
    expect(ids(await events(`?start_date=${T1}&end_date=${T1}`))).toEqual([profile.id, a2Added.id]);
    expect(ids(await events('?start_date=2026-03-02T09:00:00.001Z&end_date=2026-03-02T10:59:59.999Z'))).toEqual([profile.id, a2Added.id]);
    // An offset names the same instant.
    expect(ids(await events('?start_date=2026-03-02T12:00:00%2B01:00'))).toEqual([click.id]);
    expect(ids(await events('?start_date=2026-03-03T00:00:00.000Z'))).toEqual([]);
    const page = await events(`?TeamId=${teamA}&end_date=${T0}`);
    expect(ids(page)).toEqual([a1Added.id]);
    expect(page.pagination.total).toBe(1);
    expect((await api.get('/v2/events?start_date=yesterday')).status).toBe(400);
  });

  it('pages with limit and offset', async () => {
    const { all } = await history();
    const newest = ids(all);
    const p1 = await events('?limit=2');
    expect(ids(p1)).toEqual(newest.slice(0, 2));
    expect(p1.pagination).toEqual({ total: 5, limit: 2, offset: 0, has_more: true });
    const p2 = await events('?limit=2&offset=2');
    expect(ids(p2)).toEqual(newest.slice(2, 4));
    expect(p2.pagination).toEqual({ total: 5, limit: 2, offset: 2, has_more: true });
    const p3 = await events('?limit=2&offset=4');
    expect(ids(p3)).toEqual(newest.slice(4));
    expect(p3.pagination).toEqual({ total: 5, limit: 2, offset: 4, has_more: false });
    const beyond = await events('?offset=9');
    expect(beyond.data).toEqual([]);
    expect(beyond.pagination).toEqual({ total: 5, limit: 50, offset: 9, has_more: false });
    // Filters count before paging.
    const filtered = await events(`?TeamId=${teamA}&limit=1&offset=1`);
    expect(filtered.pagination).toEqual({ total: 4, limit: 1, offset: 1, has_more: true });
    for (const q of ['limit=0', 'limit=101', 'offset=-1', 'type=nope', 'TeamId=nope']) {
      expect((await api.get(`/v2/events?${q}`)).status, q).toBe(400);
    }
  });
});

describe('GET /v2/events/:id', () => {
  it('answers the same event as the list, and 404 event_not_found for an unknown id', async () => {
    const contact = await createContact({ TeamId: teamA, CampaignId: campaignA1, email: 'ada@analytical.test' });
    const listed = (await events()).data[0];
    const res = await api.get(`/v2/events/${listed.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual(listed);
    expect(res.body.data.contact_id).toBe(contact.id);

    const unknown = await api.get(`/v2/events/${UNKNOWN_ID}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ type: 'not_found_error', code: 'event_not_found' });
    expect((await api.get('/v2/events/not-a-uuid')).status).toBe(400);
  });
});

describe('POST /v2/email-validation/verify', () => {
  const usage = async (team: string) => (await api.get(`/v2/teams/${team}/usage`)).body.data;
  const credits = () => ws().stores.supersend.org.verification_credits;

  async function verify(body: Record<string, unknown>) {
    const res = await api.post('/v2/email-validation/verify').send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.data;
  }

  it('gives each documented verdict and spends one credit per check, counted on the team', async () => {
    const cases: [string, Record<string, unknown>][] = [
      ['invalid.person@acme.test', { valid: false, risk_level: 'INVALID', is_disallowed: true, validators: { smtp: 'undeliverable' } }],
      ['bounce@acme.test', { valid: false, risk_level: 'INVALID', is_disallowed: true }],
      ['jane@mailer.invalid', { valid: false, risk_level: 'INVALID', is_disallowed: true }],
      ['unknown.person@acme.test', { valid: false, risk_level: null, confidence: 'low', is_disallowed: false, validators: { smtp: 'unknown' } }],
      ['risky.person@acme.test', { valid: true, risk_level: 'HIGH', is_role_based: false, is_free_provider: false }],
      ['info@acme.test', { valid: true, risk_level: 'MEDIUM', is_role_based: true }],
      ['sales@acme.test', { valid: true, risk_level: 'MEDIUM', is_role_based: true }],
      ['jane@gmail.com', { valid: true, risk_level: 'LOW', is_free_provider: true, email_provider: 'gmail.com' }],
      ['jane@outlook.com', { valid: true, risk_level: 'LOW', is_free_provider: true }],
      ['jane.doe@acmecorp.test', { valid: true, risk_level: 'SAFE', is_role_based: false, is_free_provider: false, confidence: 'high', validators: { smtp: 'deliverable' } }],
    ];
    const before = credits();
    for (const [email, expected] of cases) {
      const data = await verify({ email, TeamId: teamA });
      expect(data, email).toMatchObject({ email, credits_used: 1, domain: email.split('@')[1], ...expected });
    }
    expect(credits()).toBe(before - cases.length);
    expect((await usage(teamA)).email_validation_credits_used).toBe(cases.length);
    expect((await usage(teamB)).email_validation_credits_used).toBe(0);
  });

  it('lowercases the address before checking', async () => {
    const data = await verify({ email: 'Jane.DOE@AcmeCorp.TEST' });
    expect(data).toMatchObject({ email: 'jane.doe@acmecorp.test', domain: 'acmecorp.test', risk_level: 'SAFE' });
    expect(data.email_hash).toBe(createHash('sha256').update('jane.doe@acmecorp.test').digest('hex'));
    expect((await verify({ email: 'INFO@acme.test' })).risk_level).toBe('MEDIUM');
  });

  it('creates no contact, profile or event', async () => {
    await verify({ email: 'jane.doe@acmecorp.test', TeamId: teamA });
    expect(ws().stores.supersend.profiles.size).toBe(0);
    expect((await api.get(`/v2/contacts?TeamId=${teamA}`)).body.pagination.total).toBe(0);
    expect((await usage(teamA)).contacts_used).toBe(0);
    expect((await events()).pagination.total).toBe(0);
  });

  it('spends from the org pool without TeamId, and no team usage', async () => {
    const before = credits();
    await verify({ email: 'jane.doe@acmecorp.test' });
    expect(credits()).toBe(before - 1);
    expect((await usage(teamA)).email_validation_credits_used).toBe(0);
    expect((await usage(teamB)).email_validation_credits_used).toBe(0);
  });

  it('answers 402 with requiredCredits and availableCredits when the org has no credits left', async () => {
    ws().stores.supersend.org.verification_credits = 1;
    await verify({ email: 'jane.doe@acmecorp.test', TeamId: teamA });
    expect(credits()).toBe(0);
    const res = await api.post('/v2/email-validation/verify').send({ email: 'john@acmecorp.test', TeamId: teamA });
    expect(res.status).toBe(402);
    expect(res.body.error).toMatchObject({ code: 'insufficient_credits', requiredCredits: 1, availableCredits: 0 });
    expect(credits()).toBe(0);
    expect((await usage(teamA)).email_validation_credits_used).toBe(1);
  });

  it('answers 403 team_access_denied for an unknown TeamId, and spends nothing', async () => {
    const before = credits();
    const res = await api.post('/v2/email-validation/verify').send({ email: 'jane.doe@acmecorp.test', TeamId: UNKNOWN_ID });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'team_access_denied', param: 'TeamId' });
    expect(credits()).toBe(before);
  });

  it('answers 400 for a missing or malformed email or an unknown field, and spends nothing', async () => {
    const before = credits();
    for (const body of [{}, { email: 'not-an-email' }, { email: 'jane@localhost' }, { email: 42 }, { email: 'jane@acmecorp.test', TeamId: 'nope' }, { email: 'jane@acmecorp.test', extra: 1 }]) {
      const res = await api.post('/v2/email-validation/verify').send(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(credits()).toBe(before);
    expect((await usage(teamA)).email_validation_credits_used).toBe(0);
  });
});

describe('GET /v2/events refusals', () => {
  it('answers a team the key cannot reach with 403 and inverted dates with 400', async () => {
    const api = await createTestApi({ seedData: false });
    const foreign = await api.get('/v2/events?TeamId=0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e');
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('team_access_denied');
    const inverted = await api.get('/v2/events?start_date=2026-03-03T00:00:00.000Z&end_date=2026-03-02T00:00:00.000Z');
    expect(inverted.status).toBe(400);
    expect(inverted.body.error.param).toBe('start_date');
  });
});
