import { beforeEach, describe, expect, it } from 'vitest';
import type { Response } from 'supertest';
import { createTestApi, type TestApi } from '../support/api.js';
import { iso } from '../support/fixtures.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const T0 = Date.parse('2026-06-01T09:00:00.000Z');
/** Start every sandbox without seed data, so counts and orders below are exact. */
const EMPTY = { seedData: false } as const;

interface Contact {
  id: string;
  email: string;
  data: Record<string, unknown> | null;
  subscribed: boolean;
  projectId: string;
  createdAt: string;
  updatedAt: string;
}

let api: TestApi;

/** A fresh sandbox per test, its clock frozen at T0 so timestamps and ordering are exact. */
beforeEach(async () => {
  api = await createTestApi(EMPTY);
  clock().freeze();
  clock().set(T0);
});

const workspace = (on: TestApi = api) => on.sandbox.workspace('default')!;
const clock = () => workspace().clock;
async function upsert(body: object, on: TestApi = api): Promise<Response> {
  return on.post('/contacts').send(body);
}

async function created(body: object): Promise<Contact> {
  const res = await upsert(body);
  expect(res.status).toBe(201);
  const { _meta, ...contact } = res.body;
  return contact as Contact;
}

async function read(id: string): Promise<Contact> {
  const res = await api.get(`/contacts/${id}`);
  expect(res.status).toBe(200);
  return res.body as Contact;
}

async function list(query = '', on: TestApi = api): Promise<Response> {
  const res = await on.get(`/contacts${query ? `?${query}` : ''}`);
  expect(res.status).toBe(200);
  return res;
}

/** Creates `n` contacts, `perMs` of them in each millisecond (so createdAt ties happen), oldest first. */
async function seed(n: number, perMs = 1, prefix = 'user'): Promise<Contact[]> {
  const out: Contact[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % perMs === 0) clock().advance(1);
    out.push(await created({ email: `${prefix}${String(i).padStart(3, '0')}@example.com` }));
  }
  return out;
}

/** The real service's order: [createdAt dir, id desc]. */
function ordered(contacts: Contact[], dir: 'asc' | 'desc' = 'desc'): string[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...contacts]
    .sort((a, b) => sign * (Date.parse(a.createdAt) - Date.parse(b.createdAt)) || (a.id < b.id ? 1 : -1))
    .map(c => c.id);
}

/** Follows cursors to the end, optionally doing something between pages. */
async function walk(query: string, between?: (page: number) => Promise<void>): Promise<{ ids: string[]; pages: Response[] }> {
  const ids: string[] = [];
  const pages: Response[] = [];
  let cursor: string | undefined;
  do {
    const res = await list([query, cursor && `cursor=${cursor}`].filter(Boolean).join('&'));
    pages.push(res);
    ids.push(...(res.body.data as Contact[]).map(c => c.id));
    cursor = res.body.cursor;
    if (cursor && between) await between(pages.length);
  } while (cursor);
  return { ids, pages };
}

function expectNotFound(res: Response): void {
  expect(res.status).toBe(404);
  expect(res.body).toEqual({
    success: false,
    error: { code: 'INTERNAL_SERVER_ERROR', message: 'Contact not found', statusCode: 404, requestId: res.headers['x-request-id'] },
    timestamp: iso(T0),
  });
}

describe('POST /contacts upserts by normalised email', () => {
  it('creates a contact: 201, _meta.isNew, subscribed true, data null, readable back', async () => {
    const res = await upsert({ email: 'ada@example.com' });
    expect(res.status).toBe(201);
    expect(res.headers['x-sandbox-source']).toBe('state');
    expect(res.body).toEqual({
      id: expect.stringMatching(UUID),
      email: 'ada@example.com',
      data: null,
      subscribed: true,
      projectId: workspace().stores.skProject.id,
      createdAt: iso(T0),
      updatedAt: iso(T0),
      _meta: { isNew: true, isUpdate: false },
    });
    expect(Object.keys(res.body)).toEqual(['id', 'email', 'data', 'subscribed', 'projectId', 'createdAt', 'updatedAt', '_meta']);
    const { _meta, ...contact } = res.body;
    expect(await read(contact.id)).toEqual(contact);
  });

  it('trims and lowercases the email, and updates the same contact for any case variant', async () => {
    const first = await created({ email: '  Ada@Example.COM ', data: { plan: 'pro' } });
    expect(first.email).toBe('ada@example.com');
    clock().advance(5000);
    const again = await upsert({ email: 'ADA@example.com', data: { seats: 3 } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.id, email: 'ada@example.com', _meta: { isNew: false, isUpdate: true } });
    expect(again.body.createdAt).toBe(iso(T0));
    expect(again.body.updatedAt).toBe(iso(T0 + 5000));
    const page = await list();
    expect(page.body.total).toBe(1);
    expect(await read(first.id)).toMatchObject({ data: { plan: 'pro', seats: 3 }, updatedAt: iso(T0 + 5000) });
  });

  it('keeps subscribed on an update unless it is given', async () => {
    const contact = await created({ email: 'grace@example.com', subscribed: false });
    expect(contact.subscribed).toBe(false);
    expect((await upsert({ email: 'grace@example.com' })).body.subscribed).toBe(false);
    expect((await read(contact.id)).subscribed).toBe(false);
    expect((await upsert({ email: 'grace@example.com', subscribed: true })).body.subscribed).toBe(true);
    expect((await read(contact.id)).subscribed).toBe(true);
  });

  it('does not check the email format', async () => {
    const contact = await created({ email: 'Not-An-Email' });
    expect((await read(contact.id)).email).toBe('not-an-email');
  });

  it('answers a missing email flat and stores nothing', async () => {
    const res = await upsert({ data: { a: 1 } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'Email is required' });
    expect((await list()).body.total).toBe(0);
  });

  it('draws ids from the seeded random source', async () => {
    const other = await createTestApi(EMPTY);
    const a = await created({ email: 'same@example.com' });
    const b = await upsert({ email: 'same@example.com' }, other);
    expect(b.body.id).toBe(a.id);
  });
});

describe('data merges as the real service merges it', () => {
  it('merges shallowly: new keys added, nested objects and arrays replaced wholesale', async () => {
    const c = await created({ email: 'm@example.com', data: { a: 1, nested: { x: 1, y: 2 }, tags: ['a', 'b'] } });
    const res = await upsert({ email: 'm@example.com', data: { b: 2, nested: { x: 9 }, tags: ['c'] } });
    expect(res.body.data).toEqual({ a: 1, b: 2, nested: { x: 9 }, tags: ['c'] });
    expect((await read(c.id)).data).toEqual({ a: 1, b: 2, nested: { x: 9 }, tags: ['c'] });
  });

  it('answers a stored `__proto__` key (from a CSV import, say) as a key of data, never as a prototype', async () => {
    const c = await created({ email: 'proto@example.com', data: { a: 1 } });
    const stored = workspace().stores.skProject.contacts.byId(c.id)!;
    // Requests refuse `__proto__` keys; a stored record can still hold one, as its data has no prototype.
    Object.defineProperty(stored.data!, '__proto__', { value: 'x', enumerable: true, writable: true, configurable: true });
    const res = await api.get(`/contacts/${c.id}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('"__proto__":"x"');
    expect(Object.keys(res.body.data)).toEqual(['a', '__proto__']);
  });

  it('ignores empty strings', async () => {
    const c = await created({ email: 'e@example.com', data: { a: 'keep' } });
    await upsert({ email: 'e@example.com', data: { a: '', b: '' } });
    expect((await read(c.id)).data).toEqual({ a: 'keep' });
    const blank = await created({ email: 'blank@example.com', data: { a: '' } });
    expect((await read(blank.id)).data).toBeNull();
  });

  it('deletes a key given null, and stores null (never {}) when no key is left', async () => {
    const c = await created({ email: 'n@example.com', data: { a: 1, b: 2 } });
    await upsert({ email: 'n@example.com', data: { a: null } });
    expect((await read(c.id)).data).toEqual({ b: 2 });
    const res = await upsert({ email: 'n@example.com', data: { b: null, missing: null } });
    expect(res.body.data).toBeNull();
    expect((await read(c.id)).data).toBeNull();
    expect((await created({ email: 'empty@example.com', data: {} })).data).toBeNull();
  });

  it('drops the reserved keys (exact, case-sensitive match)', async () => {
    const reserved = { id: 'x', email: 'x', plunk_id: 'x', plunk_email: 'x', unsubscribeUrl: 'x', subscribeUrl: 'x', manageUrl: 'x' };
    const c = await created({ email: 'r@example.com', data: { ...reserved, Email: 'kept', plan: 'pro' } });
    expect(c.data).toEqual({ Email: 'kept', plan: 'pro' });
    expect((await read(c.id)).data).toEqual({ Email: 'kept', plan: 'pro' });
  });

  it('does not store one-off template variables ({value, persistent: false})', async () => {
    const c = await created({ email: 'v@example.com', data: { once: { value: 'x', persistent: false }, kept: { value: 'y', persistent: true } } });
    expect((await read(c.id)).data).toEqual({ kept: { value: 'y', persistent: true } });
  });

  it('treats POST data null as no change', async () => {
    const c = await created({ email: 'p@example.com', data: { a: 1 } });
    expect((await upsert({ email: 'p@example.com', data: null })).status).toBe(200);
    expect((await read(c.id)).data).toEqual({ a: 1 });
  });

  it('refuses a non-string locale with 400 and changes nothing; null deletes it', async () => {
    const c = await created({ email: 'l@example.com', data: { locale: 'en', a: 1 } });
    const res = await upsert({ email: 'l@example.com', subscribed: false, data: { a: 2, locale: 5 } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: 'Locale must be a string', statusCode: 400 });
    expect(await read(c.id)).toMatchObject({ data: { locale: 'en', a: 1 }, subscribed: true });
    expect((await upsert({ email: 'new@example.com', data: { locale: ['fr'] } })).status).toBe(400);
    expect((await list()).body.total).toBe(1);
    await upsert({ email: 'l@example.com', data: { locale: null } });
    expect((await read(c.id)).data).toEqual({ a: 1 });
  });

  it('keeps constructor/prototype keys as plain data without touching other objects', async () => {
    const hostile = { constructor: { prototype: { polluted: true } }, prototype: { polluted: true }, toString: 'x', hasOwnProperty: 1 };
    const c = await created({ email: 'h@example.com', data: hostile });
    const other = await created({ email: 'o@example.com' });
    expect((await read(c.id)).data).toEqual(hostile);
    expect((await read(other.id)).data).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
    await upsert({ email: 'h@example.com', data: { constructor: null, extra: 1 } });
    const { constructor: _gone, ...rest } = hostile;
    expect((await read(c.id)).data).toEqual({ ...rest, extra: 1 });
    await upsert({ email: 'fresh@example.com', data: { valueOf: 'v' } });
    expect((await list('search=fresh')).body.data[0].data).toEqual({ valueOf: 'v' });
  });
});

describe('PATCH /contacts/:id', () => {
  it('answers {} with the contact unchanged and no _meta', async () => {
    const c = await created({ email: 'a@example.com', data: { a: 1 }, subscribed: false });
    const res = await api.patch(`/contacts/${c.id}`).send({});
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...c });
    expect(await read(c.id)).toEqual(c);
  });

  it('sets subscribed and bumps updatedAt', async () => {
    const c = await created({ email: 'a@example.com' });
    clock().advance(60_000);
    const res = await api.patch(`/contacts/${c.id}`).send({ subscribed: false });
    expect(res.body).toMatchObject({ subscribed: false, createdAt: iso(T0), updatedAt: iso(T0 + 60_000) });
    expect(await read(c.id)).toEqual(res.body);
  });

  it('merges data with the same rules, and clears it with data: null', async () => {
    const c = await created({ email: 'a@example.com', data: { a: 1, b: 2, c: 'keep' } });
    const res = await api.patch(`/contacts/${c.id}`).send({ data: { a: null, b: 3, c: '', id: 'no', d: { x: 1 } } });
    expect(res.body.data).toEqual({ b: 3, c: 'keep', d: { x: 1 } });
    expect((await read(c.id)).data).toEqual({ b: 3, c: 'keep', d: { x: 1 } });
    const cleared = await api.patch(`/contacts/${c.id}`).send({ data: null });
    expect(cleared.body.data).toBeNull();
    expect((await read(c.id)).data).toBeNull();
  });

  it('refuses a non-string locale and applies nothing of the request', async () => {
    const c = await created({ email: 'a@example.com' });
    const res = await api.patch(`/contacts/${c.id}`).send({ email: 'b@example.com', data: { locale: true } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: 'Locale must be a string' });
    expect(await read(c.id)).toEqual(c);
  });

  it('changes the email (normalised) and frees the old one', async () => {
    const c = await created({ email: 'old@example.com' });
    const res = await api.patch(`/contacts/${c.id}`).send({ email: ' New@Example.com' });
    expect(res.status).toBe(200);
    expect(res.body.email).toBe('new@example.com');
    expect((await read(c.id)).email).toBe('new@example.com');
    expect((await upsert({ email: 'NEW@example.com' })).body).toMatchObject({ id: c.id, _meta: { isUpdate: true } });
    const reused = await upsert({ email: 'old@example.com' });
    expect(reused.status).toBe(201);
    expect(reused.body.id).not.toBe(c.id);
  });

  it('answers 409 when another contact has the email, changing neither', async () => {
    const a = await created({ email: 'a@example.com' });
    const b = await created({ email: 'b@example.com' });
    const res = await api.patch(`/contacts/${b.id}`).send({ email: 'A@EXAMPLE.com', subscribed: false });
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Contact with this email already exists in this project',
      statusCode: 409,
      requestId: res.headers['x-request-id'],
    });
    expect(await read(a.id)).toEqual(a);
    expect(await read(b.id)).toEqual(b);
  });

  it('treats setting the contact’s own email as a no-op', async () => {
    const c = await created({ email: 'me@example.com' });
    const res = await api.patch(`/contacts/${c.id}`).send({ email: 'ME@example.com' });
    expect(res.status).toBe(200);
    expect((await read(c.id)).email).toBe('me@example.com');
  });

  it('answers 404 for an unknown id', async () => {
    expectNotFound(await api.patch('/contacts/3f0c9a8e-5b7d-4c21-9e4a-0d6b2f1a7c55').send({ subscribed: false }));
  });
});

describe('GET and DELETE /contacts/:id', () => {
  it('answers an unknown id, or one that is not a uuid, with the 404 envelope', async () => {
    expectNotFound(await api.get('/contacts/3f0c9a8e-5b7d-4c21-9e4a-0d6b2f1a7c55'));
    expectNotFound(await api.get('/contacts/bulk'));
  });

  it('deletes with 204, then answers 404 and frees the email', async () => {
    const c = await created({ email: 'gone@example.com' });
    const keep = await created({ email: 'keep@example.com' });
    const res = await api.delete(`/contacts/${c.id}`);
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expectNotFound(await api.get(`/contacts/${c.id}`));
    expectNotFound(await api.delete(`/contacts/${c.id}`));
    expect((await list()).body).toMatchObject({ total: 1, data: [{ id: keep.id }] });
    const again = await upsert({ email: 'gone@example.com' });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(c.id);
  });
});

describe('GET /contacts lists with cursor pagination', () => {
  it('lists newest first, 20 by default, with total and a cursor on the first page', async () => {
    const all = await seed(25);
    const res = await list();
    expect(res.body.data).toHaveLength(20);
    expect(res.body.data.map((c: Contact) => c.id)).toEqual(ordered(all).slice(0, 20));
    expect(res.body.data[0]).toEqual(all[24]);
    expect(res.body).toMatchObject({ total: 25, hasMore: true, cursor: res.body.data[19].id });
  });

  it('answers total 0 on pages fetched with a cursor and leaves cursor out on the last page', async () => {
    await seed(5);
    const first = await list('limit=3');
    expect(first.body).toMatchObject({ total: 5, hasMore: true });
    const last = await list(`limit=3&cursor=${first.body.cursor}`);
    expect(last.body.data).toHaveLength(2);
    expect(last.body.total).toBe(0);
    expect(last.body.hasMore).toBe(false);
    expect('cursor' in last.body).toBe(false);
  });

  it('leaves cursor out when everything fits on the first page', async () => {
    await seed(3);
    const res = await list();
    expect(res.body).toEqual({ data: expect.any(Array), total: 3, hasMore: false });
    expect(await list('limit=3')).toHaveProperty('body.hasMore', false);
  });

  it('answers an empty project', async () => {
    expect((await list()).body).toEqual({ data: [], total: 0, hasMore: false });
  });

  it('visits each of 250 contacts exactly once with limit 100, ties on createdAt included', async () => {
    const all = await seed(250, 7);
    const { ids, pages } = await walk('limit=100');
    expect(pages.map(p => p.body.data.length)).toEqual([100, 100, 50]);
    expect(pages.map(p => p.body.total)).toEqual([250, 0, 0]);
    expect(new Set(ids).size).toBe(250);
    expect(ids).toEqual(ordered(all));
  });

  it('neither repeats nor drops a row when a contact is created between pages', async () => {
    const all = await seed(30);
    const newest: string[] = [];
    const { ids } = await walk('limit=10', async () => {
      clock().advance(1);
      newest.push((await created({ email: `late${newest.length}@example.com` })).id);
    });
    expect(ids).toEqual(ordered(all));
    expect(ids.some(id => newest.includes(id))).toBe(false);

    // Oldest first, newcomers sort after every cursor: each shows up exactly once, at the end.
    const asc = await walk('limit=10&dir=asc', async page => {
      clock().advance(1);
      await created({ email: `later${page}@example.com` });
    });
    const everything = (await list('limit=100&dir=asc')).body.data.map((c: Contact) => c.id);
    expect(everything).toHaveLength(35);
    expect(asc.ids).toEqual(everything);
  });

  it('clamps a limit above 100 to 100', async () => {
    await seed(120, 10);
    const res = await list('limit=500');
    expect(res.body.data).toHaveLength(100);
    expect(res.body).toMatchObject({ total: 120, hasMore: true });
  });

  it('searches emails by case-insensitive substring, counting matches', async () => {
    const ada = await created({ email: 'ada@lovelace.com' });
    const adaK = await created({ email: 'ADA.K@x.io' });
    await created({ email: 'grace@hopper.io' });
    const res = await list('search=AdA');
    expect(res.body.total).toBe(2);
    expect(res.body.data.map((c: Contact) => c.id).sort()).toEqual([ada.id, adaK.id].sort());
    expect((await list('search=hopper.I')).body.total).toBe(1);
    expect((await list('search=nobody')).body).toEqual({ data: [], total: 0, hasMore: false });
    expect((await list('search=')).body.total).toBe(3);
  });

  it('filters by subscribed, and pages through a filtered list', async () => {
    for (let i = 0; i < 12; i++) await created({ email: `s${i}@example.com`, subscribed: i % 3 !== 0 });
    expect((await list('subscribed=true')).body.total).toBe(8);
    const off = await list('subscribed=false');
    expect(off.body.total).toBe(4);
    expect(off.body.data.every((c: Contact) => !c.subscribed)).toBe(true);
    const { ids } = await walk('subscribed=true&limit=3');
    expect(new Set(ids).size).toBe(8);
    const c = off.body.data[0] as Contact;
    await api.patch(`/contacts/${c.id}`).send({ subscribed: true });
    expect((await list('subscribed=true')).body.total).toBe(9);
    expect((await list('subscribed=true&search=s1')).body.total).toBe(3);
  });

  it('sorts by email or createdAt in either direction, ties broken by id descending', async () => {
    const emails = ['carol@x.io', 'alice@x.io', 'bob@x.io'];
    const made: Contact[] = [];
    for (const email of emails) made.push(await created({ email }));
    const byEmail = async (dir: string) => (await list(`sort=email&dir=${dir}`)).body.data.map((c: Contact) => c.email);
    expect(await byEmail('asc')).toEqual(['alice@x.io', 'bob@x.io', 'carol@x.io']);
    expect(await byEmail('desc')).toEqual(['carol@x.io', 'bob@x.io', 'alice@x.io']);
    // All three share one createdAt, so both directions fall back to id descending.
    const idDesc = made.map(c => c.id).sort().reverse();
    expect((await list('sort=createdAt&dir=asc')).body.data.map((c: Contact) => c.id)).toEqual(idDesc);
    expect((await list('sort=createdAt&dir=desc')).body.data.map((c: Contact) => c.id)).toEqual(idDesc);
  });

  it('pages by email and follows an email change', async () => {
    const all = await seed(9, 9);
    const { ids } = await walk('sort=email&dir=asc&limit=4');
    expect(ids).toEqual(all.map(c => c.id));
    await api.patch(`/contacts/${all[0].id}`).send({ email: 'zzz@example.com' });
    const after = await list('sort=email&dir=desc&limit=1');
    expect(after.body.data[0].id).toBe(all[0].id);
  });

  it('answers an unknown cursor with an empty page, and an empty cursor with the first page', async () => {
    await seed(3);
    expect((await list('cursor=3f0c9a8e-5b7d-4c21-9e4a-0d6b2f1a7c55')).body).toEqual({ data: [], total: 0, hasMore: false });
    expect((await list('cursor=')).body).toMatchObject({ total: 3, hasMore: false });
  });
});

describe('isolation and lenient validation modes', () => {
  it('does not share contacts between two sandboxes', async () => {
    const other = await createTestApi(EMPTY);
    const c = await created({ email: 'mine@example.com' });
    expect((await list('', other)).body).toEqual({ data: [], total: 0, hasMore: false });
    expect((await other.get(`/contacts/${c.id}`)).status).toBe(404);
    expect((await upsert({ email: 'mine@example.com' }, other)).status).toBe(201);
    expect((await list()).body.total).toBe(1);
  });

  it('in warn mode still refuses wrongly typed fields rather than storing them', async () => {
    const warn = await createTestApi({ ...EMPTY, validation: 'warn' });
    const bad = await upsert({ email: 'w@example.com', subscribed: 'yes' }, warn);
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ error: 'subscribed must be a boolean' });
    expect((await list('', warn)).body.total).toBe(0);
    const c = (await upsert({ email: 'w@example.com' }, warn)).body as Contact;
    const patched = await warn.patch(`/contacts/${c.id}`).send({ data: ['x'] });
    expect(patched.status).toBe(400);
    expect(patched.body.error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: 'data must be an object' });
  });
});
