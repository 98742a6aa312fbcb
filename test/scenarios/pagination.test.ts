/**
 * Pagination effects on the three list styles: offset (GET /v2/contacts), page (a campaign's inbox link
 * clicks) and cursor (GET /contacts). Each listing is read once without a scenario (the reference) and
 * once with `X-Sandbox-Scenario`, page by page, and the pages are compared item by item.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { oneRule, scenarioFolder } from './support.js';

let api: TestApi;
let team: string;
let campaign: string;
/** The seven contacts of the team in list order, by id; the five clicks of the campaign in order. */
let contacts: string[];
let clicks: string[];
/** The Contacts API's five contacts in list order. */
let skContacts: string[];

const RULES: Record<string, string> = {
  insert: 'pagination: {kind: insert, count: 1}',
  remove: 'pagination: {kind: remove, count: 1}',
  repeat: 'pagination: {kind: repeat}',
  empty: 'pagination: {kind: empty_page}',
  total: 'pagination: {kind: total_change, delta: 2}',
  invalid: 'pagination: {kind: cursor_invalid}',
  expired: 'pagination: {kind: cursor_expired, ttl_seconds: 10}',
};

beforeAll(async () => {
  const files = Object.fromEntries(Object.entries(RULES).map(([name, rule]) => [name, oneRule(name, rule)]));
  api = await createTestApi({ seedData: false, scenarioDirectory: scenarioFolder(files) });
  await api.post('/__sandbox/clock').send({ action: 'freeze' });
  team = (await api.post('/v2/teams').send({ name: 'Paging Team' })).body.data.id;
  campaign = (await api.post('/v2/campaigns').send({ name: 'Paging Campaign', TeamId: team })).body.data.id;
  for (let i = 1; i <= 7; i++) {
    const res = await api.post('/v2/contacts').send({ TeamId: team, CampaignId: campaign, email: `person${i}@paging.test` });
    expect(res.status).toBe(201);
    if (i <= 5) expect((await api.post('/__sandbox/link-clicks').send({ contact_id: res.body.data.id, original_url: `https://paging.test/${i}` })).status).toBe(201);
    expect((await api.post('/contacts').send({ email: `sk${i}@paging.test` })).status).toBe(201);
  }
  contacts = (await api.get(`/v2/contacts?TeamId=${team}&limit=100`)).body.data.map((c: { id: string }) => c.id);
  clicks = (await api.get(`/v2/campaigns/${campaign}/inbox-link-clicks?limit=100`)).body.data.clicks.map((c: { id: string }) => c.id);
  skContacts = (await api.get('/contacts?limit=100')).body.data.map((c: { id: string }) => c.id);
  expect(contacts).toHaveLength(7);
  expect(clicks).toHaveLength(5);
  expect(skContacts).toHaveLength(7);
});

const ids = (items: { id: string }[]) => items.map(i => i.id);

/** GET /v2/contacts pages of 3 (offsets 0, 3, 6) under `scenario`. */
async function offsetPages(scenario: string) {
  const pages = [];
  for (const offset of [0, 3, 6]) {
    const res = await api.get(`/v2/contacts?TeamId=${team}&limit=3&offset=${offset}`).set('X-Sandbox-Scenario', scenario);
    expect(res.status).toBe(200);
    pages.push({ ids: ids(res.body.data), ...res.body.pagination });
  }
  return pages;
}

/** A campaign's link clicks, pages 1–3 of 2, under `scenario`. */
async function clickPages(scenario: string) {
  const pages = [];
  for (const page of [1, 2, 3]) {
    const res = await api.get(`/v2/campaigns/${campaign}/inbox-link-clicks?limit=2&page=${page}`).set('X-Sandbox-Scenario', scenario);
    expect(res.status).toBe(200);
    pages.push({ ids: ids(res.body.data.clicks), ...res.body.data.pagination });
  }
  return pages;
}

/** GET /contacts: the first page of 3, then the page after its cursor, under `scenario`. */
async function cursorPages(scenario: string) {
  const first = await api.get('/contacts?limit=3').set('X-Sandbox-Scenario', scenario);
  expect(first.status).toBe(200);
  const second = await api.get(`/contacts?limit=3&cursor=${first.body.cursor}`).set('X-Sandbox-Scenario', scenario);
  return { first: first.body, second };
}

async function applied(name: string): Promise<number> {
  const list = (await api.get('/__sandbox/scenarios')).body.data as { name: string; applied: number }[];
  return list.find(s => s.name === name)!.applied;
}

describe('offset pagination', () => {
  it('insert: later pages start with what the page before ended with; the total grows', async () => {
    const pages = await offsetPages('insert');
    expect(pages.map(p => p.ids)).toEqual([contacts.slice(0, 3), contacts.slice(2, 5), contacts.slice(5, 7)]);
    expect(pages.map(p => [p.total, p.has_more])).toEqual([[7, true], [8, true], [8, false]]);
  });

  it('remove: the first item of the next page is never seen; the total drops', async () => {
    const pages = await offsetPages('remove');
    expect(pages.map(p => p.ids)).toEqual([contacts.slice(0, 3), contacts.slice(4, 6), contacts.slice(6)]);
    expect(pages.map(p => p.total)).toEqual([7, 6, 6]);
  });

  it('repeat: the previous page\'s last item takes the place of this page\'s first', async () => {
    const pages = await offsetPages('repeat');
    expect(pages.map(p => p.ids)).toEqual([contacts.slice(0, 3), [contacts[2], contacts[4], contacts[5]], [contacts[5]]]);
    expect(pages.map(p => p.total)).toEqual([7, 7, 7]);
  });

  it('empty_page: a page after the first is empty with has_more true', async () => {
    const pages = await offsetPages('empty');
    expect(pages.map(p => [p.ids, p.has_more])).toEqual([[contacts.slice(0, 3), true], [[], true], [[], true]]);
  });

  it('total_change: the total moves by delta times the applications', async () => {
    const before = await applied('total');
    const pages = await offsetPages('total');
    expect(pages.map(p => p.ids)).toEqual([contacts.slice(0, 3), contacts.slice(3, 6), contacts.slice(6)]);
    expect(pages.map(p => p.total)).toEqual([7 + 2 * (before + 1), 7 + 2 * (before + 2), 7 + 2 * (before + 3)]);
  });

  it('cursor kinds do not apply to offsets', async () => {
    const pages = await offsetPages('invalid');
    expect(pages.map(p => p.ids)).toEqual([contacts.slice(0, 3), contacts.slice(3, 6), contacts.slice(6)]);
    expect(await applied('invalid')).toBe(0);
  });
});

describe('page pagination (a campaign\'s link clicks)', () => {
  it('insert shifts the pages and grows total and total_pages', async () => {
    const pages = await clickPages('insert');
    expect(pages.map(p => p.ids)).toEqual([clicks.slice(0, 2), clicks.slice(1, 3), clicks.slice(3, 5)]);
    expect(pages.map(p => [p.total, p.total_pages])).toEqual([[5, 3], [6, 3], [6, 3]]);
  });

  it('empty_page keeps total_pages past the page', async () => {
    const pages = await clickPages('empty');
    expect(pages[1]).toMatchObject({ ids: [], page: 2, total: 5 });
    expect(pages[1].total_pages).toBeGreaterThan(2);
  });

  it('repeat and remove', async () => {
    const repeated = await clickPages('repeat');
    expect(repeated[1].ids).toEqual([clicks[1], clicks[3]]);
    const removed = await clickPages('remove');
    expect(removed.map(p => p.ids)).toEqual([clicks.slice(0, 2), [clicks[3]], [clicks[4]]]);
    expect(removed.map(p => p.total)).toEqual([5, 4, 4]);
  });
});

describe('cursor pagination (GET /contacts)', () => {
  it('insert does not apply: records inserted ahead of a cursor don\'t move it', async () => {
    const { first, second } = await cursorPages('insert');
    expect(ids(first.data)).toEqual(skContacts.slice(0, 3));
    expect(ids(second.body.data)).toEqual(skContacts.slice(3, 6));
  });

  it('remove: the record the cursor names is gone, so the page after it is an empty last page', async () => {
    const { second } = await cursorPages('remove');
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ data: [], total: 0, hasMore: false });
  });

  it('repeat: the cursor\'s own record comes again', async () => {
    const { second } = await cursorPages('repeat');
    expect(ids(second.body.data)).toEqual([skContacts[2], skContacts[4], skContacts[5]]);
    expect(second.body.cursor).toBe(skContacts[5]);
  });

  it('empty_page: no items, hasMore true and the same cursor to ask again', async () => {
    const { first, second } = await cursorPages('empty');
    expect(second.body).toEqual({ data: [], total: 0, hasMore: true, cursor: first.cursor });
  });

  it('total_change: only the first page carries a total', async () => {
    const before = await applied('total');
    const { first, second } = await cursorPages('total');
    expect(first.total).toBe(7 + 2 * (before + 1));
    expect(second.body.total).toBe(0);
  });

  it('cursor_invalid: a page asked with a cursor answers the family\'s 400', async () => {
    const { second } = await cursorPages('invalid');
    expect(second.status).toBe(400);
    expect(second.body.error).toMatchObject({ code: 'VALIDATION_ERROR', message: 'Invalid cursor', statusCode: 400 });
  });

  it('cursor_expired: a cursor older than ttl_seconds of workspace time answers 400; a fresh one works', async () => {
    const first = await api.get('/contacts?limit=3').set('X-Sandbox-Scenario', 'expired');
    await api.post('/__sandbox/clock/advance').send({ seconds: 10 });
    const inTime = await api.get(`/contacts?limit=3&cursor=${first.body.cursor}`).set('X-Sandbox-Scenario', 'expired');
    expect(ids(inTime.body.data)).toEqual(skContacts.slice(3, 6));
    await api.post('/__sandbox/clock/advance').send({ seconds: 1 });
    const late = await api.get(`/contacts?limit=3&cursor=${first.body.cursor}`).set('X-Sandbox-Scenario', 'expired');
    expect(late.status).toBe(400);
    expect(late.body.error.message).toMatch(/^Cursor has expired/);
    // The second page's cursor was handed out a second ago: still good.
    const third = await api.get(`/contacts?limit=3&cursor=${inTime.body.cursor}`).set('X-Sandbox-Scenario', 'expired');
    expect(ids(third.body.data)).toEqual(skContacts.slice(6));
    // A cursor the scenario never handed out is the handler's business.
    const unknown = await api.get(`/contacts?limit=3&cursor=${skContacts[0]}`).set('X-Sandbox-Scenario', 'expired');
    expect(unknown.status).toBe(200);
  });
});
