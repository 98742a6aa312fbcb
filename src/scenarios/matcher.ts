/**
 * A rule's `match`, compiled once at load into a predicate over a request. Every field given must fit;
 * lists mean "any of"; "*" means "present with any value".
 */
import type { ScenarioRequest } from './types.js';

export type Scalar = string | number | boolean | null;
export type FieldMatch = Record<string, Scalar | Scalar[]>;

export interface RawMatch {
  method?: string | string[];
  path?: string | string[];
  operationId?: string | string[];
  family?: string | string[];
  query?: FieldMatch;
  headers?: FieldMatch;
  body?: FieldMatch;
  key?: string | string[];
  workspace?: string | string[];
}

export interface RequestMatcher {
  test(request: ScenarioRequest): boolean;
  /** The operationIds and path templates named, so they can be checked against the document. */
  operationIds: readonly string[];
  paths: readonly string[];
  /**
   * Whether a request of this operation could fit, judging by what the document fixes (method, path,
   * operationId, family); query, headers, body, key and workspace are left open. For checks at load.
   */
  couldMatch(operation: OperationShape): boolean;
}

/** What couldMatch reads of a documented operation. */
export interface OperationShape {
  method: string;
  path: string;
  operationId: string;
  family: string;
}

const list = <T>(value: T | T[] | undefined): T[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

export function compileMatch(raw: RawMatch = {}): RequestMatcher {
  const tests: ((r: ScenarioRequest) => boolean)[] = [];
  const methods = list(raw.method)?.map(m => m.toUpperCase());
  if (methods) tests.push(r => methods.includes(r.method.toUpperCase()));
  const operationIds = list(raw.operationId) ?? [];
  if (operationIds.length) tests.push(r => operationIds.includes(r.operation.operationId));
  const families = list(raw.family);
  if (families) tests.push(r => families.includes(r.family));
  const paths = list(raw.path) ?? [];
  if (paths.length) {
    const patterns = paths.map(pathPattern);
    tests.push(r => paths.includes(r.operation.path) || patterns.some(p => p.test(r.path)));
  }
  const keys = list(raw.key);
  if (keys) tests.push(r => r.key !== undefined && keys.includes(r.key));
  const workspaces = list(raw.workspace);
  if (workspaces) tests.push(r => workspaces.includes(r.workspace.id));
  if (raw.query) {
    const fits = fieldsFit(raw.query);
    tests.push(r => fits(name => r.query[name]));
  }
  if (raw.headers) {
    const fits = fieldsFit(lowercaseKeys(raw.headers));
    tests.push(r => fits(name => r.headers[name]));
  }
  if (raw.body) {
    const fits = fieldsFit(raw.body);
    tests.push(r => fits(name => dig(r.body, name)));
  }
  const patterns = paths.map(pathPattern);
  const couldMatch = (op: OperationShape): boolean =>
    (!methods || methods.includes(op.method.toUpperCase())) &&
    (!operationIds.length || operationIds.includes(op.operationId)) &&
    (!families || families.includes(op.family)) &&
    (!paths.length || paths.some((p, i) => p === op.path || patterns[i].test(op.path) || pathPattern(op.path).test(p)));
  return { test: r => tests.every(t => t(r)), operationIds, paths, couldMatch };
}

/** `/v2/contacts/{id}` → one segment per `{…}`; `*` part of a segment; `**` anything. */
function pathPattern(template: string): RegExp {
  let source = '';
  for (const part of template.split(/(\{[^}]*\}|\*\*|\*)/)) {
    if (part === '**') source += '.*';
    else if (part === '*') source += '[^/]*';
    else if (part.startsWith('{') && part.endsWith('}')) source += '[^/]+';
    else source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}/?$`);
}

function fieldsFit(expected: FieldMatch): (read: (name: string) => unknown) => boolean {
  const entries = Object.entries(expected).map(([name, want]) => [name, (Array.isArray(want) ? want : [want]).map(stringOf)] as const);
  return read =>
    entries.every(([name, accepted]) => {
      const value = read(name);
      if (value === undefined) return false;
      if (accepted.includes('*')) return true;
      const values = Array.isArray(value) ? value.map(stringOf) : [stringOf(value)];
      return values.some(v => accepted.includes(v));
    });
}

function stringOf(value: unknown): string {
  return value === null ? 'null' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function lowercaseKeys(fields: FieldMatch): FieldMatch {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.toLowerCase(), v]));
}

/** A body field by dotted path; undefined when any step is missing. */
function dig(body: unknown, dotted: string): unknown {
  let at: unknown = body;
  for (const step of dotted.split('.')) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, step)) return undefined;
    // Any object, arrays included, is read by its own key.
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}
