/**
 * The validator of scenario files (schema.json). Compiling it with Ajv was most of the scenario loader's
 * start-up time, so `npm run build` writes Ajv's standalone code for it next to the compiled loader
 * (dist/src/scenarios/schema-validator.cjs, from the same schema.json in the same build). Run from the
 * sources, where that file does not exist, the schema is compiled as before.
 */
import { createRequire } from 'node:module';
import AjvModule, { type ValidateFunction } from 'ajv';
import { builtPath } from '../package-root.js';

// ajv is CommonJS; its default export sits one level down under NodeNext.
const Ajv = AjvModule.default;

const OPTIONS = { allErrors: true, strict: false } as const;
/** Where the build writes the validator as standalone code (contract/build-cache.ts). */
export const PRECOMPILED_PATH = builtPath('src/scenarios/schema-validator.cjs');

const require = createRequire(import.meta.url);

export function scenarioValidator(schema: object): ValidateFunction {
  try {
    // require() is untyped; the file is Ajv's standalone code for a ValidateFunction.
    return require(PRECOMPILED_PATH) as ValidateFunction;
  } catch {
    return new Ajv(OPTIONS).compile(schema);
  }
}

/** Build step: the CommonJS module source of the same validator, compiled with the same options. */
export async function precompiledValidatorSource(schema: object): Promise<string> {
  const { default: standalone } = await import('ajv/dist/standalone/index.js');
  const ajv = new Ajv({ ...OPTIONS, code: { source: true } });
  return standalone.default(ajv, ajv.compile(schema));
}
