/**
 * The building blocks of a snapshot's JSON Schema, shared by every store's `schema()` (stores.ts), and
 * the error an import answers. Every field is held to what a request may store (stored-bounds.ts):
 * strings a request sets take that request's documented bounds, other strings the sandbox-wide cap;
 * times are ISO date-times or epoch ms within years 0000–9999; counters are non-negative integers;
 * free-form values nest at most MAX_FREE_FORM_NESTING deep. So an imported snapshot can always be read,
 * listed, exported and saved again.
 */
import { ApiError } from '../http/errors.js';
import { MAX_FREE_FORM_NESTING, MAX_ID_LENGTH, MAX_TIME_MS, MIN_TIME_MS, storedString } from './stored-bounds.js';

export type Schema = Record<string, unknown>;

/** Custom keyword: a free-form value nests at most this many levels (counted without recursion). */
export const NESTING_KEYWORD = 'x-max-nesting';

export const nullable = (schema: Schema): Schema => ({ ...schema, type: [schema.type, 'null'] });
/** A string a request sets: `[schema, property]` of the request that does (stored-bounds.ts). */
export const text = (from?: [string, string]): Schema => ({ type: 'string', ...storedString(...(from ?? [])) });
export const ntext = (from?: [string, string]): Schema => nullable(text(from));
export const str = text();
export const nstr = ntext();
export const id: Schema = { type: 'string', minLength: 1, maxLength: MAX_ID_LENGTH };
export const nid = nullable(id);
export const bool: Schema = { type: 'boolean' };
/** Non-negative whole counts. */
export const int: Schema = { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER };
/** A calendar day, YYYY-MM-DD (daily counters). */
export const DAY_KEY: Schema = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', maxLength: 10 };
export const nint = nullable(int);
/** Four-digit years only (ajv-formats' date-time), i.e. 0000–9999. */
export const dateTime: Schema = { type: 'string', format: 'date-time', maxLength: 64 };
export const ndateTime = nullable(dateTime);
export const epochMs: Schema = { type: 'integer', minimum: MIN_TIME_MS, maximum: MAX_TIME_MS };
/** A free-form value as requests may send it: any JSON, nested at most MAX_FREE_FORM_NESTING deep. */
export const freeForm = (type?: string | string[]): Schema => ({ ...(type && { type }), [NESTING_KEYWORD]: MAX_FREE_FORM_NESTING });
export const obj = freeForm('object');
export const nobj = freeForm(['object', 'null']);
export const ids: Schema = { type: 'array', items: id };
export const arrayOf = (items: Schema): Schema => ({ type: 'array', items });
export const oneOf = (...values: readonly unknown[]): Schema => ({ enum: [...values] });
/** A record: every listed field required; fields added to a record later pass through. */
export const record = (properties: Record<string, Schema>, optional: Record<string, Schema> = {}): Schema => ({
  type: 'object',
  required: Object.keys(properties),
  properties: { ...properties, ...optional },
});
/** A section of the document: exactly these fields. */
export const section = (properties: Record<string, Schema>): Schema => ({ ...record(properties), additionalProperties: false });
export const stamps = { created_at: dateTime, updated_at: dateTime };

/** The 400 an import answers for a bad snapshot, naming the bad part. */
export function invalidSnapshot(param: string, message: string): ApiError {
  return new ApiError(400, 'invalid_snapshot', `Invalid workspace snapshot: ${message}`, { param });
}

/** Index of each record by id; throws on a repeated id. */
export function uniqueIds(param: string, records: readonly { id: string }[]): Map<string, number> {
  const found = new Map<string, number>();
  records.forEach((r, i) => {
    if (found.has(r.id)) throw invalidSnapshot(`${param}[${i}].id`, `${param}[${i}].id repeats id ${r.id} of ${param}[${found.get(r.id)}]`);
    found.set(r.id, i);
  });
  return found;
}

/** Throws unless `id` (when not null) is one of `known`: a reference that resolves. */
export function refer(param: string, id: string | null, known: ReadonlyMap<string, unknown>, what: string): void {
  if (id !== null && !known.has(id)) throw invalidSnapshot(param, `${param} names ${what} ${id}, which is not in the snapshot`);
}
