/**
 * The parsed form of an OpenAPI document (YAML → JSON, then prism-http's dereferenced operations) takes
 * about 0.7 s to derive, so `npm run build` derives it once per shipped document and writes it next to
 * the compiled code (dist/contract-cache/). A start reads it back in a few milliseconds. Entries are keyed
 * by a hash of the document's text and the cache format, so an edited or user-supplied document is never
 * answered from a stale entry: it is parsed as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { parseOperations, type IHttpOperation } from './prism.js';

export interface ParsedDocument {
  json: Record<string, unknown>;
  operations: IHttpOperation[];
}

/** Bump when ParsedDocument or its derivation changes shape. */
const FORMAT = 'sendbox-contract-cache/1';

/** dist/contract-cache/ once compiled; from src/ this names a folder that does not exist, so nothing is cached. */
const CACHE_DIRECTORY = fileURLToPath(new URL('../../contract-cache/', import.meta.url));

function entryPath(yaml: string): string {
  const key = createHash('sha256').update(FORMAT).update('\0').update(yaml).digest('hex').slice(0, 32);
  return `${CACHE_DIRECTORY}${key}.json`;
}

/** The document's parsed form: from the cache when it holds this exact text, else derived now. */
export async function parseDocument(yaml: string): Promise<ParsedDocument> {
  return readEntry(yaml) ?? deriveParsedDocument(yaml);
}

export async function deriveParsedDocument(yaml: string): Promise<ParsedDocument> {
  const json = YAML.parse(yaml) as Record<string, unknown>;
  // prism dereferences in place, so it gets its own copy and `json` stays the document as written.
  return { json, operations: await parseOperations(structuredClone(json)) };
}

function readEntry(yaml: string): ParsedDocument | undefined {
  let text: string;
  try {
    text = readFileSync(entryPath(yaml), 'utf8');
  } catch {
    return undefined;
  }
  // Written by writeCacheEntry from a ParsedDocument; JSON drops only properties whose value is undefined.
  return JSON.parse(text) as ParsedDocument;
}

/** Build step: writes the entry for one document's text. */
export async function writeCacheEntry(yaml: string): Promise<{ path: string; parsed: ParsedDocument }> {
  const parsed = await deriveParsedDocument(yaml);
  const path = entryPath(yaml);
  mkdirSync(CACHE_DIRECTORY, { recursive: true });
  writeFileSync(path, JSON.stringify(parsed));
  return { path, parsed };
}
