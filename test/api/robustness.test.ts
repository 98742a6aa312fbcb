import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { sampleRequest } from '../support/sample-request.js';
import { loadContract, type ContractOperation } from '../../src/contract/contract.js';

/** Bodies a careless or hostile client sends; each must get a clear 4xx, never a 5xx. */
const HOSTILE_BODIES: [string, string][] = [
  ['an array', '[]'],
  ['a string', '"hello"'],
  ['a number', '42'],
  ['null', 'null'],
  ['deeply nested', `${'{"a":'.repeat(200)}1${'}'.repeat(200)}`],
  ['wrong types everywhere', '{"TeamId":5,"email":[],"name":{},"contacts":"x","mode":7,"action":null,"seconds":"soon"}'],
  ['a __proto__ key', '{"__proto__":{"polluted":true}}'],
  ['constructor keys', '{"constructor":{"prototype":{"polluted":true}},"custom":{"constructor":1},"data":{"constructor":1}}'],
];

let api: TestApi;
let operations: ContractOperation[];

beforeAll(async () => {
  api = await createTestApi();
  operations = (await loadContract()).operations;
});

describe('hostile input', () => {
  it('never answers a 5xx, and never pollutes prototypes', async () => {
    const failures: string[] = [];
    for (const op of operations.filter(o => ['POST', 'PUT', 'PATCH'].includes(o.method))) {
      const { path } = sampleRequest(op.http);
      for (const [label, body] of HOSTILE_BODIES) {
        const res = await api[op.method.toLowerCase() as 'post'](path).set('Content-Type', 'application/json').send(body);
        if (res.status >= 500) failures.push(`${op.operationId} with ${label} → ${res.status} ${res.text.slice(0, 120)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers odd path ids and query values with a 4xx', async () => {
    const failures: string[] = [];
    for (const op of operations.filter(o => o.http.request?.path?.length || o.http.request?.query?.length)) {
      let path = op.path.replace(/\{[^}]+\}/g, '%E0%A4%A');
      path += '?limit=-1&offset=1e309&TeamId[$ne]=1&team_id=&page=0&search=%00';
      const res = await api[op.method.toLowerCase() as 'get'](path);
      if (res.status >= 500) failures.push(`${op.operationId} → ${res.status} ${res.text.slice(0, 120)}`);
    }
    expect(failures).toEqual([]);
  });
});
