/** Narrowing for values whose type the compiler cannot know: parsed JSON/YAML and caught errors. */

/** A plain object (not null, not an array), e.g. a JSON object walked by key. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The message of a caught error; anything thrown that is not an Error is shown as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The Node.js error code of a caught error (ENOENT, EEXIST, ...), if it has one. */
export function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
