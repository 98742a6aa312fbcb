/**
 * V2 contacts: create/upsert (profile-only or enrollment), update, list, get and delete. Every rule is
 * driven over HTTP and checked both in the answer and in the state read back afterwards.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { enroll, newCampaign, newTeam, teamUsage, type Json } from '../support/fixtures.js';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const INTERESTS = ['interested', 'not_interested', 'meeting_request', 'meeting_booked', 'customer', 'future', 'follow_up'] as const;

async function list(api: TestApi, query: string): Promise<{ data: Json[]; pagination: Json }> {
  const res = await api.get(`/v2/contacts?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

async function getContact(api: TestApi, id: string): Promise<Json> {
  const res = await api.get(`/v2/contacts/${id}`);
  expect(res.status).toBe(200);
  return res.body.data;
}

/** A fresh world with one team and two of its campaigns, plus another team with one campaign. */
interface World {
  api: TestApi;
  team: Json;
  campaign: Json;
  campaign2: Json;
  otherTeam: Json;
  otherCampaign: Json;
}

async function world(): Promise<World> {
  const api = await createTestApi({ seedData: false });
  const team = await newTeam(api, { name: 'Acme' });
  const otherTeam = await newTeam(api, { name: 'Globex' });
  return {
    api,
    team,
    otherTeam,
    campaign: await newCampaign(api, team.id, 'Q3 Outreach'),
    campaign2: await newCampaign(api, team.id, 'Q4 Outreach'),
    otherCampaign: await newCampaign(api, otherTeam.id, 'Globex Outreach'),
  };
}

describe('POST /v2/contacts without CampaignId upserts a team profile only', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it('answers a contact_profile, not enrolled, and creates no enrollment', async () => {
    const res = await w.api.post('/v2/contacts').send({
      TeamId: w.team.id,
      linkedin_url: 'https://www.linkedin.com/in/priya-raman',
      first_name: 'Priya',
      last_name: 'Raman',
      company_name: 'Fabrikam',
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      object: 'contact_profile',
      enrolled: false,
      id: expect.any(String),
      email: null,
      linkedin_url: 'https://www.linkedin.com/in/priya-raman',
      first_name: 'Priya',
      last_name: 'Raman',
      company_name: 'Fabrikam',
      title: null,
      custom: {},
      TeamId: w.team.id,
      valid2: -1,
      labels: [],
    });
    expect(res.body.data).not.toHaveProperty('CampaignId');
    expect((await list(w.api, `TeamId=${w.team.id}`)).pagination.total).toBe(0);
    expect((await list(w.api, `TeamId=${w.team.id}&deleted=true`)).pagination.total).toBe(0);
    // The profile id is not an enrollment id.
    const asContact = await w.api.get(`/v2/contacts/${res.body.data.id}`);
    expect(asContact.status).toBe(404);
    expect((await teamUsage(w.api, w.team.id)).contacts_used).toBe(1);
  });

  it('upserts the same profile on repeat (email case-insensitive) and updates its fields', async () => {
    const first = await enroll(w.api, { TeamId: w.team.id, email: 'Ann.Lee@Acme.test', first_name: 'Ann', title: 'CTO' });
    const again = await enroll(w.api, { TeamId: w.team.id, email: 'ann.lee@acme.test', first_name: 'Annie' });
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ first_name: 'Annie', title: 'CTO' });
    expect((await teamUsage(w.api, w.team.id)).contacts_used).toBe(1);
    // The profile the later enrollment uses carries the updated fields.
    const enrolled = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'ANN.LEE@acme.test' });
    expect(enrolled).toMatchObject({ contact_profile_id: first.id, first_name: 'Annie', title: 'CTO' });
  });

  it('keeps profiles of different teams apart', async () => {
    const a = await enroll(w.api, { TeamId: w.team.id, email: 'same@acme.test' });
    const b = await enroll(w.api, { TeamId: w.otherTeam.id, email: 'same@acme.test' });
    expect(b.id).not.toBe(a.id);
    expect((await teamUsage(w.api, w.team.id)).contacts_used).toBe(1);
    expect((await teamUsage(w.api, w.otherTeam.id)).contacts_used).toBe(1);
  });
});

describe('POST /v2/contacts with CampaignId enrolls', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it('creates an enrollment with its Campaign, readable by id and listed', async () => {
    const res = await w.api.post('/v2/contacts').send({
      TeamId: w.team.id,
      CampaignId: w.campaign.id,
      email: 'joe.paul@abccorp.test',
      first_name: 'Joe',
      last_name: 'Paul',
      company_name: 'ABC Corp',
      title: 'Manager',
      phone: '+1-534-634-5346',
      city: 'Raleigh',
      state: 'NC',
      country: 'United States',
      company_url: 'https://abccorp.test',
      industry: 'Software',
      image: 'https://abccorp.test/joe.png',
      integration_contact_id: 'hs_1',
      custom: { department: 'Sales' },
    });
    expect(res.status).toBe(201);
    const contact = res.body.data;
    expect(contact).toMatchObject({
      id: expect.any(String),
      email: 'joe.paul@abccorp.test',
      linkedin_url: null,
      first_name: 'Joe',
      last_name: 'Paul',
      company_name: 'ABC Corp',
      title: 'Manager',
      phone: '+1-534-634-5346',
      city: 'Raleigh',
      state: 'NC',
      country: 'United States',
      company_url: 'https://abccorp.test',
      industry: 'Software',
      image: 'https://abccorp.test/joe.png',
      integration_contact_id: 'hs_1',
      custom: { department: 'Sales' },
      interest: null,
      CampaignId: w.campaign.id,
      TeamId: w.team.id,
      contact_profile_id: expect.any(String),
      Campaign: { id: w.campaign.id, name: 'Q3 Outreach' },
      valid2: -1,
      labels: [],
      deleted: false,
    });
    expect(contact).not.toHaveProperty('object');
    expect(contact.contact_profile_id).not.toBe(contact.id);
    expect(await getContact(w.api, contact.id)).toEqual(contact);
    const listed = await list(w.api, `TeamId=${w.team.id}`);
    expect(listed.data).toEqual([contact]);
    expect(listed.pagination).toEqual({ total: 1, limit: 50, offset: 0, has_more: false });
    // The campaign counts it.
    expect((await w.api.get(`/v2/campaigns/${w.campaign.id}`)).body.data.contact_count).toBe(1);
  });

  it('never duplicates on a repeated create by email (case-insensitive) and updates the fields', async () => {
    const first = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'Repeat@Acme.test', first_name: 'Rita', company_name: 'Acme' });
    const again = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'repeat@acme.test', first_name: 'Rita Marie', title: 'VP' });
    expect(again.id).toBe(first.id);
    expect(again.contact_profile_id).toBe(first.contact_profile_id);
    expect(again).toMatchObject({ first_name: 'Rita Marie', title: 'VP', company_name: 'Acme' });
    const listed = await list(w.api, `TeamId=${w.team.id}`);
    expect(listed.pagination.total).toBe(1);
    expect(await getContact(w.api, first.id)).toMatchObject({ first_name: 'Rita Marie', title: 'VP', company_name: 'Acme' });
    expect((await teamUsage(w.api, w.team.id)).contacts_used).toBe(1);
  });

  it('never duplicates on a repeated create by linkedin_url and updates the fields', async () => {
    const first = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, linkedin_url: 'https://linkedin.com/in/bob', first_name: 'Bob' });
    const again = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, linkedin_url: 'https://linkedin.com/in/bob', email: 'bob@acme.test', last_name: 'Stone' });
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ first_name: 'Bob', last_name: 'Stone', email: 'bob@acme.test', linkedin_url: 'https://linkedin.com/in/bob' });
    expect((await list(w.api, `TeamId=${w.team.id}`)).pagination.total).toBe(1);
    // The email added on the repeat now finds the same person.
    const byEmail = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'BOB@acme.test', city: 'Leeds' });
    expect(byEmail.id).toBe(first.id);
    expect(await getContact(w.api, first.id)).toMatchObject({ first_name: 'Bob', last_name: 'Stone', city: 'Leeds' });
    expect((await list(w.api, `TeamId=${w.team.id}`)).pagination.total).toBe(1);
  });

  it('merges custom fields key by key on a repeat', async () => {
    const first = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'c@acme.test', custom: { a: '1', b: '2' } });
    await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'c@acme.test', custom: { b: '3', c: 4 } });
    expect((await getContact(w.api, first.id)).custom).toEqual({ a: '1', b: '3', c: 4 });
  });

  it('restores a deleted enrollment when the person is created again in that campaign', async () => {
    const first = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'back@acme.test' });
    await w.api.delete(`/v2/contacts/${first.id}`).expect(200);
    const again = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'back@acme.test' });
    expect(again).toMatchObject({ id: first.id, deleted: false });
    expect((await getContact(w.api, first.id)).deleted).toBe(false);
    expect((await list(w.api, `TeamId=${w.team.id}&deleted=true`)).pagination.total).toBe(1);
  });

  it('enrolls the same person in two campaigns as two enrollments sharing one profile', async () => {
    const one = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'twice@acme.test', first_name: 'Tess' });
    const two = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign2.id, email: 'twice@acme.test' });
    expect(two.id).not.toBe(one.id);
    expect(two.contact_profile_id).toBe(one.contact_profile_id);
    expect(two).toMatchObject({ CampaignId: w.campaign2.id, Campaign: { id: w.campaign2.id, name: 'Q4 Outreach' }, first_name: 'Tess' });
    const all = await list(w.api, `TeamId=${w.team.id}`);
    expect(all.pagination.total).toBe(2);
    expect(new Set(all.data.map(c => c.contact_profile_id))).toEqual(new Set([one.contact_profile_id]));
    expect((await list(w.api, `TeamId=${w.team.id}&CampaignId=${w.campaign.id}`)).data.map(c => c.id)).toEqual([one.id]);
    expect((await list(w.api, `TeamId=${w.team.id}&CampaignId=${w.campaign2.id}`)).data.map(c => c.id)).toEqual([two.id]);
    expect((await teamUsage(w.api, w.team.id)).contacts_used).toBe(1);
  });

  it('enrolls a profile created without a campaign, keeping its id', async () => {
    const profile = await enroll(w.api, { TeamId: w.team.id, email: 'later@acme.test', first_name: 'Lena' });
    const enrolled = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'later@acme.test' });
    expect(enrolled).toMatchObject({ contact_profile_id: profile.id, first_name: 'Lena', CampaignId: w.campaign.id });
    expect((await list(w.api, `TeamId=${w.team.id}`)).pagination.total).toBe(1);
  });

  it('seeds an enrollment from contact_profile_id of the campaign team', async () => {
    const profile = await enroll(w.api, { TeamId: w.team.id, email: 'seed@acme.test', first_name: 'Sid', company_name: 'Seedco', custom: { tier: 'gold' } });
    const res = await w.api.post('/v2/contacts').send({ TeamId: w.team.id, CampaignId: w.campaign.id, contact_profile_id: profile.id });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      contact_profile_id: profile.id,
      email: 'seed@acme.test',
      first_name: 'Sid',
      company_name: 'Seedco',
      custom: { tier: 'gold' },
      CampaignId: w.campaign.id,
    });
    expect(await getContact(w.api, res.body.data.id)).toMatchObject({ contact_profile_id: profile.id, email: 'seed@acme.test' });
    expect((await list(w.api, `TeamId=${w.team.id}`)).pagination.total).toBe(1);
    // Seeding again does not duplicate.
    const again = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, contact_profile_id: profile.id });
    expect(again.id).toBe(res.body.data.id);
    expect((await list(w.api, `TeamId=${w.team.id}`)).pagination.total).toBe(1);
  });

  it('refuses a contact_profile_id of another team or an unknown one with a 400 naming it', async () => {
    const foreign = await enroll(w.api, { TeamId: w.otherTeam.id, email: 'foreign@globex.test' });
    for (const contact_profile_id of [foreign.id, UNKNOWN_ID]) {
      const res = await w.api.post('/v2/contacts').send({ TeamId: w.team.id, CampaignId: w.campaign.id, contact_profile_id });
      expect(res.status).toBe(400);
      expect(res.body.error.param).toBe('contact_profile_id');
    }
    expect((await list(w.api, `TeamId=${w.team.id}&deleted=true`)).pagination.total).toBe(0);
    expect((await list(w.api, `TeamId=${w.otherTeam.id}&deleted=true`)).pagination.total).toBe(0);
    expect((await teamUsage(w.api, w.team.id)).contacts_used).toBe(0);
  });

  it('asks for email or linkedin_url when neither is given, and creates nothing', async () => {
    const res = await w.api.post('/v2/contacts').send({ TeamId: w.team.id, CampaignId: w.campaign.id, first_name: 'Nobody' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'missing_required_parameter', param: 'email' });
    expect((await list(w.api, `TeamId=${w.team.id}&deleted=true`)).pagination.total).toBe(0);
    expect((await teamUsage(w.api, w.team.id)).contacts_used).toBe(0);
  });

  it('refuses a CampaignId of another team with 400, an unknown one with 404, an unknown TeamId with 403', async () => {
    const foreign = await w.api.post('/v2/contacts').send({ TeamId: w.team.id, CampaignId: w.otherCampaign.id, email: 'x@acme.test' });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.param).toBe('CampaignId');

    const unknownCampaign = await w.api.post('/v2/contacts').send({ TeamId: w.team.id, CampaignId: UNKNOWN_ID, email: 'x@acme.test' });
    expect(unknownCampaign.status).toBe(404);
    expect(unknownCampaign.body.error).toMatchObject({ type: 'not_found_error', code: 'campaign_not_found' });

    const unknownTeam = await w.api.post('/v2/contacts').send({ TeamId: UNKNOWN_ID, email: 'x@acme.test' });
    expect(unknownTeam.status).toBe(403);
    expect(unknownTeam.body.error).toMatchObject({ code: 'team_access_denied', param: 'TeamId' });

    for (const team of [w.team, w.otherTeam]) {
      expect((await list(w.api, `TeamId=${team.id}&deleted=true`)).pagination.total).toBe(0);
      expect((await teamUsage(w.api, team.id)).contacts_used).toBe(0);
    }
  });
});

describe('POST /v2/contacts labels', () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
    for (const [name, applies_to] of [['VIP', 'contact'], ['Warm', 'both'], ['Inbox Only', 'conversation']] as const) {
      await w.api.post('/v2/labels').send({ name, color: '#123456', team_id: w.team.id, applies_to }).expect(201);
    }
    await w.api.post('/v2/labels').send({ name: 'foreign', color: '#123456', team_id: w.otherTeam.id, applies_to: 'contact' }).expect(201);
  });

  it('attaches contact and both labels by name, case-insensitively, and ignores the rest', async () => {
    const contact = await enroll(w.api, {
      TeamId: w.team.id,
      CampaignId: w.campaign.id,
      email: 'labelled@acme.test',
      labels: ['vip', 'WARM', 'inbox only', 'no such label', 'Foreign'],
    });
    const names = (labels: { name: string }[]) => labels.map(l => l.name).sort();
    expect(names(contact.labels)).toEqual(['vip', 'warm']);
    expect(contact.labels[0]).toEqual({ id: expect.any(String), name: expect.any(String), color: '#123456' });
    expect(names((await getContact(w.api, contact.id)).labels)).toEqual(['vip', 'warm']);
  });

  it('adds labels on a repeat without dropping earlier ones, and shows them on every enrollment of the profile', async () => {
    const profile = await enroll(w.api, { TeamId: w.team.id, email: 'growing@acme.test', labels: ['Vip'] });
    expect(profile.labels.map((l: { name: string }) => l.name)).toEqual(['vip']);
    const enrolled = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'growing@acme.test', labels: ['warm'] });
    expect(enrolled.labels.map((l: { name: string }) => l.name).sort()).toEqual(['vip', 'warm']);
    const other = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign2.id, email: 'growing@acme.test' });
    expect(other.labels.map((l: { name: string }) => l.name).sort()).toEqual(['vip', 'warm']);
  });

  it('stops showing a label once it is deleted', async () => {
    const label = (await w.api.post('/v2/labels').send({ name: 'short-lived', color: '#654321', team_id: w.team.id, applies_to: 'contact' })).body.data;
    const contact = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'fleeting@acme.test', labels: ['short-lived'] });
    expect(contact.labels.map((l: { name: string }) => l.name)).toEqual(['short-lived']);
    await w.api.delete(`/v2/labels/${label.id}`).expect(200);
    expect((await getContact(w.api, contact.id)).labels).toEqual([]);
  });
});

describe('POST /v2/contacts validate_emails', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  const credits = async () => (await teamUsage(w.api, w.team.id)).email_validation_credits_used;

  it('does not validate (nor spend) unless asked', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'plain@acme.test' });
    expect(c.valid2).toBe(-1);
    expect(await credits()).toBe(0);
  });

  it('validates an unvalidated profile once: a repeat upsert of a validated profile costs nothing', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'good.person@acme.test', validate_emails: true });
    expect(c.valid2).toBe(1);
    expect(await credits()).toBe(1);
    expect((await getContact(w.api, c.id)).valid2).toBe(1);

    const again = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'good.person@acme.test', validate_emails: true });
    expect(again.valid2).toBe(1);
    const profileOnly = await enroll(w.api, { TeamId: w.team.id, email: 'good.person@acme.test', validate_emails: true });
    expect(profileOnly.valid2).toBe(1);
    const otherCampaign = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign2.id, email: 'good.person@acme.test', validate_emails: true });
    expect(otherCampaign.valid2).toBe(1);
    expect(await credits()).toBe(1);
  });

  it('marks an invalid address valid2 2 and does not re-check it', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'invalid.person@x.test', validate_emails: true });
    expect(c.valid2).toBe(2);
    expect((await getContact(w.api, c.id)).valid2).toBe(2);
    expect(await credits()).toBe(1);
    await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'invalid.person@x.test', validate_emails: true });
    expect(await credits()).toBe(1);
  });

  it('validates a profile created earlier without validation, on the later upsert', async () => {
    const profile = await enroll(w.api, { TeamId: w.team.id, email: 'late@acme.test' });
    expect(profile.valid2).toBe(-1);
    const enrolled = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'late@acme.test', validate_emails: true });
    expect(enrolled.valid2).toBe(1);
    expect(await credits()).toBe(1);
  });

  it('re-checks a pending profile (valid2 0) each time, spending a credit each time', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'unknown.person@acme.test', validate_emails: true });
    expect(c.valid2).toBe(0);
    expect(await credits()).toBe(1);
    await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'unknown.person@acme.test', validate_emails: true });
    expect(await credits()).toBe(2);
  });

  it('spends nothing for a profile without an email', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, linkedin_url: 'https://linkedin.com/in/no-mail', validate_emails: true });
    expect(c.valid2).toBe(-1);
    expect(await credits()).toBe(0);
  });

  it('treats a changed email as unvalidated again, so it is checked (and charged) anew', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'first@acme.test', linkedin_url: 'https://linkedin.com/in/mover', validate_emails: true });
    expect(c.valid2).toBe(1);
    // Same address in another case is the same address: still valid, nothing spent.
    const sameAddress = await w.api.patch(`/v2/contacts/${c.id}`).send({ email: 'First@Acme.test', validate_emails: true });
    expect(sameAddress.body.data.valid2).toBe(1);
    expect(await credits()).toBe(1);

    const moved = await w.api.patch(`/v2/contacts/${c.id}`).send({ email: 'invalid.mover@acme.test' });
    expect(moved.body.data.valid2).toBe(-1);
    expect((await getContact(w.api, c.id)).valid2).toBe(-1);
    const checked = await w.api.patch(`/v2/contacts/${c.id}`).send({ validate_emails: true });
    expect(checked.body.data.valid2).toBe(2);
    expect(await credits()).toBe(2);

    // An upsert found by linkedin_url that brings a new email resets it too.
    const upserted = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, linkedin_url: 'https://linkedin.com/in/mover', email: 'third@acme.test', validate_emails: true });
    expect(upserted).toMatchObject({ id: c.id, email: 'third@acme.test', valid2: 1 });
    expect(await credits()).toBe(3);
  });

  it('validates on PATCH with validate_emails', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'patchme@acme.test' });
    const res = await w.api.patch(`/v2/contacts/${c.id}`).send({ validate_emails: true });
    expect(res.status).toBe(200);
    expect(res.body.data.valid2).toBe(1);
    expect((await getContact(w.api, c.id)).valid2).toBe(1);
    expect(await credits()).toBe(1);
  });
});

describe('PATCH /v2/contacts/:id', () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it('updates the given fields and keeps the others', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'jane@acme.test', first_name: 'J', last_name: 'Doe', title: 'CEO' });
    const res = await w.api.patch(`/v2/contacts/${c.id}`).send({ first_name: 'Jane', company_name: 'New Company', custom: { source: 'api' } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: c.id, first_name: 'Jane', last_name: 'Doe', title: 'CEO', company_name: 'New Company', custom: { source: 'api' }, email: 'jane@acme.test' });
    expect(await getContact(w.api, c.id)).toMatchObject({ first_name: 'Jane', last_name: 'Doe', title: 'CEO', company_name: 'New Company', custom: { source: 'api' } });
  });

  it('sets each of the seven interest values, and null clears it', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'pipeline@acme.test' });
    for (const interest of INTERESTS) {
      const res = await w.api.patch(`/v2/contacts/${c.id}`).send({ interest });
      expect(res.status).toBe(200);
      expect(res.body.data.interest).toBe(interest);
      expect((await getContact(w.api, c.id)).interest).toBe(interest);
    }
    const cleared = await w.api.patch(`/v2/contacts/${c.id}`).send({ interest: null });
    expect(cleared.body.data.interest).toBeNull();
    expect((await getContact(w.api, c.id)).interest).toBeNull();
  });

  it('rejects an eighth interest value with a 400 naming interest and changes nothing', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'badinterest@acme.test' });
    await w.api.patch(`/v2/contacts/${c.id}`).send({ interest: 'customer' }).expect(200);
    const res = await w.api.patch(`/v2/contacts/${c.id}`).send({ interest: 'hot', first_name: 'Changed' });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('interest');
    expect(await getContact(w.api, c.id)).toMatchObject({ interest: 'customer', first_name: null });
  });

  it('sets interest on one enrollment only', async () => {
    const one = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'split@acme.test' });
    const two = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign2.id, email: 'split@acme.test' });
    await w.api.patch(`/v2/contacts/${one.id}`).send({ interest: 'meeting_booked' }).expect(200);
    expect((await getContact(w.api, one.id)).interest).toBe('meeting_booked');
    expect((await getContact(w.api, two.id)).interest).toBeNull();
  });

  it('refuses an email that another profile of the team has with 409, and changes nothing', async () => {
    await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'taken@acme.test' });
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'mine@acme.test' });
    const res = await w.api.patch(`/v2/contacts/${c.id}`).send({ email: 'TAKEN@acme.test', first_name: 'Nope' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ type: 'conflict_error', param: 'email' });
    expect(await getContact(w.api, c.id)).toMatchObject({ email: 'mine@acme.test', first_name: null });
    expect((await list(w.api, `TeamId=${w.team.id}&email=taken@acme.test`)).pagination.total).toBe(1);
  });

  it('refuses a linkedin_url that another profile of the team has with 409', async () => {
    await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, linkedin_url: 'https://linkedin.com/in/taken' });
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'li@acme.test' });
    const res = await w.api.patch(`/v2/contacts/${c.id}`).send({ linkedin_url: 'https://linkedin.com/in/taken' });
    expect(res.status).toBe(409);
    expect(res.body.error.param).toBe('linkedin_url');
    expect((await getContact(w.api, c.id)).linkedin_url).toBeNull();
  });

  it('moves the profile to a new email: the new one finds it, the old one no longer does', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'old@acme.test' });
    const res = await w.api.patch(`/v2/contacts/${c.id}`).send({ email: 'new@acme.test' });
    expect(res.status).toBe(200);
    expect(res.body.data.email).toBe('new@acme.test');
    expect((await list(w.api, `TeamId=${w.team.id}&email=new@acme.test`)).data.map(x => x.id)).toEqual([c.id]);
    expect((await list(w.api, `TeamId=${w.team.id}&email=old@acme.test`)).pagination.total).toBe(0);
    const again = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'new@acme.test' });
    expect(again.id).toBe(c.id);
    const fresh = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'old@acme.test' });
    expect(fresh.id).not.toBe(c.id);
    expect(fresh.contact_profile_id).not.toBe(c.contact_profile_id);
  });

  it('answers an unknown or deleted contact with 404 contact_not_found', async () => {
    const unknown = await w.api.patch(`/v2/contacts/${UNKNOWN_ID}`).send({ first_name: 'x' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('contact_not_found');
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'gone@acme.test' });
    await w.api.delete(`/v2/contacts/${c.id}`).expect(200);
    const deleted = await w.api.patch(`/v2/contacts/${c.id}`).send({ first_name: 'x' });
    expect(deleted.status).toBe(404);
    expect(deleted.body.error.code).toBe('contact_not_found');
  });
});

describe('GET /v2/contacts filters', () => {
  let w: World;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    w = await world();
    const people: [string, Json][] = [
      ['ada', { CampaignId: w.campaign.id, email: 'ada@analytical.test', first_name: 'Ada', last_name: 'Lovelace', company_name: 'Analytical Engines' }],
      ['grace', { CampaignId: w.campaign.id, email: 'grace@navy.test', first_name: 'Grace', last_name: 'Hopper', company_name: 'US Navy' }],
      ['alan', { CampaignId: w.campaign2.id, email: 'alan@bletchley.test', first_name: 'Alan', last_name: 'Turing', company_name: 'Bletchley Park' }],
      ['katherine', { CampaignId: w.campaign2.id, email: 'kj@nasa.test', first_name: 'Katherine', last_name: 'Johnson', company_name: 'NASA' }],
      ['nobody', { CampaignId: w.campaign2.id, linkedin_url: 'https://linkedin.com/in/nobody' }],
    ];
    for (const [key, body] of people) ids[key] = (await enroll(w.api, { TeamId: w.team.id, ...body })).id;
    await enroll(w.api, { TeamId: w.otherTeam.id, CampaignId: w.otherCampaign.id, email: 'ada@analytical.test', first_name: 'Ada' });
    await w.api.patch(`/v2/contacts/${ids.ada}`).send({ interest: 'interested' }).expect(200);
    await w.api.patch(`/v2/contacts/${ids.grace}`).send({ interest: 'meeting_booked' }).expect(200);
    await w.api.patch(`/v2/contacts/${ids.alan}`).send({ interest: 'customer' }).expect(200);
  });

  const names = async (query: string) => {
    const body = await list(w.api, `TeamId=${w.team.id}&${query}`);
    expect(body.pagination.total).toBe(body.data.length);
    return body.data.map(c => Object.entries(ids).find(([, id]) => id === c.id)?.[0]);
  };

  it('needs TeamId, and a team the key can reach', async () => {
    const missing = await w.api.get('/v2/contacts');
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'missing_required_parameter', param: 'TeamId' });
    const unknown = await w.api.get(`/v2/contacts?TeamId=${UNKNOWN_ID}`);
    expect(unknown.status).toBe(403);
    expect(unknown.body.error.code).toBe('team_access_denied');
  });

  it("lists only the team's enrollments, newest first", async () => {
    expect(await names('')).toEqual(['nobody', 'katherine', 'alan', 'grace', 'ada']);
    const other = await list(w.api, `TeamId=${w.otherTeam.id}`);
    expect(other.data.map(c => c.TeamId)).toEqual([w.otherTeam.id]);
  });

  it('filters by CampaignId', async () => {
    expect(await names(`CampaignId=${w.campaign.id}`)).toEqual(['grace', 'ada']);
    expect(await names(`CampaignId=${w.campaign2.id}`)).toEqual(['nobody', 'katherine', 'alan']);
    expect(await names(`CampaignId=${w.otherCampaign.id}`)).toEqual([]);
  });

  it('searches email, first name, last name, full name and company, case-insensitively', async () => {
    expect(await names('search=BLETCHLEY.TEST')).toEqual(['alan']);
    expect(await names('search=grace')).toEqual(['grace']);
    expect(await names('search=hopper')).toEqual(['grace']);
    expect(await names('search=ada%20lovelace')).toEqual(['ada']);
    expect(await names('search=Katherine%20Jo')).toEqual(['katherine']);
    expect(await names('search=nasa')).toEqual(['katherine']);
    expect(await names('search=analytical%20ENGINES')).toEqual(['ada']);
    expect(await names('search=a')).toEqual(['katherine', 'alan', 'grace', 'ada']);
    expect(await names('search=zzz')).toEqual([]);
    expect(await names(`search=ada&CampaignId=${w.campaign2.id}`)).toEqual([]);
  });

  it('filters by interest, comma-separated, and an empty value selects contacts with no status', async () => {
    expect(await names('interest=customer')).toEqual(['alan']);
    expect(await names('interest=interested,meeting_booked')).toEqual(['grace', 'ada']);
    expect(await names('interest=future')).toEqual([]);
    expect(await names('interest=')).toEqual(['nobody', 'katherine']);
    const bad = await w.api.get(`/v2/contacts?TeamId=${w.team.id}&interest=hot`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('interest');
  });

  it('filters by exact email, case-insensitively', async () => {
    expect(await names('email=ADA@analytical.test')).toEqual(['ada']);
    expect(await names('email=da@analytical.test')).toEqual([]);
  });

  it('hides deleted contacts unless deleted=true', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'hidden@acme.test' });
    await w.api.delete(`/v2/contacts/${c.id}`).expect(200);
    const live = await list(w.api, `TeamId=${w.team.id}`);
    expect(live.data.map(x => x.id)).not.toContain(c.id);
    expect(live.pagination.total).toBe(5);
    const withDeleted = await list(w.api, `TeamId=${w.team.id}&deleted=true`);
    expect(withDeleted.pagination.total).toBe(6);
    expect(withDeleted.data[0]).toMatchObject({ id: c.id, deleted: true, email: 'hidden@acme.test' });
    expect(withDeleted.data.slice(1).every(x => x.deleted === false)).toBe(true);
    expect((await list(w.api, `TeamId=${w.team.id}&deleted=false`)).pagination.total).toBe(5);
  });
});

describe('GET /v2/contacts paging', () => {
  let w: World;
  const created: string[] = [];
  beforeAll(async () => {
    w = await world();
    for (let i = 0; i < 120; i++) {
      created.push((await enroll(w.api, { TeamId: w.team.id, CampaignId: i % 2 ? w.campaign.id : w.campaign2.id, email: `p${i}@acme.test` })).id);
    }
  });

  it('defaults limit to 50', async () => {
    const body = await list(w.api, `TeamId=${w.team.id}`);
    expect(body.data).toHaveLength(50);
    expect(body.pagination).toEqual({ total: 120, limit: 50, offset: 0, has_more: true });
  });

  it('accepts limit 100 and rejects 101 and 0', async () => {
    const body = await list(w.api, `TeamId=${w.team.id}&limit=100`);
    expect(body.data).toHaveLength(100);
    expect(body.pagination).toEqual({ total: 120, limit: 100, offset: 0, has_more: true });
    for (const limit of [101, 0]) {
      const res = await w.api.get(`/v2/contacts?TeamId=${w.team.id}&limit=${limit}`);
      expect(res.status).toBe(400);
      expect(res.body.error.param).toBe('limit');
    }
  });

  it('visits every contact exactly once, newest first, when paging with has_more', async () => {
    const seen: string[] = [];
    const pages: Json[] = [];
    let offset = 0;
    for (;;) {
      const body = await list(w.api, `TeamId=${w.team.id}&limit=50&offset=${offset}`);
      pages.push(body.pagination);
      seen.push(...body.data.map(c => c.id));
      if (!body.pagination.has_more) break;
      offset += body.data.length;
    }
    expect(pages).toEqual([
      { total: 120, limit: 50, offset: 0, has_more: true },
      { total: 120, limit: 50, offset: 50, has_more: true },
      { total: 120, limit: 50, offset: 100, has_more: false },
    ]);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
    expect(seen).toEqual([...created].reverse());
  });

  it('pages a filtered list with a filtered total', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 60; offset += 25) {
      const body = await list(w.api, `TeamId=${w.team.id}&CampaignId=${w.campaign.id}&limit=25&offset=${offset}`);
      expect(body.pagination).toEqual({ total: 60, limit: 25, offset, has_more: offset + 25 < 60 });
      seen.push(...body.data.map(c => c.id));
    }
    expect(seen).toEqual(created.filter((_, i) => i % 2).reverse());
  });

  it('answers an offset past the end with an empty page', async () => {
    const body = await list(w.api, `TeamId=${w.team.id}&offset=500`);
    expect(body.data).toEqual([]);
    expect(body.pagination).toEqual({ total: 120, limit: 50, offset: 500, has_more: false });
  });
});

describe('GET and DELETE /v2/contacts/:id', () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it('gets an enrollment by id and answers 404 contact_not_found for an unknown id', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'get@acme.test', first_name: 'Gert' });
    expect(await getContact(w.api, c.id)).toMatchObject({ id: c.id, email: 'get@acme.test', first_name: 'Gert', Campaign: { id: w.campaign.id, name: 'Q3 Outreach' } });
    const res = await w.api.get(`/v2/contacts/${UNKNOWN_ID}`);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ type: 'not_found_error', code: 'contact_not_found' });
  });

  it('deletes by id: then GET and a second DELETE answer 404; other enrollments of the person stay', async () => {
    const one = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'del@acme.test' });
    const two = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign2.id, email: 'del@acme.test' });
    const res = await w.api.delete(`/v2/contacts/${one.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, message: 'Contact deleted successfully' });
    const got = await w.api.get(`/v2/contacts/${one.id}`);
    expect(got.status).toBe(404);
    expect(got.body.error.code).toBe('contact_not_found');
    const again = await w.api.delete(`/v2/contacts/${one.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('contact_not_found');
    expect((await getContact(w.api, two.id)).deleted).toBe(false);
    expect((await list(w.api, `TeamId=${w.team.id}&email=del@acme.test`)).data.map(c => c.id)).toEqual([two.id]);
  });
});

describe('DELETE /v2/contacts by identifier', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  const live = async (teamId: string, query = '') => (await list(w.api, `TeamId=${teamId}${query}`)).data.map(c => c.id).sort();

  it('deletes only that campaign enrollment when CampaignId is given (by email)', async () => {
    const one = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'who@acme.test' });
    const two = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign2.id, email: 'who@acme.test' });
    const res = await w.api.delete(`/v2/contacts?TeamId=${w.team.id}&CampaignId=${w.campaign.id}&email=WHO@acme.test`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, message: 'Contact deleted successfully' });
    expect(await live(w.team.id)).toEqual([two.id]);
    expect((await w.api.get(`/v2/contacts/${one.id}`)).status).toBe(404);
    const withDeleted = await list(w.api, `TeamId=${w.team.id}&deleted=true`);
    expect(withDeleted.data.find(c => c.id === one.id)).toMatchObject({ deleted: true });
    // Again: nothing left to delete in that campaign.
    const again = await w.api.delete(`/v2/contacts?TeamId=${w.team.id}&CampaignId=${w.campaign.id}&email=who@acme.test`);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('contact_not_found');
  });

  it("deletes all of the team's enrollments of the person without CampaignId, not another team's", async () => {
    await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'all@acme.test' });
    await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign2.id, email: 'all@acme.test' });
    const keep = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'keep@acme.test' });
    const foreign = await enroll(w.api, { TeamId: w.otherTeam.id, CampaignId: w.otherCampaign.id, email: 'all@acme.test' });
    const res = await w.api.delete(`/v2/contacts?TeamId=${w.team.id}&email=all@acme.test`);
    expect(res.status).toBe(200);
    expect(await live(w.team.id)).toEqual([keep.id]);
    expect((await list(w.api, `TeamId=${w.team.id}&deleted=true`)).pagination.total).toBe(3);
    expect(await live(w.otherTeam.id)).toEqual([foreign.id]);
  });

  it('deletes by linkedin_url', async () => {
    const one = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, linkedin_url: 'https://linkedin.com/in/johndoe' });
    const two = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign2.id, linkedin_url: 'https://linkedin.com/in/johndoe' });
    const res = await w.api.delete(`/v2/contacts?TeamId=${w.team.id}&CampaignId=${w.campaign2.id}&linkedin_url=${encodeURIComponent('https://linkedin.com/in/johndoe')}`);
    expect(res.status).toBe(200);
    expect(await live(w.team.id)).toEqual([one.id]);
    expect((await w.api.get(`/v2/contacts/${two.id}`)).status).toBe(404);
  });

  it('answers 404 contact_not_found when nothing matches, deleting nothing', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'here@acme.test' });
    for (const query of [
      `TeamId=${w.team.id}&email=absent@acme.test`,
      `TeamId=${w.team.id}&CampaignId=${w.campaign2.id}&email=here@acme.test`,
      `TeamId=${w.otherTeam.id}&email=here@acme.test`,
      `TeamId=${w.team.id}&linkedin_url=${encodeURIComponent('https://linkedin.com/in/absent')}`,
    ]) {
      const res = await w.api.delete(`/v2/contacts?${query}`);
      expect(res.status, query).toBe(404);
      expect(res.body.error.code).toBe('contact_not_found');
    }
    expect(await live(w.team.id)).toEqual([c.id]);
  });

  it('needs email or linkedin_url (400), TeamId (400) and a reachable team (403)', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'safe@acme.test' });
    const neither = await w.api.delete(`/v2/contacts?TeamId=${w.team.id}&CampaignId=${w.campaign.id}`);
    expect(neither.status).toBe(400);
    expect(neither.body.error).toMatchObject({ code: 'missing_required_parameter', param: 'email' });
    const noTeam = await w.api.delete('/v2/contacts?email=safe@acme.test');
    expect(noTeam.status).toBe(400);
    expect(noTeam.body.error.param).toBe('TeamId');
    const unknownTeam = await w.api.delete(`/v2/contacts?TeamId=${UNKNOWN_ID}&email=safe@acme.test`);
    expect(unknownTeam.status).toBe(403);
    expect(await live(w.team.id)).toEqual([c.id]);
  });
});

describe('hostile input', () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it('stores custom keys named like Object.prototype members as plain data', async () => {
    const custom = { constructor: 'Ctor', prototype: { x: 1 }, toString: 'text', hasOwnProperty: 'own', valueOf: 42 };
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'proto@acme.test', custom });
    expect(c.custom).toEqual(custom);
    expect(await getContact(w.api, c.id)).toMatchObject({ custom });
    // A repeat merges into the same plain object.
    await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'proto@acme.test', custom: { toString: 'changed' } });
    expect((await getContact(w.api, c.id)).custom).toEqual({ ...custom, toString: 'changed' });
    const patched = await w.api.patch(`/v2/contacts/${c.id}`).send({ custom: { constructor: 'Patched' } });
    expect(patched.status).toBe(200);
    expect(patched.body.data.custom.constructor).toBe('Patched');
    const listed = await list(w.api, `TeamId=${w.team.id}&email=proto@acme.test`);
    expect(listed.data[0].custom).toEqual({ ...custom, toString: 'changed', constructor: 'Patched' });
    // The profile-only answer shows the same data.
    const profile = await enroll(w.api, { TeamId: w.team.id, email: 'proto@acme.test' });
    expect(profile.custom).toEqual({ ...custom, toString: 'changed', constructor: 'Patched' });
  });

  it('refuses a __proto__ key with 400 and creates nothing', async () => {
    const before = (await list(w.api, `TeamId=${w.team.id}&deleted=true`)).pagination.total;
    const usedBefore = (await teamUsage(w.api, w.team.id)).contacts_used;
    for (const raw of [
      `{"TeamId":"${w.team.id}","CampaignId":"${w.campaign.id}","email":"evil@acme.test","custom":{"__proto__":{"admin":true}}}`,
      `{"TeamId":"${w.team.id}","CampaignId":"${w.campaign.id}","email":"evil@acme.test","__proto__":{"admin":true}}`,
    ]) {
      const res = await w.api.post('/v2/contacts').set('Content-Type', 'application/json').send(raw);
      expect(res.status).toBe(400);
      expect(res.body.error.param).toBe('__proto__');
    }
    expect((await list(w.api, `TeamId=${w.team.id}&deleted=true`)).pagination.total).toBe(before);
    expect((await list(w.api, `TeamId=${w.team.id}&email=evil@acme.test&deleted=true`)).pagination.total).toBe(0);
    expect((await teamUsage(w.api, w.team.id)).contacts_used).toBe(usedBefore);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('refuses a __proto__ key on PATCH and changes nothing', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'patch-proto@acme.test', custom: { a: 1 } });
    const res = await w.api
      .patch(`/v2/contacts/${c.id}`)
      .set('Content-Type', 'application/json')
      .send('{"first_name":"Evil","custom":{"__proto__":{"admin":true}}}');
    expect(res.status).toBe(400);
    expect(await getContact(w.api, c.id)).toMatchObject({ first_name: null, custom: { a: 1 } });
  });
});

describe('V1 and V2 share state', () => {
  let w: World;
  beforeAll(async () => {
    w = await world();
  });

  it('shows a contact created with POST /v1/contact/create on GET /v2/contacts/:id', async () => {
    const res = await w.api.post('/v1/contact/create').send({
      TeamId: w.team.id,
      CampaignId: w.campaign.id,
      email: 'v1@acme.test',
      first_name: 'Vee',
      company_name: 'One Corp',
    });
    expect(res.status).toBe(201);
    const id = res.body.contact.id;
    const v2 = await getContact(w.api, id);
    expect(v2).toMatchObject({
      id,
      email: 'v1@acme.test',
      first_name: 'Vee',
      company_name: 'One Corp',
      CampaignId: w.campaign.id,
      TeamId: w.team.id,
      contact_profile_id: res.body.contact.ContactProfileId,
      Campaign: { id: w.campaign.id, name: 'Q3 Outreach' },
    });
    expect((await list(w.api, `TeamId=${w.team.id}`)).data.map(c => c.id)).toEqual([id]);
    // A V2 create of the same person upserts the same enrollment.
    const again = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'V1@acme.test', title: 'Boss' });
    expect(again.id).toBe(id);
    expect((await list(w.api, `TeamId=${w.team.id}`)).pagination.total).toBe(1);
  });

  it('shows a V2 PATCH on GET /v1/contact/:id', async () => {
    const c = await enroll(w.api, { TeamId: w.team.id, CampaignId: w.campaign.id, email: 'both@acme.test' });
    await w.api.patch(`/v2/contacts/${c.id}`).send({ interest: 'future', last_name: 'Both' }).expect(200);
    const v1 = await w.api.get(`/v1/contact/${c.id}`);
    expect(v1.status).toBe(200);
    expect(v1.body.Contact).toMatchObject({ id: c.id, interest: 'future', last_name: 'Both', CampaignId: w.campaign.id });
  });
});
