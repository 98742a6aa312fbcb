/**
 * Domains (openapi.yaml listDomains, getDomain) over the default data set: filters and sort as the docs
 * give them, sender counts and the detail's senders derived from the senders on the domain, health by
 * status, the purchase/setup lifecycle on the workspace clock, and the snapshot round trip.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { TestApi } from '../support/api.js';
import { advanceClock, copiedWorkspace, eachSeededSandbox, listFromState, type Json } from '../support/fixtures.js';

const UNKNOWN_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

let api: TestApi;
let acme: string;
let globex: string;

eachSeededSandbox(s => ({ api, acme, globex } = s));

beforeEach(async () => {
  expect((await api.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
});

const domains = (query = '') => listFromState(api, `/v2/domains${query}`);

const names = (rows: Json[]) => rows.map(d => d.name);
const statusOf = async (name: string) => (await domains(`?search=${name}`)).find(d => d.name === name)!.status;

describe('GET /v2/domains', () => {
  it('lists by name ascending by default, across teams or for one team', async () => {
    expect(names(await domains(`?team_id=${globex}`))).toEqual(['globex-hq.test', 'globex-mail.test', 'globex.test']);
    const all = await domains('?limit=100');
    expect(all).toHaveLength(14);
    expect(names(all)).toEqual([...names(all)].sort());
    expect(new Set(all.map(d => d.status))).toEqual(new Set([
      'active', 'purchasing', 'setting_up', 'setup_failed', 'pending', 'purchased', 'purchase_failed', 'inactive', 'expired', 'cancelled',
    ]));
  });

  it('filters by status, managed and search, and sorts by status or expiry either way', async () => {
    expect(names(await domains('?status=active'))).toEqual(['acme-outbound-mail.test', 'acme-outbound.test', 'globex-mail.test', 'globex.test']);
    expect(names(await domains('?managed=external'))).toEqual(['acme-outbound.test', 'globex.test']);
    expect(names(await domains('?search=OUTREACH'))).toEqual(['acme-outbound-outreach.test']);
    const byStatus = await domains(`?team_id=${acme}&sort_by=status&sort_order=desc&limit=100`);
    const statuses = byStatus.map(d => d.status);
    expect(statuses).toEqual([...statuses].sort().reverse());
    const byExpiry = await domains(`?team_id=${acme}&sort_by=expires_at&limit=100`);
    const expiries = byExpiry.map(d => d.expires_at).filter(Boolean);
    expect(expiries).toEqual([...expiries].sort());
    // Domains without an expiry come last.
    expect(byExpiry.slice(expiries.length).every(d => d.expires_at === null)).toBe(true);
    expect((await api.get(`/v2/domains?team_id=${UNKNOWN_ID}`)).status).toBe(403);
    expect((await api.get('/v2/domains?sort_by=price')).status).toBe(400);
  });

  it('counts the active senders on each domain', async () => {
    const counts = Object.fromEntries((await domains(`?team_id=${acme}&limit=100`)).map(d => [d.name, d.active_sender_count]));
    // alex, sam and chris (disabled) are on acme-outbound.test; jordan and priya on the bought domain.
    expect(counts['acme-outbound.test']).toBe(2);
    expect(counts['acme-outbound-mail.test']).toBe(2);
    expect(counts['acme-outbound-hq.test']).toBe(0);
    const chris = (await api.get('/v2/senders?search=chris')).body.data[0];
    await api.patch(`/v2/senders/${chris.id}`).send({ disabled: false });
    expect((await domains('?search=acme-outbound.test')).find(d => d.name === 'acme-outbound.test')!.active_sender_count).toBe(3);
  });
});

describe('GET /v2/domains/:id', () => {
  it('adds DNS records, detailed health, the senders on the domain and the team', async () => {
    const own = (await domains('?search=globex.test')).find(d => d.name === 'globex.test')!;
    const res = await api.get(`/v2/domains/${own.id}`);
    expect(res.status).toBe(200);
    const d = res.body.data;
    expect(d).toMatchObject({ object: 'domain', name: 'globex.test', status: 'active', managed: 'external', team: { id: globex, name: 'Globex Sales' } });
    expect(d.senders.map((s: Json) => s.email)).toEqual(['lena@globex.test', 'mia@globex.test']);
    expect(d.dns_records.spf).toMatch(/^v=spf1 /);
    expect(d.dns_records.dmarc).toBe('v=DMARC1; p=none; rua=mailto:dmarc@globex.test');
    expect(d.health).toMatchObject({ is_active: true, dns_valid: true, spf_valid: true, dkim_valid: true, dmarc_valid: true, mx_valid: true, errors: [], warnings: [] });
    expect(d.health.records.dkim).toBe(d.dns_records.dkim);
    const missing = await api.get(`/v2/domains/${UNKNOWN_ID}`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('domain_not_found');
  });

  it('shows the failed setup\'s DNS error, with DKIM invalid and the other records valid', async () => {
    const [failed] = await domains('?status=setup_failed');
    const d = (await api.get(`/v2/domains/${failed.id}`)).body.data;
    expect(d.health).toMatchObject({ is_active: false, dns_valid: false, dkim_valid: false, spf_valid: true, dmarc_valid: true, mx_valid: true });
    expect(d.health.errors).toEqual([`DKIM record not found at supersend._domainkey.${d.name}`]);
    expect(d.health.records.dkim).toBeNull();
  });
});

describe('the purchase and setup lifecycle on the workspace clock', () => {
  it('purchasing → setting_up after 30 minutes → active after 2 hours; setting_up → active after 1 hour; setup_failed stays', async () => {
    const hq = 'acme-outbound-hq.test';
    const deals = 'acme-outbound-deals.test';
    const failed = 'acme-outbound-outreach.test';
    expect([await statusOf(deals), await statusOf(hq), await statusOf(failed)]).toEqual(['purchasing', 'setting_up', 'setup_failed']);
    const pending = (await domains(`?search=${hq}`))[0];
    const detail = (await api.get(`/v2/domains/${pending.id}`)).body.data;
    expect(detail.health).toMatchObject({ is_active: false, dns_valid: false, dkim_valid: false });
    expect(detail.health.warnings).toHaveLength(1);

    await advanceClock(api, 30 * 60);
    expect([await statusOf(deals), await statusOf(hq)]).toEqual(['setting_up', 'setting_up']);
    await advanceClock(api, 30 * 60);
    expect([await statusOf(deals), await statusOf(hq), await statusOf('globex-hq.test')]).toEqual(['setting_up', 'active', 'active']);
    const now = (await api.get('/__sandbox/clock')).body.data.now;
    const active = (await api.get(`/v2/domains/${pending.id}`)).body.data;
    expect(active.health).toMatchObject({ is_active: true, dns_valid: true, dkim_valid: true, warnings: [] });
    // Checked again when it became active: during the last half hour the clock moved.
    expect(active.updated_at).toBe(active.health.last_check);
    const checkedAt = Date.parse(active.health.last_check);
    expect(checkedAt).toBeLessThanOrEqual(Date.parse(now));
    expect(checkedAt).toBeGreaterThan(Date.parse(now) - 30 * 60_000);
    await advanceClock(api, 60 * 60);
    expect([await statusOf(deals), await statusOf(failed)]).toEqual(['active', 'setup_failed']);
    expect(names(await domains('?status=setting_up'))).toEqual([]);
  });
});

describe('snapshots', () => {
  it('carry domains with their planned transitions', async () => {
    const copy = await copiedWorkspace(api);
    expect((await copy.get('/v2/domains?limit=100')).body.data).toEqual(await domains('?limit=100'));
    await copy.post('/__sandbox/clock/advance').send({ seconds: 3 * 3600 });
    expect((await copy.get('/v2/domains?status=setting_up')).body.data).toEqual([]);
    expect((await copy.get('/v2/domains?status=purchasing')).body.data).toEqual([]);
  });
});
