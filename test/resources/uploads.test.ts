/**
 * Bulk contact uploads: POST /v2/contacts/bulk (JSON and CSV), POST /v1/bulk-contacts, and the control
 * plane's GET /__sandbox/uploads/{id}. Processing runs on the workspace clock, so every test freezes it
 * and advances it: pending → processing (after the 1 s processing latency) → a batch of 500 rows per
 * second → completed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { advanceClock, pendingJobs, type Json } from '../support/fixtures.js';
import { DEFAULT_KEYS } from '../../src/sandbox.js';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const MESSAGE = 'Upload received. Processing will begin shortly.';


interface World {
  api: TestApi;
  team: Json;
  campaign: Json;
  otherTeam: Json;
  otherCampaign: Json;
}

async function world(options: Parameters<typeof createTestApi>[0] = {}): Promise<World> {
  const api = await createTestApi({ seedData: false, ...options });
  const team = (await api.post('/v2/teams').send({ name: 'Acme' })).body.data;
  const otherTeam = (await api.post('/v2/teams').send({ name: 'Globex' })).body.data;
  const campaign = (await api.post('/v2/campaigns').send({ TeamId: team.id, name: 'Q3 Outreach' })).body.data;
  const otherCampaign = (await api.post('/v2/campaigns').send({ TeamId: otherTeam.id, name: 'Globex Outreach' })).body.data;
  const frozen = await api.post('/__sandbox/clock').send({ action: 'freeze' });
  expect(frozen.status).toBe(200);
  return { api, team, campaign, otherTeam, otherCampaign };
}

async function upload(api: TestApi, id: string): Promise<Json> {
  const res = await api.get(`/__sandbox/uploads/${id}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

async function contacts(api: TestApi, w: World, query = ''): Promise<{ data: Json[]; total: number }> {
  const res = await api.get(`/v2/contacts?TeamId=${w.team.id}&CampaignId=${w.campaign.id}&limit=100${query}`);
  expect(res.status).toBe(200);
  return { data: res.body.data, total: res.body.pagination.total };
}

async function postJson(w: World, rows: Json[], extra: Json = {}) {
  return w.api.post('/v2/contacts/bulk').send({ contacts: rows, TeamId: w.team.id, CampaignId: w.campaign.id, ...extra });
}

function postCsv(w: World, csv: string | Buffer, fields: Record<string, string> = {}) {
  const req = w.api.post('/v2/contacts/bulk');
  const all = { TeamId: w.team.id, CampaignId: w.campaign.id, ...fields };
  for (const [name, value] of Object.entries(all)) req.field(name, value);
  return req.attach('contacts', Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'), { filename: 'contacts.csv', contentType: 'text/csv' });
}

/** Runs an upload to its end: the latency, then one batch per second. */
async function complete(api: TestApi, id: string): Promise<Json> {
  await advanceClock(api, 60);
  const done = await upload(api, id);
  expect(done.status).toBe('completed');
  return done;
}

describe('POST /v2/contacts/bulk with a JSON body', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it('answers 202 pending, then processes on the clock: pending → processing → completed', async () => {
    const res = await postJson(w, [
      { email: 'alice@acmecorp.com', first_name: 'Alice', last_name: 'Smith', company_name: 'Acme Corp' },
      { email: 'bob@globex.com', first_name: 'Bob', custom: { department: 'Sales' } },
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body).toMatchObject({ success: true, data: { status: 'pending', contact_count: 2, message: MESSAGE } });
    const id = res.body.data.upload_id;

    const pending = await upload(w.api, id);
    expect(pending).toMatchObject({ upload_id: id, status: 'pending', source: 'json', team_id: w.team.id, campaign_id: w.campaign.id });
    expect(pending).toMatchObject({ contact_count: 2, processed_count: 0, rows: [], completed_at: null });
    expect((await contacts(w.api, w)).total).toBe(0);

    await advanceClock(w.api, 1);
    const processing = await upload(w.api, id);
    expect(processing).toMatchObject({ status: 'processing', processed_count: 0 });
    expect((await contacts(w.api, w)).total).toBe(0);

    await advanceClock(w.api, 1);
    const done = await upload(w.api, id);
    expect(done).toMatchObject({ status: 'completed', processed_count: 2, created_count: 2, updated_count: 0, failed_count: 0 });
    expect(Date.parse(done.completed_at) - Date.parse(done.created_at)).toBe(2000);
    const list = await contacts(w.api, w);
    expect(list.total).toBe(2);
    const alice = list.data.find(c => c.email === 'alice@acmecorp.com')!;
    expect(alice).toMatchObject({ first_name: 'Alice', last_name: 'Smith', company_name: 'Acme Corp', CampaignId: w.campaign.id });
    expect(list.data.find(c => c.email === 'bob@globex.com')!.custom).toEqual({ department: 'Sales' });
    expect(done.rows.map((r: Json) => r.contact_id).sort()).toEqual(list.data.map(c => c.id).sort());
  });

  it('fails the rows that cannot be imported, each with its reason, and imports the rest', async () => {
    const res = await postJson(w, [
      { email: 'good@acmecorp.com' },
      { first_name: 'Nobody', company_name: 'No identifier' },
      { twitter: '@only_twitter', note: 'twitter alone is not enough' },
      { email: 'not-an-email' },
      { linkedin_url: 'https://www.linkedin.com/in/only-linkedin' },
      { email: '   ', first_name: 'Blank email' },
    ]);
    expect(res.status).toBe(202);
    const done = await complete(w.api, res.body.data.upload_id);
    expect(done).toMatchObject({ contact_count: 6, processed_count: 6, created_count: 2, updated_count: 0, failed_count: 4 });
    expect(done.rows).toEqual([
      { row: 1, status: 'created', contact_id: expect.any(String) },
      { row: 2, status: 'failed', contact_id: null, reason: 'Row has neither email nor linkedin_url' },
      { row: 3, status: 'failed', contact_id: null, reason: 'Row has neither email nor linkedin_url' },
      { row: 4, status: 'failed', contact_id: null, reason: 'email must be a valid email' },
      { row: 5, status: 'created', contact_id: expect.any(String) },
      { row: 6, status: 'failed', contact_id: null, reason: 'Row has neither email nor linkedin_url' },
    ]);
    const list = await contacts(w.api, w);
    expect(list.data.map(c => c.email ?? c.linkedin_url).sort()).toEqual(['good@acmecorp.com', 'https://www.linkedin.com/in/only-linkedin']);
  });

  it('never duplicates: importing the same rows again updates them (also within one upload)', async () => {
    const rows = [{ email: 'alice@acmecorp.com', title: 'CTO' }, { email: 'bob@globex.com' }, { email: 'ALICE@acmecorp.com', first_name: 'Alice' }];
    const first = await complete(w.api, (await postJson(w, rows)).body.data.upload_id);
    expect(first).toMatchObject({ created_count: 2, updated_count: 1, failed_count: 0 });
    expect(first.rows[2].contact_id).toBe(first.rows[0].contact_id);

    const again = await complete(w.api, (await postJson(w, [{ email: 'alice@acmecorp.com', title: 'CEO' }, { email: 'bob@globex.com' }])).body.data.upload_id);
    expect(again).toMatchObject({ created_count: 0, updated_count: 2, failed_count: 0 });
    expect(again.rows.map((r: Json) => r.contact_id)).toEqual([first.rows[0].contact_id, first.rows[1].contact_id]);
    const list = await contacts(w.api, w);
    expect(list.total).toBe(2);
    expect(list.data.find(c => c.email === 'alice@acmecorp.com')).toMatchObject({ title: 'CEO', first_name: 'Alice' });
    // One team profile per person as well.
    expect((await w.api.get(`/v2/teams/${w.team.id}/usage`)).body.data.contacts_used).toBe(2);
  });

  it('validate_emails spends a credit only for profiles not yet validated', async () => {
    const usage = async () => (await w.api.get(`/v2/teams/${w.team.id}/usage`)).body.data.email_validation_credits_used;
    await complete(w.api, (await postJson(w, [{ email: 'plain@acmecorp.com' }])).body.data.upload_id);
    expect(await usage()).toBe(0);
    expect((await contacts(w.api, w)).data[0].valid2).toBe(-1);

    const rows = [{ email: 'plain@acmecorp.com' }, { email: 'invalid.person@acmecorp.com' }, { linkedin_url: 'https://www.linkedin.com/in/no-email' }];
    await complete(w.api, (await postJson(w, rows, { validate_emails: true })).body.data.upload_id);
    expect(await usage()).toBe(2);
    const byEmail = new Map((await contacts(w.api, w)).data.map(c => [c.email, c.valid2]));
    expect(byEmail.get('plain@acmecorp.com')).toBe(1);
    expect(byEmail.get('invalid.person@acmecorp.com')).toBe(2);

    // The same profiles again: already validated, nothing spent; one new address: one credit.
    await complete(w.api, (await postJson(w, [...rows, { email: 'new@acmecorp.com' }], { validate_emails: true })).body.data.upload_id);
    expect(await usage()).toBe(3);
  });

  it('records upload_completed in the events with the counts', async () => {
    const id = (await postJson(w, [{ email: 'alice@acmecorp.com' }, { first_name: 'Nobody' }])).body.data.upload_id;
    const before = await w.api.get(`/v2/events?type=upload_completed&TeamId=${w.team.id}`);
    expect(before.status).toBe(200);
    expect(before.body.data).toEqual([]);
    await complete(w.api, id);
    const events = await w.api.get(`/v2/events?type=upload_completed&TeamId=${w.team.id}`);
    expect(events.body.data).toHaveLength(1);
    expect(events.body.data[0]).toMatchObject({
      type: 'upload_completed',
      campaign_id: w.campaign.id,
      details: { upload_id: id, created: 1, updated: 0, failed: 1 },
    });
  });

  it('refuses a team or campaign the single create refuses, queueing nothing', async () => {
    const unknownTeam = await postJson(w, [{ email: 'a@acmecorp.com' }], { TeamId: UNKNOWN_ID });
    expect(unknownTeam.status).toBe(403);
    expect(unknownTeam.body.error).toMatchObject({ code: 'team_access_denied', param: 'TeamId' });
    const unknownCampaign = await postJson(w, [{ email: 'a@acmecorp.com' }], { CampaignId: UNKNOWN_ID });
    expect(unknownCampaign.status).toBe(404);
    expect(unknownCampaign.body.error.code).toBe('campaign_not_found');
    const foreign = await postJson(w, [{ email: 'a@acmecorp.com' }], { CampaignId: w.otherCampaign.id });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error).toMatchObject({ code: 'validation_error', param: 'CampaignId' });
    expect(await pendingJobs(w.api)).toBe(0);
    await advanceClock(w.api, 60);
    expect((await contacts(w.api, w)).total).toBe(0);
  });

  it('refuses more than 10,000 rows and an empty list (the documented limits)', async () => {
    const tooMany = await postJson(w, Array.from({ length: 10_001 }, (_, i) => ({ email: `p${i}@acmecorp.com` })));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.param).toBe('contacts');
    const empty = await postJson(w, []);
    expect(empty.status).toBe(400);
    expect(await pendingJobs(w.api)).toBe(0);
  });

  it('shows progress mid-way: 1,200 rows in batches of 500, one batch per second', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => ({ email: `person${i}@acmecorp.com`, first_name: `P${i}` }));
    const id = (await postJson(w, rows)).body.data.upload_id;
    const counts: Json[] = [];
    for (let s = 0; s < 5; s++) {
      const u = await upload(w.api, id);
      counts.push({ status: u.status, processed: u.processed_count, listed: (await contacts(w.api, w)).total });
      await advanceClock(w.api, 1);
    }
    expect(counts).toEqual([
      { status: 'pending', processed: 0, listed: 0 },
      { status: 'processing', processed: 0, listed: 0 },
      { status: 'processing', processed: 500, listed: 500 },
      { status: 'processing', processed: 1000, listed: 1000 },
      { status: 'completed', processed: 1200, listed: 1200 },
    ]);
    const done = await upload(w.api, id);
    expect(done.rows).toHaveLength(1200);
    expect(done.rows[1199]).toMatchObject({ row: 1200, status: 'created' });
  });

  it('fails the rest of an upload whose campaign was deleted while it waited', async () => {
    const id = (await postJson(w, [{ email: 'a@acmecorp.com' }])).body.data.upload_id;
    expect((await w.api.delete(`/v2/campaigns/${w.campaign.id}`)).status).toBe(200);
    await advanceClock(w.api, 60);
    const failed = await upload(w.api, id);
    expect(failed).toMatchObject({ status: 'failed', failure_reason: 'Campaign not found', processed_count: 0 });
    expect(failed.completed_at).not.toBeNull();
    expect((await w.api.get(`/v2/teams/${w.team.id}/usage`)).body.data.contacts_used).toBe(0);
  });
});

describe('POST /v2/contacts/bulk with a CSV file', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it('imports a CSV through mapping_fields, with a BOM, quoted commas and quoted line breaks', async () => {
    const csv =
      '\uFEFFEmail,Full Company,First Name,Dept,Notes\r\n' +
      'alice@acmecorp.com,"Acme, Inc.",Alice,Sales,"line one\nline two"\r\n' +
      'bob@globex.com,"Globex ""West""",Bob,,\r\n';
    const res = await postCsv(w, csv, {
      mapping_fields: JSON.stringify({ Email: 'email', 'Full Company': 'company_name', 'First Name': 'first_name', Dept: 'custom.department' }),
      validate_emails: 'false',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.data).toMatchObject({ status: 'pending', contact_count: 2, message: MESSAGE });
    const id = res.body.data.upload_id;
    expect((await upload(w.api, id)).source).toBe('csv');
    expect((await contacts(w.api, w)).total).toBe(0);

    const done = await complete(w.api, id);
    expect(done).toMatchObject({ processed_count: 2, created_count: 2, failed_count: 0 });
    const list = await contacts(w.api, w);
    const alice = list.data.find(c => c.email === 'alice@acmecorp.com')!;
    expect(alice).toMatchObject({ company_name: 'Acme, Inc.', first_name: 'Alice', custom: { department: 'Sales' } });
    const bob = list.data.find(c => c.email === 'bob@globex.com')!;
    // An empty cell leaves the field unset; the unmapped Notes column is ignored.
    expect(bob).toMatchObject({ company_name: 'Globex "West"', first_name: 'Bob', custom: {} });
  });

  it('without mapping_fields uses the headers named like contact fields and ignores the rest', async () => {
    const csv = 'email,first_name,Company_Name,favourite colour\nalice@acmecorp.com,Alice,Acme,blue\n,NoId,Acme,red\n';
    const id = (await postCsv(w, csv)).body.data.upload_id;
    const done = await complete(w.api, id);
    expect(done.rows).toEqual([
      { row: 1, status: 'created', contact_id: expect.any(String) },
      { row: 2, status: 'failed', contact_id: null, reason: 'Row has neither email nor linkedin_url' },
    ]);
    const [alice] = (await contacts(w.api, w)).data;
    expect(alice).toMatchObject({ email: 'alice@acmecorp.com', first_name: 'Alice', company_name: 'Acme', custom: {} });
  });

  it('validate_emails=true spends credits on the imported addresses', async () => {
    await complete(w.api, (await postCsv(w, 'email\nfirst@acmecorp.com\nsecond@acmecorp.com\n', { validate_emails: 'true' })).body.data.upload_id);
    expect((await w.api.get(`/v2/teams/${w.team.id}/usage`)).body.data.email_validation_credits_used).toBe(2);
    expect((await contacts(w.api, w)).data.every(c => c.valid2 === 1)).toBe(true);
  });

  it('re-uploading the same CSV updates and never duplicates', async () => {
    const csv = 'email,title\nalice@acmecorp.com,CTO\nbob@globex.com,VP\n';
    await complete(w.api, (await postCsv(w, csv)).body.data.upload_id);
    const again = await complete(w.api, (await postCsv(w, csv)).body.data.upload_id);
    expect(again).toMatchObject({ created_count: 0, updated_count: 2 });
    expect((await contacts(w.api, w)).total).toBe(2);
  });

  it('answers a malformed CSV with a 400 giving the parser reason, and queues nothing', async () => {
    const res = await postCsv(w, 'email,first_name\nalice@acmecorp.com,Alice\nbob@globex.com,"Bob\n');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_error', param: 'contacts' });
    expect(res.body.error.message).toMatch(/not valid CSV: Quote Not Closed/);
    const ragged = await postCsv(w, 'email,first_name\nalice@acmecorp.com,Alice,extra\n');
    expect(ragged.status).toBe(400);
    expect(ragged.body.error.message).toMatch(/Invalid Record Length/);
    expect(await pendingJobs(w.api)).toBe(0);
    await advanceClock(w.api, 60);
    expect((await contacts(w.api, w)).total).toBe(0);
  });

  it('refuses a CSV without data rows, without an identifier column, or over 10,000 rows', async () => {
    const headerOnly = await postCsv(w, 'email,first_name\n');
    expect(headerOnly.status).toBe(400);
    expect(headerOnly.body.error.message).toMatch(/no data rows/);
    const empty = await postCsv(w, '');
    expect(empty.status).toBe(400);
    expect(empty.body.error.param).toBe('contacts');
    const noIdentifier = await postCsv(w, 'first_name,last_name\nAlice,Smith\n');
    expect(noIdentifier.status).toBe(400);
    expect(noIdentifier.body.error.message).toMatch(/No CSV column maps to email or linkedin_url/);
    const big = 'email\n' + Array.from({ length: 10_001 }, (_, i) => `p${i}@acmecorp.com`).join('\n');
    const tooMany = await postCsv(w, big);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toMatchObject({ param: 'contacts', message: 'contacts holds more than 10000 data rows; an upload takes at most 10000' });
    expect(await pendingJobs(w.api)).toBe(0);
  });

  it('refuses a bad mapping_fields with a 400 naming mapping_fields', async () => {
    const csv = 'Email,Company\nalice@acmecorp.com,Acme\n';
    const cases: [string, RegExp][] = [
      ['{"Email": "email",', /not valid JSON/],
      ['["email"]', /must be a JSON object/],
      ['{"Email": "email", "Company": "employer"}', /"employer", which is not a contact field/],
      ['{"Email": 3}', /must be a contact field name/],
      ['{"E-mail": "email"}', /column the CSV does not have: "E-mail"/],
      ['{"Email": "email", "Company": "email"}', /both map to email/],
    ];
    for (const [mapping, message] of cases) {
      const res = await postCsv(w, csv, { mapping_fields: mapping });
      expect(res.status, mapping).toBe(400);
      expect(res.body.error.param, mapping).toBe('mapping_fields');
      expect(res.body.error.message, mapping).toMatch(message);
    }
    expect(await pendingJobs(w.api)).toBe(0);
  });

  it('checks the team and campaign before the file', async () => {
    const broken = 'email\n"unclosed';
    expect((await postCsv(w, broken, { TeamId: UNKNOWN_ID })).status).toBe(403);
    const unknown = await postCsv(w, 'email\na@acmecorp.com\n', { CampaignId: UNKNOWN_ID });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('campaign_not_found');
    const foreign = await postCsv(w, 'email\na@acmecorp.com\n', { CampaignId: w.otherCampaign.id });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.param).toBe('CampaignId');
    expect(await pendingJobs(w.api)).toBe(0);
  });
});

describe('POST /v1/bulk-contacts', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  it('answers {message, uploadId} and imports on the clock into the same state', async () => {
    const res = await w.api.post('/v1/bulk-contacts').send({
      contacts: [{ email: 'alice@acmecorp.com', first_name: 'Alice' }, { linkedin_url: 'https://www.linkedin.com/in/bob', last_name: null }],
      TeamId: w.team.id,
      CampaignId: w.campaign.id,
      validate_emails: 'true',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ message: MESSAGE, uploadId: expect.any(String) });
    expect(await upload(w.api, res.body.uploadId)).toMatchObject({ source: 'v1', status: 'pending', contact_count: 2 });
    expect((await contacts(w.api, w)).total).toBe(0);
    const done = await complete(w.api, res.body.uploadId);
    expect(done).toMatchObject({ created_count: 2, failed_count: 0 });
    const list = await contacts(w.api, w);
    expect(list.data.map(c => c.email ?? c.linkedin_url).sort()).toEqual(['alice@acmecorp.com', 'https://www.linkedin.com/in/bob']);
    expect((await w.api.get(`/v2/teams/${w.team.id}/usage`)).body.data.email_validation_credits_used).toBe(1);
  });

  it('refuses bad uploads in the V1 envelope, queueing nothing', async () => {
    const noId = await w.api.post('/v1/bulk-contacts').send({ contacts: [{ first_name: 'Nobody' }], TeamId: w.team.id, CampaignId: w.campaign.id });
    expect(noId.status).toBe(400);
    expect(noId.body.success).toBe(false);
    const team = await w.api.post('/v1/bulk-contacts').send({ contacts: [{ email: 'a@acmecorp.com' }], TeamId: UNKNOWN_ID, CampaignId: w.campaign.id });
    expect(team.status).toBe(403);
    expect(team.body).toEqual({ success: false, error: 'You do not have access to this team' });
    const campaign = await w.api.post('/v1/bulk-contacts').send({ contacts: [{ email: 'a@acmecorp.com' }], TeamId: w.team.id, CampaignId: UNKNOWN_ID });
    expect(campaign.status).toBe(404);
    expect(campaign.body).toEqual({ success: false, error: 'Campaign not found' });
    expect(await pendingJobs(w.api)).toBe(0);
  });
});

describe('GET /__sandbox/uploads/{id}', () => {
  it('is 404 upload_not_found for an unknown id and for another workspace\'s upload', async () => {
    const w = await world({ keys: [...DEFAULT_KEYS, { key: 'other_key', kind: 'supersend', workspaceId: 'other' }] });
    const unknown = await w.api.get(`/__sandbox/uploads/${UNKNOWN_ID}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('upload_not_found');
    const id = (await postJson(w, [{ email: 'a@acmecorp.com' }])).body.data.upload_id;
    expect((await w.api.get(`/__sandbox/uploads/${id}`)).status).toBe(200);
    const foreign = await w.api.as('other_key').get(`/__sandbox/uploads/${id}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.code).toBe('upload_not_found');
  });
});

/**
 * Values inside an upload (CSV cells, JSON rows whose fields the document leaves free-form) are held to
 * the single create's bounds: a row with a value out of bounds fails with its reason, the rest import,
 * and nothing stored can make a later read or save fail.
 */
describe('upload rows held to the single create bounds', () => {
  let w: World;
  beforeEach(async () => {
    w = await world();
  });

  const LONG_NAME = 'N'.repeat(256);

  /** Lists and the workspace export still answer (checked against the documents), and the export fits back. */
  async function readsStillWork(): Promise<Json[]> {
    const list = await contacts(w.api, w);
    const state = await w.api.get('/__sandbox/state');
    expect(state.status).toBe(200);
    const back = await w.api.as('test_bounds_copy').put('/__sandbox/state').send(state.body);
    expect(back.status, JSON.stringify(back.body).slice(0, 500)).toBe(200);
    return list.data;
  }

  it('CSV: an overlong cell, a control character, a bad email and a bad custom cell fail as rows; good rows import', async () => {
    const csv = [
      'email,first_name,note',
      'good1@acmecorp.com,Ada,fine',
      `long@acmecorp.com,${LONG_NAME},x`,
      'ctrl@acmecorp.com,"Bo\u0001b",x',
      'not-an-email,Cy,x',
      `custom@acmecorp.com,Di,${'c'.repeat(65_537)}`,
      'good2@acmecorp.com,"Eve\tTab",two words',
    ].join('\n');
    const res = await postCsv(w, csv, { mapping_fields: JSON.stringify({ note: 'custom.note' }) });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const done = await complete(w.api, res.body.data.upload_id);
    expect(done, JSON.stringify(done.rows)).toMatchObject({ contact_count: 6, processed_count: 6, created_count: 2, failed_count: 4 });
    expect(done.rows).toEqual([
      { row: 1, status: 'created', contact_id: expect.any(String) },
      { row: 2, status: 'failed', contact_id: null, reason: 'first_name is longer than 255 characters' },
      { row: 3, status: 'failed', contact_id: null, reason: 'first_name holds control characters' },
      { row: 4, status: 'failed', contact_id: null, reason: 'email must be a valid email' },
      { row: 5, status: 'failed', contact_id: null, reason: 'custom.note is longer than 65536 characters' },
      { row: 6, status: 'created', contact_id: expect.any(String) },
    ]);
    const listed = await readsStillWork();
    expect(listed.map(c => c.email).sort()).toEqual(['good1@acmecorp.com', 'good2@acmecorp.com']);
    expect(listed.find(c => c.email === 'good2@acmecorp.com')).toMatchObject({ first_name: 'Eve\tTab', custom: { note: 'two words' } });
  });

  it('JSON rows (V2 and V1): out-of-bounds fields and custom values fail as rows; good rows import', async () => {
    const res = await postJson(w, [
      { email: 'good@acmecorp.com', custom: { plan: 'pro' } },
      { email: 'nul@acmecorp.com', company_name: 'Acme\u0000' },
      { email: 'key@acmecorp.com', custom: { 'bad\u001fkey': 'x' } },
      { email: 'deep@acmecorp.com', custom: { profile: { bio: 'b'.repeat(65_537) } } },
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    const done = await complete(w.api, res.body.data.upload_id);
    expect(done.rows).toEqual([
      { row: 1, status: 'created', contact_id: expect.any(String) },
      { row: 2, status: 'failed', contact_id: null, reason: 'company_name holds control characters' },
      { row: 3, status: 'failed', contact_id: null, reason: 'a key of custom holds control characters' },
      { row: 4, status: 'failed', contact_id: null, reason: 'custom.profile.bio is longer than 65536 characters' },
    ]);
    const v1 = await w.api.post('/v1/bulk-contacts').send({
      contacts: [{ email: 'v1good@acmecorp.com', title: 'CTO' }, { email: 'v1bad@acmecorp.com', title: 'C\u0007TO' }],
      TeamId: w.team.id,
      CampaignId: w.campaign.id,
    });
    expect(v1.status, JSON.stringify(v1.body)).toBe(200);
    const v1done = await complete(w.api, v1.body.uploadId);
    expect(v1done.rows).toEqual([
      { row: 1, status: 'created', contact_id: expect.any(String) },
      { row: 2, status: 'failed', contact_id: null, reason: 'title holds control characters' },
    ]);
    const listed = await readsStillWork();
    expect(listed.map(c => c.email).sort()).toEqual(['good@acmecorp.com', 'v1good@acmecorp.com']);
  });
});
