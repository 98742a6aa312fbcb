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

/** Whether `value` or what it holds within SEARCH_DEPTH levels has a known text. */
function holdsKnown(value: unknown, depth: number): boolean {
  if (!isSearchable(value)) return false;
  if (knownTexts.has(value)) return true;
  if (depth === SEARCH_DEPTH) return false;
  for (const inner of Object.values(value)) if (holdsKnown(inner, depth + 1)) return true;
  return false;
}

/** Objects and arrays, but not an object with toJSON (a Date): JSON.stringify writes what that answers. */
function isSearchable(value: unknown): value is object {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Appends the JSON of `value` to `parts`, as JSON.stringify would write it (undefined: nothing). */
function emit(value: unknown, depth: number, parts: string[]): void {
  const known = isSearchable(value) ? knownTexts.get(value) : undefined;
  if (known !== undefined) {
    parts.push(known);
  } else if (depth === SEARCH_DEPTH || !isSearchable(value) || !holdsKnown(value, depth)) {
    parts.push(JSON.stringify(value));
  } else if (Array.isArray(value)) {
    parts.push('[');
    value.forEach((item, i) => {
      if (i > 0) parts.push(',');
      // Array items JSON.stringify leaves out (undefined, functions) are written as null.
      if (leftOut(item)) parts.push('null');
      else emit(item, depth + 1, parts);
    });
    parts.push(']');
  } else {
    emitObject(value, depth, parts);
  }
}

/** What JSON.stringify leaves out of an object, and writes as null in an array. */
function leftOut(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function emitObject(object: object, depth: number, parts: string[]): void {
  parts.push('{');
  let first = true;
  for (const [key, inner] of Object.entries(object)) {
    if (leftOut(inner)) continue;
    parts.push(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
    first = false;
    emit(inner, depth + 1, parts);
  }
  parts.push('}');
}
