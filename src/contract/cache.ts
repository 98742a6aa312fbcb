/**
 * The parsed form of an OpenAPI document (YAML → JSON, then prism-http's dereferenced operations) takes
 * about 0.7 s to derive, so `npm run build` derives it once per shipped document and writes it next to
 * the compiled code (dist/contract-cache/). Entries are keyed by a hash of the document's text and the
 * cache format, so an edited or user-supplied document is never answered from a stale entry: it is
 * parsed as before.
 *
 * An entry is split so a start reads only what routing needs: `index.json` holds each operation's
 * summary (~20 KB of the 1.8 MB), while each dereferenced operation (`operations/<n>.json`, read when
 * the operation is first validated or answered from examples) and the document itself (`document.json`,
 * read when first served or asked for its bounds) wait until used.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { yamlLibrary } from '../yaml-library.js';
import { parseOperations, type IHttpOperation } from './prism.js';
import { builtPath } from '../package-root.js';

/** What the router and the operation table need of an operation, without its schemas and examples. */
export interface OperationSummary {
  iid?: string;
  method: string;
  path: string;
  tags: string[];
  /** At least one security requirement lists a scheme. */
  secured: boolean;
  statuses: number[];
  extensions: Record<string, unknown>;
}

export interface CachedOperation {
  summary: OperationSummary;
  /** The dereferenced operation; from the cache, read on first call and kept. */
  http(): IHttpOperation;
}

export interface ParsedDocument {
  /** The document as written; from the cache, read on first call and kept. */
  json(): Record<string, unknown>;
  operations: CachedOperation[];
}

/** The whole derived form, as the build writes it. */
export interface DerivedDocument {
  json: Record<string, unknown>;
  operations: IHttpOperation[];
}

/** Bump when an entry's files or their derivation change shape. */
const FORMAT = 'sendbox-contract-cache/2';

/** dist/contract-cache/ once compiled; from src/, contract-cache/ at the root, which no step writes, so nothing is cached. */
const CACHE_DIRECTORY = builtPath('contract-cache/');

function entryDirectory(yaml: string): string {
  const key = createHash('sha256').update(FORMAT).update('\0').update(yaml).digest('hex').slice(0, 32);
  return `${CACHE_DIRECTORY}${key}/`;
}

/** The document's parsed form: from the cache when it holds this exact text, else derived now. */
export async function parseDocument(yaml: string): Promise<ParsedDocument> {
  const cached = readEntry(entryDirectory(yaml));
  if (cached) return cached;
  const derived = await deriveParsedDocument(yaml);
  return { json: () => derived.json, operations: derived.operations.map(http => ({ summary: summarise(http), http: () => http })) };
}

export async function deriveParsedDocument(yaml: string): Promise<DerivedDocument> {
  // The top of an OpenAPI document is a mapping; the shipped documents are linted (npm run lint:openapi).
  const json = yamlLibrary().parse(yaml) as Record<string, unknown>;
  // prism dereferences in place, so it gets its own copy and `json` stays the document as written.
  return { json, operations: await parseOperations(structuredClone(json)) };
}

export function summarise(http: IHttpOperation): OperationSummary {
  return {
    iid: http.iid,
    method: http.method,
    path: http.path,
    tags: (http.tags ?? []).map(t => t.name),
    secured: (http.security ?? []).some(requirement => requirement.length > 0),
    statuses: http.responses.map(r => Number(r.code)).filter(Number.isFinite),
    extensions: http.extensions ?? {},
  };
}

/** Reads a file of the entry once, on first call. */
function readOnce<T>(path: string): () => T {
  let value: T | undefined;
  // Written by writeCacheEntry from the same types; JSON drops only properties whose value is undefined.
  return () => (value ??= JSON.parse(readFileSync(path, 'utf8')) as T);
}

function readEntry(directory: string): ParsedDocument | undefined {
  let summaries: OperationSummary[];
  try {
    summaries = readOnce<OperationSummary[]>(`${directory}index.json`)();
  } catch {
    return undefined;
  }
  return {
    json: readOnce(`${directory}document.json`),
    operations: summaries.map((summary, n) => ({ summary, http: readOnce<IHttpOperation>(`${directory}operations/${n}.json`) })),
  };
}

/** Build step: writes the entry for one document's text; the index last, so a half-written entry is never read. */
export async function writeCacheEntry(yaml: string): Promise<{ path: string; derived: DerivedDocument }> {
  const derived = await deriveParsedDocument(yaml);
  const directory = entryDirectory(yaml);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(`${directory}operations`, { recursive: true });
  writeFileSync(`${directory}document.json`, JSON.stringify(derived.json));
  derived.operations.forEach((http, n) => writeFileSync(`${directory}operations/${n}.json`, JSON.stringify(http)));
  writeFileSync(`${directory}index.json`, JSON.stringify(derived.operations.map(summarise)));
  return { path: directory, derived };
}
