import { describe, expect, it } from 'vitest';
import { startCli } from './support/cli.js';

describe('the sendbox command', () => {
  it('listens on the given host and port 0, prints the URL and keys, and stops cleanly on SIGTERM', async () => {
    const cli = startCli(['--port', '0', '--host', '127.0.0.1']);
    const url = await cli.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(cli.output()).toContain('sandbox_key');
    expect(cli.output()).toContain('sk_sandbox');
    const health = await fetch(`${url}/v2/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('x-request-id')).toMatch(/^req_/);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('takes the port and validation mode from the environment', async () => {
    const cli = startCli([], { PORT: '0', SENDBOX_VALIDATION: 'warn' });
    const url = await cli.url;
    const res = await fetch(`${url}/v2/teams?limit=500`, { headers: { authorization: 'Bearer sandbox_key' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-sandbox-validation-warnings')).toContain('limit');
    cli.child.kill('SIGINT');
    expect(await cli.exited).toBe(0);
  });

  it('refuses an invalid port', async () => {
    const cli = startCli(['--port', 'abc']);
    expect(await cli.exited).not.toBe(0);
    expect(cli.output()).toContain('--port');
  });
});

describe('control plane switch', () => {
  it('--no-control-plane serves no /__sandbox endpoints', async () => {
    const cli = startCli(['--port', '0', '--no-control-plane']);
    const url = await cli.url;
    const res = await fetch(`${url}/__sandbox/clock`, { headers: { authorization: 'Bearer sandbox_key' } });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('route_not_found');
    expect((await fetch(`${url}/v2/health`)).status).toBe(200);
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });
});
