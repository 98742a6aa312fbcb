/**
 * The journal keeps each answer's first 4,096 characters outside the JS heap, in chunks it reuses as
 * entries are evicted (src/workspace/journal.ts). Whatever the sizes, characters and evictions, every
 * entry still kept must read back exactly what was recorded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJournal, type JournalInput } from '../../src/workspace/journal.js';
import { createTestApi } from '../support/api.js';

const input = (requestId: string, responseText: string | undefined, responseHead?: string): JournalInput => ({
  at: '2026-03-02T09:00:00.000Z', method: 'GET', path: '/v2/teams', query: {}, operationId: 'listTeams', status: 200,
  durationMs: 1, requestId, headers: {}, body: null, violations: [], scenarios: [], applied: true, fault: null, responseText, responseHead,
});

/** The first 4,096 characters, or 4,095 where the 4,096th is the first half of a pair (a preview stays well-formed text). */
const preview = (text: string) => text.slice(0, /[\ud800-\udbff]/.test(text[4095]) ? 4095 : 4096);

const shown = (text: string | undefined) =>
  text === undefined ? null : text.length <= 4096 ? text : { truncated: true, length: text.length, preview: preview(text) };

/** Answers of every size around the 4 KB preview and the 64 KB chunk, in one-, two- and four-byte UTF-8. */
const answer = fc.oneof(
  // Entries without an answer (a cut connection) evict others without adding a preview.
  { arbitrary: fc.constant(undefined), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom('a', 'ø', '€', '😀', '{"k":"v"}'), fc.integer({ min: 0, max: 4500 })).map(([unit, n]) => unit.repeat(n)), weight: 3 },
);

describe('journal response previews', () => {
  it('read back exactly what was recorded, across chunk reuse and eviction, whole or sent after an encoded head', () => {
    // Where a head ends (an encoded page's start, sent before the rest): none, or anywhere, a pair's middle included.
    const split = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.array(fc.tuple(answer, split), { minLength: 1, maxLength: 120 }), (capacity, answers) => {
        const journal = createJournal(capacity);
        const texts = new Map<string, string | undefined>();
        answers.forEach(([text, at], i) => {
          texts.set(`req_${i}`, text);
          const cut = text === undefined || at === undefined ? undefined : Math.floor(text.length * at);
          journal.record(cut === undefined ? input(`req_${i}`, text) : input(`req_${i}`, text!.slice(cut), text!.slice(0, cut)));
          for (const entry of journal.find({})) expect(entry.response).toEqual(shown(texts.get(entry.requestId)));
        });
        expect(journal.find({})).toHaveLength(Math.min(capacity, answers.length));
      }),
      { numRuns: 150 },
    );
  });
});

describe('a preview of a head and its text', () => {
  it('never ends in half a pair, even where the head ends exactly at the preview length', () => {
    const journal = createJournal(2);
    const head = 'x'.repeat(4095) + '\ud83d';
    const text = '\ude00' + 'y'.repeat(10);
    journal.record(input('req_pair', text, head));
    expect(journal.find({})[0].response).toEqual({ truncated: true, length: 4107, preview: 'x'.repeat(4095) });
  });
});

describe('journals of dropped workspaces', () => {
  it('are emptied when their workspace is dropped or reset, so nothing keeps their previews alive', async () => {
    const api = await createTestApi({ seedData: false, maxTestWorkspaces: 1 });
    const first = api.as('test_first');
    expect((await first.get('/v2/teams')).status).toBe(200);
    const dropped = api.sandbox.workspace('test:first')!.journal;
    expect(dropped.find({})).toHaveLength(1);
    expect((await api.as('test_second').get('/v2/teams')).status).toBe(200);
    expect(api.sandbox.workspace('test:first')).toBeUndefined();
    expect(dropped.find({})).toHaveLength(0);

    const replaced = api.sandbox.workspace('test:second')!.journal;
    api.sandbox.reset('test:second');
    expect(replaced.find({})).toHaveLength(0);
  });
});
