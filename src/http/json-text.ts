/**
 * JSON for answers, with texts serialised earlier spliced in: a list page whose items are cached views
 * (resources/view-cache.ts) costs a join of their texts instead of serialising twenty objects again.
 * The output is exactly JSON.stringify's for the same value.
 */

/**
 * Frozen objects whose JSON text is known. A process-wide memo: a frozen object's text cannot go
 * stale, and an entry lives exactly as long as its object.
 */
const knownTexts = new WeakMap<object, string>();

/**
 * Freezes `value` and remembers its JSON text. Only its own fields are frozen: what it holds may be
 * shared with stored records, which must stay changeable, so nobody may change a nested object of it.
 */
export function freezeWithText<T extends object>(value: T): T {
  knownTexts.set(Object.freeze(value), JSON.stringify(value));
  return value;
}

/** JSON text with its UTF-8 bytes, encoded once to be sent many times. */
export interface EncodedJson {
  readonly text: string;
  readonly bytes: Buffer;
}

/** An encoded object, and the same without its closing brace, for a field to follow (a V2 request_id). */
export interface EncodedPage extends EncodedJson {
  readonly open: EncodedJson;
}

/**
 * Frozen answers encoded once (cached list pages): sending one writes bytes already encoded, where
 * joining its text, prepending the headers and encoding the result again cost a fifth of a list request
 * (README "Performance"). Weak, like knownTexts.
 */
const knownBytes = new WeakMap<object, EncodedPage>();

/** Freezes `value` (as freezeWithText does) and encodes its JSON once; answers the encoding. */
export function freezeEncoded(value: object): EncodedPage {
  const text = toJson(value);
  const bytes = Buffer.from(text);
  // Views into the same text and bytes, made once rather than for every answer.
  const encoded = { text, bytes, open: { text: text.slice(0, -1), bytes: bytes.subarray(0, -1) } };
  knownTexts.set(Object.freeze(value), text);
  knownBytes.set(value, encoded);
  return encoded;
}

/** The encoding of a value frozen by freezeEncoded, or undefined. */
export function encodedJson(value: unknown): EncodedPage | undefined {
  return typeof value === 'object' && value !== null ? knownBytes.get(value) : undefined;
}

/** JSON.stringify(value), reusing known texts of the objects at its top two levels (an envelope's items). */
export function toJson(value: unknown): string {
  if (!holdsKnown(value, 0)) return JSON.stringify(value);
  // One list of parts joined once: joining per level would copy a 20 KB page once per level.
  const parts: string[] = [];
  emit(value, 0, parts);
  return parts.join('');
}

/**
 * Only the answer's envelope and its item lists are searched: deeper, known texts are not expected, and
 * searching every nested object would tax each answer that has none.
 */
const SEARCH_DEPTH = 2;

/**
 * Whether `value` or what it holds within SEARCH_DEPTH levels has a known text. An array is judged by its
 * first item: a list's items are views of one kind, all cached or none (and a list that mixes them is
 * still written right, item by item).
 */
function holdsKnown(value: unknown, depth: number): boolean {
  if (!isSearchable(value)) return false;
  if (knownTexts.has(value)) return true;
  if (depth === SEARCH_DEPTH) return false;
  if (Array.isArray(value)) return value.length > 0 && holdsKnown(value[0], depth + 1);
  // A searchable non-array value is an object: its own fields are read by name.
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (holdsKnown(record[key], depth + 1)) return true;
  return false;
}

/** Objects and arrays, but not an object with toJSON (a Date): JSON.stringify writes what that answers. */
function isSearchable(value: unknown): value is object {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Appends the JSON of `value` (not left out, see leftOut) to `parts`, as JSON.stringify would write it. */
function emit(value: unknown, depth: number, parts: string[]): void {
  const known = isSearchable(value) ? knownTexts.get(value) : undefined;
  if (known !== undefined) parts.push(known);
  else if (depth === SEARCH_DEPTH || !holdsKnown(value, depth)) parts.push(JSON.stringify(value));
  else if (Array.isArray(value)) emitArray(value, depth, parts);
  // holdsKnown answered true: an object.
  else emitObject(value as Record<string, unknown>, depth, parts);
}

function emitArray(items: readonly unknown[], depth: number, parts: string[]): void {
  parts.push('[');
  for (let i = 0; i < items.length; i++) {
    if (i > 0) parts.push(',');
    // Items JSON.stringify leaves out of an object are written as null in an array.
    if (leftOut(items[i])) parts.push('null');
    else emit(items[i], depth + 1, parts);
  }
  parts.push(']');
}

function emitObject(record: Record<string, unknown>, depth: number, parts: string[]): void {
  let separator = '{';
  for (const key of Object.keys(record)) {
    const inner = record[key];
    if (leftOut(inner)) continue;
    parts.push(`${separator}${JSON.stringify(key)}:`);
    separator = ',';
    emit(inner, depth + 1, parts);
  }
  parts.push(separator === '{' ? '{}' : '}');
}

/** What JSON.stringify leaves out of an object, and writes as null in an array. */
function leftOut(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
