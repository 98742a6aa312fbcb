/**
 * The request journal is bounded by bytes as well as entries: per workspace (oldest entries evicted), and
 * across workspaces (the largest journal loses its oldest entries first). An entry larger than a bound
 * by itself keeps a truncation marker in place of its body, and of its surplus violations.
 */
import { describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { entryBytes, type JournalEntry } from '../../src/workspace/journal.js';

type Json = Record<string, any>;

const PAD = 'x'.repeat(5_000);

async function journal(api: TestApi): Promise<JournalEntry[]> {
  const res = await api.get('/__sandbox/requests?limit=1000');
  expect(res.status).toBe(200);
  return res.body.data;
}

/** `n` GET /v2/teams, each with a 5 KB header and its sequence number. */
async function padded(api: TestApi, n: number, from = 0): Promise<void> {
  for (let i = from; i < from + n; i++) {
    const res = await api.get('/v2/teams').set('X-Pad', PAD).set('X-Seq', String(i));
    expect(res.status).toBe(200);
  }
}

/** The X-Seq of each entry, oldest first. */
const seqs = (entries: JournalEntry[]) => entries.map(e => Number(e.headers['x-seq'])).reverse();

const bytesOf = (entries: JournalEntry[]) => entries.reduce((n, e) => n + entryBytes(e), 0);

describe('journal byte bounds', () => {
  it('evicts the oldest entries once a workspace journal passes its bytes', async () => {
    const api = await createTestApi({ seedData: false, journalBytes: 32 * 1024 });
    await padded(api, 12);
    const entries = await journal(api);
    const kept = seqs(entries);
    // The newest requests, consecutive, as many as fit in 32 KB (each is a little over 5 KB).
    expect(kept.length).toBeGreaterThanOrEqual(4);
    expect(kept.length).toBeLessThan(7);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => 12 - kept.length + i));
    expect(bytesOf(entries)).toBeLessThanOrEqual(32 * 1024);
    expect(bytesOf(entries) + entryBytes(entries[0])).toBeGreaterThan(32 * 1024);
  });

  it('bounds all journals together, taking from the largest first', async () => {
    const root = await createTestApi({ seedData: false, journalBytes: 64 * 1024, journalBytesTotal: 24 * 1024 });
    const quiet = root.as('test_quiet');
    const busy = root.as('test_busy');
    expect((await quiet.get('/v2/teams').set('X-Seq', '0')).status).toBe(200);
    expect((await quiet.get('/v2/teams').set('X-Seq', '1')).status).toBe(200);
    await padded(busy, 20);
    const quietEntries = await journal(quiet);
    const busyEntries = await journal(busy);
    expect(seqs(quietEntries)).toEqual([0, 1]);
    const kept = seqs(busyEntries);
    expect(kept.length).toBeLessThan(20);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => 20 - kept.length + i));
    expect(bytesOf(quietEntries) + bytesOf(busyEntries)).toBeLessThanOrEqual(24 * 1024);
    // The busy journal alone is under its own 64 KB bound: the total bound is what cut it.
    expect(kept.length).toBeLessThan(5);
  });

  it('cuts an oversized entry: its body to a shorter preview, its violations to a marker', async () => {
    const api = await createTestApi({ seedData: false, journalBytes: 16 * 1024 });
    const team = (await api.post('/v2/teams').send({ name: 'Acme' })).body.data;
    const campaign = (await api.post('/v2/campaigns').send({ TeamId: team.id, name: 'Outreach' })).body.data;
    // 2,000 rows with a number for an email: one violation per row, and a body far past 16 KB.
    const contacts = Array.from({ length: 2_000 }, () => ({ email: 5 }));
    const res = await api.post('/v2/contacts/bulk').set('X-Pad', PAD.repeat(2)).send({ contacts, TeamId: team.id, CampaignId: campaign.id });
    expect(res.status).toBe(400);
    const [entry] = await journal(api);
    expect(entry.operationId).toBe('bulkCreateContacts');
    const body = entry.body as Json;
    expect(body.truncated).toBe(true);
    expect(body.length).toBe(JSON.stringify({ contacts, TeamId: team.id, CampaignId: campaign.id }).length);
    expect(body.preview.length).toBeLessThan(4096);
    expect(entry.violations.length).toBeLessThan(2_000);
    const marker = entry.violations.at(-1)!;
    expect(marker.keyword).toBe('truncated');
    expect(marker.message).toBe(`${2_000 - (entry.violations.length - 1)} more violation(s) not kept in the journal`);
    expect(entryBytes(entry)).toBeLessThanOrEqual(16 * 1024);
    // Earlier entries gave way to it; it stays, the newest.
    expect((await api.get('/__sandbox/requests/count')).body.data.count).toBe(1);
  });
});
