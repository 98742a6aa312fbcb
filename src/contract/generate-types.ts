/**
 * Generates the TypeScript types of the API document (src/contract/openapi.gen.ts) and of the control
 * document (src/control/openapi.gen.ts) with openapi-typescript. `npm run gen:types` writes them;
 * test/contract-types.test.ts fails while a checked-in file differs from a fresh generation.
 *
 * The types describe a request as handlers receive it after validation (src/contract/request-validator.ts):
 * a path or query parameter with a documented default is always present (the validator fills it in), while
 * JSON body fields keep their optionality (JSON bodies get no defaults). An anyOf/oneOf whose branches only
 * constrain (`required`, `not`: "email or linkedin_url is required") adds no shape and is left out: the
 * generator would render each branch as `unknown` and the whole schema as `unknown`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import YAML from 'yaml';

const root = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export const GENERATED_TYPES = [
  { document: root('openapi.yaml'), output: root('src/contract/openapi.gen.ts'), name: 'openapi.yaml' },
  { document: root('src/control/openapi.yaml'), output: root('src/control/openapi.gen.ts'), name: 'src/control/openapi.yaml' },
] as const;

const HEADER = (name: string) =>
  `/**\n * Generated from ${name} by openapi-typescript (src/contract/generate-types.ts). Do not edit by hand:\n * change the document and run \`npm run gen:types\`.\n */\n\n`;

/** The generated source for one document. */
export async function generateTypes(documentPath: string, name: string): Promise<string> {
  // The documents are linted as OpenAPI 3.1 (npm run lint:openapi); YAML.parse cannot know that.
  const document = YAML.parse(readFileSync(documentPath, 'utf8')) as OpenAPI3;
  const forTypes = withoutConstraintOnlyBranches(withDefaultedParametersRequired(document));
  const ast = await openapiTS(forTypes, { silent: true, defaultNonNullable: false });
  return HEADER(name) + astToString(ast);
}

interface ParameterLike {
  in?: string;
  required?: boolean;
  schema?: { default?: unknown };
}

/** Marks every parameter with a schema default as required, as it is once the validator has run. */
function withDefaultedParametersRequired(document: OpenAPI3): OpenAPI3 {
  const copy = structuredClone(document);
  const mark = (list: unknown) => {
    // Parameter objects of a linted document; a `$ref` entry has none of these keys, so it is left as is.
    for (const p of Array.isArray(list) ? (list as ParameterLike[]) : []) {
      if (p.schema?.default !== undefined && p.in !== 'header') p.required = true;
    }
  };
  mark(Object.values(copy.components?.parameters ?? {}));
  // A path item holds its own `parameters` and one object per method, each with its `parameters`.
  for (const item of Object.values(copy.paths ?? {})) {
    for (const part of [item, ...Object.values(item)]) {
      if (typeof part === 'object' && part !== null && 'parameters' in part) mark(part.parameters);
    }
  }
  return copy;
}

/** Keywords that give a schema a shape; a branch with none of them only constrains. */
const SHAPING = ['type', 'properties', '$ref', 'items', 'enum', 'const', 'anyOf', 'oneOf', 'allOf', 'additionalProperties'];

function withoutConstraintOnlyBranches<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withoutConstraintOnlyBranches) as T; // same array, element by element
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const constraintOnly = (key === 'anyOf' || key === 'oneOf') && Array.isArray(value) &&
      value.every(branch => typeof branch === 'object' && branch !== null && !SHAPING.some(k => k in branch));
    if (!constraintOnly) out[key] = withoutConstraintOnlyBranches(value);
  }
  return out as T; // the same object without some keys
}

async function main(): Promise<void> {
  for (const { document, output, name } of GENERATED_TYPES) {
    writeFileSync(output, await generateTypes(document, name));
    console.log(`${name} → ${output.slice(root('').length)}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
