/**
 * A workspace snapshot: the whole state of one workspace as one JSON document, for GET/PUT
 * /__sandbox/state and for persistence. It is plain JSON (every Map becomes an array of its records, in
 * the Map's order), versioned (`format` + `version`), and complete: importing it into any workspace and
 * exporting again gives a deep-equal document, and the API answers the same (same ids, same order).
 *
 * Indexes and derived fields (lookup maps, sorted listings, search text, per-day click keys) are not
 * stored; import rebuilds them. The journal, coverage and scenarios of a workspace are not state and stay
 * as they are; its random source is not part of the snapshot either, so ids made after an import differ
 * from those the exporting workspace would have made next.
 *
 * The document is a loop over the workspace's stores (src/resources/stores.ts): each store's data sits
 * at its own path, under its own schema and checks (src/workspace/stores.ts).
 *
 * Import checks the whole document before changing anything (shape, types and the bounds of what a
 * request may store with Ajv, then the references between records) and answers a 400 naming the first
 * bad part, so nothing imported can break a later read or save; a valid one replaces the workspace's
 * state at once, as one write (undone whole if the request fails after it). Work scheduled on the
 * workspace is dropped; stores that can resume theirs do so (`resume`), the others (uploads, sk jobs)
 * keep unfinished work in the state it was exported in.
 */
import AjvModule, { type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Workspace } from './workspace.js';
import { recordUndo, unlogged } from './writes.js';
import { toViolations } from '../contract/request-validator.js';
import { MAX_FREE_FORM_NESTING, MAX_SNAPSHOT_NESTING, MAX_STRING_LENGTH } from './stored-bounds.js';
import { STORE_KINDS } from '../resources/stores.js';
import type { SnapshotRefs, StateStoreKind, StoreKind } from './stores.js';
import { isRecord } from '../guards.js';
import { NESTING_KEYWORD, bool, dateTime, invalidSnapshot as invalid, section, str, uniqueIds, type Schema } from './snapshot-schema.js';

export const SNAPSHOT_FORMAT = 'sendbox-workspace';
export const SNAPSHOT_VERSION = 1;

export interface WorkspaceSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  /** Id of the workspace it was exported from (informative: it can be imported into any workspace). */
  workspace: string;
  /** Workspace time of the export. */
  exported_at: string;
  clock: { now: string; frozen: boolean };
  /** Each store's data at its path (`supersend`, `supersend.link_clicks`, `project`, …). */
  [section: string]: unknown;
}

/** What an import replaced, for the control plane's answer. */
export interface ImportSummary {
  workspace: string;
  source_workspace: string;
  clock: { now: string; frozen: boolean };
  counts: Record<string, number>;
}

type StoreName = keyof typeof STORE_KINDS;
// Each kind's store and data types are its own; the loops below only pair a kind with its own store and
// its own part of the document, so the erased view is safe.
type AnyKind = StateStoreKind<unknown, unknown>;

/** The kinds whose data a snapshot holds, shorter paths first (a store's section is made before a nested one joins it). */
function snapshotKinds(): [StoreName, AnyKind][] {
  return (Object.entries(STORE_KINDS) as [StoreName, StoreKind<unknown, unknown>][])
    .filter((entry): entry is [StoreName, AnyKind] => entry[1].path !== undefined)
    .sort((a, b) => a[1].path.length - b[1].path.length);
}

/** The workspace's state as a JSON document that shares nothing with the live state. */
export function exportWorkspace(ws: Workspace): WorkspaceSnapshot {
  const snapshot: WorkspaceSnapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    workspace: ws.id,
    exported_at: ws.clock.isoNow(),
    clock: { now: ws.clock.isoNow(), frozen: ws.clock.frozen },
  };
  for (const [name, kind] of snapshotKinds()) placeAt(snapshot, kind.path, kind.dump(ws.stores[name]));
  // A JSON round trip: a deep copy, and exactly what a client reading the document over HTTP gets.
  return JSON.parse(JSON.stringify(snapshot)) as WorkspaceSnapshot;
}

/** Puts `value` at `path`; an object already there (a section a nested store joined) is merged. */
function placeAt(document: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let parent = document;
  // Along a store's path there are only sections: objects made here or by a store's dump.
  for (const part of path.slice(0, -1)) parent = (parent[part] ??= {}) as Record<string, unknown>;
  const last = path[path.length - 1];
  const present = parent[last];
  parent[last] = present && typeof present === 'object' && value && typeof value === 'object' ? Object.assign(value, present) : value;
}

/** The value at a dotted or listed path of the document. */
function valueAt(document: unknown, path: readonly string[]): unknown {
  // The document has passed its schema: each step is an object (or absent) read by key.
  return path.reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], document);
}

/**
 * Replaces the workspace's state with the snapshot's, or throws a 400 ApiError (code `invalid_snapshot`,
 * `param` naming the bad part) and changes nothing. The snapshot is copied, never kept.
 */
export function importWorkspace(ws: Workspace, input: unknown): ImportSummary {
  checkPlainValues(input);
  const snapshot = checkSnapshot(JSON.parse(JSON.stringify(input ?? null)));
  const kinds = snapshotKinds();
  // Everything is built first (building may throw), unlogged: none of it is live yet. The commits swap
  // what was built into place and log how to swap it back (writes.ts).
  // A section the snapshot lacks (made before its store existed) restores the store empty.
  const dataOf = (kind: AnyKind) => valueAt(snapshot, kind.path) ?? kind.dump(kind.create(ws));
  const commits = unlogged(() => kinds.map(([name, kind]) => kind.prepareRestore(ws.stores[name], dataOf(kind))));
  // Scheduled work points at the state being replaced; none of it may run against the new one.
  ws.scheduler.clear();
  for (const commit of commits) commit();
  logClock(ws);
  const at = Date.parse(snapshot.clock.now);
  if (snapshot.clock.frozen) ws.clock.freeze();
  else ws.clock.resume();
  ws.clock.set(at);
  for (const [name, kind] of kinds) kind.resume?.(ws.stores[name], ws);
  const counts: Record<string, number> = {};
  for (const [, kind] of kinds) Object.assign(counts, kind.count?.(dataOf(kind)));
  return { workspace: ws.id, source_workspace: snapshot.workspace, clock: { now: ws.clock.isoNow(), frozen: ws.clock.frozen }, counts };
}

/** Logs the clock as it stands, so a failed import puts it back (writes.ts). */
function logClock(ws: Workspace): void {
  const { frozen } = ws.clock;
  const now = ws.clock.now();
  recordUndo(() => {
    if (frozen) ws.clock.freeze();
    else ws.clock.resume();
    ws.clock.set(now);
  });
}

// ---- checking ----

/** Deeper than any field of the document plus a free-form value in it: refused before anything recurses. */
const MAX_DOCUMENT_DEPTH = MAX_SNAPSHOT_NESTING;

/**
 * Checks what the schema cannot see everywhere: nesting (refused before anything below recurses deeper),
 * numbers that JSON can write, and string length inside free-form values. The one longer string a
 * snapshot may hold is an import job's file (csvData), bounded by the schema.
 */
function checkPlainValues(value: unknown): void {
  const bad = badValue(value, 0, '');
  if (!bad) return;
  const param = bad.path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '') || 'body';
  throw invalid(param, `${param} ${bad.problem}`);
}

type BadValue = { path: (string | number)[]; problem: string };

/** The first value out of bounds, with its path; recursion stops at MAX_DOCUMENT_DEPTH. */
function badValue(node: unknown, depth: number, key: string): BadValue | undefined {
  if (typeof node === 'number') return Number.isFinite(node) ? undefined : { path: [], problem: 'must be a finite number' };
  if (typeof node === 'string') {
    return node.length > MAX_STRING_LENGTH && key !== 'csvData' ? { path: [], problem: `is longer than ${MAX_STRING_LENGTH} characters` } : undefined;
  }
  if (node === null || typeof node !== 'object') return undefined;
  if (depth >= MAX_DOCUMENT_DEPTH) return { path: [], problem: `nests deeper than a snapshot may (free-form values: at most ${MAX_FREE_FORM_NESTING} levels)` };
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const bad = badValue(node[i], depth + 1, key);
      if (bad) return { path: [i, ...bad.path], problem: bad.problem };
    }
    return undefined;
  }
  for (const k in node) {
    // A non-array object, read by each key for...in gives.
    const bad = badValue((node as Record<string, unknown>)[k], depth + 1, k);
    if (bad) return { path: [k, ...bad.path], problem: bad.problem };
  }
  return undefined;
}

/** The snapshot, if its shape, types and references hold; else the 400 naming the first bad part. */
export function checkSnapshot(value: unknown): WorkspaceSnapshot {
  if (!isRecord(value)) throw invalid('body', 'the snapshot must be a JSON object');
  const head = value;
  if (head.format !== SNAPSHOT_FORMAT) {
    throw invalid('format', `format must be "${SNAPSHOT_FORMAT}" (got ${JSON.stringify(head.format ?? null)})`);
  }
  if (head.version !== SNAPSHOT_VERSION) {
    throw invalid('version', `version ${JSON.stringify(head.version ?? null)} is not supported; this sandbox reads version ${SNAPSHOT_VERSION}`);
  }
  const validate = validator();
  if (!validate(value)) {
    const [first] = toViolations('body', validate.errors ?? []);
    throw invalid(first?.param ?? 'body', first?.message ?? 'the snapshot does not match its schema');
  }
  // validate() has held it to the schema made of each store's own (snapshotSchema).
  const snapshot = value as WorkspaceSnapshot;
  checkReferences(snapshot);
  return snapshot;
}

/** Each store's own checks, with a view of the rest of the document for references between stores. */
function checkReferences(snapshot: WorkspaceSnapshot): void {
  const found = new Map<string, ReadonlyMap<string, number>>();
  const refs: SnapshotRefs = {
    at: path => valueAt(snapshot, path.split('.')),
    ids: path => {
      let ids = found.get(path);
      if (!ids) found.set(path, (ids = uniqueIds(path, (valueAt(snapshot, path.split('.')) ?? []) as { id: string }[])));
      return ids;
    },
  };
  for (const [, kind] of snapshotKinds()) {
    const data = valueAt(snapshot, kind.path);
    if (data !== undefined) kind.check?.(data, refs);
  }
}

/** The whole document's schema: the head, then each store's schema at its path. */
function snapshotSchema(): Schema {
  const root = section({
    format: { const: SNAPSHOT_FORMAT },
    version: { const: SNAPSHOT_VERSION },
    workspace: str,
    exported_at: dateTime,
    clock: section({ now: dateTime, frozen: bool }),
  });
  for (const [, kind] of snapshotKinds()) schemaAt(root, kind.path, kind.schema());
  return root;
}

/** Adds `schema` as the property at `path`, joining the section a shorter path made there. */
function schemaAt(parent: Schema, path: readonly string[], schema: Schema, nested = false): void {
  // A section() schema: properties and required are always set (Schema types every keyword unknown).
  const properties = parent.properties as Record<string, Schema>;
  const required = parent.required as string[];
  const [head, ...rest] = path;
  // A store nested in another's section may be absent: a snapshot made before that store existed
  // imports with it empty. The top-level sections are always there.
  const optional = rest.length === 0 && nested;
  if (!optional && !required.includes(head)) required.push(head);
  if (rest.length > 0) {
    schemaAt((properties[head] ??= section({})), rest, schema, true);
    return;
  }
  const present = properties[head];
  properties[head] = present ? joinSections(schema, present) : schema;
}

/** Two section() schemas at one path as one; `b`'s keywords win, properties and required lists join. */
function joinSections(a: Schema, b: Schema): Schema {
  // section() always sets properties and required (Schema types every keyword unknown).
  return { ...a, ...b, properties: { ...(a.properties as Schema), ...(b.properties as Schema) }, required: [...(a.required as string[]), ...(b.required as string[])] };
}

function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth);
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return deepest;
}

// ajv and ajv-formats are CommonJS; their default export sits one level down under NodeNext.
const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;
let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  const ajv = addFormats(new Ajv({ strict: false, allowUnionTypes: true }));
  ajv.addKeyword({
    keyword: NESTING_KEYWORD,
    schemaType: 'number',
    error: { message: ({ schema }) => `must not nest deeper than ${String(schema)} levels` },
    validate: (max: number, data: unknown) => nestingDepth(data) <= max,
  });
  compiled = ajv.compile(snapshotSchema());
  return compiled;
}
