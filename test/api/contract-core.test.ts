import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createTestApi, type TestApi } from '../support/api.js';
import { sendSample } from '../support/sample-request.js';
import { loadContract, type ContractOperation } from '../../src/contract/contract.js';

let api: TestApi;
let operations: ContractOperation[];

beforeAll(async () => {
  api = await createTestApi();
  operations = (await loadContract()).operations;
});

describe('the document', () => {
  it('describes the whole documented surface of the three families', () => {
    const byFamily = { v2: 0, v1: 0, sk: 0, control: 0 };
    for (const op of operations) byFamily[op.family]++;
    expect(byFamily).toEqual({ v2: 66, v1: 13, sk: 11, control: 0 });
    const ids = operations.map(o => `${o.method} ${o.path}`);
    for (const expected of [
      'DELETE /v2/contacts',
      'POST /v2/contacts/bulk',
      'GET /v2/campaigns/{id}/subsequences',
      'POST /v2/webhooks/{id}/deliveries/{deliveryId}/retry',
      'POST /v2/email-validation/verify',
      'POST /v1/campaign/{id}/clone',
      'GET /contacts/bulk/{jobId}',
    ]) {
      expect(ids).toContain(expected);
    }
  });

  it('is served as YAML and JSON without a key', async () => {
    const yaml = await api.as(null).get('/v2/openapi.yaml');
    expect(yaml.headers['content-type']).toMatch(/^application\/yaml/);
    expect(yaml.text).toBe(readFileSync(new URL('../../openapi.yaml', import.meta.url), 'utf8'));
    const json = await api.as(null).get('/v2/openapi.json');
    expect(json.body).toEqual(YAML.parse(yaml.text));
  });
});

describe('every documented operation answers', () => {
  it('answers a valid request for each operation within its contract', async () => {
    const failures: string[] = [];
    for (const op of operations) {
      const res = await sendSample(api, op.http);
      // Stateful operations may answer a declared 4xx for ids that don't exist; none may fail with a 5xx,
      // and an operation without a handler answers 2xx from its examples.
      const stateful = res.headers['x-sandbox-source'] === 'state' || res.status >= 400;
      if (res.status >= 500 || (!stateful && res.headers['x-sandbox-source'] !== 'example')) {
        failures.push(`${op.operationId} ${op.path} → ${res.status} ${res.text.slice(0, 200)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('marks answers from documented examples (asked for with Prefer)', async () => {
    const res = await api.get('/v2/teams').set('Prefer', 'code=200');
    expect(res.status).toBe(200);
    expect(res.headers['x-sandbox-source']).toBe('example');
  });
});

describe('request ids', () => {
  it('puts the same req_ id in the V2 body and X-Request-Id', async () => {
    const res = await api.get('/v2/health');
    expect(res.body.request_id).toMatch(/^req_[0-9a-f]{24}$/);
    expect(res.headers['x-request-id']).toBe(res.body.request_id);
  });

  it('gives every request its own id, on errors too', async () => {
    const a = await api.get('/v2/health');
    const b = await api.get('/v2/contacts');
    expect(b.status).toBe(400);
    expect(b.body.request_id).toBe(b.headers['x-request-id']);
    expect(a.body.request_id).not.toBe(b.body.request_id);
  });

  it('repeats the same ids for the same seed and request sequence', async () => {
    const ids = async () => {
      const fresh = await createTestApi({ seed: 'replay' });
      return [(await fresh.get('/v2/health')).body.request_id, (await fresh.get('/v2/teams')).body.request_id];
    };
    expect(await ids()).toEqual(await ids());
  });

  it('sends X-Request-Id on V1 answers', async () => {
    const res = await api.post('/v1/contact/all').send({});
    expect(res.headers['x-request-id']).toMatch(/^req_[0-9a-f]{24}$/);
  });
});

describe('validation strictness', () => {
  it('warn answers normally and names the violations in a header', async () => {
    const lenient = await createTestApi({ validation: 'warn' });
    const res = await lenient.get('/v2/teams?limit=500');
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    expect(res.headers['x-sandbox-validation-warnings']).toBe('query limit: limit must be <= 100');
  });

  it('warn still answers within the contract when state cannot serve the request', async () => {
    const lenient = await createTestApi({ validation: 'warn' });
    const res = await lenient.get('/v2/contacts?limit=500');
    expect(res.status).toBe(403);
    expect(res.headers['x-sandbox-validation-warnings']).toContain('TeamId is required');
  });

  it('off answers normally without reporting', async () => {
    const off = await createTestApi({ validation: 'off' });
    const res = await off.get('/v2/teams?limit=500');
    expect(res.status).toBe(200);
    expect(res.headers['x-sandbox-validation-warnings']).toBeUndefined();
  });

  it('auth is enforced in every mode', async () => {
    const off = await createTestApi({ validation: 'off' });
    expect((await off.as(null).get('/v2/teams')).status).toBe(401);
  });
});
