import { describe, expect, it } from 'vitest';
import type { Response } from 'supertest';
import { contractChecker } from './support/contract-check.js';

const res = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  ({ status, body, text: JSON.stringify(body), headers: { 'content-type': 'application/json', 'x-request-id': 'req_a1b2c3d4e5f6789012345678', ...headers } }) as unknown as Response;

describe('the shared response check', () => {
  it('accepts a response that follows the contract', async () => {
    const check = await contractChecker();
    const body = { success: true, data: { status: 'ok', timestamp: '2026-01-01T00:00:00.000Z', uptime: 1, version: '0.1.0' }, request_id: 'req_a1b2c3d4e5f6789012345678' };
    expect(check('GET', '/v2/health', res(200, body))).toEqual([]);
  });

  it('catches a body that breaks the schema', async () => {
    const check = await contractChecker();
    expect(check('GET', '/v2/health', res(200, { data: {}, request_id: 'req_a1b2c3d4e5f6789012345678' })).length).toBeGreaterThan(0);
  });

  it('catches an undeclared status', async () => {
    const check = await contractChecker();
    const problems = check('GET', '/v2/health', res(418, { error: { type: 'api_error', code: 'x', message: 'x' }, request_id: 'req_a1b2c3d4e5f6789012345678' }));
    expect(problems.join()).toMatch(/status 418 is not declared/);
  });

  it('catches a request_id that differs from the header', async () => {
    const check = await contractChecker();
    const body = { success: true, data: { status: 'ok', timestamp: '2026-01-01T00:00:00.000Z', uptime: 1, version: '0.1.0' }, request_id: 'req_ffffffffffffffffffffffff' };
    expect(check('GET', '/v2/health', res(200, body)).join()).toMatch(/differs from X-Request-Id/);
  });

  it('catches an unknown route answered outside the family envelope', async () => {
    const check = await contractChecker();
    expect(check('GET', '/contacts/x/y/z', res(404, { message: 'nope' })).length).toBeGreaterThan(0);
    expect(check('GET', '/contacts/x/y/z', res(404, { error: 'Unknown route' }))).toEqual([]);
  });
});
