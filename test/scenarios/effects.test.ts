/**
 * Each part of a rule over HTTP: what `match` selects, when a rule applies (times, after, every,
 * probability), sequences (per rule, per request, looping), the `respond` forms in each family, delays
 * and rate limits. Rules come from scenario folders written for the test; every answer still goes
 * through the contract check unless the point is an answer outside it.
 */
import supertest from 'supertest';
import { describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { drawDelay } from '../../src/scenarios/effects.js';
import { createRandom } from '../../src/workspace/random.js';
import type { DelaySpec } from '../../src/scenarios/model.js';
import { listen, oneRule, rawRequest, scenarioFolder } from './support.js';

/** A sandbox (no seed data) whose scenario folder holds `files`; `rules` maps a scenario name to one rule's YAML. */
async function sandboxWith(rules: Record<string, string>): Promise<TestApi> {
  const files = Object.fromEntries(Object.entries(rules).map(([name, rule]) => [name, oneRule(name, rule)]));
  return createTestApi({ seedData: false, scenarioDirectory: scenarioFolder(files) });
}

async function activate(api: TestApi, name: string): Promise<void> {
  const res = await api.post(`/__sandbox/scenarios/${name}/activate`);
  expect(res.status).toBe(200);
  expect(res.body.data).toMatchObject({ name, active: true, matched: 0, applied: 0 });
}

async function statuses(api: TestApi, n: number, path = '/v2/teams'): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await api.get(path)).status);
  return out;
}

async function counters(api: TestApi, name: string): Promise<{ matched: number; applied: number }> {
  const list = (await api.get('/__sandbox/scenarios')).body.data as { name: string; matched: number; applied: number }[];
  const { matched, applied } = list.find(s => s.name === name)!;
  return { matched, applied };
}

describe('when a rule applies', () => {
  it('times: the first N matches only', async () => {
    const api = await sandboxWith({ twice: 'when: {times: 2}\nrespond: {status: 500}' });
    await activate(api, 'twice');
    expect(await statuses(api, 4)).toEqual([500, 500, 200, 200]);
    expect(await counters(api, 'twice')).toEqual({ matched: 4, applied: 2 });
  });

  it('after: skips the first N matches; with times, a window', async () => {
    const api = await sandboxWith({ third: 'when: {after: 2, times: 1}\nrespond: {status: 500}' });
    await activate(api, 'third');
    expect(await statuses(api, 5)).toEqual([200, 200, 500, 200, 200]);
  });

  it('every: every Nth match', async () => {
    const api = await sandboxWith({ third: 'when: {every: 3}\nrespond: {status: 503}' });
    await activate(api, 'third');
    expect(await statuses(api, 7)).toEqual([200, 200, 503, 200, 200, 503, 200]);
  });

  it('probability: drawn from a source seeded by the workspace and scenario, so runs repeat', async () => {
    const rule = { flaky: 'when: {probability: 0.5}\nrespond: {status: 500}' };
    const first = await sandboxWith(rule);
    const second = await sandboxWith(rule);
    await activate(first, 'flaky');
    await activate(second, 'flaky');
    const runA = await statuses(first, 40);
    expect(await statuses(second, 40)).toEqual(runA);
    const failures = runA.filter(s => s === 500).length;
    expect(failures).toBeGreaterThan(8);
    expect(failures).toBeLessThan(32);
    // Another workspace draws from its own source.
    const other = first.as('test_other');
    await activate(other, 'flaky');
    expect(await statuses(other, 40)).not.toEqual(runA);
    // Activating again starts the source afresh: the same run once more.
    await activate(first, 'flaky');
    expect(await statuses(first, 40)).toEqual(runA);
    expect(await counters(first, 'flaky')).toEqual({ matched: 40, applied: failures });
  });
});

describe('match', () => {
  it('selects by method, path template, operationId, family, query, headers, body fields, key and workspace', async () => {
    const api = await sandboxWith({
      method: 'match: {method: POST}\nrespond: {status: 500}',
      template: 'match: {path: "/v2/labels/{id}"}\nrespond: {status: 500}',
      operation: 'match: {operationId: [getTeamUsage]}\nrespond: {status: 500}',
      family: 'match: {family: sk}\nrespond: {status: 500}',
      query: 'match: {query: {search: boom}}\nrespond: {status: 500}',
      header: 'match: {headers: {X-Tenant: [red, blue]}}\nrespond: {status: 500}',
      body: 'match: {body: {name: Doomed}}\nrespond: {status: 500}',
      key: 'match: {key: test_red}\nrespond: {status: 500}',
      workspace: 'match: {workspace: "test:blue"}\nrespond: {status: 500}',
    });
    const id = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
    const cases: [string, () => supertest.Test, () => supertest.Test][] = [
      ['method', () => api.post('/v2/teams').send({ name: 'A' }), () => api.get('/v2/teams')],
      ['template', () => api.get(`/v2/labels/${id}`), () => api.get('/v2/labels')],
      ['operation', () => api.get(`/v2/teams/${id}/usage`), () => api.get(`/v2/teams/${id}`)],
      ['family', () => api.get('/contacts'), () => api.get('/v2/teams')],
      ['query', () => api.get('/v2/teams?search=boom'), () => api.get('/v2/teams?search=calm')],
      ['header', () => api.get('/v2/teams').set('X-Tenant', 'blue'), () => api.get('/v2/teams').set('X-Tenant', 'green')],
      ['body', () => api.post('/v2/teams').send({ name: 'Doomed' }), () => api.post('/v2/teams').send({ name: 'Fine' })],
      ['key', () => api.as('test_red').get('/v2/teams'), () => api.as('test_green').get('/v2/teams')],
      ['workspace', () => api.as('test_blue').get('/v2/teams'), () => api.as('test_green').get('/v2/teams')],
    ];
    for (const [name, hit, miss] of cases) {
      const header = { 'X-Sandbox-Scenario': name };
      expect((await hit().set(header)).status, `${name} matches`).toBe(500);
      expect((await miss().set(header)).status, `${name} does not match`).not.toBe(500);
    }
    // Nothing was created by the requests a rule answered.
    expect((await api.get('/v2/teams?search=Doomed')).body.data).toEqual([]);
  });

  it('never touches the control plane', async () => {
    const api = await sandboxWith({ everything: 'respond: {status: 500}' });
    await activate(api, 'everything');
    expect((await api.get('/v2/teams')).status).toBe(500);
    expect((await api.get('/__sandbox/clock')).status).toBe(200);
    expect((await api.post('/__sandbox/scenarios/everything/deactivate')).body.data.active).toBe(false);
    expect((await api.get('/v2/teams')).status).toBe(200);
  });
});

describe('sequence', () => {
  it('applies one step per match, then passes (per rule), or starts over with loop', async () => {
    const api = await sandboxWith({
      once: 'sequence: [500, pass, {respond: {status: 503}}]',
      looping: 'sequence: [500, pass]\nloop: true',
    });
    await activate(api, 'once');
    expect(await statuses(api, 5)).toEqual([500, 200, 503, 200, 200]);
    await api.post('/__sandbox/scenarios/once/deactivate');
    await activate(api, 'looping');
    expect(await statuses(api, 5)).toEqual([500, 200, 500, 200, 500]);
    expect(await counters(api, 'looping')).toEqual({ matched: 5, applied: 3 });
  });

  it('keeps one position per request with state_per: request', async () => {
    const api = await sandboxWith({ retry: 'state_per: request\nsequence: [503, pass]' });
    await activate(api, 'retry');
    expect((await api.get('/v2/teams')).status).toBe(503);
    expect((await api.get('/__sandbox/clock')).status).toBe(200);
    expect((await api.get('/v2/health')).status).toBe(503);
    expect((await api.get('/v2/teams?limit=5')).status).toBe(503);
    expect((await api.get('/v2/teams')).status).toBe(200);
    expect((await api.get('/v2/health')).status).toBe(200);
    expect((await api.get('/v2/teams')).status).toBe(200);
    expect((await api.get('/v2/teams?limit=5')).status).toBe(200);
  });
});

describe('respond', () => {
  it('renders an error code in each family envelope', async () => {
    const api = await sandboxWith({ broken: 'respond: {status: 500, code: db_down, message: The database is down}' });
    await activate(api, 'broken');
    const v2 = await api.get('/v2/teams');
    expect(v2.body.error).toMatchObject({ type: 'api_error', code: 'db_down', message: 'The database is down' });
    const v1 = await api.get('/v1/campaigns/overview?TeamId=0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e');
    expect(v1.status).toBe(500);
    expect(v1.body).toEqual({ success: false, error: 'The database is down' });
    const sk = await api.get('/contacts');
    expect(sk.body.error).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', message: 'The database is down', statusCode: 500 });
    expect(sk.body.error.requestId).toBe(sk.headers['x-request-id']);
  });

  it('uses the family defaults of a status, and a given Contacts API code, with the caller request id', async () => {
    const api = await sandboxWith({ denied: 'respond: {status: 403}', coded: 'respond: {status: 403, sk_code: PROJECT_DISABLED, message: This project has been disabled.}' });
    const v2 = await api.get('/v2/teams').set('X-Sandbox-Scenario', 'denied');
    expect(v2.body.error).toMatchObject({ type: 'authorization_error', code: 'forbidden' });
    const sk = await api.post('/contacts').set('X-Sandbox-Scenario', 'coded').set('X-Request-ID', 'trace-42').send({ email: 'a@example.com' });
    expect(sk.status).toBe(403);
    expect(sk.headers['x-request-id']).toBe('trace-42');
    expect(sk.body.error).toMatchObject({ code: 'PROJECT_DISABLED', statusCode: 403, requestId: 'trace-42' });
    expect((await api.get('/contacts')).body.total).toBe(0);
  });

  it('sends a JSON body, a raw body, headers, or no body at all', async () => {
    const api = await sandboxWith({
      json: 'respond: {status: 200, body: {success: true, data: [], pagination: {total: 0, limit: 50, offset: 0, has_more: false}}, headers: {X-Canned: "yes"}}',
      raw: 'respond: {status: 500, raw: "{\\"success\\": tru"}',
      empty: 'respond: {status: 503}',
      v1limit: 'respond: {status: 429, headers: {Retry-After: "2"}}',
    });
    const json = await api.get('/v2/teams').set('X-Sandbox-Scenario', 'json');
    expect(json.headers['x-canned']).toBe('yes');
    expect(json.body.pagination.total).toBe(0);
    // A raw body is the point of the answer, so it is read without the contract check.
    const raw = await supertest(api.sandbox.app)
      .get('/v2/teams')
      .set('Authorization', 'Bearer sandbox_key')
      .set('X-Sandbox-Scenario', 'raw')
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => done(null, text));
      });
    expect(raw.status).toBe(500);
    expect(raw.body).toBe('{"success": tru');
    // Headers like every answer's: its request id, and CORS gathered before the rule answered.
    expect(raw.headers['x-request-id']).toMatch(/^req_[0-9a-f]{24}$/);
    expect(raw.headers['access-control-allow-origin']).toBe('*');
    const empty = await api.get('/v2/teams').set('X-Sandbox-Scenario', 'empty');
    expect(empty.status).toBe(503);
    expect(empty.text).toBe('');
    expect(empty.headers['content-length']).toBe('0');
    const limited = await api.post('/v1/contact/all').set('X-Sandbox-Scenario', 'v1limit').send({ TeamId: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e' });
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('2');
    expect(limited.body).toEqual({ success: false, error: 'Too many requests' });
  });

  it('lets a rule’s headers replace the sandbox’s own of the same name, except the body’s type and length', async () => {
    const api = await sandboxWith({
      named: 'respond: {status: 200, body: {success: true, data: [], pagination: {total: 0, limit: 50, offset: 0, has_more: false}}, headers: {content-type: "application/problem+json", X-Request-Id: "mine", Content-Length: "5", Access-Control-Allow-Origin: "https://x.test"}}',
      failing: 'respond: {status: 500, code: boom, message: Boom, headers: {Content-Type: "text/plain", Vary: "Accept"}}',
    });
    const server = await listen(api.sandbox);
    try {
      for (const scenario of ['named', 'failing']) {
        const res = await rawRequest(server.port, { path: '/v2/teams', headers: { Authorization: 'Bearer sandbox_key', 'X-Sandbox-Scenario': scenario } });
        const text = res.raw.toString('utf8');
        const names = text.slice(0, text.indexOf('\r\n\r\n')).split('\r\n').slice(1).map(line => line.slice(0, line.indexOf(':')).toLowerCase());
        // Each header once: a repeated Content-Length makes clients refuse the answer.
        expect(names).toEqual([...new Set(names)]);
        expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
        expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
        if (scenario === 'named') {
          expect(res.headers['x-request-id']).toBe('mine');
          expect(res.headers['access-control-allow-origin']).toBe('https://x.test');
        } else {
          expect(res.headers.vary).toBe('Accept');
        }
      }
    } finally {
      await server.close();
    }
  });

  it('skips operations that do not declare the status, unless told it may', async () => {
    const api = await sandboxWith({ credits: 'respond: {status: 402}', forced: 'respond: {status: 402, undeclared: true, empty: true}' });
    await activate(api, 'credits');
    expect((await api.get('/v2/teams')).status).toBe(200);
    const verify = await api.post('/v2/email-validation/verify').send({ email: 'ada@example.com' });
    expect(verify.status).toBe(402);
    expect(await counters(api, 'credits')).toEqual({ matched: 2, applied: 1 });
    const forced = await supertest(api.sandbox.app).get('/v2/teams').set('Authorization', 'Bearer sandbox_key').set('X-Sandbox-Scenario', 'forced');
    expect(forced.status).toBe(402);
  });
});

describe('delay', () => {
  it('holds the answer for a fixed time', async () => {
    const api = await sandboxWith({ slow: 'delay: {fixed_ms: 150}' });
    const started = performance.now();
    const res = await api.get('/v2/teams').set('X-Sandbox-Scenario', 'slow');
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    const entry = api.sandbox.workspace('default')!.journal.find({ path: '/v2/teams' })[0];
    expect(entry.scenarios).toEqual(['slow/only']);
    expect(entry.durationMs).toBeGreaterThanOrEqual(145);
  });

  it('draws uniform, normal and lognormal delays from the seeded source, within the cap', () => {
    const draw = (spec: DelaySpec, n = 2000) => {
      const random = createRandom('delays');
      return Array.from({ length: n }, () => drawDelay(spec, random)).sort((a, b) => a - b);
    };
    const uniform = draw({ kind: 'uniform', min: 100, max: 300, maxMs: 60_000 });
    expect(uniform[0]).toBeGreaterThanOrEqual(100);
    expect(uniform.at(-1)).toBeLessThanOrEqual(300);
    expect(uniform[1000]).toBeGreaterThan(180);
    expect(uniform[1000]).toBeLessThan(220);
    const normal = draw({ kind: 'normal', mean: 500, stddev: 50, maxMs: 60_000 });
    const mean = normal.reduce((a, b) => a + b, 0) / normal.length;
    expect(mean).toBeGreaterThan(490);
    expect(mean).toBeLessThan(510);
    expect(normal[1683] - normal[1000]).toBeGreaterThan(40); // ~ one standard deviation (84th percentile)
    expect(normal[1683] - normal[1000]).toBeLessThan(60);
    const lognormal = draw({ kind: 'lognormal', median: 200, sigma: 0.6, maxMs: 1000 });
    expect(lognormal[1000]).toBeGreaterThan(185);
    expect(lognormal[1000]).toBeLessThan(215);
    expect(lognormal.at(-1)).toBe(1000);
    expect(draw({ kind: 'normal', mean: 10, stddev: 100, maxMs: 60_000 })[0]).toBe(0);
    expect(draw({ kind: 'lognormal', median: 200, sigma: 0.6, maxMs: 1000 })).toEqual(lognormal);
  });
});

describe('rate_limit', () => {
  it('answers over the per-second and per-minute windows of the workspace clock, and recovers', async () => {
    const api = await sandboxWith({ limited: 'rate_limit: {per_second: 3, per_minute: 5}' });
    await api.post('/__sandbox/clock').send({ action: 'freeze' });
    await activate(api, 'limited');
    expect(await statuses(api, 4)).toEqual([200, 200, 200, 503]);
    await api.post('/__sandbox/clock/advance').send({ seconds: 1 });
    expect(await statuses(api, 3)).toEqual([200, 200, 503]);
    await api.post('/__sandbox/clock/advance').send({ seconds: 58 });
    expect(await statuses(api, 1)).toEqual([503]);
    await api.post('/__sandbox/clock/advance').send({ seconds: 1 });
    expect(await statuses(api, 4)).toEqual([200, 200, 200, 503]);
    expect(await counters(api, 'limited')).toEqual({ matched: 12, applied: 4 });
  });

  it('counts each operation apart with scope: operation, and answers what rate_limit.respond says', async () => {
    const api = await sandboxWith({ perop: 'rate_limit: {window: {requests: 2, seconds: 10}, scope: operation, respond: {status: 429}}' });
    await api.post('/__sandbox/clock').send({ action: 'freeze' });
    await activate(api, 'perop');
    const team = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
    const v1 = () => api.get(`/v1/campaigns/overview?TeamId=${team}`);
    expect((await v1()).status).not.toBe(429);
    expect((await v1()).status).not.toBe(429);
    const limited = await v1();
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ success: false, error: 'Too many requests' });
    // Another operation has its own window; listTeams does not declare 429, so it is never answered with one.
    expect((await api.post('/v1/contact/all').send({ TeamId: team })).status).not.toBe(429);
    expect(await statuses(api, 3)).toEqual([200, 200, 200]);
    await api.post('/__sandbox/clock/advance').send({ seconds: 10 });
    expect((await v1()).status).not.toBe(429);
  });

  it('counts the requests the sandbox is holding as open connections', async () => {
    const api = await sandboxWith({ gate: 'rate_limit: {concurrent: 2}', held: 'delay: {fixed_ms: 400}' });
    await activate(api, 'gate');
    await activate(api, 'held');
    const started = performance.now();
    const answers = await Promise.all([api.get('/v2/teams'), api.get('/v2/teams?limit=1'), api.get('/v2/teams?limit=2')]);
    const codes = answers.map(r => r.status).sort();
    expect(codes).toEqual([200, 200, 503]);
    expect(performance.now() - started).toBeGreaterThanOrEqual(395);
    // Once they are let go, the connections are free again.
    expect((await api.get('/v2/teams')).status).toBe(200);
  });
});
