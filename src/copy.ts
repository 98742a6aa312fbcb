/**
 * A plain copy of an object's own enumerable string-keyed fields, `__proto__` kept as an ordinary key
 * (as a spread keeps it, where Object.assign would set the copy's prototype).
 *
 * Why not a spread: V8 builds spread copies from one shared shape, and a copy whose field then changes
 * type (Ajv coercing a query's `limit: "20"` to 20, in place) deprecates that shape, so every later copy
 * is migrated on first use. Measured on the contact list's query validation: 5.2 µs a request with
 * spreads, 0.5 µs with this copy (README "Performance").
 */
export function copyFields<T>(source: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(source)) {
    if (key === '__proto__') Object.defineProperty(out, key, { value: source[key], enumerable: true, writable: true, configurable: true });
    else out[key] = source[key];
  }
  return out;
}
