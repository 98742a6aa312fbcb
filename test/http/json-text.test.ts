/**
 * toJson (src/http/json-text.ts) splices in the texts of frozen views instead of serialising them again;
 * whatever it splices, its output must be JSON.stringify's, byte for byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodedJson, freezeEncoded, freezeWithText, toJson } from '../../src/http/json-text.js';

/** An envelope like a list answer's, some of its items (and the envelope's members) views with known texts. */
const envelope = fc
  .record({
    items: fc.array(fc.tuple(fc.dictionary(fc.string(), fc.jsonValue()), fc.boolean()), { maxLength: 8 }),
    extra: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }),
    nestedKnown: fc.boolean(),
  })
  .map(({ items, extra, nestedKnown }) => ({
    ...extra,
    success: true,
    data: items.map(([item, known]) => (known ? freezeWithText({ ...item }) : item)),
    pagination: nestedKnown ? freezeWithText({ total: items.length, has_more: false }) : { total: items.length },
  }));

describe('toJson', () => {
  it('writes exactly what JSON.stringify writes, views spliced in or not', () => {
    fc.assert(fc.property(envelope, value => toJson(value) === JSON.stringify(value)), { numRuns: 300 });
  });

  it('leaves out and writes as null what JSON.stringify does, and honours toJSON', () => {
    const view = freezeWithText({ id: 'a', name: 'Ä "quoted" \u2028 line' });
    const value = {
      skipped: undefined,
      fn: () => 1,
      at: new Date(0),
      data: [view, undefined, () => 2, null, 'text', { inner: [view] }],
      deep: { list: [view] },
    };
    expect(toJson(value)).toBe(JSON.stringify(value));
    expect(toJson([view, view])).toBe(JSON.stringify([view, view]));
    expect(toJson(view)).toBe(JSON.stringify(view));
  });

  it('answers a cached view frozen, so no handler can change it behind its text', () => {
    const view = freezeWithText({ id: 'a' });
    expect(Object.isFrozen(view)).toBe(true);
    expect(() => Object.assign(view, { id: 'b' })).toThrow(TypeError);
  });

  it('encodes a frozen page once: its text is JSON.stringify’s and its bytes that text’s UTF-8', () => {
    fc.assert(
      fc.property(envelope, value => {
        const expected = JSON.stringify(value);
        const encoded = freezeEncoded(value);
        return Object.isFrozen(value) && encoded.text === expected && encoded.bytes.equals(Buffer.from(expected)) && encodedJson(value) === encoded && toJson(value) === expected;
      }),
      { numRuns: 200 },
    );
    expect(encodedJson({ not: 'encoded' })).toBeUndefined();
  });
});
