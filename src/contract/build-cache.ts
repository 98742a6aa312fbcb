/**
 * `npm run build`'s last step, run from dist/: caches the parsed form of both shipped documents
 * (cache.ts) and compiles every request validator once, so a schema Ajv rejects fails the build instead
 * of a request; then writes the scenario file validator as standalone code (scenarios/schema-validator.ts)
 * and caches the shipped scenario files' plain values (scenarios/parse-cache.ts), each checked first.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTROL_DOCUMENT_PATH, DEFAULT_DOCUMENT_PATH } from './contract.js';
import { writeCacheEntry } from './cache.js';
import { compileRequestValidator } from './request-validator.js';
import { PRECOMPILED_PATH, precompiledValidatorSource } from '../scenarios/schema-validator.js';
import { writeCachedPlainValue } from '../scenarios/parse-cache.js';
import { fileScenarioName, parseScenario, SCENARIO_SCHEMA } from '../scenarios/loader.js';
import { packagePath } from '../package-root.js';
import { parse as parseYaml } from 'yaml';

const shown = (path: string) => relative(process.cwd(), path);

for (const document of [DEFAULT_DOCUMENT_PATH, CONTROL_DOCUMENT_PATH]) {
  const { path, derived } = await writeCacheEntry(readFileSync(document, 'utf8'));
  derived.operations.forEach(compileRequestValidator);
  process.stdout.write(`contract cache: ${shown(document)} → ${shown(path)} (${derived.operations.length} operations)\n`);
}

writeFileSync(PRECOMPILED_PATH, await precompiledValidatorSource(SCENARIO_SCHEMA));
process.stdout.write(`scenario schema → ${shown(PRECOMPILED_PATH)}\n`);

const shippedScenarios = packagePath('scenarios');
for (const file of readdirSync(shippedScenarios).filter(f => /\.ya?ml$/.test(f))) {
  const text = readFileSync(join(shippedScenarios, file), 'utf8');
  // A shipped file that does not load fails the build; its cached value is what the YAML reader makes of it.
  parseScenario(text, file, { expectedName: fileScenarioName(file) });
  process.stdout.write(`scenario cache: ${file} → ${shown(writeCachedPlainValue(text, parseYaml(text)))}\n`);
}
