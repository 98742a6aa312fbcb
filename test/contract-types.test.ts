import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_TYPES, generateTypes } from '../src/contract/generate-types.js';

/** A changed document must be followed by `npm run gen:types`, so handlers are type-checked against it. */
describe('types generated from the documents', () => {
  for (const { document, output, name } of GENERATED_TYPES) {
    it(`are current for ${name}`, async () => {
      const fresh = await generateTypes(document, name);
      expect(readFileSync(output, 'utf8') === fresh, `${output} is stale: run npm run gen:types`).toBe(true);
    });
  }
});
