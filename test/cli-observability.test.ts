/**
 * The command's request log, CORS and scenario flags, and `sendbox scenarios validate`, run as users run
 * them (the built dist/).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, startCli } from './support/cli.js';
import { oneRule, scenarioFolder } from './scenarios/support.js';

const AUTH = { authorization: 'Bearer sandbox_key' };

/** Resolves once the command's output has a line matching `pattern` (the log is written after the answer). */
async function lineMatching(output: () => string, pattern: RegExp): Promise<string> {
  for (;;) {
    const line = output().split('\n').find(l => pattern.test(l));
    if (line !== undefined) return line;
    await new Promise(resolve => setImmediate(resolve));
  }
}

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile(process.execPath, ['dist/src/main.js', ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('the request log of the command', () => {
  it('writes JSON lines when not on a terminal, with every violation', async () => {
    const cli = startCli(['--port', '0']);
    const url = await cli.url;
    const res = await fetch(`${url}/v2/sender-profiles?limit=500`, { headers: AUTH });
    expect(res.status).toBe(400);
    const line = JSON.parse(await lineMatching(cli.output, /^\{.*"path":"\/v2\/sender-profiles"/)) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 30,
      method: 'GET',
      status: 400,
      requestId: res.headers.get('x-request-id'),
      workspace: 'default',
      violations: ['query team_id: team_id is required', 'query limit: limit must be <= 100'],
    });
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('--log-format pretty writes one readable line; --quiet writes none', async () => {
    const pretty = startCli(['--port', '0', '--log-format', 'pretty']);
    const url = await pretty.url;
    const res = await fetch(`${url}/v2/teams`, { headers: AUTH });
    const line = await lineMatching(pretty.output, /GET \/v2\/teams/);
    expect(line).toMatch(new RegExp(`^\\[\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\] INFO: GET /v2/teams 200 [\\d.]+ms ${res.headers.get('x-request-id')} ws=default$`));
    pretty.child.kill('SIGTERM');
    expect(await pretty.exited).toBe(0);

    const quiet = startCli(['--port', '0', '--quiet']);
    const quietUrl = await quiet.url;
    expect((await fetch(`${quietUrl}/v2/teams`, { headers: AUTH })).status).toBe(200);
    quiet.child.kill('SIGTERM');
    expect(await quiet.exited).toBe(0);
    expect(quiet.output()).not.toContain('/v2/teams 200');
    expect(quiet.output()).not.toContain('"path"');
  });

  it('refuses an unknown log level', async () => {
    const cli = startCli(['--log-level', 'chatty']);
    expect(await cli.exited).not.toBe(0);
    expect(cli.output()).toContain("option '--log-level <level>' argument 'chatty' is invalid");
  });
});

describe('CORS flags', () => {
  it('--cors-origin allows only the origins given', async () => {
    const cli = startCli(['--port', '0', '--cors-origin', 'http://a.test', '--cors-origin', 'http://b.test']);
    const url = await cli.url;
    const preflight = await fetch(`${url}/v2/contacts`, { method: 'OPTIONS', headers: { origin: 'http://b.test', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://b.test');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, GET, DELETE');
    const other = await fetch(`${url}/v2/teams`, { headers: { ...AUTH, origin: 'http://c.test' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('--no-cors sends no CORS header and OPTIONS answers 405', async () => {
    const cli = startCli(['--port', '0', '--no-cors']);
    const url = await cli.url;
    const preflight = await fetch(`${url}/v2/teams`, { method: 'OPTIONS', headers: { origin: 'http://a.test', 'access-control-request-method': 'GET' } });
    expect(preflight.status).toBe(405);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });
});

describe('scenario flags', () => {
  it('--scenario-dir adds a folder (a bad file nothing selects warns) and --scenario FILE loads and activates a file', async () => {
    const dir = scenarioFolder({
      mine: oneRule('mine', 'match: {operationId: listTeams}\nrespond: {status: 500}'),
      broken: oneRule('broken', 'match: {method: POST, path: /v2/contacts}\nrespond: {status: 429}'),
    });
    const file = join(scenarioFolder({ health503: oneRule('health503', 'match: {operationId: getHealth}\nrespond: {status: 503}') }), 'health503.yaml');
    const cli = startCli(['--port', '0', '--scenario-dir', dir, '--scenario', file]);
    const url = await cli.url;
    expect(cli.output()).toContain(`${join(dir, 'broken.yaml')}:6:23: rule \\"only\\" can never apply: status 429 is not declared`);
    expect((await fetch(`${url}/v2/health`)).status).toBe(503);
    expect((await fetch(`${url}/v2/teams`, { headers: { ...AUTH, 'x-sandbox-scenario': 'mine' } })).status).toBe(500);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('a bad file that --scenario selects stops start-up', async () => {
    const dir = scenarioFolder({ broken: oneRule('broken', 'match: {method: POST, path: /v2/contacts}\nrespond: {status: 429}') });
    const cli = startCli(['--port', '0', '--scenario-dir', dir, '--scenario', 'broken']);
    expect(await cli.exited).toBe(1);
    expect(cli.output()).toContain(`sendbox: ${join(dir, 'broken.yaml')}:6:23: rule "only" can never apply`);
  });
});

describe('sendbox scenarios validate', () => {
  it('exits 0 and says ok for good files and folders', async () => {
    const result = await run(['scenarios', 'validate', 'scenarios/demo.yaml', 'scenarios']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toBe('scenarios/demo.yaml: ok (scenario demo, 6 rules)');
    expect(result.stdout).toContain('scenarios/slow-network.yaml: ok (scenario slow-network, ');
  });

  it('exits 1 and prints file:line:col: problem for each bad file', async () => {
    const dir = scenarioFolder({
      good: oneRule('good', 'delay: 5'),
      never: oneRule('never', 'match: {method: POST, path: /v2/contacts}\nrespond: {status: 429}'),
      typo: oneRule('typo', 'respnd: {status: 500}'),
    });
    const result = await run(['scenarios', 'validate', dir, join(dir, 'missing.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${join(dir, 'good.yaml')}: ok (scenario good, 1 rule)\n`);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      `${join(dir, 'never.yaml')}:6:23: rule "only" can never apply: status 429 is not declared for POST /v2/contacts (createContact) in openapi.yaml. Add "undeclared: true" to the respond to send it anyway (the answer is then outside the contract), or match operations that declare 429`,
      `${join(dir, 'typo.yaml')}:5:5: unknown field "respnd" in rules.0`,
      expect.stringMatching(new RegExp(`^${join(dir, 'missing.yaml')}:1:1: cannot be read: ENOENT`)),
    ]);
  });

  it('without files, exits 1 with the usage problem', async () => {
    const result = await run(['scenarios', 'validate']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("missing required argument 'files'");
  });
});
