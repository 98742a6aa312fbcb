/**
 * `npm run build`'s last step: caches the parsed form of both shipped documents (cache.ts), then compiles
 * every request validator once, so a schema Ajv rejects fails the build instead of a request.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CONTROL_DOCUMENT_PATH, DEFAULT_DOCUMENT_PATH } from './contract.js';
import { writeCacheEntry } from './cache.js';
import { compileRequestValidator } from './request-validator.js';

for (const document of [DEFAULT_DOCUMENT_PATH, CONTROL_DOCUMENT_PATH]) {
  const { path, parsed } = await writeCacheEntry(readFileSync(document, 'utf8'));
  parsed.operations.forEach(compileRequestValidator);
  process.stdout.write(`contract cache: ${relative(process.cwd(), document)} → ${relative(process.cwd(), path)} (${parsed.operations.length} operations)\n`);
}
