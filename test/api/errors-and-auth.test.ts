import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';

const TEAM = '5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f';
let api: TestApi;

beforeAll(async () => {
  api = await createTestApi({ bodyLimits: { jsonBytes: 64 * 1024 } });
});

describe('V2 validation errors name the parameter', () => {
  it('answers a missing required query parameter with missing_required_parameter', async () => {
    const res = await api.get('/v2/contacts');
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({
      type: 'invalid_request_error',
      code: 'missing_required_parameter',
      message: 'TeamId is required',
      param: 'TeamId',
      doc_url: 'https://docs.supersend.io/docs/errors#missing_required_parameter',
    });
  });

  it('rejects a limit above the documented maximum', async () => {
    const res = await api.get(`/v2/contacts?TeamId=${TEAM}&limit=101`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_error', param: 'limit', message: 'limit must be <= 100' });
  });

  it('rejects a value outside an enum', async () => {
    const res = await api.get(`/v2/campaigns?TeamId=${TEAM}&sortBy=random`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ param: 'sortBy' });
    expect(res.body.error.message).toContain('newest');
  });

  it('rejects a wrongly typed query value', async () => {
    const res = await api.get(`/v2/contacts?TeamId=${TEAM}&offset=abc`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ param: 'offset' });
  });

  it('rejects a malformed uuid path id', async () => {
    const res = await api.get('/v2/campaigns/not-a-uuid');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ param: 'id', message: 'id must be a valid uuid' });
  });

  it('rejects unknown body fields', async () => {
    const res = await api.post('/v2/contacts').send({ TeamId: TEAM, email: 'a@example.com', favourite_colour: 'red' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'unknown_parameter', param: 'favourite_colour' });
  });

  it('names nested body fields by path', async () => {
    const res = await api.post('/v2/contacts/bulk').send({ TeamId: TEAM, CampaignId: TEAM, contacts: [{ email: 'a@example.com' }, { email: 5 }] });
    expect(res.status).toBe(400);
    expect(res.body.error.param).toBe('contacts[1].email');
  });

  it('asks for email or linkedin_url when neither is given', async () => {
    const res = await api.post('/v2/contacts').send({ TeamId: TEAM, first_name: 'Ada' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'missing_required_parameter', param: 'email' });
    expect(res.body.error.message).toMatch(/email or linkedin_url/);
  });

  it('answers malformed JSON with invalid_json', async () => {
    const res = await api.post('/v2/contacts').set('Content-Type', 'application/json').send('{"TeamId": ');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_json' });
  });

  it('answers an unsupported content type', async () => {
    const res = await api.post('/v2/contacts').set('Content-Type', 'text/plain').send('TeamId=1');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'unsupported_content_type', param: 'Content-Type' });
  });

  it('answers an oversized body with 413', async () => {
    const res = await api.post('/v2/contacts').send({ TeamId: TEAM, email: 'a@example.com', custom: { blob: 'x'.repeat(70 * 1024) } });
    expect(res.status).toBe(413);
    expect(res.body.error).toMatchObject({ code: 'request_too_large' });
  });

  it('refuses __proto__ keys anywhere in a body', async () => {
    const res = await api
      .post('/v2/contacts')
      .set('Content-Type', 'application/json')
      .send('{"TeamId":"5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f","email":"a@example.com","custom":{"__proto__":{"admin":true}}}');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ param: '__proto__' });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it('answers an unknown path in the family envelope', async () => {
    const res = await api.get('/v2/unicorns');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ type: 'not_found_error', code: 'route_not_found' });
  });

  it('answers a wrong method with 405 and Allow', async () => {
    const res = await api.put('/v2/contacts');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('POST, GET, DELETE');
    expect(res.body.error.code).toBe('method_not_allowed');
  });
});

describe('V2 authentication', () => {
  it('answers a missing key with missing_api_key', async () => {
    const res = await api.as(null).get(`/v2/teams`);
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ type: 'authentication_error', code: 'missing_api_key' });
  });

  it('answers an unknown key with invalid_api_key', async () => {
    const res = await api.as('nope').get('/v2/teams');
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'invalid_api_key', message: 'Invalid API key provided' });
  });

  it('refuses a secret-key API key on SuperSend', async () => {
    const res = await api.as('sk_sandbox').get('/v2/teams');
    expect(res.status).toBe(401);
  });

  it('accepts the key in X-API-Key', async () => {
    const res = await api.as(null).get('/v2/teams').set('X-API-Key', 'sandbox_key');
    expect(res.status).toBe(200);
  });

  it('checks auth before validation', async () => {
    const res = await api.as(null).get('/v2/contacts');
    expect(res.status).toBe(401);
  });

  it('needs no key for health and the documents', async () => {
    for (const path of ['/v2/health', '/v2/openapi.json', '/v2/openapi.yaml']) {
      expect((await api.as(null).get(path)).status).toBe(200);
    }
  });
});

describe('V1 errors use the legacy shape', () => {
  it('answers a missing key', async () => {
    const res = await api.as(null).post('/v1/contact/all').send({ TeamId: TEAM });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ success: false, error: 'Invalid or missing API key' });
  });

  it('answers a missing field', async () => {
    const res = await api.post('/v1/contact/all').send({});
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ success: false, error: 'TeamId is required' });
  });

  it('answers an unknown V1 route', async () => {
    const res = await api.get('/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.success).toBe(false);
  });
});

describe('secret-key API errors follow the real service', () => {
  it('answers no Authorization header with UNAUTHORIZED', async () => {
    const res = await api.as(null).get('/contacts');
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'UNAUTHORIZED', statusCode: 401, message: 'You need to be authenticated to do this' });
    expect(res.body.success).toBe(false);
    expect(res.body.timestamp).toMatch(/Z$/);
  });

  it('answers a non-Bearer header with MISSING_AUTH', async () => {
    const res = await api.as(null).get('/contacts').set('Authorization', 'bearer sk_sandbox');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('MISSING_AUTH');
  });

  it('rejects the public key like an unknown key', async () => {
    const res = await api.as('pk_sandbox').get('/contacts');
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'INVALID_API_KEY' });
    expect(res.body.error.suggestion).toContain('sk_');
  });

  it('answers a missing email flat, as the real service does', async () => {
    const res = await api.post('/contacts').send({ subscribed: true });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'Email is required' });
  });

  it('answers bulk payload errors flat', async () => {
    const res = await api.post('/contacts/bulk-delete').send({ mode: 'ids', contactIds: ['not-a-uuid'] });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body)).toEqual(['error']);
  });

  it('answers other validation errors in the envelope with every violation', async () => {
    const res = await api.patch('/contacts/3f0c9a8e-5b7d-4c21-9e4a-0d6b2f1a7c55').send({ data: 5 });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_ERROR', statusCode: 400 });
    expect(res.body.error.errors[0]).toMatchObject({ field: 'data' });
  });

  it('answers malformed JSON in the envelope', async () => {
    const res = await api.post('/contacts').set('Content-Type', 'application/json').send('{nope');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_ERROR');
  });

  it('asks for the CSV file on import', async () => {
    const res = await api.post('/contacts/import').field('note', 'x');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'CSV file is required' });
  });

  it('refuses an import file over 5 MB with 413', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
    const res = await api.post('/contacts/import').attach('file', big, 'big.csv');
    expect(res.status).toBe(413);
    expect(res.body.error.message).toBe('File too large (maximum 5 MB)');
  });

  it('echoes the caller request id, else makes a uuid', async () => {
    const echoed = await api.get('/contacts').set('X-Request-ID', 'trace-42');
    expect(echoed.headers['x-request-id']).toBe('trace-42');
    const made = await api.as(null).get('/contacts');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(made.body.error.requestId).toBe(made.headers['x-request-id']);
  });
});
