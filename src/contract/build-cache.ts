/**
 * `npm run build`'s last step, run from dist/: caches the parsed form of both shipped documents
 * (cache.ts) and compiles every request validator once, so a schema Ajv rejects fails the build instead
 * of a request; then writes the scenario file validator as standalone code (scenarios/schema-validator.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTROL_DOCUMENT_PATH, DEFAULT_DOCUMENT_PATH } from './contract.js';
import { writeCacheEntry } from './cache.js';
import { compileRequestValidator } from './request-validator.js';
import { PRECOMPILED_FILE, precompiledValidatorSource } from '../scenarios/schema-validator.js';

const shown = (path: string) => relative(process.cwd(), path);

for (const document of [DEFAULT_DOCUMENT_PATH, CONTROL_DOCUMENT_PATH]) {
  const { path, derived } = await writeCacheEntry(readFileSync(document, 'utf8'));
  derived.operations.forEach(compileRequestValidator);
  process.stdout.write(`contract cache: ${shown(document)} → ${shown(path)} (${derived.operations.length} operations)\n`);
}

const schema = JSON.parse(readFileSync(new URL('../scenarios/schema.json', import.meta.url), 'utf8')) as object;
const validatorPath = fileURLToPath(new URL(`../scenarios/${PRECOMPILED_FILE}`, import.meta.url));
writeFileSync(validatorPath, await precompiledValidatorSource(schema));
process.stdout.write(`scenario schema → ${shown(validatorPath)}\n`);
