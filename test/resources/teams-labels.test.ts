/**
 * V2 teams and labels: every rule is driven over HTTP and checked both in the answer and in the state
 * read back afterwards.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { newCampaign, newTeam, teamUsage } from '../support/fixtures.js';
import { createLabel } from '../../src/resources/supersend/labels/service.js';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('POST /v2/teams and GET /v2/teams/:id', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seedData: false });
  });

  it('creates a team with the given fields and defaults, readable by id with its members', async () => {
    const res = await api.post('/v2/teams').send({
      name: 'Contoso Sales',
      domain: 'https://contoso.test',
      about: 'Enterprise outbound',
      meeting_link: 'https://cal.test/contoso',
      meeting_link_text: 'Book a demo',
      auto_placement_testing: true,
    });
    expect(res.status).toBe(201);
    const team = res.body.data;
    expect(team).toMatchObject({
      name: 'Contoso Sales',
      domain: 'https://contoso.test',
      logo: null,
      about: 'Enterprise outbound',
      is_default: false,
      meeting_link: 'https://cal.test/contoso',
      meeting_link_text: 'Book a demo',
      auto_placement_testing: true,
      notification_email: null,
      member_count: 1,
      notification_email_preferences: {
        errorNotificationsEmail: true,
        successNotificationsEmail: true,
        warmingNotificationsEmail: true,
        newInboxActivityNotificationsEmail: true,
        linkedinInboxActivityNotificationsEmail: true,
        outOfContactsNotificationsEmail: true,
      },
    });
    expect(team.members).toBeUndefined();
    expect(team).not.toHaveProperty('contacts_limit');
    expect(team).not.toHaveProperty('credits_used');

    const got = await api.get(`/v2/teams/${team.id}`);
    expect(got.status).toBe(200);
    const { members, ...rest } = got.body.data;
    expect(rest).toEqual(team);
    expect(members).toEqual([
      { id: expect.any(String), email: 'owner@sandbox.test', first_name: 'Sandbox', last_name: 'User', role: 'org_admin', joined_at: team.created_at },
    ]);
  });

  it('answers an unknown team id with 404 team_not_found on get, update and usage', async () => {
    for (const res of [
      await api.get(`/v2/teams/${UNKNOWN_ID}`),
      await api.patch(`/v2/teams/${UNKNOWN_ID}`).send({ name: 'x' }),
      await api.get(`/v2/teams/${UNKNOWN_ID}/usage`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ type: 'not_found_error', code: 'team_not_found' });
    }
    const list = await api.get('/v2/teams?search=x');
    expect(list.body.data).toEqual([]);
  });

  it('rejects a team without a name and creates nothing', async () => {
    const before = (await api.get('/v2/teams')).body.pagination.total;
    const res = await api.post('/v2/teams').send({ about: 'no name' });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('name');
    expect((await api.get('/v2/teams')).body.pagination.total).toBe(before);
  });
});

describe('GET /v2/teams lists with search and pagination', () => {
  let api: TestApi;
  const names = ['Alpha Outbound', 'Beta Agency', 'Gamma Outbound', 'Delta Partners', 'alpha labs'];
  beforeAll(async () => {
    api = await createTestApi({ seedData: false });
    for (const name of names) await newTeam(api, { name });
  });

  it('lists every team with the default limit of 20', async () => {
    const res = await api.get('/v2/teams');
    expect(res.status).toBe(200);
    expect(res.body.data.map((t: { name: string }) => t.name)).toEqual(names);
    expect(res.body.pagination).toEqual({ total: 5, limit: 20, offset: 0, has_more: false });
    expect(res.body.data[0].members).toBeUndefined();
  });

  it('pages with limit and offset', async () => {
    const first = await api.get('/v2/teams?limit=2');
    expect(first.body.data.map((t: { name: string }) => t.name)).toEqual(names.slice(0, 2));
    expect(first.body.pagination).toEqual({ total: 5, limit: 2, offset: 0, has_more: true });
    const middle = await api.get('/v2/teams?limit=2&offset=2');
    expect(middle.body.data.map((t: { name: string }) => t.name)).toEqual(names.slice(2, 4));
    expect(middle.body.pagination).toEqual({ total: 5, limit: 2, offset: 2, has_more: true });
    const last = await api.get('/v2/teams?limit=2&offset=4');
    expect(last.body.data.map((t: { name: string }) => t.name)).toEqual(['alpha labs']);
    expect(last.body.pagination).toEqual({ total: 5, limit: 2, offset: 4, has_more: false });
    const past = await api.get('/v2/teams?limit=2&offset=10');
    expect(past.body.data).toEqual([]);
    expect(past.body.pagination).toEqual({ total: 5, limit: 2, offset: 10, has_more: false });
  });

  it('searches the team name case-insensitively', async () => {
    const res = await api.get('/v2/teams?search=ALPHA');
    expect(res.body.data.map((t: { name: string }) => t.name)).toEqual(['Alpha Outbound', 'alpha labs']);
    expect(res.body.pagination).toEqual({ total: 2, limit: 20, offset: 0, has_more: false });
    const paged = await api.get('/v2/teams?search=outbound&limit=1');
    expect(paged.body.data.map((t: { name: string }) => t.name)).toEqual(['Alpha Outbound']);
    expect(paged.body.pagination).toEqual({ total: 2, limit: 1, offset: 0, has_more: true });
    expect((await api.get('/v2/teams?search=zzz')).body.pagination.total).toBe(0);
  });

  it('rejects a limit above 100', async () => {
    const res = await api.get('/v2/teams?limit=101');
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('limit');
  });
});

describe('PATCH /v2/teams/:id', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seedData: false });
  });

  it('changes only the fields sent', async () => {
    const team = await newTeam(api, { name: 'Before', about: 'keep me', domain: 'https://a.test' });
    const res = await api.patch(`/v2/teams/${team.id}`).send({ name: 'After', meeting_link_text: 'Grab 20 minutes', auto_placement_testing_frequency: 14 });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: team.id, name: 'After', about: 'keep me', domain: 'https://a.test', meeting_link_text: 'Grab 20 minutes', auto_placement_testing_frequency: 14 });
    const got = (await api.get(`/v2/teams/${team.id}`)).body.data;
    expect(got).toMatchObject({ name: 'After', about: 'keep me', domain: 'https://a.test', meeting_link_text: 'Grab 20 minutes', auto_placement_testing_frequency: 14, created_at: team.created_at });
    expect(Date.parse(got.updated_at)).toBeGreaterThanOrEqual(Date.parse(team.updated_at));
  });

  it('sets notification_email and removes it with "" or null', async () => {
    const team = await newTeam(api);
    const set = await api.patch(`/v2/teams/${team.id}`).send({ notification_email: 'alerts@northwind.test' });
    expect(set.body.data.notification_email).toBe('alerts@northwind.test');
    expect((await api.get(`/v2/teams/${team.id}`)).body.data.notification_email).toBe('alerts@northwind.test');

    const cleared = await api.patch(`/v2/teams/${team.id}`).send({ notification_email: '' });
    expect(cleared.status).toBe(200);
    expect(cleared.body.data.notification_email).toBeNull();
    expect((await api.get(`/v2/teams/${team.id}`)).body.data.notification_email).toBeNull();

    await api.patch(`/v2/teams/${team.id}`).send({ notification_email: 'again@northwind.test' });
    const nulled = await api.patch(`/v2/teams/${team.id}`).send({ notification_email: null });
    expect(nulled.body.data.notification_email).toBeNull();
    expect((await api.get(`/v2/teams/${team.id}`)).body.data.notification_email).toBeNull();

    // An unrelated update leaves a set address alone.
    await api.patch(`/v2/teams/${team.id}`).send({ notification_email: 'kept@northwind.test' });
    await api.patch(`/v2/teams/${team.id}`).send({ about: 'x' });
    expect((await api.get(`/v2/teams/${team.id}`)).body.data.notification_email).toBe('kept@northwind.test');
  });

  it('rejects a notification_email that is not an address', async () => {
    const team = await newTeam(api);
    const res = await api.patch(`/v2/teams/${team.id}`).send({ notification_email: 'not-an-email' });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('notification_email');
    expect((await api.get(`/v2/teams/${team.id}`)).body.data.notification_email).toBeNull();
  });

  it('merges notification_email_preferences: only the keys sent change', async () => {
    const team = await newTeam(api);
    const first = await api.patch(`/v2/teams/${team.id}`).send({ notification_email_preferences: { successNotificationsEmail: false } });
    const expected = {
      errorNotificationsEmail: true,
      successNotificationsEmail: false,
      warmingNotificationsEmail: true,
      newInboxActivityNotificationsEmail: true,
      linkedinInboxActivityNotificationsEmail: true,
      outOfContactsNotificationsEmail: true,
    };
    expect(first.body.data.notification_email_preferences).toEqual(expected);
    const second = await api.patch(`/v2/teams/${team.id}`).send({ notification_email_preferences: { warmingNotificationsEmail: false, errorNotificationsEmail: true } });
    expect(second.body.data.notification_email_preferences).toEqual({ ...expected, warmingNotificationsEmail: false });
    expect((await api.get(`/v2/teams/${team.id}`)).body.data.notification_email_preferences).toEqual({ ...expected, warmingNotificationsEmail: false });
    // Another team's preferences are untouched (no shared default object).
    const other = await newTeam(api);
    expect((await api.get(`/v2/teams/${other.id}`)).body.data.notification_email_preferences.successNotificationsEmail).toBe(true);
  });

  it('merges inbox_auto_tag_settings and replaces inbox_super_views', async () => {
    const team = await newTeam(api);
    await api.patch(`/v2/teams/${team.id}`).send({ inbox_auto_tag_settings: { auto_tag_bounced: true } });
    const views = [{ id: 'hot', name: 'Hot leads', filters: { mood: 'positive' }, visible: true, order: 0 }];
    await api.patch(`/v2/teams/${team.id}`).send({ inbox_auto_tag_settings: { auto_tag_opt_out: true }, inbox_super_views: views });
    const got = (await api.get(`/v2/teams/${team.id}`)).body.data;
    expect(got.inbox_auto_tag_settings).toEqual({ auto_tag_bounced: true, auto_tag_opt_out: true, auto_tag_out_of_office: false });
    expect(got.inbox_super_views).toEqual(views);
  });

  it('rejects an unknown preference key and a frequency outside 7/14/30', async () => {
    const team = await newTeam(api);
    const badKey = await api.patch(`/v2/teams/${team.id}`).send({ notification_email_preferences: { smsNotifications: false } });
    expect(badKey.status).toBe(400);
    const badFrequency = await api.patch(`/v2/teams/${team.id}`).send({ auto_placement_testing_frequency: 10 });
    expect(badFrequency.status).toBe(400);
    expect(badFrequency.body.error.param).toBe('auto_placement_testing_frequency');
    const got = (await api.get(`/v2/teams/${team.id}`)).body.data;
    expect(got.auto_placement_testing_frequency).toBeNull();
    expect(got.notification_email_preferences).not.toHaveProperty('smsNotifications');
  });
});

describe('GET /v2/teams/:id/usage is derived from state', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seedData: false });
  });

  it('starts at zero for a new team', async () => {
    const team = await newTeam(api, { name: 'Usage' });
    expect(await teamUsage(api, team.id)).toEqual({
      team_id: team.id,
      team_name: 'Usage',
      contacts_used: 0,
      contacts_limit: 10_000,
      usage_percentage: 0,
      is_at_limit: false,
      campaigns_count: 0,
      email_validation_credits_used: 0,
    });
  });

  it('counts the team profiles (not enrollments), its campaigns and its validation credits', async () => {
    const team = await newTeam(api, { name: 'Counting' });
    const other = await newTeam(api, { name: 'Other' });
    const c1 = await newCampaign(api, team.id, 'One');
    const c2 = await newCampaign(api, team.id, 'Two');
    await newCampaign(api, other.id, 'Elsewhere');

    // One person in two campaigns is one profile; a profile-only upsert is a profile too.
    await api.post('/v2/contacts').send({ TeamId: team.id, CampaignId: c1.id, email: 'ann@acme.test' }).expect(201);
    await api.post('/v2/contacts').send({ TeamId: team.id, CampaignId: c2.id, email: 'ann@acme.test' }).expect(201);
    await api.post('/v2/contacts').send({ TeamId: team.id, linkedin_url: 'https://linkedin.com/in/bob' }).expect(201);
    await api.post('/v2/contacts').send({ TeamId: other.id, email: 'carl@acme.test' }).expect(201);

    let u = await teamUsage(api, team.id);
    expect(u).toMatchObject({ contacts_used: 2, campaigns_count: 2, email_validation_credits_used: 0 });
    expect((await teamUsage(api, other.id)).contacts_used).toBe(1);

    await api.post('/v2/contacts').send({ TeamId: team.id, email: 'dora@acme.test', validate_emails: true }).expect(201);
    await api.post('/v2/contacts').send({ TeamId: team.id, CampaignId: c1.id, email: 'eve@acme.test', validate_emails: true }).expect(201);
    u = await teamUsage(api, team.id);
    expect(u).toMatchObject({ contacts_used: 4, email_validation_credits_used: 2 });
    expect((await teamUsage(api, other.id)).email_validation_credits_used).toBe(0);

    // Deleting an enrollment keeps the team's profile.
    const list = await api.get(`/v2/contacts?TeamId=${team.id}&email=eve@acme.test`);
    await api.delete(`/v2/contacts/${list.body.data[0].id}`).expect(200);
    expect((await teamUsage(api, team.id)).contacts_used).toBe(4);
  });

  it('computes usage_percentage and is_at_limit from the limit', async () => {
    const team = await newTeam(api, { name: 'Small plan' });
    // No endpoint sets the limit; shrink it in state so the arithmetic is observable.
    api.sandbox.workspace('default')!.stores.supersend.teams.get(team.id)!.contacts_limit = 8;
    for (let i = 0; i < 3; i++) await api.post('/v2/contacts').send({ TeamId: team.id, email: `p${i}@acme.test` }).expect(201);
    expect(await teamUsage(api, team.id)).toMatchObject({ contacts_used: 3, contacts_limit: 8, usage_percentage: 38, is_at_limit: false });
    for (let i = 3; i < 8; i++) await api.post('/v2/contacts').send({ TeamId: team.id, email: `p${i}@acme.test` }).expect(201);
    expect(await teamUsage(api, team.id)).toMatchObject({ contacts_used: 8, usage_percentage: 100, is_at_limit: true });
  });

  it('stops counting a campaign once it is archived or deleted', async () => {
    const team = await newTeam(api);
    const draft = await newCampaign(api, team.id, 'Draft');
    const live = await newCampaign(api, team.id, 'Live', { is_draft: false });
    const kept = await newCampaign(api, team.id, 'Kept');
    expect((await teamUsage(api, team.id)).campaigns_count).toBe(3);
    await api.delete(`/v2/campaigns/${draft.id}`).expect(200);
    expect((await teamUsage(api, team.id)).campaigns_count).toBe(2);
    const archived = await api.delete(`/v2/campaigns/${live.id}`);
    expect(archived.body.message).toBe('Campaign archived successfully');
    expect((await teamUsage(api, team.id)).campaigns_count).toBe(1);
    expect((await api.get(`/v2/campaigns/${kept.id}`)).status).toBe(200);
  });
});

describe('/v2/labels', () => {
  let api: TestApi;
  let team: Record<string, any>;
  let otherTeam: Record<string, any>;
  beforeAll(async () => {
    api = await createTestApi({ seedData: false });
    team = await newTeam(api, { name: 'Labels' });
    otherTeam = await newTeam(api, { name: 'Other labels' });
  });

  const labelNames = async (teamId: string, query = '') =>
    (await api.get(`/v2/labels?team_id=${teamId}${query}`)).body.data.map((l: { name: string }) => l.name);

  it('creates a label stored lowercase, defaulting applies_to to conversation, readable by id', async () => {
    const res = await api.post('/v2/labels').send({ name: 'Hot Lead', color: '#2E7D32', team_id: team.id });
    expect(res.status).toBe(201);
    expect(res.body.data).toEqual({
      object: 'label',
      id: expect.any(String),
      name: 'hot lead',
      color: '#2E7D32',
      team_id: team.id,
      org_id: expect.any(String),
      applies_to: 'conversation',
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    const got = await api.get(`/v2/labels/${res.body.data.id}`);
    expect(got.status).toBe(200);
    expect(got.body.data).toEqual(res.body.data);
    expect(await labelNames(team.id)).toContain('hot lead');
  });

  it('stores each applies_to value', async () => {
    for (const applies_to of ['contact', 'conversation', 'both'] as const) {
      const res = await api.post('/v2/labels').send({ name: `scope-${applies_to}`, color: '#123', team_id: team.id, applies_to });
      expect(res.status).toBe(201);
      expect((await api.get(`/v2/labels/${res.body.data.id}`)).body.data.applies_to).toBe(applies_to);
    }
    const bad = await api.post('/v2/labels').send({ name: 'scope-bad', color: '#123', team_id: team.id, applies_to: 'campaign' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('applies_to');
    expect(await labelNames(team.id, '&search=scope-bad')).toEqual([]);
  });

  it('refuses a name that already exists in the team, case-insensitively, with 409', async () => {
    const first = await api.post('/v2/labels').send({ name: 'Partner', color: '#111111', team_id: team.id });
    expect(first.status).toBe(201);
    const again = await api.post('/v2/labels').send({ name: 'PARTNER', color: '#222222', team_id: team.id });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ type: 'conflict_error', code: 'label_already_exists', param: 'name' });
    expect(await labelNames(team.id, '&search=partner')).toEqual(['partner']);
    expect((await api.get(`/v2/labels/${first.body.data.id}`)).body.data.color).toBe('#111111');
  });

  it('allows the same name in another team', async () => {
    await api.post('/v2/labels').send({ name: 'shared', color: '#111111', team_id: team.id }).expect(201);
    const res = await api.post('/v2/labels').send({ name: 'Shared', color: '#222222', team_id: otherTeam.id });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ name: 'shared', team_id: otherTeam.id });
    expect(await labelNames(otherTeam.id, '&search=shared')).toEqual(['shared']);
    expect(await labelNames(team.id, '&search=shared')).toEqual(['shared']);
  });

  it('updates name (lowercased), color and applies_to', async () => {
    const label = (await api.post('/v2/labels').send({ name: 'draft-name', color: '#111111', team_id: team.id })).body.data;
    const res = await api.patch(`/v2/labels/${label.id}`).send({ name: 'Final Name', color: '#1565C0', applies_to: 'both' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: label.id, name: 'final name', color: '#1565C0', applies_to: 'both', team_id: team.id });
    expect((await api.get(`/v2/labels/${label.id}`)).body.data).toMatchObject({ name: 'final name', color: '#1565C0', applies_to: 'both' });
    expect(await labelNames(team.id, '&search=draft-name')).toEqual([]);
    // Renaming a label to its own name in another case is not a clash.
    const self = await api.patch(`/v2/labels/${label.id}`).send({ name: 'FINAL NAME' });
    expect(self.status).toBe(200);
    expect(self.body.data.name).toBe('final name');
  });

  it('refuses a rename to another live label name with 409 and leaves both labels as they were', async () => {
    const a = (await api.post('/v2/labels').send({ name: 'rename-a', color: '#111111', team_id: team.id })).body.data;
    const b = (await api.post('/v2/labels').send({ name: 'rename-b', color: '#222222', team_id: team.id })).body.data;
    const res = await api.patch(`/v2/labels/${b.id}`).send({ name: 'Rename-A', color: '#333333' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'label_already_exists', param: 'name' });
    expect((await api.get(`/v2/labels/${a.id}`)).body.data.name).toBe('rename-a');
    expect((await api.get(`/v2/labels/${b.id}`)).body.data).toMatchObject({ name: 'rename-b', color: '#222222' });
  });

  it('soft-deletes: GET answers 404 label_not_found, the list hides it, a second delete is 404', async () => {
    const label = (await api.post('/v2/labels').send({ name: 'temporary', color: '#111111', team_id: team.id })).body.data;
    const res = await api.delete(`/v2/labels/${label.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, message: 'Label deleted successfully' });
    const got = await api.get(`/v2/labels/${label.id}`);
    expect(got.status).toBe(404);
    expect(got.body.error).toMatchObject({ type: 'not_found_error', code: 'label_not_found' });
    expect(await labelNames(team.id, '&search=temporary')).toEqual([]);
    expect((await api.delete(`/v2/labels/${label.id}`)).status).toBe(404);
    expect((await api.patch(`/v2/labels/${label.id}`).send({ color: '#000000' })).status).toBe(404);
  });

  it('restores a deleted label when its name is created again', async () => {
    const label = (await api.post('/v2/labels').send({ name: 'comeback', color: '#111111', team_id: team.id, applies_to: 'contact' })).body.data;
    await api.delete(`/v2/labels/${label.id}`).expect(200);
    const res = await api.post('/v2/labels').send({ name: 'ComeBack', color: '#222222', team_id: team.id });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ id: label.id, name: 'comeback', color: '#222222', applies_to: 'contact' });
    expect((await api.get(`/v2/labels/${label.id}`)).body.data).toMatchObject({ name: 'comeback', color: '#222222' });
    const listed = (await api.get(`/v2/labels?team_id=${team.id}&search=comeback`)).body;
    expect(listed.data.map((l: { id: string }) => l.id)).toEqual([label.id]);
    expect(listed.pagination.total).toBe(1);
  });

  it('renaming onto a deleted label name, then creating that name, never yields two live labels of one name', async () => {
    const old = (await api.post('/v2/labels').send({ name: 'ghost', color: '#111111', team_id: team.id })).body.data;
    await api.delete(`/v2/labels/${old.id}`).expect(200);
    const other = (await api.post('/v2/labels').send({ name: 'phantom', color: '#222222', team_id: team.id })).body.data;
    const renamed = await api.patch(`/v2/labels/${other.id}`).send({ name: 'Ghost' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.name).toBe('ghost');
    const create = await api.post('/v2/labels').send({ name: 'ghost', color: '#333333', team_id: team.id });
    expect(create.status).toBe(409);
    expect(create.body.error.code).toBe('label_already_exists');
    const listed = (await api.get(`/v2/labels?team_id=${team.id}&search=ghost`)).body;
    expect(listed.data.map((l: { id: string }) => l.id)).toEqual([other.id]);
    expect((await api.get(`/v2/labels/${old.id}`)).status).toBe(404);
  });

  it('lists a team its own labels plus org-wide ones, never another team labels', async () => {
    const t = await newTeam(api, { name: 'Scoped' });
    const o = await newTeam(api, { name: 'Scoped other' });
    // Org-wide (legacy) labels have no create endpoint; put one in state.
    createLabel(api.sandbox.workspace('default')!, { name: 'Org Wide', color: '#000000', team_id: null, applies_to: 'both' });
    await api.post('/v2/labels').send({ name: 'mine', color: '#111111', team_id: t.id }).expect(201);
    await api.post('/v2/labels').send({ name: 'theirs', color: '#111111', team_id: o.id }).expect(201);
    const res = await api.get(`/v2/labels?team_id=${t.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((l: { name: string; team_id: string | null }) => [l.name, l.team_id])).toEqual([
      ['org wide', null],
      ['mine', t.id],
    ]);
    expect(res.body.pagination).toEqual({ total: 2, limit: 50, offset: 0, has_more: false });
    expect(await labelNames(o.id)).toEqual(['org wide', 'theirs']);
  });

  it('pages and searches the list', async () => {
    const t = await newTeam(api, { name: 'Paging labels' });
    for (const name of ['red', 'green', 'blue', 'dark red']) await api.post('/v2/labels').send({ name, color: '#abcdef', team_id: t.id }).expect(201);
    const page = await api.get(`/v2/labels?team_id=${t.id}&search=RED&limit=1&offset=1`);
    expect(page.body.pagination).toEqual({ total: 2, limit: 1, offset: 1, has_more: false });
    // The org-wide label created above is listed for every team.
    const all = await api.get(`/v2/labels?team_id=${t.id}&limit=2`);
    expect(all.body.pagination).toEqual({ total: 5, limit: 2, offset: 0, has_more: true });
    expect(page.body.data.map((l: { name: string }) => l.name)).toEqual(['dark red']);
  });

  it('needs team_id on the list and a reachable team on list and create', async () => {
    const missing = await api.get('/v2/labels');
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ code: 'missing_required_parameter', param: 'team_id' });
    const unknownList = await api.get(`/v2/labels?team_id=${UNKNOWN_ID}`);
    expect(unknownList.status).toBe(403);
    expect(unknownList.body.error).toMatchObject({ code: 'team_access_denied', param: 'team_id' });
    const unknownCreate = await api.post('/v2/labels').send({ name: 'nowhere', color: '#111111', team_id: UNKNOWN_ID });
    expect(unknownCreate.status).toBe(403);
    expect(unknownCreate.body.error.code).toBe('team_access_denied');
    expect(await labelNames(team.id, '&search=nowhere')).toEqual([]);
  });

  it('rejects a colour that is not hex', async () => {
    const res = await api.post('/v2/labels').send({ name: 'badcolour', color: 'green', team_id: team.id });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('color');
    expect(await labelNames(team.id, '&search=badcolour')).toEqual([]);
  });

  it('answers an unknown label id with 404 label_not_found', async () => {
    for (const res of [
      await api.get(`/v2/labels/${UNKNOWN_ID}`),
      await api.patch(`/v2/labels/${UNKNOWN_ID}`).send({ color: '#000000' }),
      await api.delete(`/v2/labels/${UNKNOWN_ID}`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('label_not_found');
    }
  });
});
