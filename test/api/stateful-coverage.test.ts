import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import type { ContractOperation } from '../../src/contract/contract.js';
import { SAMPLE_UUID, sendSample } from '../support/sample-request.js';
import { createSandbox } from '../../src/sandbox.js';

/**
 * The operations that still answer from the document's examples (`X-Sandbox-Source: example`): none.
 * Every operation of openapi.yaml and of the control document must answer from state; an operation added
 * to a document without a stateful handler makes this test fail until it has one (or is listed here,
 * with a comment saying why).
 */
const EXAMPLE_ANSWERED = new Set<string>([]);

let api: TestApi;
let operations: ContractOperation[];
beforeAll(async () => {
  api = await createTestApi();
  operations = [...api.sandbox.contract.operations, ...api.sandbox.controlContract.operations];
});

describe('every documented operation', () => {
  it('is answered from state unless it is a listed exception, which is documented', () => {
    const ids = new Set(operations.map(o => o.operationId));
    expect([...EXAMPLE_ANSWERED].filter(id => !ids.has(id))).toEqual([]);
    const expected = operations.map(o => o.operationId).filter(id => !EXAMPLE_ANSWERED.has(id));
    expect([...api.sandbox.statefulOperations].sort()).toEqual(expected.sort());
  });

  it('answers a valid sample request from state (X-Sandbox-Source: state), the exceptions from examples', async () => {
    // Its own sandbox: the samples import a snapshot and reset the workspace on the way.
    const own = await createTestApi();
    const wrong: string[] = [];
    for (const op of operations) {
      const res = await sendSample(own, op.http);
      const expected = EXAMPLE_ANSWERED.has(op.operationId) ? 'example' : 'state';
      if (res.headers['x-sandbox-source'] !== expected || res.status >= 500) {
        wrong.push(`${op.operationId} → ${res.status} ${res.headers['x-sandbox-source'] ?? '(no X-Sandbox-Source)'}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('answers from the seeded state', async () => {
    const teams = await api.get('/v2/teams');
    expect(teams.headers['x-sandbox-source']).toBe('state');
    const team = teams.body.data[0];
    expect(team.name).toBe('Acme Outbound');
    const campaigns = await api.get(`/v2/campaigns?TeamId=${team.id}`);
    expect(campaigns.headers['x-sandbox-source']).toBe('state');
    expect(campaigns.body.data.map((c: { name: string }) => c.name)).toContain('Q1 CTO Outreach');
  });

  it('refuses what state cannot serve with a declared 4xx from state, never an example body', async () => {
    const res = await api.get(`/v2/campaigns/${SAMPLE_UUID}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('campaign_not_found');
    expect(res.headers['x-sandbox-source']).toBe('state');
  });
});

describe('the documents are the registry of handlers', () => {
  const answer = () => ({ status: 200, body: { success: true, data: null } });

  it('start-up fails naming every handler key no document declares', async () => {
    await expect(createSandbox({ seedData: false, handlers: { listTeamz: answer, getHealth: answer, ctlRewind: answer } }))
      .rejects.toThrow('Handlers for operations no document declares: listTeamz, ctlRewind');
  });

  it('accepts replacement handlers for operations of either document', async () => {
    const sandbox = await createSandbox({ seedData: false, handlers: { listSenders: answer, ctlGetClock: answer } });
    expect(sandbox.statefulOperations.has('listSenders')).toBe(true);
    expect(sandbox.statefulOperations.has('ctlGetClock')).toBe(true);
  });
});

describe('a disabled secret-key project', () => {
  it('refuses writes with 403 PROJECT_DISABLED and still answers reads', async () => {
    const local = await createTestApi();
    const before = (await local.get('/contacts')).body.total;
    local.sandbox.workspace('default')!.stores.skProject.disabled = true;
    const write = await local.post('/contacts').send({ email: 'new.person@example.com' });
    expect(write.status).toBe(403);
    expect(write.body.error).toMatchObject({ code: 'PROJECT_DISABLED', statusCode: 403 });
    const read = await local.get('/contacts');
    expect(read.status).toBe(200);
    expect(read.body.total).toBe(before);
  });
});
