/**
 * Request validators compiled once per operation from the document (via prism-http's parsed operations):
 * path, query, header and body schemas become Ajv functions at start-up, so a request costs one call per
 * location. Query and path values come back coerced to their documented types, with defaults applied.
 * README ("Validation") explains why this replaces prism-http's per-request validation on the hot path.
 */
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { IHttpOperation, IHttpParam, IMediaTypeContent } from '@stoplight/types';
import { copyFields } from '../copy.js';

// ajv and ajv-formats are CommonJS; their default export sits one level down under NodeNext.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

export type Location = 'path' | 'query' | 'header' | 'body';
type ParamLocation = Exclude<Location, 'body'>;

export interface Violation {
  location: Location;
  /** The parameter or body field at fault, as the client named it (`TeamId`, `contacts[2].email`). */
  param: string;
  keyword: string;
  message: string;
}

export interface RequestInput {
  pathParams: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, multipart fields (strings), or undefined when the request had no body. */
  body: unknown;
  mediaType: string | undefined;
}

export interface ValidatedRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

export type RequestValidator = (input: RequestInput) => { values: ValidatedRequest; violations: Violation[] };

/** strictNumbers: a JSON number such as 1e400 parses as Infinity, which is no integer or number. */
const baseOptions = { allErrors: true, strict: false, allowUnionTypes: true, strictNumbers: true } as const;
/** Parameters and form fields arrive as strings: coerce them, and fill documented defaults. */
const coercing = addFormats(new Ajv({ ...baseOptions, coerceTypes: 'array', useDefaults: true }));
/** JSON bodies keep their types: `"5"` is not a number, and PATCH must not gain defaulted fields. */
const exact = addFormats(new Ajv({ ...baseOptions }));

type Schema = Record<string, unknown>;

function paramsSchema(params: IHttpParam[], lowercase: boolean): Schema {
  const name = (p: IHttpParam) => (lowercase ? p.name.toLowerCase() : p.name);
  return {
    type: 'object',
    properties: Object.fromEntries(params.map(p => [name(p), p.schema ?? {}])),
    required: params.filter(p => p.required).map(name),
  };
}

function compile(ajv: InstanceType<typeof Ajv>, schema: object, bundle: unknown): ValidateFunction {
  return ajv.compile({ ...schema, __bundled__: bundle });
}

interface BodyValidator {
  mediaType: string;
  validate: ValidateFunction;
  requiresFields: boolean;
}

export function compileRequestValidator(operation: IHttpOperation): RequestValidator {
  const bundle = (operation as { __bundled__?: unknown }).__bundled__;
  const request = operation.request ?? {};
  const locations: { location: ParamLocation; validate: ValidateFunction; numeric: NumericParam[] }[] = [];
  const add = (location: ParamLocation, params: IHttpParam[] | undefined, lowercase = false) => {
    if (!params?.length) return;
    locations.push({ location, validate: compile(coercing, paramsSchema(params, lowercase), bundle), numeric: numericParams(params, lowercase) });
  };
  add('path', request.path);
  add('query', request.query);
  add('header', request.headers, true);

  const bodies: BodyValidator[] = (request.body?.contents ?? [])
    .filter((c): c is IMediaTypeContent & { schema: object } => Boolean(c.schema))
    .map(c => ({
      mediaType: c.mediaType,
      validate: compile(c.mediaType.startsWith('application/json') ? exact : coercing, c.schema, bundle),
      requiresFields: 'required' in c.schema && Array.isArray(c.schema.required) && c.schema.required.length > 0,
    }));
  const bodyRequired = Boolean(request.body?.required);

  return function validateRequest(input) {
    // Copied field by field, not spread: the validator coerces fields in place (see copyFields).
    const values: ValidatedRequest = { path: copyFields(input.pathParams), query: copyFields(input.query), body: input.body };
    // concat, not push(...found): a body of 200,000 unknown fields has as many violations, more arguments
    // than one call may take.
    let violations: Violation[] = [];
    for (const { location, validate, numeric } of locations) {
      const target = location === 'header' ? lowercaseKeys(input.headers) : values[location];
      violations = violations.concat(dropMalformedNumbers(location, numeric, target));
      if (!validate(target)) violations = violations.concat(toViolations(location, validate.errors ?? []));
    }
    violations = violations.concat(validateBody(bodies, bodyRequired, input, values));
    return { values, violations };
  };
}

const BODY_REQUIRED: Violation = { location: 'body', param: 'body', keyword: 'required', message: 'A request body is required' };

function validateBody(bodies: BodyValidator[], required: boolean, input: RequestInput, values: ValidatedRequest): Violation[] {
  if (input.body === undefined) {
    // An absent body is checked as `{}` when fields are required, so the answer names the first missing one;
    // a required body whose fields are all optional is refused as missing rather than taken as `{}`.
    const json = bodies.find(b => b.mediaType.startsWith('application/json'));
    if (!json || (!required && !json.requiresFields)) return [];
    values.body = {};
    if (!json.validate(values.body)) return toViolations('body', json.validate.errors ?? []);
    return required ? [BODY_REQUIRED] : [];
  }
  if (bodies.length === 0) return [];
  const chosen = bodies.find(b => b.mediaType === input.mediaType);
  if (!chosen) {
    const accepted = bodies.map(b => b.mediaType).join(', ');
    return [{ location: 'body', param: 'Content-Type', keyword: 'contentType', message: `Content-Type must be one of: ${accepted}` }];
  }
  return chosen.validate(input.body) ? [] : toViolations('body', chosen.validate.errors ?? []);
}

/** A query, path or header parameter documented as a number. */
interface NumericParam {
  name: string;
  integer: boolean;
}

function numericParams(params: IHttpParam[], lowercase: boolean): NumericParam[] {
  return params
    .filter(p => p.schema?.type === 'integer' || p.schema?.type === 'number')
    .map(p => ({ name: lowercase ? p.name.toLowerCase() : p.name, integer: p.schema?.type === 'integer' }));
}

const INTEGER_TEXT = /^-?\d{1,15}$/;
const NUMBER_TEXT = /^-?\d{1,15}(\.\d{1,15})?$/;

/**
 * Ajv's coercion takes any text JavaScript reads as a number (`Infinity`, `1e3`, `0x10`, ` 1`); a
 * parameter documented as a number must be written as plain decimal digits, checked before coercion.
 * A malformed value is removed, so in `warn`/`off` modes the handler sees the documented default instead.
 */
function dropMalformedNumbers(location: Location, numeric: NumericParam[], target: Record<string, unknown>): Violation[] {
  const out: Violation[] = [];
  for (const { name, integer } of numeric) {
    const raw = target[name];
    if (raw === undefined) continue;
    const texts = Array.isArray(raw) ? raw : [raw];
    if (texts.every(t => typeof t === 'string' && (integer ? INTEGER_TEXT : NUMBER_TEXT).test(t))) continue;
    delete target[name];
    const kind = integer ? 'an integer' : 'a number';
    out.push({ location, param: name, keyword: 'type', message: `${name} must be ${kind} written in decimal digits` });
  }
  return out;
}

function lowercaseKeys(headers: RequestInput['headers']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v;
  return out;
}

/** `/contacts/2/email` → `contacts[2].email`. */
function fieldName(instancePath: string, child?: string): string {
  const segments = instancePath.split('/').filter(Boolean);
  if (child !== undefined) segments.push(child);
  return segments.reduce((name, s) => (/^\d+$/.test(s) ? `${name}[${s}]` : name ? `${name}.${s}` : s), '');
}

const COMPOUND = new Set(['anyOf', 'oneOf', 'if', 'not']);

/** Turns Ajv's errors into one violation per fault, naming the field the way the client wrote it. */
export function toViolations(location: Location, errors: ErrorObject[]): Violation[] {
  const compound = errors.find(e => COMPOUND.has(e.keyword));
  const relevant = compound ? chooseBranch(errors, compound) : errors;
  return relevant.filter(e => !COMPOUND.has(e.keyword)).map(e => describe(location, e));
}

/**
 * anyOf/oneOf failures report every branch. Keep what helps the client: "a or b is required" when every
 * branch only misses a field; otherwise the branch that fits best (no discriminating `const` failure).
 */
function chooseBranch(errors: ErrorObject[], compound: ErrorObject): ErrorObject[] {
  const prefix = `${compound.schemaPath}/`;
  const branches = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (!e.schemaPath.startsWith(prefix)) continue;
    const index = e.schemaPath.slice(prefix.length).split('/')[0];
    const branch = branches.get(index);
    if (branch) branch.push(e);
    else branches.set(index, [e]);
  }
  const outside = errors.filter(e => e !== compound && !e.schemaPath.startsWith(prefix));
  const all = [...branches.values()];
  if (all.length && all.every(b => b.every(e => e.keyword === 'required'))) {
    const names = [...new Set(all.map(b => String(b[0].params.missingProperty)))];
    if (names.length === 1) return [...outside, all[0][0]];
    return [...outside, { ...all[0][0], params: { missingProperty: names[0], alternatives: names } }];
  }
  const fitting = all.filter(b => !b.some(e => e.keyword === 'const'));
  if (fitting.length === 0 && all.length) {
    const constError = all[0].find(e => e.keyword === 'const')!;
    const allowed = all.flatMap(b => b.filter(e => e.keyword === 'const').map(e => e.params.allowedValue));
    return [...outside, { ...constError, keyword: 'enum', params: { allowedValues: allowed } }];
  }
  const best = fitting.sort((a, b) => a.length - b.length)[0] ?? [];
  return [...outside, ...best];
}

/** The pattern openapi.yaml gives identifiers and emails that have no stricter format (README "Input limits"). */
const NO_CONTROL_CHARACTERS = '^[^\\x00-\\x1F\\x7F]*$';

function describe(location: Location, e: ErrorObject): Violation {
  const p: Record<string, unknown> = e.params;
  switch (e.keyword) {
    case 'required': {
      const param = fieldName(e.instancePath, String(p.missingProperty));
      const alternatives = p.alternatives as string[] | undefined;
      const message = alternatives
        ? `At least one of ${alternatives.map(a => fieldName(e.instancePath, a)).join(' or ')} is required`
        : `${param} is required`;
      return { location, param, keyword: 'required', message };
    }
    case 'additionalProperties': {
      const param = fieldName(e.instancePath, String(p.additionalProperty));
      return { location, param, keyword: e.keyword, message: `Unknown field: ${param}` };
    }
    case 'enum': {
      const param = fieldName(e.instancePath) || location;
      // Ajv's enum error always carries the schema's `enum` array as allowedValues.
      const allowed = (p.allowedValues as unknown[]).map(v => String(v)).join(', ');
      return { location, param, keyword: e.keyword, message: `${param} must be one of: ${allowed}` };
    }
    case 'pattern': {
      const param = fieldName(e.instancePath) || location;
      if (p.pattern !== NO_CONTROL_CHARACTERS) return { location, param, keyword: e.keyword, message: `${param} ${e.message ?? 'is invalid'}` };
      return { location, param, keyword: e.keyword, message: `${param} must not contain control characters` };
    }
    case 'format': {
      const param = fieldName(e.instancePath) || location;
      return { location, param, keyword: e.keyword, message: `${param} must be a valid ${String(p.format)}` };
    }
    case 'type': {
      const param = fieldName(e.instancePath) || location;
      const types = String(p.type).split(',').join(' or ');
      return { location, param, keyword: e.keyword, message: `${param} must be ${/^[aeiou]/.test(types) ? 'an' : 'a'} ${types}` };
    }
    default: {
      const param = fieldName(e.instancePath) || location;
      return { location, param, keyword: e.keyword, message: `${param} ${e.message ?? 'is invalid'}` };
    }
  }
}
