/**
 * Sender profiles (openapi.yaml listSenderProfiles, getSenderProfile, createSenderProfile,
 * updateSenderProfile, deleteSenderProfile) over the default data set: membership always read back
 * from the senders, identities of the same team only, soft delete, and the snapshot round trip.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { TestApi } from '../support/api.js';
import { copiedWorkspace, eachSeededSandbox, type Json } from '../support/fixtures.js';

const UNKNOWN_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

let api: TestApi;
let acme: string;
let globex: string;
/** Senders and identities by email / handle prefix. */
let sender: (email: string) => Json;
let identity: (team: string, type: string, status?: string) => Json;

eachSeededSandbox(s => ({ api, acme, globex } = s));

beforeEach(async () => {
  const senders = (await api.get('/v2/senders?limit=100')).body.data as Json[];
  sender = email => senders.find(s => s.email === email)!;
  const identities = (await api.get('/v2/identities?limit=100')).body.data as Json[];
  identity = (team, type, status = 'active') => identities.find(x => x.team_id === team && x.type === type && x.status === status)!;
});

const emails = (rows: Json[]) => rows.map(s => s.email);

async function profiles(teamId: string, query = ''): Promise<Json[]> {
  const res = await api.get(`/v2/sender-profiles?team_id=${teamId}${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.headers['x-sandbox-source']).toBe('state');
  return res.body.data;
}

async function create(body: Json) {
  return api.post('/v2/sender-profiles').send(body);
}

describe('GET /v2/sender-profiles', () => {
  it('lists a team\'s profiles with their member senders and identities', async () => {
    const list = await profiles(acme);
    expect(list.map(p => p.name)).toEqual(['Alex rotation', 'Acme Outbound overflow']);
    const [rotation, overflow] = list;
    expect(rotation).toMatchObject({ object: 'sender_profile', team_id: acme, sender_disable_strategy: true });
    expect(emails(rotation.senders)).toEqual(['alex@acme-outbound.test', 'jordan@acme-outbound-mail.test']);
    expect(rotation.linkedin_identity).toMatchObject({ id: identity(acme, 'linkedin').id, type: 'linkedin', username: 'Alex Kim', status: 'active' });
    expect(rotation.twitter_identity).toMatchObject({ id: identity(acme, 'twitter').id, type: 'twitter', handle: 'alexkim' });
    expect(emails(overflow.senders)).toEqual(['sam@acme-outbound.test']);
    expect(overflow.linkedin_identity).toBeNull();
  });

  it('searches by name, and needs team_id (400) of a reachable team (403)', async () => {
    expect((await profiles(globex, '&name=ROTATION')).map(p => p.name)).toEqual(['Lena rotation']);
    const missing = await api.get('/v2/sender-profiles');
    expect(missing.status).toBe(400);
    expect(missing.body.error.param).toBe('team_id');
    const other = await api.get(`/v2/sender-profiles?team_id=${UNKNOWN_ID}`);
    expect(other.status).toBe(403);
    expect(other.body.error).toMatchObject({ code: 'team_access_denied', param: 'team_id' });
  });
});

describe('POST /v2/sender-profiles', () => {
  it('creates a profile (201) whose senders leave their old profile, and shows on the senders', async () => {
    const res = await create({ team_id: acme, name: 'Q4 push', sender_ids: [sender('jordan@acme-outbound-mail.test').id, sender('priya@acme-outbound-mail.test').id] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.data).toMatchObject({ object: 'sender_profile', name: 'Q4 push', team_id: acme, sender_disable_strategy: false, linkedin_identity: null, twitter_identity: null });
    expect(emails(res.body.data.senders)).toEqual(['jordan@acme-outbound-mail.test', 'priya@acme-outbound-mail.test']);

    expect((await profiles(acme)).map(p => [p.name, emails(p.senders)])).toEqual([
      ['Alex rotation', ['alex@acme-outbound.test']],
      ['Acme Outbound overflow', ['sam@acme-outbound.test']],
      ['Q4 push', ['jordan@acme-outbound-mail.test', 'priya@acme-outbound-mail.test']],
    ]);
    const priya = (await api.get(`/v2/senders/${sender('priya@acme-outbound-mail.test').id}`)).body.data;
    expect(priya.sender_profile).toEqual({ id: res.body.data.id, name: 'Q4 push', timezone: null });
  });

  it('takes the identities of its team, taking them off their old profile', async () => {
    const res = await create({ team_id: acme, name: 'Social', linkedin_identity_id: identity(acme, 'linkedin').id });
    expect(res.status).toBe(201);
    expect(res.body.data.linkedin_identity.id).toBe(identity(acme, 'linkedin').id);
    const rotation = (await profiles(acme)).find(p => p.name === 'Alex rotation')!;
    expect(rotation.linkedin_identity).toBeNull();
    expect(rotation.twitter_identity).not.toBeNull();
    const shown = (await api.get(`/v2/identities/${identity(acme, 'linkedin').id}`)).body.data;
    expect(shown.sender_profile).toEqual({ id: res.body.data.id, name: 'Social' });
  });

  it.each([
    ['a sender of another team', () => ({ sender_ids: [sender('alex@acme-outbound.test').id, sender('lena@globex.test').id] }), 'sender_ids[1]'],
    ['an unknown sender', () => ({ sender_ids: [UNKNOWN_ID] }), 'sender_ids[0]'],
    ['a LinkedIn identity of another team', () => ({ linkedin_identity_id: identity(globex, 'linkedin').id }), 'linkedin_identity_id'],
    ['a Twitter identity as the LinkedIn one', () => ({ linkedin_identity_id: identity(acme, 'twitter').id }), 'linkedin_identity_id'],
    ['an unknown Twitter identity', () => ({ twitter_identity_id: UNKNOWN_ID }), 'twitter_identity_id'],
  ])('refuses %s with 400 naming it, and creates nothing', async (_what, body, param) => {
    const res = await create({ team_id: acme, name: 'Bad', ...body() });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe(param);
    expect((await profiles(acme)).map(p => p.name)).toEqual(['Alex rotation', 'Acme Outbound overflow']);
    expect((await api.get(`/v2/senders/${sender('alex@acme-outbound.test').id}`)).body.data.sender_profile.name).toBe('Alex rotation');
  });

  it('refuses a team of no workspace with 403, and a missing name with 400', async () => {
    const other = await create({ team_id: UNKNOWN_ID, name: 'X' });
    expect(other.status).toBe(403);
    expect(other.body.error.param).toBe('team_id');
    const nameless = await create({ team_id: acme });
    expect(nameless.status).toBe(400);
    expect(nameless.body.error.param).toBe('name');
  });
});

describe('PATCH /v2/sender-profiles/:id', () => {
  it('renames, replaces the members and detaches an identity with null', async () => {
    const rotation = (await profiles(acme))[0];
    const res = await api.patch(`/v2/sender-profiles/${rotation.id}`).send({
      name: 'Alex and Sam', sender_ids: [sender('alex@acme-outbound.test').id, sender('sam@acme-outbound.test').id], twitter_identity_id: null,
      sender_disable_strategy: false,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data).toMatchObject({ name: 'Alex and Sam', sender_disable_strategy: false, twitter_identity: null });
    expect(res.body.data.linkedin_identity.id).toBe(identity(acme, 'linkedin').id);
    expect(emails(res.body.data.senders)).toEqual(['alex@acme-outbound.test', 'sam@acme-outbound.test']);
    expect((await api.get(`/v2/senders/${sender('jordan@acme-outbound-mail.test').id}`)).body.data.sender_profile_id).toBeNull();
    expect((await api.get(`/v2/identities/${identity(acme, 'twitter').id}`)).body.data.sender_profile).toBeNull();
    expect((await api.get(`/v2/sender-profiles/${rotation.id}`)).body.data).toEqual(res.body.data);
  });

  it('refuses another team_id and a sender of another team with 400, changing nothing', async () => {
    const rotation = (await profiles(acme))[0];
    for (const [body, param] of [
      [{ team_id: globex }, 'team_id'],
      [{ name: 'Renamed', sender_ids: [sender('mia@globex.test').id] }, 'sender_ids[0]'],
    ] as const) {
      const res = await api.patch(`/v2/sender-profiles/${rotation.id}`).send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.param).toBe(param);
    }
    expect((await api.get(`/v2/sender-profiles/${rotation.id}`)).body.data).toEqual(rotation);
  });
});

describe('DELETE /v2/sender-profiles/:id', () => {
  it('soft-deletes: members leave, identities are detached, the id answers 404 and lists skip it', async () => {
    const rotation = (await profiles(acme))[0];
    const res = await api.delete(`/v2/sender-profiles/${rotation.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, message: 'Sender profile deleted successfully' });
    expect((await profiles(acme)).map(p => p.name)).toEqual(['Acme Outbound overflow']);
    for (const path of [`/v2/sender-profiles/${rotation.id}`]) {
      const gone = await api.get(path);
      expect(gone.status).toBe(404);
      expect(gone.body.error.code).toBe('sender_profile_not_found');
    }
    expect((await api.delete(`/v2/sender-profiles/${rotation.id}`)).status).toBe(404);
    const alex = (await api.get(`/v2/senders/${sender('alex@acme-outbound.test').id}`)).body.data;
    expect(alex).toMatchObject({ sender_profile_id: null, sender_profile: null });
    expect((await api.get(`/v2/identities/${identity(acme, 'linkedin').id}`)).body.data.sender_profile).toBeNull();
    // A deleted profile cannot be joined.
    const join = await api.patch(`/v2/senders/${alex.id}`).send({ SenderProfileId: rotation.id });
    expect(join.status).toBe(400);
    expect(join.body.error.param).toBe('SenderProfileId');
  });
});

describe('snapshots', () => {
  it('carry profiles, their members and identities (deleted ones stay deleted)', async () => {
    const created = (await create({ team_id: globex, name: 'Imported', sender_ids: [sender('mia@globex.test').id] })).body.data;
    const deleted = (await profiles(acme))[1];
    await api.delete(`/v2/sender-profiles/${deleted.id}`);
    const copy = await copiedWorkspace(api);
    for (const team of [acme, globex]) {
      expect((await copy.get(`/v2/sender-profiles?team_id=${team}`)).body.data).toEqual(await profiles(team));
    }
    expect(emails((await copy.get(`/v2/sender-profiles/${created.id}`)).body.data.senders)).toEqual(['mia@globex.test']);
    expect((await copy.get(`/v2/sender-profiles/${deleted.id}`)).status).toBe(404);
  });
});
