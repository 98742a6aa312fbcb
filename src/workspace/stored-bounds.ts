/**
 * What a stored value may be, so nothing stored can make a later read or save fail. Fields a request
 * sets take their bounds from that request's schema in openapi.yaml (maxLength, minimum, maximum, …):
 * one source for what requests and snapshot imports may store. Values no request schema bounds get the
 * sandbox-wide caps below: nesting of free-form objects, string length, and times within years 0000–9999
 * (the range an ISO 8601 date-time with a four-digit year can write, and so the range a snapshot holds).
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { DEFAULT_DOCUMENT_PATH } from '../contract/contract.js';

export { MAX_TIME_MS, MIN_TIME_MS } from './clock.js';

// Nesting and the length of strings no request schema bounds: the same limits requests have (limits.ts).
export { MAX_FREE_FORM_NESTING, MAX_SNAPSHOT_NESTING, MAX_STRING_LENGTH } from '../contract/limits.js';
import { MAX_STRING_LENGTH } from '../contract/limits.js';
/** Ids the sandbox makes are UUIDs; ids a client may name (link_id) are held to this. */
export const MAX_ID_LENGTH = 255;

type Schema = Record<string, unknown>;

/** The keywords that bound a value; the rest of a request schema (formats, patterns) is not carried over. */
const BOUND_KEYWORDS = ['maxLength', 'minLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'maxItems', 'maxProperties'] as const;

let document: Schema | undefined;

function openapi(): Schema {
  document ??= YAML.parse(readFileSync(DEFAULT_DOCUMENT_PATH, 'utf8')) as Schema;
  return document;
}

/** Follows local `$ref`s (`#/components/schemas/X`). */
function resolve(schema: unknown): Schema | undefined {
  let current = schema as Schema | undefined;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 16; hops++) {
    current = (current.$ref as string)
      .slice(2)
      .split('/')
      .reduce<unknown>((node, part) => (node as Schema | undefined)?.[part], openapi()) as Schema | undefined;
  }
  return current;
}

/** The request body schema of an operation (its JSON or multipart body). */
function operationBody(operationId: string): Schema | undefined {
  for (const item of Object.values((openapi().paths ?? {}) as Record<string, Record<string, Schema>>)) {
    for (const operation of Object.values(item)) {
      if (operation?.operationId !== operationId) continue;
      const content = (resolve((operation.requestBody as Schema | undefined)) ?? {}).content as Record<string, Schema> | undefined;
      return resolve((content?.['application/json'] ?? content?.['multipart/form-data'])?.schema);
    }
  }
  return undefined;
}

/** A component schema (`components.schemas.name`) or, for `op:<operationId>`, an operation's request body. */
function source(name: string): Schema | undefined {
  if (name.startsWith('op:')) return operationBody(name.slice(3));
  return resolve(((openapi().components as Schema | undefined)?.schemas as Schema | undefined)?.[name]);
}

/**
 * The bounds the request schema `name` puts on `property` (e.g. `requestBounds('TeamCreateRequest',
 * 'name')` → `{ minLength: 1, maxLength: 255 }`); empty when it states none.
 */
export function requestBounds(name: string, property: string): Schema {
  const properties = source(name)?.properties as Schema | undefined;
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

