/**
 * What a stored value may be, so nothing stored can make a later read or save fail. Fields a request
 * sets take their bounds from that request's schema in openapi.yaml (maxLength, minimum, maximum, …):
 * one source for what requests and snapshot imports may store. Values no request schema bounds get the
 * sandbox-wide caps below: nesting of free-form objects, string length, and times within years 0000–9999
 * (the range an ISO 8601 date-time with a four-digit year can write, and so the range a snapshot holds).
 */
import { readFileSync } from 'node:fs';
import { yamlLibrary } from '../yaml-library.js';
import { DEFAULT_DOCUMENT_PATH, loadedDocument } from '../contract/contract.js';

export { MAX_TIME_MS, MIN_TIME_MS } from './clock.js';

// Nesting and the length of strings no request schema bounds: the same limits requests have (limits.ts).
export { MAX_FREE_FORM_NESTING, MAX_SNAPSHOT_NESTING, MAX_STRING_LENGTH } from '../contract/limits.js';
import { MAX_FREE_FORM_NESTING, MAX_STRING_LENGTH } from '../contract/limits.js';
/** Ids the sandbox makes are UUIDs; ids a client may name (link_id) are held to this. */
export const MAX_ID_LENGTH = 255;

type Schema = Record<string, unknown>;

/** The keywords that bound a value; the rest of a request schema (formats, patterns) is not carried over. */
const BOUND_KEYWORDS = ['maxLength', 'minLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'maxItems', 'maxProperties'] as const;

let document: Schema | undefined;

/**
 * The API document: the one the sandbox parsed at start-up, so the first import or upload does not parse
 * the YAML again on the request path; parsed here only when used without a sandbox (a bench, a test).
 */
function openapi(): Schema {
  // Both sources hold the same plain JSON document; its shape is walked by key below.
  document ??= (loadedDocument(DEFAULT_DOCUMENT_PATH) as unknown as Schema | undefined) ?? (yamlLibrary().parse(readFileSync(DEFAULT_DOCUMENT_PATH, 'utf8')) as Schema);
  return document;
}

/** A node of the document: plain JSON walked by key, so each node on a path is an object, or absent. */
const asSchema = (node: unknown) => node as Schema | undefined;

/** Follows local `$ref`s (`#/components/schemas/X`). */
function resolve(schema: unknown): Schema | undefined {
  let current = asSchema(schema);
  for (let hops = 0; hops < 16; hops++) {
    const ref = current?.$ref;
    if (typeof ref !== 'string') break;
    current = asSchema(ref.slice(2).split('/').reduce<unknown>((node, part) => asSchema(node)?.[part], openapi()));
  }
  return current;
}

/** The request body schema of an operation (its JSON or multipart body). */
function operationBody(operationId: string): Schema | undefined {
  for (const item of Object.values(asSchema(openapi().paths) ?? {})) {
    for (const operation of Object.values(asSchema(item) ?? {}).map(asSchema)) {
      if (operation?.operationId !== operationId) continue;
      const content = asSchema(resolve(operation.requestBody)?.content);
      return resolve(asSchema(content?.['application/json'] ?? content?.['multipart/form-data'])?.schema);
    }
  }
  return undefined;
}

/** A component schema (`components.schemas.name`) or, for `op:<operationId>`, an operation's request body. */
function source(name: string): Schema | undefined {
  if (name.startsWith('op:')) return operationBody(name.slice(3));
  return resolve(asSchema(asSchema(openapi().components)?.schemas)?.[name]);
}

/**
 * The bounds the request schema `name` puts on `property` (e.g. `requestBounds('TeamCreateRequest',
 * 'name')` → `{ minLength: 1, maxLength: 255 }`); empty when it states none.
 */
export function requestBounds(name: string, property: string): Schema {
  const properties = asSchema(source(name)?.properties);
  const schema = resolve(properties?.[property]) ?? {};
  const bounds: Schema = {};
  for (const keyword of BOUND_KEYWORDS) if (schema[keyword] !== undefined) bounds[keyword] = schema[keyword];
  return bounds;
}

/** A stored string: the request's bounds where a request sets it, else the sandbox-wide cap. */
export function storedString(name?: string, property?: string): Schema {
  const bounds = name && property ? requestBounds(name, property) : {};
  return { maxLength: MAX_STRING_LENGTH, ...bounds };
}

// ---- values that arrive inside files and upload rows (CSV cells, JSON rows with free-form fields) ----

/** C0 controls and DEL, but tab and line breaks, which a quoted CSV cell may hold. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** What an imported string must satisfy: the request schema's length bounds and pattern where it states them. */
export interface StringRule {
  maxLength: number;
  minLength: number;
  pattern?: RegExp;
}

/**
 * The rule the request schema `name` (a component, or `op:<operationId>`) puts on the string `property`:
 * its maxLength (else MAX_STRING_LENGTH), minLength and pattern. Read once per caller, not per row.
 */
export function stringRule(name: string, property: string): StringRule {
  const schema = resolve(asSchema(source(name)?.properties)?.[property]) ?? {};
  const rule: StringRule = { maxLength: Number(schema.maxLength ?? MAX_STRING_LENGTH), minLength: Number(schema.minLength ?? 0) };
  if (typeof schema.pattern === 'string') rule.pattern = new RegExp(schema.pattern, 'u');
  return rule;
}

const PATH_KEY_CHARS = 64;

/** A free-form string (a custom field, a data cell): the sandbox-wide cap, no other rule. */
export const FREE_FORM_STRING: StringRule = { maxLength: MAX_STRING_LENGTH, minLength: 0 };

/**
 * Why an imported string may not be stored under `rule`, phrased to follow its name ("is longer than 255
 * characters"), or undefined. Control characters are refused in every imported value: a file cell holding
 * one is damage, not data, and it would reach every later read and export.
 */
export function stringProblem(value: string, rule: StringRule): string | undefined {
  if (value.length > rule.maxLength) return `is longer than ${rule.maxLength} characters`;
  if (value.length < rule.minLength) return `is shorter than ${rule.minLength} characters`;
  if (CONTROL_CHARACTERS.test(value) || (rule.pattern && !rule.pattern.test(value))) return 'holds control characters';
  return undefined;
}

/**
 * The first problem in a free-form value (keys and string values, at any depth), with the path to it
 * under `name` (e.g. `custom.note`), or undefined. Iterative: nesting is bounded before this is called,
 * but a walk that cannot overflow costs nothing more.
 */
export function freeFormProblem(name: string, value: unknown): string | undefined {
  // Paths show at most the first PATH_KEY_CHARS of each key: the reason is stored and listed too.
  const step = (path: string, key: string) => `${path}.${key.length > PATH_KEY_CHARS ? `${key.slice(0, PATH_KEY_CHARS)}…` : key}`;
  const stack: [string, unknown, number][] = [[name, value, 1]];
  while (stack.length > 0) {
    const [path, node, depth] = stack.pop()!;
    if (typeof node === 'string') {
      const problem = stringProblem(node, FREE_FORM_STRING);
      if (problem) return `${path} ${problem}`;
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_FREE_FORM_NESTING) return `${path} nests deeper than ${MAX_FREE_FORM_NESTING} levels`;
    for (const [key, child] of Object.entries(node)) {
      const keyProblem = stringProblem(key, FREE_FORM_STRING);
      if (keyProblem) return `a key of ${path} ${keyProblem}`;
      stack.push([step(path, key), child, depth + 1]);
    }
  }
  return undefined;
}
