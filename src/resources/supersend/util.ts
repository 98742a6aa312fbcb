/** Small helpers shared by the SuperSend services. */

export interface Page<T> {
  rows: T[];
  total: number;
}

/** Copies the keys of `patch` whose value is not undefined (null is a value: it clears). */
export function assignDefined<T extends object>(target: T, patch: Partial<T>): T {
  for (const [key, value] of Object.entries(patch)) {
    // Object.entries types the keys as string; each is a key of T, with a value of its type.
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

export function pageOf<T>(rows: T[], offset: number, limit: number): Page<T> {
  return { rows: rows.slice(offset, offset + limit), total: rows.length };
}

export const includesFolded = (haystack: string | null | undefined, needle: string) =>
  haystack ? haystack.toLowerCase().includes(needle) : false;

/** How profiles are looked up by email and LinkedIn URL: one team cannot hold the same one twice. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();
export const normaliseLinkedin = (url: string) => url.trim().toLowerCase().replace(/\/+$/, '');
