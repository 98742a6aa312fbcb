/**
 * Per-request validation cost: prism-http's validateInput against sendbox's validators compiled once
 * at start-up, on the same parsed operations and requests.
 */
import { loadContract } from '../src/contract/contract.js';
import { validateRequestWithPrism } from '../src/contract/prism.js';
import type { IHttpRequest } from '@stoplight/prism-http';

const TEAM = '5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f';

function time(label: string, iterations: number, fn: () => void): number {
  for (let i = 0; i < 500; i++) fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  const perCallUs = Number(process.hrtime.bigint() - start) / 1000 / iterations;
  console.log(`  ${label.padEnd(44)} ${perCallUs.toFixed(1).padStart(7)} µs/request`);
  return perCallUs;
}

export async function runValidationBench(): Promise<void> {
  const contract = await loadContract();
  const list = contract.byId.get('listContacts')!;
  const create = contract.byId.get('createContact')!;
  const body = { TeamId: TEAM, email: 'bench.runner@example.com', first_name: 'Bench', company_name: 'Loadtest Ltd' };
  const query = { TeamId: TEAM, limit: '20' };
  const headers = { 'content-type': 'application/json', 'content-length': '100', authorization: 'Bearer sandbox_key' };
  const listRequest: IHttpRequest = { method: 'get', url: { path: '/v2/contacts', query }, headers };
  const createRequest: IHttpRequest = { method: 'post', url: { path: '/v2/contacts' }, headers, body };
  const n = Number(process.env.BENCH_ITERATIONS ?? 5000);

  console.log(`Validation: ${n} requests each, same parsed operations`);
  const prismList = time('prism-http validateInput, GET /v2/contacts', n, () => validateRequestWithPrism(list.http, listRequest));
  const ownList = time('compiled validator, GET /v2/contacts', n, () =>
    list.validator({ pathParams: {}, query, headers, body: undefined, mediaType: undefined }),
  );
  const prismCreate = time('prism-http validateInput, POST /v2/contacts', n, () => validateRequestWithPrism(create.http, createRequest));
  const ownCreate = time('compiled validator, POST /v2/contacts', n, () =>
    create.validator({ pathParams: {}, query: {}, headers, body, mediaType: 'application/json' }),
  );
  console.log(`  compiled is ${(prismList / ownList).toFixed(0)}× faster on GET, ${(prismCreate / ownCreate).toFixed(0)}× on POST`);
}
