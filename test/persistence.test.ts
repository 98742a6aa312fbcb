import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { startCli } from './support/cli.js';
import { createSandbox } from '../src/sandbox.js';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'sendbox-data-')), 'sendbox.json');
const auth = { Authorization: 'Bearer sandbox_key' };

async function snapshotOf(file: string) {
  const sandbox = await createSandbox({ dataFile: file });
  const api = supertest(sandbox.app);
  const teams = (await api.get('/v2/teams').set(auth)).body.data;
  const state = (await api.get('/__sandbox/state').set(auth)).body;
  await sandbox.close();
  return { teams, state };
}

describe('--data-file', () => {
  it('restores every workspace exactly after a restart', async () => {
    const file = tempFile();
    const first = await createSandbox({ dataFile: file });
    const api = supertest(first.app);
    await api.post('/v2/teams').set(auth).send({ name: 'Persisted Team' });
    await api.post('/v2/teams').set({ Authorization: 'Bearer test_ci_9' }).send({ name: 'Persisted in a test workspace' });
    await api.post('/__sandbox/clock').set(auth).send({ action: 'freeze' });
    const before = (await api.get('/__sandbox/state').set(auth)).body;
    await first.close();

    const again = await snapshotOf(file);
    expect(again.teams.map((t: { name: string }) => t.name)).toContain('Persisted Team');
    expect(again.state).toEqual(before);
    const second = await createSandbox({ dataFile: file });
    const restoredTest = (await supertest(second.app).get('/v2/teams').set({ Authorization: 'Bearer test_ci_9' })).body.data;
    expect(restoredTest.map((t: { name: string }) => t.name)).toContain('Persisted in a test workspace');
    await second.close();
  });

  it('writes behind the request path, not per request', async () => {
    const file = tempFile();
    const sandbox = await createSandbox({ dataFile: file });
    const api = supertest(sandbox.app);
    for (let i = 0; i < 20; i++) await api.post('/v2/teams').set(auth).send({ name: `Team ${i}` });
    // Twenty writes within the flush interval: the file is not there yet (or still the old one).
    expect(() => readFileSync(file)).toThrow();
    await sandbox.close();
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('sendbox-store');
  });

  it('refuses a corrupt or foreign file instead of starting empty', async () => {
    const corrupt = tempFile();
    writeFileSync(corrupt, '{"format": "sendbox-store", "version": 1, "workspa');
    await expect(createSandbox({ dataFile: corrupt })).rejects.toThrow(/not readable as JSON/);
    const foreign = tempFile();
    writeFileSync(foreign, JSON.stringify({ users: [{ id: 1 }] }));
    await expect(createSandbox({ dataFile: foreign })).rejects.toThrow(/not a sendbox data file/);
    expect(JSON.parse(readFileSync(foreign, 'utf8'))).toEqual({ users: [{ id: 1 }] });
  });

  it('survives kill -9 of the sandbox process with the last flushed state intact', async () => {
    const file = tempFile();
    const cli = startCli(['--port', '0', '--data-file', file]);
    const url = await cli.url;
    const res = await fetch(`${url}/v2/teams`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Before the kill' }) });
    expect(res.status).toBe(201);
    await new Promise(r => setTimeout(r, 1600));
    cli.child.kill('SIGKILL');
    await cli.exited;
    const restored = await snapshotOf(file);
    expect(restored.teams.map((t: { name: string }) => t.name)).toContain('Before the kill');
  });
});
