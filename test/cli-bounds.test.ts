/** The queued-work and journal bound flags reach the sandbox, and bad values stop start-up naming the flag. */
import { describe, expect, it } from 'vitest';
import { startCli } from './support/cli.js';

type Json = Record<string, any>;

const auth = { authorization: 'Bearer sandbox_key', 'content-type': 'application/json' };

async function post(url: string, path: string, body: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(url + path, { method: 'POST', headers: auth, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Json };
}

describe('queued-work and journal flags', () => {
  it('--max-queued-rows bounds the rows one workspace may queue', async () => {
    const cli = startCli(['--port', '0'], { SENDBOX_MAX_QUEUED_ROWS: '2' });
    const url = await cli.url;
    const team = (await post(url, '/v2/teams', { name: 'Flags' })).body.data;
    const campaign = (await post(url, '/v2/campaigns', { TeamId: team.id, name: 'Flags' })).body.data;
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ email: `flag.${i}@example.test` }));
    expect((await post(url, '/__sandbox/clock', { action: 'freeze' })).status).toBe(200);
    const tooLarge = await post(url, '/v2/contacts/bulk', { contacts: rows(3), TeamId: team.id, CampaignId: campaign.id });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.code).toBe('request_too_large');
    expect((await post(url, '/v2/contacts/bulk', { contacts: rows(2), TeamId: team.id, CampaignId: campaign.id })).status).toBe(202);
    const full = await post(url, '/v2/contacts/bulk', { contacts: rows(1), TeamId: team.id, CampaignId: campaign.id });
    expect(full.status).toBe(429);
    expect(full.body.error.code).toBe('queue_full');
    cli.child.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('refuses a bound that is not a positive number', async () => {
    const cli = startCli(['--port', '0', '--journal-mb', '0']);
    expect(await cli.exited).not.toBe(0);
    expect(cli.output()).toContain('--journal-mb must be a number of megabytes > 0, got "0"');
  });
});
