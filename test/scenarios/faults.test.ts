/**
 * Network faults, seen by a real socket client (node:net), and what they leave behind: a request cut
 * before the handler changes nothing and the journal says it was not applied; one cut after the handler
 * changed the state, and the journal says it was applied.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox.js';
import type { JournalEntry } from '../../src/workspace/journal.js';
import { listen, oneRule, rawRequest, scenarioFolder, type Listening } from './support.js';

const KINDS = ['connection_reset', 'empty_reply', 'malformed_json', 'truncated_body', 'slow_drip', 'hang'] as const;

let sandbox: Sandbox;
let server: Listening;

beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const kind of KINDS) {
    for (const when of ['before', 'after']) {
      const rate = kind === 'slow_drip' ? '\n  rate: 2000' : kind === 'truncated_body' ? '\n  rate: 0.25' : '';
      files[`${kind.replace('_', '-')}-${when}`] = oneRule(`${kind.replace('_', '-')}-${when}`, `fault:\n  kind: ${kind}\n  when: ${when}${rate}`);
    }
  }
  sandbox = await createSandbox({ seed: 'test', seedData: false, scenarioDirectory: scenarioFolder(files) });
  server = await listen(sandbox);
});

afterAll(() => server.close());

const KEY = { Authorization: 'Bearer sandbox_key' };

function createTeam(name: string, scenario: string, timeoutMs = 3000) {
  return rawRequest(server.port, { method: 'POST', path: '/v2/teams', headers: { ...KEY, 'X-Sandbox-Scenario': scenario }, body: { name }, timeoutMs });
}

async function teamNames(): Promise<string[]> {
  const res = await rawRequest(server.port, { path: '/v2/teams?limit=100', headers: KEY });
  expect(res.status).toBe(200);
  return (JSON.parse(res.body).data as { name: string }[]).map(t => t.name);
}

function lastEntry(): JournalEntry {
  const entries = sandbox.workspace('default')!.journal.find({ method: 'POST', path: '/v2/teams' });
  return entries[entries.length - 1];
}

describe('a fault before the handler', () => {
  it.each([
    ['connection_reset', 'connection-reset-before'],
    ['empty_reply', 'empty-reply-before'],
  ])('%s: the client gets no answer, nothing changes, the journal says not applied', async (fault, scenario) => {
    const res = await createTeam(`Never ${fault}`, scenario);
    expect(res.raw.length).toBe(0);
    expect(res.ended).toBe(fault === 'connection_reset' ? 'reset' : 'end');
    expect(await teamNames()).not.toContain(`Never ${fault}`);
    expect(lastEntry()).toMatchObject({ fault, applied: false, status: 0, scenarios: [`${scenario}/only`] });
  });

  it('hang: nothing comes until the client gives up; nothing changes', async () => {
    const started = performance.now();
    const res = await createTeam('Never hang', 'hang-before', 300);
    expect(res.ended).toBe('timeout');
    expect(res.raw.length).toBe(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(295);
    expect(await teamNames()).not.toContain('Never hang');
    expect(lastEntry()).toMatchObject({ fault: 'hang', applied: false, status: 0 });
  });
});

describe('a fault after the handler', () => {
  it('connection_reset: the team exists, the client got nothing, the journal says applied', async () => {
    const res = await createTeam('Made reset', 'connection-reset-after');
    expect(res.ended).toBe('reset');
    expect(res.raw.length).toBe(0);
    expect(await teamNames()).toContain('Made reset');
    expect(lastEntry()).toMatchObject({ fault: 'connection_reset', applied: true, status: 0 });
  });

  it('malformed_json: a complete answer whose body does not parse', async () => {
    const res = await createTeam('Made malformed', 'malformed-json-after');
    expect(res.status).toBe(201);
    expect(res.ended).toBe('end');
    expect(Buffer.byteLength(res.body)).toBe(Number(res.headers['content-length']));
    expect(res.body.startsWith('{"success":true')).toBe(true);
    expect(() => JSON.parse(res.body)).toThrow();
    expect(await teamNames()).toContain('Made malformed');
    expect(lastEntry()).toMatchObject({ fault: 'malformed_json', applied: true });
  });

  it('truncated_body: a quarter of the promised bytes, then the connection closes', async () => {
    const res = await createTeam('Made truncated', 'truncated-body-after');
    expect(res.status).toBe(201);
    expect(res.ended).toBe('end');
    const promised = Number(res.headers['content-length']);
    expect(Buffer.byteLength(res.body)).toBe(Math.floor(promised * 0.25));
    expect(await teamNames()).toContain('Made truncated');
    expect(lastEntry()).toMatchObject({ fault: 'truncated_body', applied: true });
  });

  it('truncated_body of a page already encoded: a quarter of that page, as sent whole', async () => {
    await rawRequest(server.port, { method: 'POST', path: '/v2/teams', headers: KEY, body: { name: 'Listed truncated' } });
    const whole = await rawRequest(server.port, { path: '/v2/teams?limit=50', headers: KEY });
    const cut = await rawRequest(server.port, { path: '/v2/teams?limit=50', headers: { ...KEY, 'X-Sandbox-Scenario': 'truncated-body-after' } });
    expect(cut.status).toBe(200);
    expect(cut.ended).toBe('end');
    expect(Number(cut.headers['content-length'])).toBe(Buffer.byteLength(whole.body));
    expect(cut.body).toBe(whole.body.slice(0, Math.floor(whole.body.length * 0.25)));
    // The headers gathered before the fault (CORS) are sent with it.
    expect(cut.headers['access-control-allow-origin']).toBe('*');
  });

  it('slow_drip: the whole answer, a few bytes at a time', async () => {
    const res = await createTeam('Made slowly', 'slow-drip-after');
    expect(res.status).toBe(201);
    expect(JSON.parse(res.body).data.name).toBe('Made slowly');
    // 2,000 bytes/s in tenths of a second: 200 bytes every 100 ms.
    const chunks = Math.ceil(Buffer.byteLength(res.body) / 200);
    expect(chunks).toBeGreaterThanOrEqual(3);
    expect(res.arrivals.length).toBeGreaterThanOrEqual(chunks);
    expect(res.arrivals.at(-1)! - res.arrivals[0]).toBeGreaterThanOrEqual((chunks - 1) * 100 - 30);
    expect(lastEntry()).toMatchObject({ fault: 'slow_drip', applied: true });
  });

  it('hang: the team exists though the client never heard back', async () => {
    const res = await createTeam('Made hang', 'hang-after', 300);
    expect(res.ended).toBe('timeout');
    expect(await teamNames()).toContain('Made hang');
    expect(lastEntry()).toMatchObject({ fault: 'hang', applied: true });
  });

  it('empty_reply after the handler closes without a byte, the change made', async () => {
    const res = await createTeam('Made empty', 'empty-reply-after');
    expect(res.raw.length).toBe(0);
    expect(res.ended).toBe('end');
    expect(await teamNames()).toContain('Made empty');
    expect(lastEntry()).toMatchObject({ fault: 'empty_reply', applied: true });
  });
});

describe('faults before the handler that still send bytes', () => {
  it('malformed_json, truncated_body and slow_drip send a stand-in body and change nothing', async () => {
    const malformed = await createTeam('Never malformed', 'malformed-json-before');
    expect(malformed.status).toBe(200);
    expect(() => JSON.parse(malformed.body)).toThrow();
    const truncated = await createTeam('Never truncated', 'truncated-body-before');
    expect(truncated.ended).toBe('end');
    const slow = await createTeam('Never slow', 'slow-drip-before');
    expect(slow.status).toBe(200);
    const names = await teamNames();
    for (const name of ['Never malformed', 'Never truncated', 'Never slow']) expect(names).not.toContain(name);
    const entries = sandbox.workspace('default')!.journal.find({ method: 'POST', path: '/v2/teams' }).slice(-3);
    expect(entries.map(e => [e.fault, e.applied])).toEqual([
      ['malformed_json', false],
      ['truncated_body', false],
      ['slow_drip', false],
    ]);
  });
});
