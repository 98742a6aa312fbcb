/**
 * fast-check generators derived from openapi.yaml: for each operation, requests whose parameters and body
 * follow the document, and requests where one part is replaced by a hostile value.
 */
import fc from 'fast-check';
import { MAX_JSON_DEPTH } from '../../src/http/body.js';

type Json = Record<string, any>;
type Schema = Json;

export interface FuzzRequest {
  method: string;
  path: string;
  /** Raw body text and its Content-Type; undefined sends no body. */
  body?: { text: string; contentType: string };
  /** What the generator meant to send, for the failure report. */
  label: string;
}

export interface OperationShape {
  method: string;
  path: string;
  operationId: string;
  parameters: { name: string; in: string; required: boolean; schema: Schema }[];
  body?: { required: boolean; schema: Schema };
}

/** Operations of the document with their parameters and JSON body schema, references resolved. */
export function operationShapes(document: Json): OperationShape[] {
  const resolve = (node: unknown): any => {
    if (!node || typeof node !== 'object' || !('$ref' in node)) return node;
    const ref = String((node as Json).$ref).slice(2).split('/');
    return resolve(ref.reduce((at: Json, key) => at[key], document));
  };
  const shapes: OperationShape[] = [];
  for (const [path, item] of Object.entries<Json>(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve)
        .map((p: Json) => ({ name: p.name, in: p.in, required: Boolean(p.required), schema: p.schema ?? {} }));
      const requestBody = resolve(op.requestBody);
      const json = requestBody?.content?.['application/json'];
      shapes.push({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        parameters,
        body: json ? { required: Boolean(requestBody.required), schema: json.schema ?? {} } : undefined,
      });
    }
  }
  return shapes;
}

/** `{"a":{"a":…}}`, `levels` deep. */
export const nestedJson = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/**
 * Deep values stand in as markers until the body is written (toJson), so neither the generator nor
 * fast-check's reporter has to walk them recursively.
 */
const DEEP = [MAX_JSON_DEPTH, 10_000].map(levels => ({ marker: `\u0000deep:${levels}`, text: nestedJson(levels) }));

/** JSON text of a body, deep markers replaced by their nested objects. */
function toJson(value: unknown): string {
  let text = JSON.stringify(value) ?? 'null';
  for (const deep of DEEP) text = text.replaceAll(JSON.stringify(deep.marker), deep.text);
  return text;
}

/** Values that break parsers, validators and handlers that trust their input. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  // Deep values in a real field: one level over the limit, and deep enough to overflow recursive readers.
  fc.constantFrom(...DEEP.map(d => d.marker)),
  fc.constantFrom<unknown>(
    'Infinity', '-Infinity', 'NaN', '1e309', '0x10', '1.5', '-1', '', ' ', '\u0000', 'a\u0000b@example.com', '\uFEFF',
    '__proto__', 'constructor', '../../etc/passwd', '%E0%A4%A', '{"$ne":1}', 'x'.repeat(5000), 'é'.repeat(300),
    null, true, false, 0, -1, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, [], {}, [null], { constructor: { prototype: { x: 1 } } },
  ),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A string for a path or query slot: what a client could type in a URL. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('Infinity', 'NaN', '1e3', '0x10', '1.5', '-1', '', '%00', '%E0%A4%A', '..', 'null', 'true', '[]', '{}', 'x'.repeat(3000), '%0D%0AX-Injected:%201'),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
);

export interface Pools {
  /** Ids of records that exist, so generated requests reach the handlers and not only the 404s. */
  ids: string[];
}

/** A value following `schema` (as far as a generator can without reading prose). */
export function validValue(schema: Schema, document: Json, pools: Pools, depth = 0): fc.Arbitrary<unknown> {
  const s = deref(schema, document);
  if (s.const !== undefined) return fc.constant(s.const);
  if (Array.isArray(s.enum) && s.enum.length) return fc.constantFrom(...s.enum);
  const alternatives = s.oneOf ?? s.anyOf;
  if (Array.isArray(alternatives)) return fc.oneof(...alternatives.map((a: Schema) => validValue(a, document, pools, depth + 1)));
  if (Array.isArray(s.allOf)) return validValue(mergeAll(s.allOf, document), document, pools, depth + 1);
  const types: string[] = Array.isArray(s.type) ? s.type.filter((t: string) => t !== 'null') : s.type ? [s.type] : [];
  switch (types[0]) {
    case 'string': return stringValue(s, pools);
    case 'integer': return fc.integer({ min: s.minimum ?? 0, max: Math.min(s.maximum ?? 200, 1_000_000) });
    case 'number': return fc.double({ min: s.minimum ?? 0, max: s.maximum ?? 1000, noNaN: true, noDefaultInfinity: true });
    case 'boolean': return fc.boolean();
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const items = validValue(s.items ?? {}, document, pools, depth + 1);
      return fc.array(items, { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 3, Math.max(s.minItems ?? 0, 3)) });
    }
    case 'object': return objectValue(s, document, pools, depth);
    default: return depth > 4 ? fc.constant(null) : fc.jsonValue({ maxDepth: 2 });
  }
}

const NO_CONTROL_CHARACTERS = '^[^\\x00-\\x1F\\x7F]*$';

function stringValue(s: Schema, pools: Pools): fc.Arbitrary<string> {
  const max = Math.min(s.maxLength ?? 40, 40);
  switch (s.format) {
    case 'uuid': return pools.ids.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pools.ids) }, { weight: 1, arbitrary: fc.uuid({ version: 4 }) }) : fc.uuid({ version: 4 });
    case 'email': return fc.emailAddress().filter(e => e.length <= (s.maxLength ?? 320));
    case 'date-time': return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map(d => d.toISOString());
    case 'uri': return fc.webUrl().filter(u => u.length <= (s.maxLength ?? 2048));
  }
  if (Array.isArray(s.examples) && s.examples.length) return fc.constantFrom(...s.examples.map(String));
  if (s.example !== undefined) return fc.constant(String(s.example));
  const plain = fc.string({ minLength: Math.min(s.minLength ?? 0, max), maxLength: max });
  if (!s.pattern) return plain;
  const pattern = new RegExp(s.pattern, 'u');
  // The control-character pattern only excludes characters: plain strings fit it once those are dropped.
  if (s.pattern === NO_CONTROL_CHARACTERS) return plain.map(v => v.replace(/[\u0000-\u001f\u007f]/g, '')).filter(v => v.length >= (s.minLength ?? 0));
  return fc.stringMatching(pattern).filter(v => v.length >= (s.minLength ?? 0) && v.length <= (s.maxLength ?? Infinity));
}

function objectValue(s: Schema, document: Json, pools: Pools, depth: number): fc.Arbitrary<Json> {
  const properties: Json = s.properties ?? {};
  const required: string[] = (s.required ?? []).filter((k: string) => k in properties);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, prop] of Object.entries(properties)) model[name] = validValue(prop as Schema, document, pools, depth + 1);
  if (Object.keys(model).length === 0) return depth > 3 ? fc.constant({}) : fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 });
  return fc.record(model, { requiredKeys: required });
}

function deref(schema: Schema, document: Json): Schema {
  let s = schema ?? {};
  while (s.$ref) s = String(s.$ref).slice(2).split('/').reduce((at: Json, key: string) => at[key], document);
  return s;
}

function mergeAll(parts: Schema[], document: Json): Schema {
  const merged: Schema = { type: 'object', properties: {}, required: [] };
  for (const part of parts.map(p => deref(p, document))) {
    Object.assign(merged.properties, part.properties);
    merged.required.push(...(part.required ?? []));
    if (part.type && part.type !== 'object') return part;
  }
  return merged;
}

/** Bodies no JSON schema can describe: broken, encoded wrongly, nested too deep. */
const hostileBodyText = fc.constantFrom(
  { text: '{"unterminated": ', contentType: 'application/json' },
  { text: 'null', contentType: 'application/json' },
  { text: '[]', contentType: 'application/json' },
  { text: '"text"', contentType: 'application/json' },
  { text: '{"__proto__":{"polluted":true}}', contentType: 'application/json' },
  { text: `{"a":${nestedJson(MAX_JSON_DEPTH + 5)}}`, contentType: 'application/json' },
  { text: `{"a":${nestedJson(5000)}}`, contentType: 'application/json' },
  { text: '{}', contentType: 'application/json; charset=bogus' },
  { text: '{}', contentType: 'text/plain' },
  { text: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
);

/** One request for an operation: valid, or valid with one part made hostile. */
export function requestFor(shape: OperationShape, document: Json, pools: Pools): fc.Arbitrary<FuzzRequest> {
  const params = fc.tuple(...shape.parameters.filter(p => p.in === 'path' || p.in === 'query').map(p => parameterValue(p, document, pools)));
  const body = shape.body ? bodyFor(shape.body, document, pools) : fc.constant(undefined);
  return fc.tuple(params, body).map(([values, sent]) => {
    let path = shape.path;
    const query: string[] = [];
    const notes: string[] = [];
    for (const v of values) {
      if (v.value === undefined) continue;
      if (v.in === 'path') path = path.replace(`{${v.name}}`, pathSegment(v.value));
      else query.push(`${encodeURIComponent(v.name)}=${v.value}`);
      if (v.hostile) notes.push(`${v.in} ${v.name}=${v.value.slice(0, 40)}`);
    }
    if (query.length) path += `?${query.join('&')}`;
    if (sent?.note) notes.push(sent.note);
    return { method: shape.method, path, body: sent?.body, label: notes.join('; ') || 'valid' };
  });
}

/**
 * A path parameter as a client sends it: never empty, and never a dot segment, which clients remove
 * before sending (RFC 3986 §5.2.4) and the contract check's URL parser resolves.
 */
function pathSegment(value: string): string {
  return value === '' || /^(\.|%2e){1,2}$/i.test(value) ? `x${value}` : value;
}

interface ParamValue {
  name: string;
  in: string;
  value: string | undefined;
  hostile: boolean;
}

function parameterValue(p: OperationShape['parameters'][number], document: Json, pools: Pools): fc.Arbitrary<ParamValue> {
  const valid = validValue(p.schema, document, pools).map(v => encodeURIComponent(String(v)));
  const present = fc.oneof(
    { weight: 5, arbitrary: valid.map(value => ({ name: p.name, in: p.in, value, hostile: false })) },
    { weight: 1, arbitrary: hostileText.map(value => ({ name: p.name, in: p.in, value, hostile: true })) },
  );
  if (p.required) return present;
  return fc.oneof(present, fc.constant({ name: p.name, in: p.in, value: undefined, hostile: false }));
}

function bodyFor(body: NonNullable<OperationShape['body']>, document: Json, pools: Pools): fc.Arbitrary<{ body?: FuzzRequest['body']; note?: string } | undefined> {
  const valid = validValue(body.schema, document, pools);
  const json = (value: unknown) => ({ text: toJson(value), contentType: 'application/json' });
  return fc.oneof(
    { weight: 4, arbitrary: valid.map(v => ({ body: json(v) })) },
    {
      weight: 3,
      arbitrary: fc.tuple(valid, fc.string({ maxLength: 12 }), hostileValue).map(([v, key, bad]) => {
        const target = v && typeof v === 'object' && !Array.isArray(v) ? { ...(v as Json) } : {};
        const keys = Object.keys(target);
        const field = keys.length ? keys[Math.abs(hash(key)) % keys.length] : key;
        target[field] = bad;
        return { body: json(target), note: `body ${field}=${describeValue(bad)}` };
      }),
    },
    { weight: 1, arbitrary: hostileBodyText.map(b => ({ body: b, note: `body ${b.contentType} ${b.text.slice(0, 30)}` })) },
    { weight: 1, arbitrary: fc.constant({ note: 'no body' }) },
  );
}

/** A short description of a value for the failure report (deep values would overflow a printer). */
function describeValue(value: unknown): string {
  const text = toJson(value);
  return text.length > 40 ? `${text.slice(0, 40)}… (${text.length} characters)` : text;
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

/**
 * A request that always runs first, whatever the budget: a documented body field holding a value
 * 10,000 levels deep, the input that once overflowed every recursive reader after it.
 */
export function deepExample(shape: OperationShape, document: Json, pools: Pools, seed: number, isValidBody: (body: unknown) => boolean): FuzzRequest | undefined {
  if (!shape.body) return undefined;
  const [base] = fc.sample(requestFor(shape, document, pools), { numRuns: 1, seed });
  // A body the document accepts, so the deep value is what the request is judged on.
  const samples = fc.sample(validValue(shape.body.schema, document, pools), { numRuns: 50, seed });
  const value = samples.find(isValidBody) ?? samples[0];
  const target: Json = value && typeof value === 'object' && !Array.isArray(value) ? { ...value } : {};
  const field = deepestReach(deref(shape.body.schema, document), document) ?? Object.keys(target)[0] ?? 'a';
  target[field] = DEEP[1].marker;
  return { ...base, body: { text: toJson(target), contentType: 'application/json' }, label: `body ${field}=<10,000 levels deep>` };
}

/** The body field where a deep value gets furthest: free-form first (`data`, `custom`), then any object. */
function deepestReach(schema: Schema, document: Json): string | undefined {
  const properties = Object.entries<Schema>(schema.properties ?? {}).map(([name, p]) => [name, deref(p, document)] as const);
  const isObject = (p: Schema) => p.type === 'object' || (Array.isArray(p.type) && p.type.includes('object'));
  const freeForm = properties.find(([, p]) => (isObject(p) && !p.properties) || (!p.type && !p.enum && !p.const && !p.oneOf && !p.anyOf));
  return (freeForm ?? properties.find(([, p]) => isObject(p) || p.type === 'array') ?? properties[0])?.[0];
}
