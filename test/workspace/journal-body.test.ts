/** The journal keeps a large body as a preview, serialising only that preview. */
import { describe, expect, it } from 'vitest';
import { journalBody, jsonPrefix } from '../../src/workspace/journal.js';

const samples: unknown[] = [
  { a: 1, b: 'two', c: [true, null, { d: 'é"\\\n' }], e: undefined, f: [undefined] },
  [1, 2, 3],
  'plain',
  { nested: { deeper: { deepest: ['x'.repeat(50)] } } },
];

describe('jsonPrefix', () => {
  it('is JSON.stringify when the value fits', () => {
    for (const v of samples) expect(jsonPrefix(v, 10_000)).toBe(JSON.stringify(v));
  });

  it('starts like JSON.stringify when cut', () => {
    const big = { rows: Array.from({ length: 5_000 }, (_, i) => ({ email: `p${i}@x.test`, first_name: `P${i}` })) };
    const prefix = jsonPrefix(big, 4097);
    expect(prefix.length).toBeGreaterThanOrEqual(4097);
    expect(prefix.length).toBeLessThan(4097 + 100);
    expect(JSON.stringify(big).startsWith(prefix)).toBe(true);
  });
});

describe('journalBody', () => {
  it('keeps a small body whole and cuts a large one to a 4,096-character preview with its length', () => {
    expect(journalBody({ a: 1 }, 7)).toEqual({ a: 1 });
    const big = { csv: 'email\n' + 'someone@example.test\n'.repeat(100_000) };
    const kept = journalBody(big, 2_100_020) as { truncated: boolean; length: number; preview: string };
    expect(kept.truncated).toBe(true);
    expect(kept.length).toBe(2_100_020);
    expect(kept.preview).toBe(JSON.stringify(big).slice(0, 4096));
  });
});
