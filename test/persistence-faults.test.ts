/**
 * --data-file under faults, in-process: a workspace that cannot be serialised, a disk that is full or a
 * folder that refuses writes (through an injected file system), `dataSync: 'always'`. Each waits for an
 * observable condition (GET /__sandbox/persistence), never for a fixed time.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestApi, type TestApi } from './support/api.js';
import { nodeFileSystem, type StoreFileSystem } from '../src/workspace/store-file.js';
import type { Workspace } from '../src/workspace/workspace.js';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'sendbox-faults-')), 'data.json');

interface Persistence {
  status: string;
  reason: string | null;
  last_error: { code: string | null; message: string } | null;
  failed_saves: number;
  pending_workspaces: number;
  unsaveable_workspaces: number;
  last_saved_at: string | null;
  workspace: { id: string; pending: boolean; error: string | null };
}

async function persistence(api: TestApi): Promise<Persistence> {
  const res = await api.get('/__sandbox/persistence');
  expect(res.status).toBe(200);
  return res.body.data as Persistence;
}

/** Polls until `accept` holds; the bound only turns a hang into a readable failure. */
async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const deadline = performance.now() + 30_000;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (performance.now() > deadline) throw new Error(`condition not reached; last value ${JSON.stringify(value)}`);
    await new Promise(r => setTimeout(r, 50));
  }
}

const saved = (api: TestApi) => until(() => persistence(api), p => p.pending_workspaces === 0 && p.status === 'ok');

async function createTeam(api: TestApi, name: string, status = 201) {
  const res = await api.post('/v2/teams').send({ name });
  expect(res.status).toBe(status);
  return res;
}

function teamNamesInFile(file: string, workspace: string): string[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { workspaces: Record<string, { supersend: { teams: { name: string }[] } }> };
  return data.workspaces[workspace]?.supersend.teams.map(t => t.name) ?? [];
}

async function teamNames(api: TestApi): Promise<string[]> {
  return ((await api.get('/v2/teams?limit=100')).body.data as { name: string }[]).map(t => t.name);
}

/** The first team record of a workspace, to plant a value no snapshot can hold. */
function firstTeam(ws: Workspace): Record<string, unknown> {
  // Team records are plain objects; the test writes a field the snapshot exports as it is.
  return ws.stores.supersend.teams.values().next().value as unknown as Record<string, unknown>;
}

/** A file system whose writes fail with `code` while `failing` is set; it records every temp file opened. */
function faultyFileSystem() {
  const control = { failing: null as string | null, opened: [] as string[], failedAttempts: 0 };
  const fs: StoreFileSystem = {
    ...nodeFileSystem,
    async open(path, flags) {
      control.opened.push(path);
      if (control.failing === 'EACCES') {
        control.failedAttempts++;
        throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      }
      const file = await nodeFileSystem.open(path, flags);
      return {
        writev: async buffers => {
          if (control.failing) {
            control.failedAttempts++;
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: control.failing });
          }
          return file.writev(buffers);
        },
        sync: () => file.sync(),
        close: () => file.close(),
      };
    },
  };
  return { fs, control };
}

let stderrLines: string[] = [];
function captureStderr() {
  stderrLines = [];
  vi.spyOn(process.stderr, 'write').mockImplementation(chunk => {
    stderrLines.push(String(chunk));
    return true;
  });
}
afterEach(() => {
  vi.restoreAllMocks();
});
const logged = (pattern: RegExp) => stderrLines.filter(l => pattern.test(l));

describe('a workspace that cannot be serialised', () => {
  it('does not stop saving the others; it is reported once, keeps its last saved state, and recovers by itself', async () => {
    const file = tempFile();
    const api = await createTestApi({ dataFile: file });
    const poisoned = api.as('test_poisoned');
    await createTeam(poisoned, 'Saved before the poison');
    await createTeam(api, 'Default before');
    await saved(api);

    captureStderr();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    firstTeam(api.sandbox.workspace('test:poisoned')!).inbox_auto_tag_settings = cycle;
    await createTeam(poisoned, 'Added after the poison');
    await createTeam(api, 'Saved despite the poison 1');
    const degraded = await until(() => persistence(api), p => p.unsaveable_workspaces === 1 && !p.workspace.pending);
    expect(degraded).toMatchObject({ status: 'degraded', reason: '1 workspace cannot be serialised', last_error: null });
    // Another save while the workspace still cannot be serialised: the failure is not logged again.
    await createTeam(api, 'Saved despite the poison 2');
    await until(() => persistence(api), p => !p.workspace.pending);

    expect(teamNamesInFile(file, 'default')).toEqual(expect.arrayContaining(['Saved despite the poison 1', 'Saved despite the poison 2']));
    const kept = teamNamesInFile(file, 'test:poisoned');
    expect(kept).toContain('Saved before the poison');
    expect(kept).not.toContain('Added after the poison');
    const health = await api.as(null).get('/v2/health');
    expect(health.body.data).toMatchObject({ status: 'degraded', reason: '1 workspace cannot be serialised' });
    const own = await persistence(poisoned);
    expect(own.workspace).toMatchObject({ id: 'test:poisoned', pending: true });
    expect(own.workspace.error).toMatch(/circular/i);
    expect(logged(/workspace "test:poisoned" cannot be saved/)).toHaveLength(1);
    expect(logged(/cannot be saved/)).toHaveLength(1);

    // The cause goes away: the workspace is saved at the next attempt without any further request.
    firstTeam(api.sandbox.workspace('test:poisoned')!).inbox_auto_tag_settings = {};
    const recovered = await saved(api);
    expect(recovered).toMatchObject({ status: 'ok', reason: null, unsaveable_workspaces: 0 });
    expect(logged(/workspace "test:poisoned" can be saved again/)).toHaveLength(1);
    expect((await api.as(null).get('/v2/health')).body.data.status).toBe('ok');
    await api.sandbox.close();

    const again = await createTestApi({ dataFile: file });
    expect(await teamNames(again)).toEqual(expect.arrayContaining(['Default before', 'Saved despite the poison 1', 'Saved despite the poison 2']));
    expect(await teamNames(again.as('test_poisoned'))).toEqual(expect.arrayContaining(['Saved before the poison', 'Added after the poison']));
    await again.sandbox.close();
  });

  it('a value nested 10,000 deep is reported the same way, and the other workspaces are saved', async () => {
    const file = tempFile();
    const api = await createTestApi({ dataFile: file });
    const deep = api.as('test_deep');
    await createTeam(deep, 'Deep before');
    await saved(api);
    captureStderr();
    let value: Record<string, unknown> = {};
    const root = value;
    for (let i = 0; i < 10_000; i++) value = (value.next = {}) as Record<string, unknown>;
    firstTeam(api.sandbox.workspace('test:deep')!).inbox_auto_tag_settings = root;
    await createTeam(deep, 'Deep after');
    await createTeam(api, 'Default saved');
    const status = await until(() => persistence(deep), p => p.unsaveable_workspaces === 1 && p.pending_workspaces === 1);
    expect(status.workspace.error).toBeTruthy();
    expect(teamNamesInFile(file, 'default')).toContain('Default saved');
    expect(teamNamesInFile(file, 'test:deep')).not.toContain('Deep after');
    expect(logged(/workspace "test:deep" cannot be saved/)).toHaveLength(1);
    await api.sandbox.close();
  });

  it('an unchanged workspace is not serialised again (its saved text is reused)', async () => {
    const file = tempFile();
    const api = await createTestApi({ dataFile: file });
    await createTeam(api.as('test_quiet'), 'Quiet');
    await saved(api);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    // Planted without a request: nothing marks the workspace changed, so no save looks at it.
    firstTeam(api.sandbox.workspace('test:quiet')!).inbox_auto_tag_settings = cycle;
    await createTeam(api, 'Default changes');
    const status = await saved(api);
    expect(status).toMatchObject({ status: 'ok', unsaveable_workspaces: 0 });
    expect(teamNamesInFile(file, 'default')).toContain('Default changes');
    expect(teamNamesInFile(file, 'test:quiet')).toContain('Quiet');
    firstTeam(api.sandbox.workspace('test:quiet')!).inbox_auto_tag_settings = {};
    await api.sandbox.close();
  });

  it('a restart without changes leaves the file as it is', async () => {
    const file = tempFile();
    const first = await createTestApi({ dataFile: file });
    await createTeam(first, 'Kept');
    await first.sandbox.close();
    const before = readFileSync(file, 'utf8');
    const second = await createTestApi({ dataFile: file });
    expect(await teamNames(second)).toContain('Kept');
    await second.sandbox.close();
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

describe('a write of the data file that fails', () => {
  it('disk full: the old file stays intact, the failure shows once, saving resumes by itself, no temp file is left', async () => {
    const file = tempFile();
    const { fs, control } = faultyFileSystem();
    const api = await createTestApi({ dataFile: file, dataFileSystem: fs });
    await createTeam(api, 'Before the disk filled');
    await saved(api);
    const before = readFileSync(file, 'utf8');

    captureStderr();
    control.failing = 'ENOSPC';
    await createTeam(api, 'While the disk is full');
    await createTeam(api.as('test_other'), 'Other workspace while full');
    const failing = await until(() => persistence(api), p => p.failed_saves >= 3);
    expect(failing).toMatchObject({ status: 'degraded', last_error: { code: 'ENOSPC', message: 'ENOSPC: no space left on device, write' } });
    expect(failing.pending_workspaces).toBeGreaterThanOrEqual(2);
    expect(failing.workspace.pending).toBe(true);
    const health = await api.as(null).get('/v2/health');
    expect(health.status).toBe(200);
    expect(health.body.data).toMatchObject({ status: 'degraded', reason: 'saving to the data file fails (ENOSPC: no space left on device)' });
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(logged(/cannot save .*ENOSPC/)).toHaveLength(1);

    control.failing = null;
    const recovered = await saved(api);
    expect(recovered).toMatchObject({ status: 'ok', reason: null, last_error: null, failed_saves: 0 });
    expect(logged(/works again/)).toHaveLength(1);
    expect(teamNamesInFile(file, 'default')).toContain('While the disk is full');
    expect(teamNamesInFile(file, 'test:other')).toContain('Other workspace while full');
    await api.sandbox.close();

    // Every save used its own temp file of this process, and none is left behind.
    const prefix = `.${basename(file)}.${process.pid}.`;
    expect(control.opened.every(p => basename(p).startsWith(prefix) && p.endsWith('.tmp'))).toBe(true);
    expect(new Set(control.opened).size).toBe(control.opened.length);
    expect(control.opened.some(existsSync)).toBe(false);
    expect(readdirSync(dirname(file)).filter(n => n.endsWith('.tmp'))).toEqual([]);
  });

  it('folder not writable: writes still answer, the cause is reported, and the changes are saved once the folder is writable again', async () => {
    const file = tempFile();
    const { fs, control } = faultyFileSystem();
    const api = await createTestApi({ dataFile: file, dataFileSystem: fs });
    await createTeam(api, 'Before');
    await saved(api);
    captureStderr();
    control.failing = 'EACCES';
    await createTeam(api, 'While read-only');
    const failing = await until(() => persistence(api), p => p.failed_saves >= 2);
    expect(failing.last_error).toMatchObject({ code: 'EACCES' });
    expect((await api.as(null).get('/v2/health')).body.data.reason).toBe('saving to the data file fails (EACCES: permission denied)');
    expect(logged(/cannot save/)).toHaveLength(1);
    control.failing = null;
    await saved(api);
    expect(teamNamesInFile(file, 'default')).toContain('While read-only');
    await api.sandbox.close();
  });
});

describe("dataSync: 'always'", () => {
  it('answers a write only once its workspace is on disk', async () => {
    const file = tempFile();
    const api = await createTestApi({ dataFile: file, dataSync: 'always' });
    await createTeam(api, 'On disk when answered');
    expect(teamNamesInFile(file, 'default')).toContain('On disk when answered');
    const sk = await api.post('/contacts').send({ email: 'synced@example.com' });
    expect(sk.status).toBe(201);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { workspaces: { default: { project: { contacts: { email: string }[] } } } };
    expect(data.workspaces.default.project.contacts.map(c => c.email)).toContain('synced@example.com');
    expect((await persistence(api))).toMatchObject({ status: 'ok', sync: 'always' } as Partial<Persistence>);
    await api.sandbox.close();
  });

  it('answers 503 data_not_saved while the disk is full, and saves the change once it is not', async () => {
    const file = tempFile();
    const { fs, control } = faultyFileSystem();
    const api = await createTestApi({ dataFile: file, dataSync: 'always', dataFileSystem: fs });
    captureStderr();
    control.failing = 'ENOSPC';
    const refused = await createTeam(api, 'Applied, not on disk', 503);
    expect(refused.body.error).toMatchObject({ type: 'api_error', code: 'data_not_saved' });
    expect(refused.body.error.message).toMatch(/not on disk yet.*ENOSPC: no space left on device/);
    const skRefused = await api.post('/contacts').send({ email: 'applied@example.com' });
    expect(skRefused.status).toBe(503);
    expect(skRefused.body).toMatchObject({ success: false, error: { code: 'SERVICE_UNAVAILABLE', statusCode: 503 } });
    expect(existsSync(file)).toBe(false);
    control.failing = null;
    await saved(api);
    expect(teamNamesInFile(file, 'default')).toContain('Applied, not on disk');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { workspaces: { default: { project: { contacts: { email: string }[] } } } };
    expect(data.workspaces.default.project.contacts.map(c => c.email)).toContain('applied@example.com');
    await api.sandbox.close();
  });
});

describe('the data file lock', () => {
  it('refuses a second sandbox on the same file, naming the process, and frees the file on close', async () => {
    const file = tempFile();
    const first = await createTestApi({ dataFile: file });
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    await expect(createTestApi({ dataFile: file })).rejects.toThrow(
      new RegExp(`data\\.json is in use by another sandbox of this process \\(pid ${process.pid}\\)`),
    );
    await first.sandbox.close();
    expect(existsSync(`${file}.lock`)).toBe(false);
    const second = await createTestApi({ dataFile: file });
    await second.sandbox.close();
  });

  it('takes over the lock of a process that no longer runs, and removes temp files it left', async () => {
    const file = tempFile();
    const { spawnSync } = await import('node:child_process');
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(gone.stdout);
    const { hostname } = await import('node:os');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${file}.lock`, JSON.stringify({ pid: deadPid, host: hostname(), started_at: '2026-01-01T00:00:00.000Z' }));
    const leftover = join(dirname(file), `.data.json.${deadPid}.7.tmp`);
    writeFileSync(leftover, '{"format":"sendbox-st');
    captureStderr();
    const api = await createTestApi({ dataFile: file });
    expect(logged(new RegExp(`took over the lock of .*data\\.json from pid ${deadPid}, which no longer runs`))).toHaveLength(1);
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    expect(existsSync(leftover)).toBe(false);
    await api.sandbox.close();
  });
});

describe('GET /__sandbox/persistence without a data file', () => {
  it('answers enabled false, status off; health stays ok', async () => {
    const api = await createTestApi();
    expect(await persistence(api)).toMatchObject({ status: 'off', pending_workspaces: 0, workspace: { id: 'default', pending: false, error: null } });
    expect((await api.as(null).get('/v2/health')).body.data).not.toHaveProperty('reason');
    await api.sandbox.close();
  });
});
