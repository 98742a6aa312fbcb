/**
 * Input limits (README "Input limits"): lengths, nesting depth, number syntax, charset and BOM, control
 * characters, required bodies. Each hostile request gets an exact 4xx in its family's envelope with the
 * field named, and leaves the state as it was.
 */
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Response } from 'supertest';
import { createTestApi, type TestApi } from '../support/api.js';
import { loadContract } from '../../src/contract/contract.js';
import { MAX_JSON_DEPTH } from '../../src/http/body.js';

type Json = Record<string, any>;

let api: TestApi;
let teamId: string;
let campaignId: string;

beforeAll(async () => {
  api = await createTestApi();
  teamId = (await api.get('/v2/teams')).body.data[0].id;
  campaignId = (await api.get(`/v2/campaigns?TeamId=${teamId}`)).body.data[0].id;
});

/** `{"a":{"a":…1…}}`, `levels` objects deep. */
const nested = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

function expectV2Error(res: Response, status: number, code: string, param: string): void {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  expect(res.body.error).toMatchObject({ code, param });
}

async function skContact(email: string): Promise<Json> {
  const res = await api.post('/contacts').send({ email, data: { plan: 'pro' } });
  expect(res.status).toBe(201);
  return res.body;
}

async function skTotal(): Promise<number> {
  const res = await api.get('/contacts?limit=100');
  expect(res.status).toBe(200);
  return res.body.total;
}

describe('nesting depth', () => {
  const tooDeep = nested(10_000);

  it('refuses a 10,000-deep field on every family, naming the field, and stores nothing', async () => {
    const before = await skTotal();
    const contactsBefore = (await api.get(`/v2/contacts?TeamId=${teamId}&limit=1`)).body.pagination.total;
    const contact = await skContact('deep-target@example.com');
    const v2 = (await api.get(`/v2/contacts?TeamId=${teamId}&limit=1`)).body.data[0];

    const json = (r: ReturnType<TestApi['post']>) => r.set('Content-Type', 'application/json');
    expectV2Error(await json(api.post('/v2/contacts')).send(`{"TeamId":"${teamId}","email":"deep@example.com","custom":${tooDeep}}`), 400, 'validation_error', 'custom');
    expectV2Error(await json(api.patch(`/v2/contacts/${v2.id}`)).send(`{"custom":${tooDeep}}`), 400, 'validation_error', 'custom');

    const v1 = await json(api.post('/v1/contact/create')).send(`{"TeamId":"${teamId}","email":"deep@example.com","custom":${tooDeep}}`);
    expect(v1.status).toBe(400);
    expect(v1.body).toEqual({ success: false, error: `custom is nested too deeply (at most ${MAX_JSON_DEPTH} levels of objects and arrays)` });

    const deepData = `data is nested too deeply (at most ${MAX_JSON_DEPTH} levels of objects and arrays)`;
    const created = await json(api.post('/contacts')).send(`{"email":"deep@example.com","data":${tooDeep}}`);
    expect(created.status).toBe(400);
    expect(created.body).toEqual({ error: deepData });
    const patched = await json(api.patch(`/contacts/${contact.id}`)).send(`{"data":${tooDeep}}`);
    expect(patched.status).toBe(400);
    expect(patched.body.error).toMatchObject({ code: 'VALIDATION_ERROR', statusCode: 400, message: deepData });

    expect(await skTotal()).toBe(before + 1);
    expect((await api.get(`/contacts/${contact.id}`)).body.data).toEqual({ plan: 'pro' });
    expect((await api.get(`/v2/contacts?TeamId=${teamId}&limit=1`)).body.pagination.total).toBe(contactsBefore);
  });

  it('accepts exactly the documented depth', async () => {
    // The body is level 1, `data` level 2: MAX_JSON_DEPTH - 1 more objects fit inside.
    const res = await api.post('/contacts').set('Content-Type', 'application/json')
      .send(`{"email":"just-deep-enough@example.com","data":${nested(MAX_JSON_DEPTH - 1)}}`);
    expect(res.status).toBe(201);
    const refused = await api.post('/contacts').set('Content-Type', 'application/json')
      .send(`{"email":"one-too-deep@example.com","data":${nested(MAX_JSON_DEPTH)}}`);
    expect(refused.status).toBe(400);
  });

  it('refuses a deep import on the control plane and keeps the workspace as it was', async () => {
    // A fresh sandbox on a frozen clock: no queued work can fall due between the two exports.
    const api = await createTestApi();
    api.sandbox.workspace('default')!.clock.freeze();
    const before = await api.get('/__sandbox/state');
    expect(before.status).toBe(200);
    const snapshot = { ...before.body, supersend: { ...before.body.supersend, custom: 'DEEP' } };
    const text = JSON.stringify(snapshot).replace('"DEEP"', tooDeep);
    const res = await api.put('/__sandbox/state').set('Content-Type', 'application/json').send(text);
    expectV2Error(res, 400, 'validation_error', 'supersend');
    const after = await api.get('/__sandbox/state');
    expect({ ...after.body, exported_at: null }).toEqual({ ...before.body, exported_at: null });
  });
});

describe('field count', () => {
  /** `{"k0":1,"k1":1,…}`: `count` fields no schema knows. */
  const manyFields = (count: number) => `{${Array.from({ length: count }, (_, i) => `"k${i}":1`).join(',')}}`;

  it('refuses a body of 200,000 unknown fields with a 400 naming the first, and changes nothing', async () => {
    const before = await api.get('/__sandbox/engagement');
    const res = await api.put('/__sandbox/engagement').set('Content-Type', 'application/json').send(manyFields(200_000));
    expectV2Error(res, 400, 'unknown_parameter', 'k0');
    expect((await api.get('/__sandbox/engagement')).body.data).toEqual(before.body.data);
  });
});

describe('encoding', () => {
  it('tolerates a UTF-8 byte order mark before the JSON', async () => {
    const plain = await api.post('/v1/contact/all').send({ TeamId: teamId, limit: 2 });
    const withBom = await api.post('/v1/contact/all').set('Content-Type', 'application/json').send(`\uFEFF{"TeamId":"${teamId}","limit":2}`);
    expect(withBom.status).toBe(200);
    expect(withBom.body).toEqual(plain.body);

    const contact = await skContact('bom@example.com');
    const patched = await api.patch(`/contacts/${contact.id}`).set('Content-Type', 'application/json').send('\uFEFF{"subscribed":false}');
    expect(patched.status).toBe(200);
    expect(patched.body.subscribed).toBe(false);
  });

  it('refuses a charset other than UTF-8 and changes nothing', async () => {
    const teams = (await api.get('/v2/teams?limit=100')).body.pagination.total;
    for (const charset of ['bogus', 'utf-16', 'latin1']) {
      const res = await api.post('/v2/teams').set('Content-Type', `application/json; charset=${charset}`).send('{"name":"Charset team"}');
      expectV2Error(res, 400, 'unsupported_content_type', 'Content-Type');
      expect(res.body.error.message).toBe(`Unsupported charset "${charset}" in Content-Type; send the body as UTF-8`);
    }
    const sk = await api.post('/contacts').set('Content-Type', 'application/json; charset=bogus').send('{"email":"charset@example.com"}');
    expect(sk.status).toBe(400);
    expect(sk.body).toEqual({ error: 'Unsupported charset "bogus" in Content-Type; send the body as UTF-8' });
    expect((await api.get('/v2/teams?limit=100')).body.pagination.total).toBe(teams);

    for (const ok of ['utf-8', 'UTF-8', '"utf-8"', 'utf8']) {
      const res = await api.post('/v2/teams').set('Content-Type', `application/json; charset=${ok}`).send(`{"name":"Charset ${ok.replaceAll('"', '')}"}`);
      expect(res.status, `${ok}: ${res.text}`).toBe(201);
    }
  });
});

describe('strings', () => {
  it('refuses a control character in an email and keeps the stored one', async () => {
    const contact = await skContact('nul@example.com');
    const res = await api.patch(`/contacts/${contact.id}`).send({ email: 'a\u0000@b.com' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_ERROR', message: 'email must not contain control characters' });
    expect(res.body.error.errors).toEqual([{ field: 'email', code: 'pattern', message: 'email must not contain control characters' }]);
    expect((await api.get(`/contacts/${contact.id}`)).body.email).toBe('nul@example.com');

    expectV2Error(await api.post('/v2/contacts').send({ TeamId: teamId, email: 'tab\t@example.com' }), 400, 'validation_error', 'email');
  });

  it('refuses a control character in an identifier', async () => {
    const res = await api.get('/contacts/import/job%00one');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_ERROR' });
    expect(res.body.error.errors[0]).toMatchObject({ field: 'jobId', code: 'pattern' });
  });

  it('refuses a string over its maxLength, naming it, and creates nothing', async () => {
    const before = (await api.get(`/v2/contacts?TeamId=${teamId}&limit=1`)).body.pagination.total;
    const long = `https://linkedin.com/in/${'a'.repeat(10_000)}`;
    const v1 = await api.post('/v1/contact/create').send({ TeamId: teamId, linkedin_url: long });
    expect(v1.status).toBe(400);
    expect(v1.body).toEqual({ success: false, error: 'linkedin_url must NOT have more than 2048 characters' });
    expectV2Error(await api.post('/v2/contacts').send({ TeamId: teamId, linkedin_url: long }), 400, 'validation_error', 'linkedin_url');
    expectV2Error(await api.post('/v2/contacts').send({ TeamId: teamId, email: `${'a'.repeat(320)}@example.com` }), 400, 'validation_error', 'email');
    expectV2Error(await api.get(`/v2/teams?search=${'x'.repeat(256)}`), 400, 'validation_error', 'search');
    expect((await api.get(`/v2/contacts?TeamId=${teamId}&limit=1`)).body.pagination.total).toBe(before);
  });

  it('keeps constructor and prototype keys as plain data', async () => {
    const contact = await skContact('proto@example.com');
    const res = await api.patch(`/contacts/${contact.id}`).set('Content-Type', 'application/json')
      .send('{"data":{"constructor":{"prototype":{"polluted":true}}}}');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ plan: 'pro', constructor: { prototype: { polluted: true } } });
    expect((await api.get(`/contacts/${contact.id}`)).body.data).toEqual(res.body.data);
    expect(({} as Json).polluted).toBeUndefined();
    expect((await api.get('/contacts')).status).toBe(200);
  });

  it('documents a maxLength for every string of openapi.yaml', async () => {
    const missing: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      const schema = node as Json;
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      const bounded = schema.maxLength !== undefined || schema.enum !== undefined || schema.const !== undefined || schema.format === 'binary';
      if (types.includes('string') && !bounded) missing.push(where);
      for (const [key, value] of Object.entries(schema)) if (key !== 'example' && key !== 'examples') walk(value, `${where}/${key}`);
    };
    walk((await loadContract()).json, '#');
    expect(missing).toEqual([]);
  });
});

/** Every list's paging parameters, from the document. */
async function pagingParameters(): Promise<{ path: string; name: string; family: string }[]> {
  const out: { path: string; name: string; family: string }[] = [];
  for (const op of (await loadContract()).operations) {
    if (op.method !== 'GET' || op.http.request?.path?.length) continue;
    const query = op.http.request?.query ?? [];
    const required = query.filter(p => p.required).map(p => `${p.name}=${p.name.toLowerCase().includes('team') ? teamId : 'x'}`);
    for (const p of query.filter(q => ['offset', 'limit', 'page'].includes(q.name))) out.push({ path: `${op.path}?${required.join('&')}`, name: p.name, family: op.family });
  }
  return out;
}

describe('numbers', () => {
  it('refuses Infinity, NaN, exponents, hex and fractions for every list offset, limit and page', async () => {
    const params = await pagingParameters();
    expect(params.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const { path, name, family } of params) {
      for (const value of ['Infinity', '-Infinity', 'NaN', '1e3', '0x10', '1.5', ' 1', '99999999999999999999']) {
        const res = await api.get(`${path}&${name}=${encodeURIComponent(value)}`);
        const named = family === 'sk' ? res.body.error?.errors?.[0]?.field : family === 'v1' ? (res.body.error?.includes(name) ? name : res.body.error) : res.body.error?.param;
        if (res.status !== 400 || named !== name) wrong.push(`${path} ${name}=${value} → ${res.status} ${res.text.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('still accepts plain decimal paging values', async () => {
    const res = await api.get('/v2/teams?offset=0&limit=5');
    expect(res.status).toBe(200);
    expect(res.body.pagination).toMatchObject({ offset: 0, limit: 5 });
  });

  it('refuses a JSON number that overflows to Infinity', async () => {
    const res = await api.post('/v1/contact/all').set('Content-Type', 'application/json').send(`{"TeamId":"${teamId}","limit":1e400}`);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ success: false, error: 'limit must be an integer' });
  });
});

describe('required bodies', () => {
  it('refuses a bulk delete without contactIds, naming the field', async () => {
    const res = await api.post('/contacts/bulk-delete').send({ mode: 'ids' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'contactIds is required' });
    const empty = await api.post('/contacts/bulk-delete');
    expect(empty.status).toBe(400);
    expect(empty.body).toEqual({ error: 'mode is required' });
  });

  it('refuses a placement test with no body and creates none', async () => {
    const before = (await api.get(`/v2/placement-tests?team_id=${teamId}`)).body;
    // Its fields team_id and sender_id are required: an absent body is answered naming the first.
    expectV2Error(await api.post('/v2/placement-tests'), 400, 'missing_required_parameter', 'team_id');
    expect((await api.get(`/v2/placement-tests?team_id=${teamId}`)).body).toEqual({ ...before, request_id: expect.any(String) });
  });

  it('refuses PATCH/PUT of a campaign or sender with no body and changes nothing', async () => {
    const campaign = (await api.get(`/v2/campaigns/${campaignId}`)).body.data;
    expectV2Error(await api.patch(`/v2/campaigns/${campaignId}`), 400, 'missing_required_parameter', 'body');
    const v1 = await api.put(`/v1/campaign/${campaignId}`);
    expect(v1.status).toBe(400);
    expect(v1.body).toEqual({ success: false, error: 'A request body is required' });
    expect((await api.get(`/v2/campaigns/${campaignId}`)).body.data).toEqual(campaign);

    const sender = (await api.get('/v2/senders')).body.data[0];
    expectV2Error(await api.patch(`/v2/senders/${sender.id}`), 400, 'missing_required_parameter', 'body');
    // An empty object is a body: it changes nothing and answers as the document says.
    expect((await api.patch(`/v2/campaigns/${campaignId}`).send({})).status).toBe(200);
  });
});

/** Captures what sendbox writes on stderr (and keeps it off the test output). */
function spyOnStderr() {
  return vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
}

describe('warn mode', () => {
  let warn: TestApi;
  let stderr: ReturnType<typeof spyOnStderr>;

  beforeAll(async () => {
    warn = await createTestApi({ validation: 'warn' });
    stderr = spyOnStderr();
  });
  afterAll(() => stderr.mockRestore());

  it('answers a clear 400 for a bulk upload without contacts, queueing nothing', async () => {
    const team = (await warn.get('/v2/teams')).body.data[0].id;
    const campaign = (await warn.get(`/v2/campaigns?TeamId=${team}`)).body.data[0].id;
    const res = await warn.post('/v2/contacts/bulk').send({ TeamId: team, CampaignId: campaign });
    expectV2Error(res, 400, 'validation_error', 'contacts');
    expect(res.body.error.message).toBe('contacts must be an array of contact objects');
    expect(res.headers['x-sandbox-validation-warnings']).toContain('contacts is required');
  });

  it('answers a clear 400 for a verification without email, spending no credit', async () => {
    const credits = warn.sandbox.workspace('default')!.stores.supersend.org.verification_credits;
    const res = await warn.post('/v2/email-validation/verify').send({});
    expectV2Error(res, 400, 'validation_error', 'email');
    expect(res.body.error.message).toBe('email must be a string');
    expect(warn.sandbox.workspace('default')!.stores.supersend.org.verification_credits).toBe(credits);
  });

  it('answers a handler that cannot use unchecked input with the first violation, and logs it', async () => {
    stderr.mockClear();
    const res = await warn.post('/v2/contacts').set('Content-Type', 'application/json').send('null');
    expectV2Error(res, 400, 'validation_error', 'body');
    const lines = stderr.mock.calls.map(c => String(c[0])).filter(l => l.includes(res.headers['x-request-id']));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^sendbox: unexpected error in req_[0-9a-f]{24} \(POST \/v2\/contacts\): TypeError: .*\n\s+at /);
  });
});

describe('unexpected errors', () => {
  it('are logged once on stderr with the request id and the stack, and answered 500', async () => {
    const broken = await createTestApi({ handlers: { getTeam: () => { throw new RangeError('broken on purpose'); } } });
    const stderr = spyOnStderr();
    try {
      const res = await broken.get(`/v2/teams/${teamId}`);
      expect(res.status).toBe(500);
      expect(res.body.error).toMatchObject({ type: 'api_error', code: 'internal_error' });
      const lines = stderr.mock.calls.map(c => String(c[0]));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`sendbox: unexpected error in ${res.headers['x-request-id']} (GET /v2/teams/${teamId}): RangeError: broken on purpose\n    at `);
    } finally {
      stderr.mockRestore();
    }
  });
});

describe('413 on a keep-alive connection', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    const small = await createTestApi({ bodyLimits: { jsonBytes: 1024 } });
    server = createServer(small.sandbox.listener);
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

  /** Sends raw bytes on one socket; resolves with all bytes received and how the socket ended. */
  function exchange(request: string): Promise<{ text: string; ending: string }> {
    return new Promise(resolve => {
      const socket = connect(port, '127.0.0.1');
      let text = '';
      socket.on('data', chunk => (text += chunk.toString('latin1')));
      socket.on('end', () => resolve({ text, ending: 'end' }));
      socket.on('error', err => resolve({ text, ending: (err as NodeJS.ErrnoException).code ?? 'error' }));
      socket.write(request);
    });
  }

  it('answers Connection: close and closes cleanly, so the next request goes on a new connection', async () => {
    const body = `{"name":"${'x'.repeat(64 * 1024)}"}`;
    const request = `POST /v2/teams HTTP/1.1\r\nHost: sandbox\r\nConnection: keep-alive\r\nAuthorization: Bearer sandbox_key\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    const result = await exchange(request);
    expect(result.ending).toBe('end');
    const [head, payload] = result.text.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 413 /);
    expect(head.toLowerCase()).toContain('\r\nconnection: close');
    expect(JSON.parse(payload).error).toMatchObject({ code: 'request_too_large', message: 'Request body is larger than 1024 bytes' });
    const next = await exchange('GET /v2/health HTTP/1.1\r\nHost: sandbox\r\nConnection: close\r\n\r\n');
    expect(next.text).toMatch(/^HTTP\/1\.1 200 /);
  });
});
