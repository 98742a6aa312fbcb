/**
 * Seeded fuzz over every operation of the control plane's document (src/control/openapi.yaml), with the
 * generators of operations.test.ts. For each operation, requests valid or with one part made hostile
 * must get an answer that:
 *   - is never a 5xx, and conforms to the control document (the harness's contract check);
 *   - when refused (4xx), leaves the workspace exactly as it was: its export, and what the control plane
 *     keeps beside it (scenarios defined and active, webhook inboxes); a read (GET) leaves it so too.
 * Afterwards every list of the control plane still answers 200.
 *
 * Operations that replace the state when accepted (POST /__sandbox/reset, PUT /__sandbox/state, the clock)
 * need no exclusion: only refused requests are held to "unchanged", and after an accepted write the
 * state is read afresh. Treated apart, with the reason:
 *   - GET /__sandbox/requests/stream is a server-sent event stream that never ends: it is sent over a
 *     real socket and judged on its status line and headers (a 200 must be `text/event-stream`; any other
 *     answer is read whole and contract-checked), then closed, so no timeout is involved.
 *   - PUT /__sandbox/scenarios/{name} takes YAML as well as JSON: besides the JSON bodies generated from the
 *     document, it gets YAML texts (the document's example, alias bombs, deep nesting, custom tags).
 *
 * Same knobs as operations.test.ts: FUZZ_RUNS (requests per operation) and FUZZ_SEED.
 */
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Response } from 'supertest';
import { createTestApi, SUPERSEND_KEY, type TestApi } from '../support/api.js';
import { contractChecker } from '../support/contract-check.js';
import { listen, type Listening } from '../scenarios/support.js';
import { CONTROL_DOCUMENT_PATH, loadContract } from '../../src/contract/contract.js';
import { exportWorkspace } from '../../src/workspace/snapshot.js';
import { deepExample, nestedJson, operationShapes, requestFor, validValue, type FuzzRequest, type OperationShape, type Pools } from './arbitraries.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);

const contract = await loadContract(CONTROL_DOCUMENT_PATH);
const document = contract.json as Record<string, any>;
const shapes = operationShapes(document);

const STREAM = 'ctlStreamRequests';
const PUT_SCENARIO = 'ctlPutScenario';

let api: TestApi;
let server: Listening;
let pools: Pools;
/** The workspace after the last accepted write; a refused request must leave it unchanged. */
let state: string;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * The workspace's export (without its time of export), plus what the control plane keeps outside
 * snapshots: the scenarios (summaries and definitions) and the webhook inboxes. The journal is left
 * out: every request, refused or not, is recorded in it.
 */
function workspaceState(): string {
  const ws = api.sandbox.workspace('default')!;
  const { exported_at: _at, ...snapshot } = exportWorkspace(ws);
  const scenarios = api.sandbox.scenarios.list(ws);
  const defined = [...(ws.stores.scenarios.state?.defined ?? [])];
  return JSON.stringify({ snapshot, scenarios, defined, inbox: [...ws.stores.webhooks.runtime.inbox] });
}

/**
 * After an accepted write: the clock frozen again (a reset or `resume` thaws it), the webhook attempts it
 * started finished (each stores its outcome when its HTTP exchange ends, outside any request), then the
 * state read afresh.
 */
async function settle(): Promise<string> {
  const ws = api.sandbox.workspace('default')!;
  if (!ws.clock.frozen) ws.clock.freeze();
  const deliveries = ws.stores.webhooks.runtime;
  while (deliveries.running > 0 || deliveries.waiting.length > 0) await new Promise(resolve => setTimeout(resolve, 1));
  return workspaceState();
}

/** Where two states differ, as paths down to the fifth level (a whole export would drown the report). */
function differences(before: unknown, after: unknown, path = '', depth = 0): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (depth === 5 || !isObject(before) || !isObject(after)) return [`${path || '(root)'}: ${JSON.stringify(before)?.slice(0, 120)} → ${JSON.stringify(after)?.slice(0, 120)}`];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].flatMap(k => differences(before[k], after[k], `${path}.${k}`, depth + 1));
}

interface Answer {
  status: number;
  text: string;
}

function send(req: FuzzRequest): Promise<Response> {
  const test = api[req.method.toLowerCase() as 'post'](req.path);
  return req.body ? test.set('Content-Type', req.body.contentType).send(req.body.text) : test;
}

/**
 * The journal stream over a real socket: answered as soon as its headers arrive. A 200 must be an event
 * stream (then the connection is closed); any other status is read whole and checked against the document.
 */
function sendStream(req: FuzzRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const call = httpRequest({ host: '127.0.0.1', port: server.port, method: req.method, path: req.path, headers: { Authorization: `Bearer ${SUPERSEND_KEY}` } }, res => {
      const status = res.statusCode ?? 0;
      if (status === 200) {
        const type = String(res.headers['content-type']);
        res.destroy();
        resolve({ status, text: type.startsWith('text/event-stream') ? '' : `200 with Content-Type ${type}` });
        return;
      }
      let text = '';
      res.setEncoding('utf8');
      res.on('data', chunk => (text += chunk));
      res.on('end', async () => {
        const check = await contractChecker();
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = undefined;
        }
        // The checker reads status, headers, body and text, which is all a supertest Response is asked for here.
        const problems = check('get', req.path, { status, headers: res.headers, body, text } as unknown as Response);
        resolve({ status, text: problems.length ? `${text.slice(0, 200)} breaks the document: ${problems.join('; ')}` : '' });
      });
    });
    call.on('error', reject);
    call.end();
  });
}

const scenarioExample = String(document.paths['/__sandbox/scenarios/{name}'].put.requestBody.content['application/yaml'].example);

/** YAML bodies for PUT /__sandbox/scenarios/{name}: the document's example, and texts that attack a YAML reader. */
const scenarioYaml: fc.Arbitrary<{ text: string; contentType: string; note: string }> = fc.oneof(
  fc.constant({ text: scenarioExample.replace(/^name: .*\n/, ''), note: 'yaml example' }),
  // "Billion laughs": nine levels of aliases, each repeating the one before nine times.
  fc.constant({ text: billionLaughs(9), note: 'yaml alias bomb' }),
  fc.constant({ text: `description: x\nrules: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, note: 'yaml 5,000 levels deep' }),
  fc.constant({ text: `description: x\nrules: ${nestedJson(5000)}\n`, note: 'yaml flow mapping 5,000 levels deep' }),
  fc.constant({ text: 'description: !!js/function "function () { return 1 }"\nrules: []\n', note: 'yaml js tag' }),
  fc.constant({ text: 'a: &a [*a]\n', note: 'yaml recursive alias' }),
  fc.constant({ text: 'description: x\nrules:\n  - <<: *missing\n', note: 'yaml unknown alias' }),
  fc.constant({ text: `description: ${'x'.repeat(300_000)}\n`, note: 'yaml over the size bound' }),
  fc.string({ maxLength: 200 }).map(text => ({ text, note: 'yaml random text' })),
).chain(b => fc.constantFrom('application/yaml', 'text/yaml', 'text/plain').map(contentType => ({ ...b, contentType })));

function billionLaughs(levels: number): string {
  const lines = ['a0: &a0 "lol"'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ')}]`);
  lines.push(`description: x\nrules: *a${levels}`);
  return `${lines.join('\n')}\n`;
}

/** Requests for one operation: the generated ones, and for PUT scenario, YAML bodies too. */
function requestsFor(shape: OperationShape): fc.Arbitrary<FuzzRequest> {
  const generated = requestFor(shape, document, pools);
  if (shape.operationId !== PUT_SCENARIO) return generated;
  const yaml = fc.tuple(generated, scenarioYaml).map(([req, b]) => ({ ...req, body: { text: b.text, contentType: b.contentType }, label: `${req.label}; ${b.note}` }));
  return fc.oneof(generated, yaml);
}

/** Requests that always run first: a body field 10,000 levels deep, and for the state, a valid and a nearly valid import. */
function examplesFor(shape: OperationShape, seed: number): [FuzzRequest][] {
  const { validator } = contract.byId.get(shape.operationId)!;
  const isValidBody = (body: unknown) =>
    !validator({ pathParams: {}, query: {}, headers: {}, body, mediaType: 'application/json' }).violations.some(v => v.location === 'body');
  const examples: [FuzzRequest][] = [];
  const deep = deepExample(shape, document, pools, seed, isValidBody);
  if (deep) examples.push([deep]);
  if (shape.operationId === 'ctlImportState') examples.push(...importExamples().map(r => [r] as [FuzzRequest]));
  return examples;
}

/** The workspace's own export put back (accepted), and the same export whose last webhook names no team (refused whole). */
function importExamples(): FuzzRequest[] {
  const snapshot = exportWorkspace(api.sandbox.workspace('default')!);
  const json = (value: unknown) => ({ text: JSON.stringify(value), contentType: 'application/json' });
  const broken = JSON.parse(JSON.stringify(snapshot)) as Record<string, any>;
  // A store restored late: the stores before it are checked and built before the import is refused.
  const webhooks: Record<string, unknown>[] | undefined = broken.supersend?.webhooks?.webhooks;
  if (webhooks?.length) webhooks[webhooks.length - 1].team_id = '00000000-0000-4000-8000-000000000000';
  return [
    { method: 'PUT', path: '/__sandbox/state', body: json(snapshot), label: 'the workspace export' },
    { method: 'PUT', path: '/__sandbox/state', body: json(broken), label: 'the export, last webhook naming no team' },
  ];
}

beforeAll(async () => {
  api = await createTestApi();
  server = await listen(api.sandbox);
  // A frozen clock: no queued work falls due between two reads, so any difference is the request's.
  api.sandbox.workspace('default')!.clock.freeze();
  state = workspaceState();
  pools = { ids: [...new Set(state.match(UUID) ?? [])].slice(0, 200) };
});

afterAll(async () => {
  await server?.close();
});

describe(`control fuzz: ${shapes.length} operations × ${RUNS} requests, seed ${SEED}`, () => {
  it.each(shapes.map((shape, index) => ({ shape, index, name: `${shape.method} ${shape.path}` })))('$name', async ({ shape, index }) => {
    await fc.assert(
      fc.asyncProperty(requestsFor(shape), async req => {
        const res: Answer = shape.operationId === STREAM ? await sendStream(req) : await send(req);
        const what = `${req.method} ${req.path.slice(0, 200)} [${req.label}] → ${res.status} ${res.text.slice(0, 300)}`;
        expect(res.status, what).toBeLessThan(500);
        if (shape.operationId === STREAM) expect(res.text, what).toBe('');
        if (res.status >= 400) expect(differences(JSON.parse(state), JSON.parse(workspaceState())), `state changed by a refused request: ${what}`).toEqual([]);
        else if (req.method !== 'GET') state = await settle();
        else expect(differences(JSON.parse(state), JSON.parse(workspaceState())), `state changed by a read: ${what}`).toEqual([]);
      }),
      { numRuns: RUNS, seed: SEED + index, endOnFailure: true, examples: examplesFor(shape, SEED + index) },
    );
  });

  it('leaves every list of the control plane answering 200', async () => {
    const failures: string[] = [];
    for (const shape of shapes.filter(s => s.method === 'GET' && !s.path.includes('{') && s.operationId !== STREAM)) {
      const query = shape.parameters
        .filter(p => p.in === 'query' && p.required)
        .map(p => `${p.name}=${encodeURIComponent(String(fc.sample(validValue(p.schema, document, pools), { numRuns: 1, seed: SEED })[0]))}`);
      const path = query.length ? `${shape.path}?${query.join('&')}` : shape.path;
      const res = await api.get(path);
      // The console and docs pages answer 404 when the package was installed without them (README).
      if (res.status !== 200 && !(res.status === 404 && /\/(console|docs)$/.test(shape.path))) failures.push(`${path} → ${res.status} ${res.text.slice(0, 200)}`);
    }
    expect(failures).toEqual([]);
  });
});
