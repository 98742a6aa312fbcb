/**
 * The shipped scenario files as plain values, cached by `npm run build` beside the contract cache
 * (dist/contract-cache/scenarios/), so a start reads a little JSON instead of running the YAML parser
 * (about 50 ms of a cold start). Keyed by a hash of the file's text: an edited or a user's file misses and
 * is parsed as usual, and problems are always located in the YAML itself. From src/ the folder does not
 * exist, so nothing is cached.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtPath } from '../package-root.js';

const FORMAT = 'sendbox-scenario-cache/1';
const DIRECTORY = builtPath('contract-cache/scenarios/');

const entryPath = (text: string) => `${DIRECTORY}${createHash('sha256').update(FORMAT).update('\0').update(text).digest('hex').slice(0, 32)}.json`;

/** The cached plain value of this exact text, or undefined. */
export function cachedPlainValue(text: string): unknown {
  try {
    return JSON.parse(readFileSync(entryPath(text), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Build step: caches the plain value of a shipped file's text; answers the entry's path. */
export function writeCachedPlainValue(text: string, value: unknown): string {
  mkdirSync(DIRECTORY, { recursive: true });
  const path = entryPath(text);
  writeFileSync(path, JSON.stringify(value));
  return path;
}
