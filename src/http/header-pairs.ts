/**
 * Response headers as a flat list of name/value pairs, the form `res.writeHead` takes as it is: an
 * answer's headers are gathered in one (CORS, validation warnings, the answer's own) and written at
 * once, so Node builds no header map (README "Performance").
 */
import type { ServerResponse } from 'node:http';

/** Sets `name` in a list of pairs, replacing a value under that name in any case, as setHeader would. */
export function putHeader(pairs: string[], name: string, value: string): void {
  const lower = name.toLowerCase();
  for (let i = pairs.length - 2; i >= 0; i -= 2) if (pairs[i].toLowerCase() === lower) pairs.splice(i, 2);
  pairs.push(name, value);
}

/** Sets each pair on the response, for an answer written another way than from the list. */
export function setHeaderPairs(res: ServerResponse, pairs: readonly string[]): void {
  for (let i = 0; i < pairs.length; i += 2) res.setHeader(pairs[i], pairs[i + 1]);
}
