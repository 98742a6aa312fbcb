/**
 * V2 blacklist: type derived from the item, normalisation, scope levels and their ids, 409 on a duplicate
 * at one scope, filters, search and sort, delete, the send-time lookup, and the entries in a snapshot.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { newCampaign, newTeam, type Json } from '../support/fixtures.js';
import { isBlacklisted } from '../../src/resources/supersend/blacklist/service.js';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

let api: TestApi;
let team: Json;
let other: Json;
let campaign: Json;
let otherCampaign: Json;

// A worker's first sandbox loads Faker and compiles the response checker: paid once here, with room for a
// busy machine, so each test's own setup stays within the hook timeout.
beforeAll(async () => {
  await createTestApi();
}, 120_000);

async function add(body: Json, status = 201): Promise<Json> {
  const res = await api.post('/v2/blacklist').send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return status === 201 ? res.body.data : res.body.error;
}

async function list(query = ''): Promise<Json> {
  const res = await api.get(`/v2/blacklist${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

beforeAll(async () => {
  api = await createTestApi({ seedData: false });
  await api.post('/__sandbox/clock').send({ action: 'freeze' });
  team = await newTeam(api, { name: 'Brightline Outbound' });
  other = await newTeam(api, { name: 'Globex' });
  campaign = await newCampaign(api, team.id, 'Q2 Enterprise Outreach');
  otherCampaign = await newCampaign(api, other.id, 'Globex intro');
});

describe('POST /v2/blacklist', () => {
  it('derives the type from the item and normalises it', async () => {
    const email = await add({ item: '  David.Kim@Northwind-Traders.com ', level: 'team', team_id: team.id });
    expect(email).toEqual({
      object: 'blacklist_item', id: expect.any(String), item: 'david.kim@northwind-traders.com', type: 'email', level: 'team', team_wide: true,
      team: { id: team.id, name: 'Brightline Outbound' }, campaign: null,
      created_by: { id: expect.any(String), name: 'Sandbox User', email: 'owner@sandbox.test' }, reason: 'manual',
      created_at: expect.any(String), updated_at: email.created_at,
    });
    const domain = await add({ item: 'RivalMetrics.COM', level: 'organization' });
    expect(domain).toMatchObject({ item: 'rivalmetrics.com', type: 'domain', level: 'organization', team_wide: false, team: null, campaign: null });
    const linkedin = await add({ item: 'www.LinkedIn.com/in/David-Kim-Northwind/?trk=x', level: 'campaign', campaign_id: campaign.id });
    expect(linkedin).toMatchObject({
      item: 'https://www.linkedin.com/in/david-kim-northwind', type: 'linkedin', level: 'campaign', team_wide: false,
      team: { id: team.id, name: 'Brightline Outbound' }, campaign: { id: campaign.id, name: 'Q2 Enterprise Outreach' },
    });
    const all = await list('?limit=100');
    expect(all.data.map((b: Json) => b.id)).toEqual([linkedin.id, domain.id, email.id]);
  });

  it('refuses an item that is no email, domain or LinkedIn URL, naming item', async () => {
    expect(await add({ item: 'not a domain', level: 'organization' }, 400)).toMatchObject({ code: 'validation_error', param: 'item' });
    expect(await add({ item: 'a@b', level: 'organization' }, 400)).toMatchObject({ code: 'validation_error', param: 'item' });
  });

  it('requires team_id for team level and campaign_id for campaign level', async () => {
    expect(await add({ item: 'x.test', level: 'team' }, 400)).toMatchObject({ code: 'missing_required_parameter', param: 'team_id' });
    expect(await add({ item: 'x.test', level: 'campaign', team_id: team.id }, 400)).toMatchObject({ code: 'missing_required_parameter', param: 'campaign_id' });
    expect(await add({ item: 'x.test', level: 'organization', team_id: team.id }, 400)).toMatchObject({ param: 'team_id' });
    expect(await add({ item: 'x.test', level: 'team', team_id: team.id, campaign_id: campaign.id }, 400)).toMatchObject({ param: 'campaign_id' });
  });

  it('checks the team and campaign it is scoped to', async () => {
    expect(await add({ item: 'x.test', level: 'team', team_id: UNKNOWN_ID }, 403)).toMatchObject({ code: 'team_access_denied', param: 'team_id' });
    expect(await add({ item: 'x.test', level: 'campaign', campaign_id: UNKNOWN_ID }, 404)).toMatchObject({ code: 'campaign_not_found' });
    expect(await add({ item: 'x.test', level: 'campaign', campaign_id: otherCampaign.id, team_id: team.id }, 400)).toMatchObject({ param: 'campaign_id' });
    expect((await list('?search=x.test')).data).toEqual([]);
  });

  it('answers 409 for the same item at the same scope, and takes it at another scope', async () => {
    await add({ item: 'dup@rival.test', level: 'team', team_id: other.id });
    expect(await add({ item: 'DUP@rival.test', level: 'team', team_id: other.id }, 409)).toMatchObject({
      type: 'conflict_error', code: 'blacklist_item_exists', message: 'Blacklist item already exists', param: 'item',
    });
    await add({ item: 'dup@rival.test', level: 'team', team_id: team.id });
    await add({ item: 'dup@rival.test', level: 'organization' });
    await add({ item: 'dup@rival.test', level: 'campaign', campaign_id: otherCampaign.id });
    expect((await list('?search=dup@')).pagination.total).toBe(4);
  });
});

describe('GET /v2/blacklist', () => {
  let seeded: Json[];
  beforeAll(async () => {
    const fresh = await createTestApi({ seedData: false });
    api = fresh;
    await api.post('/__sandbox/clock').send({ action: 'freeze' });
    team = await newTeam(api, { name: 'Acme' });
    other = await newTeam(api, { name: 'Globex' });
    campaign = await newCampaign(api, team.id, 'Acme launch');
    seeded = [];
    for (const body of [
      { item: 'zeta.test', level: 'organization' },
      { item: 'amy@acme-rival.test', level: 'team', team_id: team.id },
      { item: 'https://linkedin.com/in/bob', level: 'campaign', campaign_id: campaign.id },
      { item: 'beta.test', level: 'team', team_id: other.id },
    ]) {
      seeded.push(await add(body));
      api.sandbox.workspace('default')!.clock.advance(1000);
    }
  });

  it('lists newest first by default, with the documented pagination', async () => {
    const page = await list('?limit=2');
    expect(page.data.map((b: Json) => b.item)).toEqual(['beta.test', 'https://linkedin.com/in/bob']);
    expect(page.pagination).toEqual({ total: 4, limit: 2, offset: 0, has_more: true });
    expect((await list('?limit=2&offset=2')).data.map((b: Json) => b.item)).toEqual(['amy@acme-rival.test', 'zeta.test']);
  });

  it('filters by team, campaign, level, type and search', async () => {
    const items = async (q: string) => (await list(q)).data.map((b: Json) => b.item);
    expect(await items(`?team_id=${team.id}`)).toEqual(['https://linkedin.com/in/bob', 'amy@acme-rival.test']);
    expect(await items(`?campaign_id=${campaign.id}`)).toEqual(['https://linkedin.com/in/bob']);
    expect(await items('?level=organization')).toEqual(['zeta.test']);
    expect(await items('?type=domain')).toEqual(['beta.test', 'zeta.test']);
    expect(await items('?search=RIVAL')).toEqual(['amy@acme-rival.test']);
    const res = await api.get(`/v2/blacklist?team_id=${UNKNOWN_ID}`);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'team_access_denied', param: 'team_id' });
  });

  it('sorts by item, type and created_at in either direction', async () => {
    const items = async (q: string) => (await list(q)).data.map((b: Json) => b.item);
    expect(await items('?sort_by=item&sort_order=asc')).toEqual(['amy@acme-rival.test', 'beta.test', 'https://linkedin.com/in/bob', 'zeta.test']);
    expect(await items('?sort_by=type&sort_order=asc')).toEqual(['zeta.test', 'beta.test', 'amy@acme-rival.test', 'https://linkedin.com/in/bob']);
    expect(await items('?sort_by=created_at&sort_order=asc')).toEqual(seeded.map(b => b.item));
    expect((await api.get('/v2/blacklist?sort_by=name')).status).toBe(400);
  });

  it('isBlacklisted finds entries at organisation, team and campaign scope; a domain blocks every address there', async () => {
    const world = api.sandbox.workspace('default')!;
    const other2 = '00000000-0000-4000-8000-000000000001';
    expect(isBlacklisted(world, { email: 'Anyone@ZETA.test', teamId: other.id, campaignId: other2 })?.item).toBe('zeta.test');
    expect(isBlacklisted(world, { email: 'amy@acme-rival.test', teamId: team.id, campaignId: other2 })?.item).toBe('amy@acme-rival.test');
    expect(isBlacklisted(world, { email: 'amy@acme-rival.test', teamId: other.id, campaignId: other2 })).toBeUndefined();
    expect(isBlacklisted(world, { email: 'x@beta.test', teamId: other.id, campaignId: other2 })?.item).toBe('beta.test');
    expect(isBlacklisted(world, { email: 'x@beta.test', teamId: team.id, campaignId: campaign.id })).toBeUndefined();
    // One profile whichever LinkedIn host spells it.
    expect(isBlacklisted(world, { email: null, linkedin_url: 'https://www.linkedin.com/in/bob/', teamId: team.id, campaignId: campaign.id })?.type).toBe('linkedin');
    expect(isBlacklisted(world, { email: null, linkedin_url: 'https://linkedin.com/in/Bob/', teamId: team.id, campaignId: campaign.id })?.type).toBe('linkedin');
    expect(isBlacklisted(world, { email: null, linkedin_url: 'https://linkedin.com/in/bob', teamId: team.id, campaignId: other2 })).toBeUndefined();
  });

  it('round-trips through a workspace snapshot', async () => {
    const state = await api.get('/__sandbox/state');
    expect(state.body.supersend.blacklist).toHaveLength(4);
    const copy = await createTestApi({ seedData: false });
    const put = await copy.put('/__sandbox/state').send(state.body);
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.data.counts.blacklist).toBe(4);
    const strip = (res: { body: Json }) => ({ ...res.body, request_id: undefined });
    expect(strip(await copy.get('/v2/blacklist?sort_by=item'))).toEqual(strip(await api.get('/v2/blacklist?sort_by=item')));
    const dup = await copy.post('/v2/blacklist').send({ item: 'zeta.test', level: 'organization' });
    expect(dup.status).toBe(409);
  });
});

describe('DELETE /v2/blacklist/:id', () => {
  it('removes the entry from lists and from the lookup; a second delete is a 404', async () => {
    const world = api.sandbox.workspace('default')!;
    const entry = (await list('?search=zeta')).data[0];
    const res = await api.delete(`/v2/blacklist/${entry.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ success: true, message: 'Blacklist item deleted successfully' });
    expect((await list('?search=zeta')).data).toEqual([]);
    expect(isBlacklisted(world, { email: 'a@zeta.test', teamId: team.id, campaignId: campaign.id })).toBeUndefined();
    const again = await api.delete(`/v2/blacklist/${entry.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error).toMatchObject({ type: 'not_found_error', code: 'blacklist_item_not_found' });
    await add({ item: 'zeta.test', level: 'organization' });
  });
});

describe('the default data set', () => {
  it('holds entries at organisation, team and campaign level, system-added ones without created_by', { timeout: 120_000 }, async () => {
    const seeded = await createTestApi();
    const page = (await seeded.get('/v2/blacklist?limit=100')).body;
    const levels = new Set(page.data.map((b: Json) => b.level));
    expect(levels).toEqual(new Set(['organization', 'team', 'campaign']));
    expect(new Set(page.data.map((b: Json) => b.type))).toEqual(new Set(['email', 'domain', 'linkedin']));
    expect(page.data.filter((b: Json) => b.level === 'organization').every((b: Json) => b.team === null && b.campaign === null)).toBe(true);
    expect(page.data.some((b: Json) => b.created_by === null)).toBe(true);
    const teams = (await seeded.get('/v2/teams')).body.data.map((t: Json) => t.id);
    for (const b of page.data.filter((e: Json) => e.level !== 'organization')) {
      expect(teams).toContain(b.team.id);
      if (b.level === 'campaign') expect(b.campaign.name).toEqual(expect.any(String));
    }
  });
});
