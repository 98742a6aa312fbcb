/**
 * Identities (openapi.yaml listIdentities, getIdentity, updateIdentity, deleteIdentity; the control
 * document's ctlConnectIdentity) over the default data set: filters, settings merged and checked,
 * profile moves, soft delete, connecting and reconnecting an account, and the snapshot round trip.
 */
import { describe, expect, it } from 'vitest';
import type { TestApi } from '../support/api.js';
import { copiedWorkspace, eachSeededSandbox, listFromState, type Json } from '../support/fixtures.js';

const UNKNOWN_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

let api: TestApi;
let acme: string;
let globex: string;

eachSeededSandbox(s => ({ api, acme, globex } = s));

const identities = (query = '') => listFromState(api, `/v2/identities${query}`);

const summary = (rows: Json[]) => rows.map(x => `${x.type}:${x.username}:${x.status}`);

async function acmeLinkedin(): Promise<Json> {
  return (await identities(`?team_id=${acme}&type=linkedin&status=active`))[0];
}

describe('GET /v2/identities', () => {
  it('lists identities with their settings and profile, filtered by team, type and status', async () => {
    expect(summary(await identities())).toEqual([
      'linkedin:Alex Kim:active', 'twitter:Alex Kim:active', 'linkedin:Jordan Lee:disconnected',
      'linkedin:Lena Vogel:active', 'twitter:Lena Vogel:active',
    ]);
    expect(summary(await identities(`?team_id=${globex}`))).toEqual(['linkedin:Lena Vogel:active', 'twitter:Lena Vogel:active']);
    expect(summary(await identities('?type=twitter'))).toEqual(['twitter:Alex Kim:active', 'twitter:Lena Vogel:active']);
    const [broken] = await identities('?status=disconnected');
    expect(broken).toMatchObject({ object: 'identity', first_name: 'Jordan', team_id: acme, sender_profile: null });
    expect(broken.error).toMatch(/reconnect/);
    const alex = await acmeLinkedin();
    expect(alex.settings).toEqual({
      max_messages_per_day: 40, max_connection_requests_per_day: 15, max_profile_visits_per_day: 80, max_likes_per_day: 25,
      action_cooldown_seconds: 90, timezone: 'America/New_York', days: [1, 2, 3, 4, 5], hours: [{ start: '09:00', end: '17:00' }],
    });
    expect(alex.sender_profile.name).toBe('Alex rotation');
    expect((await api.get(`/v2/identities?team_id=${UNKNOWN_ID}`)).status).toBe(403);
  });

  it('answers one identity, and 404 identity_not_found for an unknown id', async () => {
    const alex = await acmeLinkedin();
    expect((await api.get(`/v2/identities/${alex.id}`)).body.data).toEqual(alex);
    const missing = await api.get(`/v2/identities/${UNKNOWN_ID}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('identity_not_found');
  });
});

describe('PATCH /v2/identities/:id', () => {
  it('merges settings: keys sent change, the others keep their value', async () => {
    const alex = await acmeLinkedin();
    const res = await api.patch(`/v2/identities/${alex.id}`).send({ settings: { max_messages_per_day: 60, timezone: 'Europe/Paris', days: [1, 3], hours: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '18:30' }] } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.settings).toEqual({
      ...alex.settings, max_messages_per_day: 60, timezone: 'Europe/Paris', days: [1, 3], hours: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '18:30' }],
    });
    expect((await api.get(`/v2/identities/${alex.id}`)).body.data.settings).toEqual(res.body.data.settings);
  });

  it.each([
    [{ max_messages_per_day: 151 }, 'settings.max_messages_per_day'],
    [{ max_connection_requests_per_day: -1 }, 'settings.max_connection_requests_per_day'],
    [{ action_cooldown_seconds: 3601 }, 'settings.action_cooldown_seconds'],
    [{ timezone: 'Mars/Olympus_Mons' }, 'settings.timezone'],
    [{ days: [1, 7] }, 'settings.days[1]'],
    [{ hours: [{ start: '17:00', end: '09:00' }] }, 'settings.hours[0].end'],
    [{ hours: [{ start: '9am', end: '17:00' }] }, 'settings.hours[0].start'],
    [{ max_posts_per_day: 3 }, 'settings.max_posts_per_day'],
  ])('refuses settings %j with 400 naming %s, and changes nothing', async (settings, param) => {
    const alex = await acmeLinkedin();
    const res = await api.patch(`/v2/identities/${alex.id}`).send({ settings });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.param).toBe(param);
    expect((await api.get(`/v2/identities/${alex.id}`)).body.data).toEqual(alex);
  });

  it('moves the identity to a profile of its team (displacing that profile\'s one), and detaches it with null', async () => {
    const alex = await acmeLinkedin();
    const overflow = (await api.get(`/v2/sender-profiles?team_id=${acme}&name=overflow`)).body.data[0];
    const moved = await api.patch(`/v2/identities/${alex.id}`).send({ sender_profile_id: overflow.id });
    expect(moved.status).toBe(200);
    expect(moved.body.data.sender_profile).toEqual({ id: overflow.id, name: 'Acme Outbound overflow' });
    const profiles = (await api.get(`/v2/sender-profiles?team_id=${acme}`)).body.data as Json[];
    expect(profiles.map(p => p.linkedin_identity?.id ?? null)).toEqual([null, alex.id]);

    const out = await api.patch(`/v2/identities/${alex.id}`).send({ sender_profile_id: null });
    expect(out.body.data.sender_profile).toBeNull();
    expect((await api.get(`/v2/sender-profiles/${overflow.id}`)).body.data.linkedin_identity).toBeNull();
  });

  it('refuses a profile of another team with 400 naming sender_profile_id', async () => {
    const alex = await acmeLinkedin();
    const globexProfile = (await api.get(`/v2/sender-profiles?team_id=${globex}`)).body.data[0];
    const res = await api.patch(`/v2/identities/${alex.id}`).send({ sender_profile_id: globexProfile.id });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('sender_profile_id');
    expect((await api.get(`/v2/identities/${alex.id}`)).body.data.sender_profile.name).toBe('Alex rotation');
  });
});

describe('DELETE /v2/identities/:id', () => {
  it('soft-deletes and detaches it from its profile', async () => {
    const alex = await acmeLinkedin();
    const res = await api.delete(`/v2/identities/${alex.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, message: 'Identity deleted successfully' });
    expect((await api.get(`/v2/identities/${alex.id}`)).status).toBe(404);
    expect((await api.delete(`/v2/identities/${alex.id}`)).status).toBe(404);
    expect(summary(await identities(`?team_id=${acme}`))).toEqual(['twitter:Alex Kim:active', 'linkedin:Jordan Lee:disconnected']);
    const rotation = (await api.get(`/v2/sender-profiles?team_id=${acme}`)).body.data[0];
    expect(rotation.linkedin_identity).toBeNull();
    expect(rotation.twitter_identity).not.toBeNull();
  });
});

describe('POST /__sandbox/identities', () => {
  it('connects an account (201) with default settings, optionally onto a profile', async () => {
    const overflow = (await api.get(`/v2/sender-profiles?team_id=${globex}&name=overflow`)).body.data[0];
    const res = await api.post('/__sandbox/identities').send({
      team_id: globex, type: 'linkedin', handle: 'mia-schulz', username: 'Mia Schulz', first_name: 'Mia', last_name: 'Schulz',
      settings: { max_likes_per_day: 5 }, sender_profile_id: overflow.id,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.data).toMatchObject({
      object: 'identity', type: 'linkedin', handle: 'mia-schulz', status: 'active', error: null, team_id: globex,
      sender_profile: { id: overflow.id, name: 'Globex Sales overflow' },
    });
    expect(res.body.data.settings).toMatchObject({ max_likes_per_day: 5, max_messages_per_day: 40, timezone: 'UTC' });
    expect((await api.get(`/v2/identities/${res.body.data.id}`)).body.data).toEqual(res.body.data);
    expect((await api.get(`/v2/sender-profiles/${overflow.id}`)).body.data.linkedin_identity.id).toBe(res.body.data.id);
  });

  it('reconnects the same account (200): status active again, error cleared, same id', async () => {
    const [broken] = await identities('?status=disconnected');
    const res = await api.post('/__sandbox/identities').send({ team_id: acme, type: 'linkedin', handle: broken.handle.toUpperCase() });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: broken.id, status: 'active', error: null, username: 'Jordan Lee' });
    expect(await identities('?status=disconnected')).toEqual([]);
  });

  it('refuses a team of no workspace (403) and bad settings (400), connecting nothing', async () => {
    const other = await api.post('/__sandbox/identities').send({ team_id: UNKNOWN_ID, type: 'twitter', handle: 'x' });
    expect(other.status).toBe(403);
    expect(other.body.error).toMatchObject({ code: 'team_access_denied', param: 'team_id' });
    const bad = await api.post('/__sandbox/identities').send({ team_id: acme, type: 'twitter', handle: 'x', settings: { timezone: 'Nowhere/Else' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('settings.timezone');
    expect(await identities()).toHaveLength(5);
  });
});

describe('snapshots', () => {
  it('carry identities, their settings, profiles and deletions', async () => {
    const alex = await acmeLinkedin();
    await api.patch(`/v2/identities/${alex.id}`).send({ settings: { max_likes_per_day: 3 } });
    const [broken] = await identities('?status=disconnected');
    await api.delete(`/v2/identities/${broken.id}`);
    const copy = await copiedWorkspace(api);
    expect((await copy.get('/v2/identities')).body.data).toEqual(await identities());
    expect((await copy.get(`/v2/identities/${broken.id}`)).status).toBe(404);
  });
});
