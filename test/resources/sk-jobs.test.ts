import { beforeEach, describe, expect, it } from 'vitest';
import type { Response } from 'supertest';
import { DEFAULT_KEYS } from '../../src/sandbox.js';
import { createTestApi, type TestApi } from '../support/api.js';
import { advanceClock, iso, pendingJobs } from '../support/fixtures.js';

/**
 * CSV import and bulk action jobs of the secret-key Contacts API. The workspace clock is frozen; jobs move
 * only when a test advances it. With the default processingLatencyMs (1 s): a job starts 1 s after it is
 * queued and handles one batch of 100 per further second; a failed attempt retries 5 s later.
 */

const T0 = Date.parse('2026-06-01T09:00:00.000Z');
const OTHER_KEY = 'sk_other';

let api: TestApi;
let projectId: string;

beforeEach(async () => {
  api = await createTestApi({
    seedData: false,
    keys: [...DEFAULT_KEYS, { key: OTHER_KEY, kind: 'secret', workspaceId: 'other' }],
  });
  expect((await api.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
  expect((await api.post('/__sandbox/clock').send({ action: 'set', at: iso(T0) })).status).toBe(200);
  projectId = api.sandbox.workspace('default')!.stores.skProject.id;
});

function upload(csv: string | Buffer, filename = 'contacts.csv', contentType = 'text/csv', on: TestApi = api) {
  return on.post('/contacts/import').attach('file', Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'), { filename, contentType });
}

async function queueImport(csv: string | Buffer, filename = 'contacts.csv'): Promise<string> {
  const res = await upload(csv, filename);
  expect(res.status).toBe(202);
  expect(res.body.message).toBe('Import queued successfully');
  return res.body.jobId;
}

async function importJob(id: string, on: TestApi = api): Promise<Response> {
  return on.get(`/contacts/import/${encodeURIComponent(id)}`);
}

async function bulkJob(id: string, on: TestApi = api): Promise<Response> {
  return on.get(`/contacts/bulk/${encodeURIComponent(id)}`);
}

async function queueBulk(operation: 'subscribe' | 'unsubscribe' | 'delete', body: object): Promise<string> {
  const res = await api.post(`/contacts/bulk-${operation}`).send(body);
  expect(res.status).toBe(202);
  expect(res.body.message).toBe(`Bulk ${operation} queued successfully`);
  return res.body.jobId;
}

async function createContact(body: { email: string; subscribed?: boolean; data?: object }, on: TestApi = api) {
  const res = await on.post('/contacts').send(body);
  expect(res.status).toBe(201);
  return res.body as { id: string; email: string; subscribed: boolean; data: Record<string, unknown> | null; updatedAt: string };
}

async function contact(id: string) {
  const res = await api.get(`/contacts/${id}`);
  expect(res.status).toBe(200);
  return res.body;
}

async function contactCount(query = ''): Promise<number> {
  const res = await api.get(`/contacts?limit=1${query}`);
  expect(res.status).toBe(200);
  return res.body.total;
}

/** 350 data rows (file lines 2–351) with a few special rows; see the expectations in the test. */
function bigCsv(): string {
  const lines = ['Email,FirstName,Plan,Seats,Zip,Locale,Subscribed,id,unsubscribeUrl'];
  for (let line = 2; line <= 351; line++) {
    if (line === 2) lines.push('  ADA@Example.com ,Ada,,3,,,no,ignored-id,https://example.com/u');
    else if (line === 5) lines.push(',Nobody,pro,1,,,,,');
    else if (line === 9) lines.push('not-an-email,Bad,pro,1,,,,,');
    else if (line === 200) lines.push('loc@example.com,Loc,pro,1,,42,,,');
    else if (line === 351) lines.push('last@example.com,Last,TRUE,-2.50,+42,en-GB,yes,,');
    else lines.push(`user${line}@example.com,User${line},pro,${line},00${line},,,,`);
  }
  return lines.join('\n') + '\n';
}

describe('POST /contacts/import and GET /contacts/import/:jobId', () => {
  it('runs an import waiting → active → completed, a batch of 100 rows per step, merging into existing contacts', async () => {
    const ada = await createContact({ email: 'ada@example.com', data: { plan: 'free', company: 'Lovelace' } });
    const csv = bigCsv();

    const jobId = await queueImport(csv, 'people.csv');
    expect(jobId).toBe(`import-${projectId}-${T0}`);

    const waiting = await importJob(jobId);
    expect(waiting.status).toBe(200);
    expect(waiting.body).toEqual({
      id: jobId,
      state: 'waiting',
      progress: 0,
      result: null,
      data: { projectId, csvData: Buffer.from(csv).toString('base64'), filename: 'people.csv' },
    });
    expect(await contactCount()).toBe(1);

    await advanceClock(api, 1);
    expect(await importJob(jobId)).toMatchObject({ body: { state: 'active', progress: 0, result: null } });
    expect(await contactCount()).toBe(1);

    // Batch 1 (lines 2–101): Ada updated, lines 5 and 9 refused, 97 created.
    await advanceClock(api, 1);
    expect((await importJob(jobId)).body).toMatchObject({ state: 'active', progress: 29, result: null });
    expect(await contactCount()).toBe(98);
    // Batch 2 (lines 102–201): line 200 refused.
    await advanceClock(api, 1);
    expect((await importJob(jobId)).body).toMatchObject({ state: 'active', progress: 57, result: null });
    expect(await contactCount()).toBe(197);
    await advanceClock(api, 1);
    expect((await importJob(jobId)).body).toMatchObject({ state: 'active', progress: 86 });
    expect(await contactCount()).toBe(297);

    await advanceClock(api, 1);
    const done = await importJob(jobId);
    expect(done.body).toEqual({
      id: jobId,
      state: 'completed',
      progress: 100,
      result: {
        totalRows: 350,
        successCount: 347,
        createdCount: 346,
        updatedCount: 1,
        failureCount: 3,
        errors: [
          { row: 5, email: '', error: 'Email is required' },
          { row: 9, email: 'not-an-email', error: 'Invalid email format' },
          { row: 200, email: 'loc@example.com', error: 'Locale must be a string' },
        ],
      },
      data: { projectId, csvData: Buffer.from(csv).toString('base64'), filename: 'people.csv' },
    });
    expect('failedReason' in done.body).toBe(false);
    expect(await contactCount()).toBe(347);

    // The existing contact: empty cells keep values, `id` is dropped, the lowercased `unsubscribeurl` is kept
    // (quirk), `subscribed` = "no" unsubscribes, numbers are coerced.
    const merged = await contact(ada.id);
    expect(merged).toMatchObject({ email: 'ada@example.com', subscribed: false, updatedAt: iso(T0 + 2000) });
    expect(merged.data).toEqual({ plan: 'free', company: 'Lovelace', firstname: 'Ada', seats: 3, unsubscribeurl: 'https://example.com/u' });

    const list = await api.get('/contacts?search=user150@&limit=5');
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({
      email: 'user150@example.com',
      subscribed: true,
      data: { firstname: 'User150', plan: 'pro', seats: 150, zip: '00150' },
      createdAt: iso(T0 + 3000),
    });
    const last = (await api.get('/contacts?search=last@example.com')).body.data[0];
    expect(last).toMatchObject({ subscribed: true, data: { firstname: 'Last', plan: true, seats: -2.5, zip: '+42', locale: 'en-GB' } });
    expect((await api.get('/contacts?search=loc@example.com')).body.total).toBe(0);
    expect(await pendingJobs(api)).toBe(0);
  });

  it('lowercases headers, coerces values strictly, applies the subscribed column and keeps the quirky reserved columns', async () => {
    const existing = await createContact({ email: 'kept@example.com', subscribed: false, data: { tier: 'gold' } });
    const csv = [
      'Tier,EMAIL,firstName,Subscribed,createdAt,subscribeUrl,plunk_id,plunk_email,Score',
      'silver,new@example.com,Nia,maybe,2024-01-01,https://s,p1,e1,007',
      ',kept@example.com,Kim,,,,,,1e5',
      'bronze,one@example.com,One,1,,,,,0',
      'yes,two@example.com,Two,TRUE,,,,,+42',
      'No,three@example.com,Three,,,,,,1.2.3',
      'false,four@example.com,Four,,,,,,-0.5',
    ].join('\r\n');
    const jobId = await queueImport(csv);
    await advanceClock(api, 2);
    const job = (await importJob(jobId)).body;
    expect(job).toMatchObject({
      state: 'completed',
      progress: 100,
      result: { totalRows: 6, successCount: 6, createdCount: 5, updatedCount: 1, failureCount: 0, errors: [] },
    });

    const byEmail = async (email: string) => (await api.get(`/contacts?search=${encodeURIComponent(email)}`)).body.data[0];
    // Any non-empty subscribed value other than true/1/yes unsubscribes; camelCase reserved names are stored.
    expect(await byEmail('new@example.com')).toMatchObject({
      subscribed: false,
      data: { tier: 'silver', firstname: 'Nia', createdat: '2024-01-01', subscribeurl: 'https://s', score: '007' },
    });
    expect(Object.keys((await byEmail('new@example.com')).data).sort()).toEqual(['createdat', 'firstname', 'score', 'subscribeurl', 'tier']);
    // Empty subscribed keeps an existing contact's state; an empty cell does not overwrite.
    const kept = await contact(existing.id);
    expect(kept).toMatchObject({ subscribed: false, data: { tier: 'gold', firstname: 'Kim', score: '1e5' } });
    expect(await byEmail('one@example.com')).toMatchObject({ subscribed: true, data: { tier: 'bronze', score: 0 } });
    expect(await byEmail('two@example.com')).toMatchObject({ subscribed: true, data: { tier: true, score: '+42' } });
    // Empty subscribed on a new contact: subscribed.
    expect(await byEmail('three@example.com')).toMatchObject({ subscribed: true, data: { tier: false, score: '1.2.3' } });
    expect(await byEmail('four@example.com')).toMatchObject({ data: { tier: false, score: -0.5 } });
  });

  it('fails rows whose cells are out of the single create bounds, with the reason, and imports the others', async () => {
    const longEmail = `${'e'.repeat(320)}@example.com`;
    const csv = [
      'email,plan,note',
      'good1@example.com,pro,fine',
      `long@example.com,pro,${'n'.repeat(65_537)}`,
      'ctrl@example.com,"p\u0001ro",x',
      'nul\u0000@example.com,pro,x',
      `${longEmail},pro,x`,
      'not-an-email,pro,x',
      'good2@example.com,"multi\nline",x',
    ].join('\n');
    const jobId = await queueImport(csv);
    await advanceClock(api, 2);
    const done = await importJob(jobId);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ state: 'completed', progress: 100 });
    expect(done.body.result).toEqual({
      totalRows: 7,
      successCount: 2,
      createdCount: 2,
      updatedCount: 0,
      failureCount: 5,
      errors: [
        { row: 3, email: 'long@example.com', error: 'data.note is longer than 65536 characters' },
        { row: 4, email: 'ctrl@example.com', error: 'data.plan holds control characters' },
        // Listed with the control character shown as U+FFFD and cut to the email bound, so the job reads back.
        { row: 5, email: 'nul\uFFFD@example.com', error: 'Email holds control characters' },
        { row: 6, email: longEmail.slice(0, 320), error: 'Email is longer than 320 characters' },
        { row: 7, email: 'not-an-email', error: 'Invalid email format' },
      ],
    });
    const list = await api.get('/contacts?limit=100');
    expect(list.status).toBe(200);
    expect(list.body.data.map((c: { email: string }) => c.email).sort()).toEqual(['good1@example.com', 'good2@example.com']);
    expect(list.body.data.find((c: { email: string }) => c.email === 'good2@example.com').data).toEqual({ plan: 'multi\nline', note: 'x' });
    // The workspace still exports and the export fits back.
    const state = await api.get('/__sandbox/state');
    expect(state.status).toBe(200);
    expect((await api.as('sk_test_import_copy').put('/__sandbox/state').send(state.body)).status).toBe(200);
  });

  it('fails a BOM-prefixed file after 2 attempts: the BOM hides the email column', async () => {
    const csv = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('email,name\nada@example.com,Ada\n')]);
    const jobId = await queueImport(csv);

    await advanceClock(api, 1);
    const delayed = (await importJob(jobId)).body;
    expect(delayed).toMatchObject({ state: 'delayed', progress: 0, result: null, failedReason: 'CSV must have an "email" column (case-insensitive)' });
    await advanceClock(api, 4);
    expect((await importJob(jobId)).body.state).toBe('delayed');
    // Back in the queue 5 s after the failed attempt, and started 1 s later.
    await advanceClock(api, 1);
    expect((await importJob(jobId)).body).toMatchObject({ state: 'waiting', failedReason: 'CSV must have an "email" column (case-insensitive)' });
    await advanceClock(api, 1);
    const failed = (await importJob(jobId)).body;
    expect(failed).toEqual({
      id: jobId,
      state: 'failed',
      progress: 0,
      result: null,
      data: { projectId, csvData: csv.toString('base64'), filename: 'contacts.csv' },
      failedReason: 'CSV must have an "email" column (case-insensitive)',
    });
    expect(await contactCount()).toBe(0);
    expect(await pendingJobs(api)).toBe(0);
  });

  it('fails empty, header-only and malformed files with the reason', async () => {
    const empty = await queueImport('');
    const headerOnly = await queueImport('email,name\n\n');
    const noEmail = await queueImport('name,mail\nAda,ada@example.com\n');
    const malformed = await queueImport('email,name\n"ada@example.com,Ada\n');
    await advanceClock(api, 10);
    for (const [id, reason] of [
      [empty, 'CSV file is empty'],
      [headerOnly, 'CSV file is empty'],
      [noEmail, 'CSV must have an "email" column (case-insensitive)'],
    ]) {
      expect((await importJob(id)).body).toMatchObject({ id, state: 'failed', result: null, failedReason: reason });
    }
    const bad = (await importJob(malformed)).body;
    expect(bad).toMatchObject({ state: 'failed', result: null });
    expect(bad.failedReason).toMatch(/^Quote Not Closed/);
    expect(await contactCount()).toBe(0);
  });

  it('gives jobs queued in the same millisecond distinct ids and runs at most 2 imports at a time', async () => {
    const ids = [
      await queueImport('email\na@example.com\n'),
      await queueImport('email\nb@example.com\n'),
      await queueImport('email\nc@example.com\n'),
    ];
    expect(ids).toEqual([0, 1, 2].map(i => `import-${projectId}-${T0 + i}`));
    await advanceClock(api, 1);
    expect(await Promise.all(ids.map(async id => (await importJob(id)).body.state))).toEqual(['active', 'active', 'waiting']);
    await advanceClock(api, 1);
    expect(await Promise.all(ids.map(async id => (await importJob(id)).body.state))).toEqual(['completed', 'completed', 'active']);
    await advanceClock(api, 1);
    expect((await importJob(ids[2])).body.state).toBe('completed');
    expect(await contactCount()).toBe(3);
  });

  it('refuses a missing file or a file that is not a CSV without queuing anything', async () => {
    const none = await api.post('/contacts/import').field('note', 'x');
    expect(none.status).toBe(400);
    const noFile = await api.post('/contacts/import').field('file', 'email\na@example.com');
    expect(noFile.status).toBe(400);
    expect(noFile.body).toEqual({ error: 'CSV file is required' });
    const txt = await upload('email\na@example.com\n', 'contacts.txt', 'text/plain');
    expect(txt.status).toBe(400);
    expect(txt.body).toEqual({ error: 'Only CSV files are allowed' });
    expect(await pendingJobs(api)).toBe(0);
    // Either the MIME type or the .csv suffix is enough.
    expect((await upload('email\na@example.com\n', 'export.csv', 'application/octet-stream')).status).toBe(202);
    expect((await upload('email\nb@example.com\n', 'export.txt', 'text/csv')).status).toBe(202);
    await advanceClock(api, 2);
    expect(await contactCount()).toBe(2);
  });

  it('prunes completed jobs after 24 h and failed ones after 7 days', async () => {
    const ok = await queueImport('email\na@example.com\n');
    const bad = await queueImport('name\nx\n');
    await advanceClock(api, 10);
    expect((await importJob(ok)).body.state).toBe('completed');
    expect((await importJob(bad)).body.state).toBe('failed');
    await advanceClock(api, 24 * 3600);
    expect((await importJob(ok)).status).toBe(404);
    expect((await importJob(bad)).status).toBe(200);
    await advanceClock(api, 6 * 24 * 3600);
    expect((await importJob(bad)).body).toEqual({ error: 'Import job not found' });
  });
});

describe('bulk actions', () => {
  it('unsubscribes, subscribes and deletes by ids with exact counts', async () => {
    const a = await createContact({ email: 'a@example.com' });
    const b = await createContact({ email: 'b@example.com', subscribed: false });
    const c = await createContact({ email: 'c@example.com' });
    const foreign = await createContact({ email: 'x@example.com' }, api.as(OTHER_KEY));
    const unknown = '5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f';

    const contactIds = [a.id, b.id, a.id, foreign.id, unknown];
    const unsub = await queueBulk('unsubscribe', { mode: 'ids', contactIds });
    expect(unsub).toBe(`bulk-unsubscribe-${projectId}-${T0}`);
    expect((await bulkJob(unsub)).body).toEqual({
      id: unsub,
      state: 'waiting',
      progress: 0,
      result: null,
      data: { projectId, operation: 'unsubscribe', selector: { mode: 'ids', contactIds } },
    });
    await advanceClock(api, 1);
    expect((await bulkJob(unsub)).body).toMatchObject({ state: 'active', progress: 0, result: null });
    expect((await contact(a.id)).subscribed).toBe(true);
    await advanceClock(api, 1);
    expect((await bulkJob(unsub)).body).toMatchObject({
      state: 'completed',
      progress: 100,
      result: { operation: 'unsubscribe', totalRequested: 5, successCount: 1, unchangedCount: 1, failureCount: 3, errors: [] },
    });
    expect(await contact(a.id)).toMatchObject({ subscribed: false, updatedAt: iso(T0 + 2000) });
    expect(await contact(b.id)).toMatchObject({ subscribed: false, updatedAt: b.updatedAt });
    // The other project's contact is untouched.
    expect((await api.as(OTHER_KEY).get(`/contacts/${foreign.id}`)).body.subscribed).toBe(true);

    const sub = await queueBulk('subscribe', { mode: 'ids', contactIds: [a.id, b.id, c.id] });
    await advanceClock(api, 2);
    expect((await bulkJob(sub)).body.result).toEqual({
      operation: 'subscribe',
      totalRequested: 3,
      successCount: 2,
      unchangedCount: 1,
      failureCount: 0,
      errors: [],
    });
    for (const id of [a.id, b.id, c.id]) expect((await contact(id)).subscribed).toBe(true);

    const del = await queueBulk('delete', { mode: 'ids', contactIds: [a.id, unknown, a.id, c.id] });
    await advanceClock(api, 2);
    expect((await bulkJob(del)).body.result).toEqual({
      operation: 'delete',
      totalRequested: 4,
      successCount: 2,
      unchangedCount: 0,
      failureCount: 2,
      errors: [],
    });
    expect((await api.get(`/contacts/${a.id}`)).status).toBe(404);
    expect((await api.get(`/contacts/${c.id}`)).status).toBe(404);
    expect((await contact(b.id)).subscribed).toBe(true);
    expect(await contactCount()).toBe(1);
  });

  it('acts on a query matched when the job starts, in batches of 100', async () => {
    // 250 contacts at acme.io (every third unsubscribed) and 20 elsewhere, through an import.
    const rows = ['email,subscribed'];
    for (let i = 0; i < 250; i++) rows.push(`person${i}@ACME.io,${i % 3 === 0 ? 'no' : 'yes'}`);
    for (let i = 0; i < 20; i++) rows.push(`someone${i}@other.io,no`);
    await queueImport(rows.join('\n'));
    await advanceClock(api, 4);
    expect(await contactCount()).toBe(270);
    expect(await contactCount('&subscribed=false')).toBe(84 + 20);
    const excluded = (await api.get('/contacts?search=person1@acme.io')).body.data[0];

    const unsub = await queueBulk('unsubscribe', { mode: 'query', filter: { search: 'ACME' }, excludeIds: [excluded.id] });
    expect((await bulkJob(unsub)).body.data).toEqual({
      projectId,
      operation: 'unsubscribe',
      selector: { mode: 'query', filter: { search: 'ACME' }, excludeIds: [excluded.id] },
    });
    // Created after queuing but before the job starts: matched.
    await createContact({ email: 'late@acme.io' });
    await advanceClock(api, 1);
    expect((await bulkJob(unsub)).body).toMatchObject({ state: 'active', progress: 0 });
    await advanceClock(api, 1);
    expect((await bulkJob(unsub)).body.progress).toBe(40);
    await advanceClock(api, 1);
    expect((await bulkJob(unsub)).body.progress).toBe(80);
    await advanceClock(api, 1);
    // 250 acme contacts − 1 excluded + 1 late = 250 requested; 84 were already unsubscribed.
    expect((await bulkJob(unsub)).body).toMatchObject({
      state: 'completed',
      progress: 100,
      result: { operation: 'unsubscribe', totalRequested: 250, successCount: 166, unchangedCount: 84, failureCount: 0, errors: [] },
    });
    expect(await contactCount('&search=acme&subscribed=true')).toBe(1);
    expect((await contact(excluded.id)).subscribed).toBe(true);

    const sub = await queueBulk('subscribe', { mode: 'query', filter: { subscribed: false, search: '@other.io' } });
    await advanceClock(api, 2);
    expect((await bulkJob(sub)).body.result).toMatchObject({ totalRequested: 20, successCount: 20, unchangedCount: 0, failureCount: 0 });
    expect(await contactCount('&search=other.io&subscribed=false')).toBe(0);

    const del = await queueBulk('delete', { mode: 'query' });
    expect((await bulkJob(del)).body.data.selector).toEqual({ mode: 'query', filter: {} });
    await advanceClock(api, 4);
    expect((await bulkJob(del)).body.result).toEqual({
      operation: 'delete',
      totalRequested: 271,
      successCount: 271,
      unchangedCount: 0,
      failureCount: 0,
      errors: [],
    });
    expect(await contactCount()).toBe(0);

    // No match: completed as soon as it starts, progress 100, all counts 0.
    const nothing = await queueBulk('delete', { mode: 'query', filter: { search: 'nobody' } });
    await advanceClock(api, 1);
    expect((await bulkJob(nothing)).body).toMatchObject({
      state: 'completed',
      progress: 100,
      result: { totalRequested: 0, successCount: 0, unchangedCount: 0, failureCount: 0, errors: [] },
    });
  });

  it('refuses more than 1,000 ids or a body without mode with a flat 400, queuing nothing', async () => {
    const ids = Array.from({ length: 1001 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const tooMany = await api.post('/contacts/bulk-delete').send({ mode: 'ids', contactIds: ids });
    expect(tooMany.status).toBe(400);
    expect(Object.keys(tooMany.body)).toEqual(['error']);
    expect(tooMany.body.error).toMatch(/1000/);
    const noMode = await api.post('/contacts/bulk-subscribe').send({ contactIds: ids.slice(0, 2) });
    expect(noMode.status).toBe(400);
    expect(Object.keys(noMode.body)).toEqual(['error']);
    expect(await pendingJobs(api)).toBe(0);
    // 1,000 is fine.
    expect((await api.post('/contacts/bulk-delete').send({ mode: 'ids', contactIds: ids.slice(0, 1000) })).status).toBe(202);
  });
});

describe('job lookup', () => {
  it('answers 404 for unknown ids, ids of the other kind and jobs of another workspace', async () => {
    const importId = await queueImport('email\na@example.com\n');
    const bulkId = await queueBulk('delete', { mode: 'query' });

    expect((await importJob('import-nope')).body).toEqual({ error: 'Import job not found' });
    expect((await bulkJob('bulk-delete-nope')).body).toEqual({ error: 'Bulk action job not found' });
    const wrongKind = await bulkJob(importId);
    expect(wrongKind.status).toBe(404);
    expect(wrongKind.body).toEqual({ error: 'Bulk action job not found' });
    const wrongKind2 = await importJob(bulkId);
    expect(wrongKind2.status).toBe(404);
    expect(wrongKind2.body).toEqual({ error: 'Import job not found' });

    const other = api.as(OTHER_KEY);
    const foreignImport = (await upload('email\nz@example.com\n', 'z.csv', 'text/csv', other)).body.jobId as string;
    const foreignBulk = (await other.post('/contacts/bulk-subscribe').send({ mode: 'query' })).body.jobId as string;
    expect((await importJob(foreignImport, other)).status).toBe(200);
    expect((await bulkJob(foreignBulk, other)).status).toBe(200);
    const stranger = await importJob(foreignImport);
    expect(stranger.status).toBe(404);
    expect(stranger.body).toEqual({ error: 'Import job not found' });
    expect((await bulkJob(foreignBulk)).body).toEqual({ error: 'Bulk action job not found' });
    // And the other way round.
    expect((await importJob(importId, other)).status).toBe(404);
    expect((await bulkJob(bulkId, other)).status).toBe(404);
  });
});
