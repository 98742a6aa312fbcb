/**
 * List pages are answered from views cached until the state changes (src/resources/view-cache.ts). After
 * each kind of change a warm page must show it: every item of the list equals the contact read alone
 * (GET by id never uses the cache), and the change itself is there.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { advanceClock, enroll, newCampaign, newTeam, type Json } from '../support/fixtures.js';
import { cachedPage } from '../../src/resources/view-cache.js';

let api: TestApi;
let team: Json;
let campaign: Json;
let contacts: Json[];

beforeEach(async () => {
  api = await createTestApi({ seedData: false });
  team = await newTeam(api, { name: 'Acme' });
  campaign = await newCampaign(api, team.id, 'Q3 Outreach');
  await api.post('/v2/labels').send({ name: 'VIP', color: '#123456', team_id: team.id, applies_to: 'contact' }).expect(201);
  contacts = [];
  for (const name of ['ada', 'bob', 'cy']) {
    contacts.push(await enroll(api, { TeamId: team.id, CampaignId: campaign.id, email: `${name}@acme.test`, first_name: name, labels: ['vip'] }));
  }
  // Twice: the second page is answered from the cache the first one filled.
  await page();
});

/** The V2 page of the team's contacts, each item checked against the contact read alone. */
async function page(): Promise<Json[]> {
  const res = await api.get(`/v2/contacts?TeamId=${team.id}&limit=20`);
  expect(res.status).toBe(200);
  for (const item of res.body.data) {
    const alone = await api.get(`/v2/contacts/${item.id}`);
    expect(item).toEqual(alone.body.data);
  }
  return res.body.data;
}

const byId = (items: Json[], id: string) => items.find(c => c.id === id);

describe('a warm V2 contact page shows every change', () => {
  it('an update of the contact', async () => {
    await api.patch(`/v2/contacts/${contacts[0].id}`).send({ first_name: 'Adeline' }).expect(200);
    expect(byId(await page(), contacts[0].id)?.first_name).toBe('Adeline');
  });

  it('a renamed campaign and a renamed label, which the contact only points at', async () => {
    await api.patch(`/v2/campaigns/${campaign.id}`).send({ name: 'Q3 Outreach (final)' }).expect(200);
    const label = (await api.get(`/v2/labels?team_id=${team.id}`)).body.data[0];
    await api.patch(`/v2/labels/${label.id}`).send({ name: 'Key account' }).expect(200);
    for (const item of await page()) {
      expect(item.Campaign.name).toBe('Q3 Outreach (final)');
      expect(item.labels.map((l: Json) => l.name)).toEqual(['key account']);
    }
  });

  it('an engagement the engine applies', async () => {
    const res = await api.post('/__sandbox/engagements').send({ contact_id: contacts[1].id, type: 'reply', category: 'interested' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(byId(await page(), contacts[1].id)).toMatchObject({ replied: true, interest: 'interested' });
  });

  it('a deleted contact', async () => {
    await api.delete(`/v2/contacts/${contacts[2].id}`).expect(200);
    expect((await page()).map(c => c.id).sort()).toEqual([contacts[0].id, contacts[1].id].sort());
  });

  it('nothing of a write that was undone', async () => {
    const before = await page();
    api.sandbox.workspace('default')!.writes.failNextWriteAfter(1);
    const failed = await api.patch(`/v2/contacts/${contacts[0].id}`).send({ first_name: 'Never', last_name: 'Kept' });
    expect(failed.status).toBe(500);
    expect(await page()).toEqual(before);
  });
});

describe('a warm secret-key contact page shows every change', () => {
  async function skPage(): Promise<Json[]> {
    const res = await api.get('/contacts?limit=20');
    expect(res.status).toBe(200);
    for (const item of res.body.data) expect(item).toEqual((await api.get(`/contacts/${item.id}`)).body);
    return res.body.data;
  }

  it('updates, deletes and a bulk job that finishes on the clock', async () => {
    const made = [];
    for (const email of ['one@sk.test', 'two@sk.test', 'three@sk.test']) made.push((await api.post('/contacts').send({ email, data: { plan: 'free' } })).body);
    await skPage();
    await api.patch(`/contacts/${made[0].id}`).send({ data: { plan: 'pro' } }).expect(200);
    expect(byId(await skPage(), made[0].id)?.data).toEqual({ plan: 'pro' });
    await api.delete(`/contacts/${made[1].id}`).expect(204);
    expect((await skPage()).map(c => c.id)).not.toContain(made[1].id);
    const job = await api.post('/contacts/bulk-unsubscribe').send({ mode: 'ids', contactIds: [made[2].id] });
    expect(job.status, JSON.stringify(job.body)).toBe(202);
    await advanceClock(api, 60);
    expect(byId(await skPage(), made[2].id)?.subscribed).toBe(false);
  });
});

describe('a page asked again unchanged', () => {
  const path = () => `/v2/contacts?TeamId=${team.id}&limit=20`;

  it('is the same answer, with its own request_id last and an exact Content-Length', async () => {
    // A change elsewhere empties the cache: the first page is built, the second sent as kept.
    await api.post('/v2/teams').send({ name: 'Elsewhere' }).expect(201);
    const first = await api.get(path());
    const again = await api.get(path());
    // Written as JSON.stringify writes the envelope with request_id added last, as every answer is.
    expect(first.text).toBe(JSON.stringify(first.body));
    expect(again.status).toBe(200);
    expect(again.body.request_id).toBe(again.headers['x-request-id']);
    expect(again.body.request_id).not.toBe(first.body.request_id);
    expect(again.text).toBe(first.text.replace(first.body.request_id, again.body.request_id));
    expect(again.text.endsWith(`,"request_id":"${again.body.request_id}"}`)).toBe(true);
    expect(Number(again.headers['content-length'])).toBe(Buffer.byteLength(again.text));
  });

  it('is its own query: another limit, offset or filter is another page', async () => {
    const all = (await api.get(path())).body.data.map((c: Json) => c.id);
    const second = await api.get(`/v2/contacts?TeamId=${team.id}&limit=1&offset=1`);
    expect(second.body.data.map((c: Json) => c.id)).toEqual([all[1]]);
    expect(second.body.pagination).toEqual({ total: 3, limit: 1, offset: 1, has_more: true });
    const searched = await api.get(`/v2/contacts?TeamId=${team.id}&limit=20&search=bob`);
    expect(searched.body.data.map((c: Json) => c.email)).toEqual(['bob@acme.test']);
  });

  it('is not another workspace’s page, nor the page of a workspace before its reset', async () => {
    const other = api.as('test_other');
    const otherTeams = await other.get('/v2/teams?limit=20');
    const mine = await api.get('/v2/teams?limit=20');
    expect(mine.body.data.map((t: Json) => t.name)).toEqual(['Acme']);
    expect(otherTeams.body.data.map((t: Json) => t.name)).not.toContain('Acme');
    expect((await other.get('/v2/teams?limit=20')).body.data).toEqual(otherTeams.body.data);
    await api.post('/__sandbox/reset').expect(200);
    expect((await api.get('/v2/teams?limit=20')).body.data).toEqual([]);
    expect((await other.get('/v2/teams?limit=20')).body.data).toEqual(otherTeams.body.data);
  });

  it('the teams page and the secret-key page too', async () => {
    const teams = await api.get('/v2/teams?limit=20');
    const teamsAgain = await api.get('/v2/teams?limit=20');
    expect(teamsAgain.text).toBe(teams.text.replace(teams.body.request_id, teamsAgain.body.request_id));
    await api.post('/contacts').send({ email: 'one@sk.test' }).expect(201);
    const sk = await api.get('/contacts?limit=20');
    const skAgain = await api.get('/contacts?limit=20');
    expect(skAgain.text).toBe(sk.text);
    expect(Number(skAgain.headers['content-length'])).toBe(Buffer.byteLength(skAgain.text));
    expect(skAgain.body.data.map((c: Json) => c.email)).toEqual(['one@sk.test']);
  });
});

describe('the page budget', () => {
  it('keeps pages until their estimated memory reaches 8 MB, counting more than their bytes, then starts over', () => {
    const workspace = {};
    let builds = 0;
    const page = (i: number) => cachedPage('budget-test', workspace, { i, search: 'x'.repeat(255) }, () => (builds++, { data: [], i }));
    page(0);
    page(0);
    expect(builds).toBe(1);
    // Each of these answers 20 bytes but holds a key, objects and map entries: 8,192 cannot all stay.
    for (let i = 1; i <= 8192; i++) page(i);
    builds = 0;
    page(0);
    expect(builds).toBe(1);
  });
});
