/**
 * --data-file through the real `sendbox` command: the lock between two processes, a stale lock after
 * kill -9, SENDBOX_DATA_SYNC, and a folder made read-only with chmod (the command runs as `nobody` when
 * the tests run as root, since root writes through any mode bits), through to SIGTERM.
 */
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCli } from './support/cli.js';

const auth = { Authorization: 'Bearer sandbox_key' };

async function persistence(url: string) {
  const res = await fetch(`${url}/__sandbox/persistence`, { headers: auth });
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: { status: string; sync: string; failed_saves: number; pending_workspaces: number; last_error: { code: string } | null } }).data;
}

async function until<T>(probe: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const deadline = performance.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (performance.now() > deadline) throw new Error(`condition not reached; last value ${JSON.stringify(value)}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

async function createTeam(url: string, name: string): Promise<void> {
  const res = await fetch(`${url}/v2/teams`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ name }) });
  expect(res.status).toBe(201);
}

function teamNamesInFile(file: string): string[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { workspaces: { default: { supersend: { teams: { name: string }[] } } } };
  return data.workspaces.default.supersend.teams.map(t => t.name);
}

describe('sendbox --data-file (spawned)', () => {
  it('a second instance on the same file refuses to start, naming the first', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sendbox-lock-')), 'data.json');
    const first = startCli(['--port', '0', '--data-file', file]);
    await first.url;
    const second = startCli(['--port', '0', '--data-file', file]);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(new RegExp(`data\\.json is in use by another sendbox \\(pid ${first.child.pid} on [^,]+, started [^)]+\\); stop it or choose another --data-file`));

    first.child.kill('SIGKILL');
    await first.exited;
  }, 120_000);

  it('a stale lock left by kill -9 is taken over; SENDBOX_DATA_SYNC=always answers writes once on disk', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sendbox-lock-')), 'data.json');
    const first = startCli(['--port', '0', '--data-file', file]);
    await first.url;
    first.child.kill('SIGKILL');
    await first.exited;
    const third = startCli(['--port', '0', '--data-file', file], { SENDBOX_DATA_SYNC: 'always' });
    const url = await third.url;
    expect(third.output()).toContain(`took over the lock of ${file} from pid ${first.child.pid}, which no longer runs`);
    expect((await persistence(url)).sync).toBe('always');
    await createTeam(url, 'On disk when answered');
    expect(teamNamesInFile(file)).toContain('On disk when answered');
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
    expect(existsSync(`${file}.lock`)).toBe(false);
  }, 120_000);

  it('a read-only folder: writes answer, health is degraded, saving resumes once writable; SIGTERM exits 0 naming what was not saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sendbox-readonly-'));
    chmodSync(dir, 0o777);
    const file = join(dir, 'data.json');
    const asOther = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const cli = startCli(['--port', '0', '--data-file', file], {}, asOther);
    try {
      const url = await cli.url;
      await createTeam(url, 'Before read-only');
      await until(() => persistence(url), p => p.pending_workspaces === 0);

      chmodSync(dir, 0o555);
      await createTeam(url, 'While read-only');
      const failing = await until(() => persistence(url), p => p.failed_saves >= 2);
      expect(failing).toMatchObject({ status: 'degraded', last_error: { code: 'EACCES' } });
      const health = await fetch(`${url}/v2/health`);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { data: unknown }).data).toMatchObject({ status: 'degraded', reason: 'saving to the data file fails (EACCES: permission denied)' });
      expect(teamNamesInFile(file)).toContain('Before read-only');
      expect(teamNamesInFile(file)).not.toContain('While read-only');
      expect(cli.output().match(/cannot save/g)).toHaveLength(1);

      chmodSync(dir, 0o777);
      await until(() => persistence(url), p => p.status === 'ok' && p.pending_workspaces === 0);
      expect(teamNamesInFile(file)).toContain('While read-only');
      expect(cli.output()).toContain('works again');

      chmodSync(dir, 0o555);
      await createTeam(url, 'Not saved at shutdown');
      await until(() => persistence(url), p => p.failed_saves >= 1);
      cli.child.kill('SIGTERM');
      expect(await cli.exited).toBe(0);
      expect(cli.output()).toMatch(/shutting down without saving everything to .*data\.json: EACCES: permission denied.*latest changes not saved for 1 workspace: "default"/);
      expect(cli.output()).not.toMatch(/unhandled/i);
      expect(teamNamesInFile(file)).toContain('While read-only');
      expect(teamNamesInFile(file)).not.toContain('Not saved at shutdown');
      expect(readdirSync(dir).filter(n => n.endsWith('.tmp'))).toEqual([]);
    } finally {
      chmodSync(dir, 0o777);
      cli.child.kill('SIGKILL');
    }
  }, 120_000);
});
