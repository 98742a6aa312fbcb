/**
 * Seeded fuzz over every operation of openapi.yaml. For each operation, fast-check generates requests
 * from its parameters and body schema, valid or with one part made hostile, and checks that:
 *   - the answer is never a 5xx, and conforms to the document (the harness's contract check, which
 *     validates error bodies against the family's envelope);
 *   - a refused request (4xx) leaves the workspace exactly as it was (its GET /__sandbox/state export);
 *   - afterwards every list still answers 200.
 * `npm test` runs a short budget; `npm run fuzz` a long one. FUZZ_RUNS (requests per operation) and
 * FUZZ_SEED reproduce a run; a failure prints the seed and the shrunk request.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Response } from 'supertest';
import { createTestApi, type TestApi } from '../support/api.js';
import { loadContract } from '../../src/contract/contract.js';
import { exportWorkspace } from '../../src/workspace/snapshot.js';
import { deepExample, operationShapes, requestFor, validValue, type FuzzRequest, type Pools } from './arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);

const contract = await loadContract();
const document = contract.json as Record<string, any>;
const shapes = operationShapes(document);

let api: TestApi;
let pools: Pools;
/** The workspace export after the last accepted write; a refused request must leave it unchanged. */
let state: string;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The workspace as GET /__sandbox/state exports it, read in-process (an HTTP round trip per check costs 4×). */
async function exportState(): Promise<string> {
  const { exported_at: _at, ...snapshot } = exportWorkspace(api.sandbox.workspace('default')!);
  return JSON.stringify(snapshot);
}

function send(req: FuzzRequest): Promise<Response> {
  const test = api[req.method.toLowerCase() as 'post'](req.path);
  return req.body ? test.set('Content-Type', req.body.contentType).send(req.body.text) : test;
}

function examplesFor(shape: (typeof shapes)[number], seed: number): [FuzzRequest][] {
  const { validator } = contract.byId.get(shape.operationId)!;
  const isValidBody = (body: unknown) =>
    !validator({ pathParams: {}, query: {}, headers: {}, body, mediaType: 'application/json' }).violations.some(v => v.location === 'body');
  const deep = deepExample(shape, document, pools, seed, isValidBody);
  return deep ? [[deep]] : [];
}

beforeAll(async () => {
  api = await createTestApi();
  // A frozen clock: no queued work falls due between two exports, so any difference is the request's.
  api.sandbox.workspace('default')!.clock.freeze();
  state = await exportState();
  pools = { ids: [...new Set(state.match(UUID) ?? [])].slice(0, 200) };
});

describe(`fuzz: ${shapes.length} operations × ${RUNS} requests, seed ${SEED}`, () => {
  it.each(shapes.map((shape, index) => ({ shape, index, name: `${shape.method} ${shape.path}` })))('$name', async ({ shape, index }) => {
    await fc.assert(
      fc.asyncProperty(requestFor(shape, document, pools), async req => {
        const res = await send(req);
        const what = `${req.method} ${req.path.slice(0, 200)} [${req.label}] → ${res.status} ${res.text.slice(0, 200)}`;
        expect(res.status, what).toBeLessThan(500);
        if (res.status >= 400) expect(await exportState(), `state changed by a refused request: ${what}`).toBe(state);
        else if (req.method !== 'GET') state = await exportState();
      }),
      { numRuns: RUNS, seed: SEED + index, endOnFailure: true, examples: examplesFor(shape, SEED + index) },
    );
  });

  it('leaves every list answering 200', async () => {
    const teamId = JSON.parse((await api.get('/v2/teams')).text).data[0].id as string;
    const failures: string[] = [];
    for (const shape of shapes.filter(s => s.method === 'GET' && !s.path.includes('{'))) {
      const query = shape.parameters
        .filter(p => p.in === 'query' && p.required)
        .map(p => `${p.name}=${/team/i.test(p.name) ? teamId : encodeURIComponent(String(fc.sample(validValue(p.schema, document, pools), { numRuns: 1, seed: SEED })[0]))}`);
      const path = query.length ? `${shape.path}?${query.join('&')}` : shape.path;
      const res = await api.get(path);
      if (res.status !== 200) failures.push(`${path} → ${res.status} ${res.text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  });
});
