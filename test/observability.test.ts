/**
 * The request log (one line per request, pino), every validation violation in a response header, and
 * CORS: in-process over HTTP, with the logger writing into memory.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestApi, SUPERSEND_KEY } from './support/api.js';
import { createLogger, type LogFormat } from '../src/log.js';
import { EXPOSED_HEADERS } from '../src/http/cors.js';
import type { SandboxOptions } from '../src/sandbox.js';
import { ApiError } from '../src/http/errors.js';

/** A logger writing into memory; `lines()` gives what it wrote, one entry per line. */
function memoryLogger(format: LogFormat, level: 'info' | 'warn' = 'info') {
  let text = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  const logger = createLogger({ format, level, destination, colorize: false });
  return { logger, lines: () => text.split('\n').filter(Boolean) };
}

async function logged(format: LogFormat, options: SandboxOptions = {}) {
  const log = memoryLogger(format);
  const api = await createTestApi({ logger: log.logger, ...options });
  return { api, lines: log.lines, json: () => log.lines().map(l => JSON.parse(l) as Record<string, unknown>) };
}

const THREE_VIOLATIONS = '/v2/sender-profiles?limit=500&offset=-1';

describe('request log', () => {
  it('writes one JSON line per request with time, method, path, status, duration, request id, workspace and operation', async () => {
    const { api, json } = await logged('json');
    const res = await api.get('/v2/teams');
    expect(res.status).toBe(200);
    const lines = json();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'GET /v2/teams 200',
      method: 'GET',
      path: '/v2/teams',
      status: 200,
      requestId: res.headers['x-request-id'],
      workspace: 'default',
      operationId: 'listTeams',
      violations: [],
      scenarios: [],
      fault: null,
    });
    expect(typeof lines[0].durationMs).toBe('number');
    expect(Date.parse(String(lines[0].time))).not.toBeNaN();
  });

  it('lists every violation of a refused request, and the scenario rule that applied', async () => {
    const { api, json } = await logged('json');
    const res = await api.get(THREE_VIOLATIONS);
    expect(res.status).toBe(400);
    const answered = await api.get('/v2/teams').set('Prefer', 'code=401');
    expect(answered.status).toBe(401);
    const [refused, preferred] = json();
    expect(refused).toMatchObject({ status: 400, requestId: res.headers['x-request-id'] });
    expect(refused.violations).toEqual(['query team_id: team_id is required', 'query limit: limit must be <= 100', 'query offset: offset must be >= 0']);
    expect(preferred).toMatchObject({ status: 401, scenarios: ['prefer:code=401'] });
  });

  it('logs control-plane and unauthenticated requests too, each in its workspace', async () => {
    const { api, json } = await logged('json');
    await api.get('/__sandbox/clock');
    await api.as('test_log_a').get('/v2/teams');
    await api.as('nope').get('/v2/teams');
    expect(json().map(l => [l.path, l.status, l.workspace])).toEqual([
      ['/__sandbox/clock', 200, 'default'],
      ['/v2/teams', 200, 'test:log_a'],
      ['/v2/teams', 401, 'default'],
    ]);
  });

  it('logs an unexpected error with its request id and stack at level error, then the request as a warning', async () => {
    const { api, json } = await logged('json', { handlers: { listTeams: () => { throw new RangeError('broken on purpose'); } } });
    const res = await api.get('/v2/teams');
    expect(res.status).toBe(500);
    const [error, request] = json();
    expect(error).toMatchObject({ level: 50, requestId: res.headers['x-request-id'], where: 'GET /v2/teams', err: { type: 'RangeError', message: 'broken on purpose' } });
    expect(String((error.err as { stack: string }).stack)).toMatch(/^RangeError: broken on purpose\n\s+at /);
    expect(request).toMatchObject({ level: 40, status: 500, requestId: res.headers['x-request-id'] });
  });

  it('answers a plain 500 with its request id and CORS when an error’s own answer cannot be written', async () => {
    // A header value outside Latin-1: Node refuses to write it.
    const refused = new ApiError(409, 'conflict', 'Unwritable', { headers: { 'X-Bad': 'caf\u20ac' } });
    const { api, json } = await logged('json', { handlers: { getTeam: () => { throw refused; } } });
    const res = await api.get('/v2/teams/3f1c6a9e-2b4d-4c8e-9a7f-1d2e3c4b5a69').set('Origin', 'http://app.test');
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('internal_error');
    expect(res.headers['x-request-id']).toMatch(/^req_[0-9a-f]{24}$/);
    expect(res.body.request_id).toBe(res.headers['x-request-id']);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['x-bad']).toBeUndefined();
    const [error, request] = json();
    expect(error).toMatchObject({ level: 50, requestId: res.headers['x-request-id'], where: 'writing the answer' });
    expect(request).toMatchObject({ level: 40, status: 500, requestId: res.headers['x-request-id'] });
    const journal = await api.get('/__sandbox/requests');
    expect(journal.body.data[0]).toMatchObject({ requestId: res.headers['x-request-id'], status: 500 });
  });

  it('pretty: one readable line per request with the violations', async () => {
    const { api, lines } = await logged('pretty');
    const ok = await api.get('/v2/teams');
    const bad = await api.get(THREE_VIOLATIONS);
    const [first, second] = lines();
    expect(lines()).toHaveLength(2);
    expect(first).toMatch(new RegExp(`^\\[\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\] INFO: GET /v2/teams 200 [\\d.]+ms ${ok.headers['x-request-id']} ws=default$`));
    expect(second).toContain(`GET /v2/sender-profiles 400`);
    expect(second).toContain(`${bad.headers['x-request-id']} ws=default violations: query team_id: team_id is required; query limit: limit must be <= 100; query offset: offset must be >= 0`);
  });

  it('at level warn, requests answered normally are not logged, and a 500 still is', async () => {
    const log = memoryLogger('json', 'warn');
    const api = await createTestApi({ logger: log.logger, handlers: { getTeam: () => { throw new RangeError('broken on purpose'); } } });
    expect((await api.get('/v2/teams')).status).toBe(200);
    expect(log.lines()).toEqual([]);
    const broken = await api.get('/v2/teams/3f1c6a9e-2b4d-4c8e-9a7f-1d2e3c4b5a69');
    expect(broken.status).toBe(500);
    const lines = log.lines().map(line => JSON.parse(line));
    expect(lines.map(line => line.level)).toEqual([50, 40]);
    expect(lines[1]).toMatchObject({ status: 500, requestId: broken.headers['x-request-id'], path: '/v2/teams/3f1c6a9e-2b4d-4c8e-9a7f-1d2e3c4b5a69' });
  });
});

describe('X-Sandbox-Validation-Errors', () => {
  it('lists every violation while the body names the first, as the real API does', async () => {
    const api = await createTestApi();
    const res = await api.get(THREE_VIOLATIONS);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'missing_required_parameter', param: 'team_id', message: 'team_id is required' });
    expect(JSON.parse(res.headers['x-sandbox-validation-errors'])).toEqual([
      { in: 'query', param: 'team_id', keyword: 'required', message: 'team_id is required' },
      { in: 'query', param: 'limit', keyword: 'maximum', message: 'limit must be <= 100' },
      { in: 'query', param: 'offset', keyword: 'minimum', message: 'offset must be >= 0' },
    ]);
    expect(res.headers['x-sandbox-validation-error-count']).toBe('3');
  });

  it('is sent in warn mode beside the answer, and not at all for a valid request or in off mode', async () => {
    const warn = await createTestApi({ validation: 'warn' });
    const warned = await warn.get('/v2/teams?limit=500');
    expect(warned.status).toBe(200);
    expect(JSON.parse(warned.headers['x-sandbox-validation-errors'])).toEqual([
      { in: 'query', param: 'limit', keyword: 'maximum', message: 'limit must be <= 100' },
    ]);
    expect((await warn.get('/v2/teams')).headers['x-sandbox-validation-errors']).toBeUndefined();
    const off = await createTestApi({ validation: 'off' });
    const ignored = await off.get('/v2/teams?limit=500');
    expect(ignored.status).toBe(200);
    expect(ignored.headers['x-sandbox-validation-errors']).toBeUndefined();
  });

  it('stays ASCII and within 4 KB when there are many long violations, and the count gives them all', async () => {
    const api = await createTestApi();
    const unknown = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`field_ünknown_${'x'.repeat(40)}_${i}`, 1]));
    const res = await api.post('/v2/contacts').send(unknown);
    expect(res.status).toBe(400);
    const header = res.headers['x-sandbox-validation-errors'];
    expect(header.length).toBeLessThanOrEqual(4096);
    expect(header).toMatch(/^[\x20-\x7e]+$/);
    const listed = JSON.parse(header) as { param: string }[];
    expect(listed.length).toBeGreaterThan(5);
    expect(listed.length).toBeLessThan(202);
    expect(listed.map(v => v.param)).toContain(`field_ünknown_${'x'.repeat(40)}_0`);
    // 200 unknown fields, and TeamId and email missing.
    expect(res.headers['x-sandbox-validation-error-count']).toBe('202');
  });
});

describe('CORS', () => {
  it('answers a preflight on an API path with 204 and the methods that path allows', async () => {
    const api = await createTestApi();
    const res = await supertest(api.sandbox.app)
      .options('/v2/contacts')
      .set('Origin', 'http://app.test')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization, content-type');
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toBe('POST, GET, DELETE');
    expect(res.headers['access-control-allow-headers']).toBe('authorization, content-type');
    expect(res.headers['access-control-max-age']).toBe('600');
    expect(res.headers['x-request-id']).toMatch(/^req_/);
  });

  it('answers preflights on control-plane and secret-key paths; an unknown path stays a 404', async () => {
    const api = await createTestApi();
    const agent = supertest(api.sandbox.app);
    const control = await agent.options('/__sandbox/scenarios/demo/activate').set('Origin', 'http://app.test').set('Access-Control-Request-Method', 'POST');
    expect(control.status).toBe(204);
    expect(control.headers['access-control-allow-methods']).toBe('POST');
    const sk = await agent.options('/contacts/import').set('Origin', 'http://app.test').set('Access-Control-Request-Method', 'POST');
    expect(sk.status).toBe(204);
    const unknown = await agent.options('/v2/nothing-here').set('Origin', 'http://app.test');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('route_not_found');
    expect(unknown.headers['access-control-allow-origin']).toBe('*');
  });

  it('lets a page read answers and the sandbox headers, errors included; preflights stay out of the journal', async () => {
    const api = await createTestApi();
    const ok = await api.get('/v2/teams').set('Origin', 'http://app.test');
    expect(ok.headers['access-control-allow-origin']).toBe('*');
    expect(ok.headers['access-control-expose-headers']).toBe(EXPOSED_HEADERS);
    expect(EXPOSED_HEADERS).toContain('X-Sandbox-Validation-Errors');
    const refused = await api.get(THREE_VIOLATIONS).set('Origin', 'http://app.test');
    expect(refused.headers['access-control-allow-origin']).toBe('*');
    await supertest(api.sandbox.app).options('/v2/teams').set('Origin', 'http://app.test').set('Access-Control-Request-Method', 'GET').set('Authorization', `Bearer ${SUPERSEND_KEY}`);
    const journal = await api.get('/__sandbox/requests');
    expect(journal.body.data.map((e: { method: string }) => e.method)).toEqual(['GET', 'GET']);
  });

  it('with a list of origins, answers only those (echoed, Vary: Origin)', async () => {
    const api = await createTestApi({ cors: { origins: ['http://a.test', 'http://b.test'] } });
    const allowed = await api.get('/v2/teams').set('Origin', 'http://b.test');
    expect(allowed.headers['access-control-allow-origin']).toBe('http://b.test');
    expect(allowed.headers.vary).toBe('Origin');
    const other = await api.get('/v2/teams').set('Origin', 'http://evil.test');
    expect(other.status).toBe(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await supertest(api.sandbox.app).options('/v2/teams').set('Origin', 'http://evil.test').set('Access-Control-Request-Method', 'GET');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('off: no CORS header, and OPTIONS answers 405 as before', async () => {
    const api = await createTestApi({ cors: false });
    const res = await api.get('/v2/teams').set('Origin', 'http://app.test');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const options = await supertest(api.sandbox.app).options('/v2/teams').set('Origin', 'http://app.test').set('Access-Control-Request-Method', 'GET');
    expect(options.status).toBe(405);
    expect(options.body.error.code).toBe('method_not_allowed');
  });
});
