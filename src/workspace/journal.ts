/**
 * The request journal: what clients sent and what they got, per workspace, in a bounded ring so a
 * sandbox that runs for weeks holds steady memory. Coverage (which documented operations and declared
 * statuses were exercised) is counted alongside and is not bounded by the ring.
 */
import type { Violation } from '../contract/request-validator.js';

export interface JournalEntry {
  id: number;
  at: string;
  method: string;
  path: string;
  query: Record<string, unknown>;
  operationId: string | null;
  status: number;
  durationMs: number;
  requestId: string;
  headers: Record<string, string>;
  body: unknown;
  violations: Violation[];
  scenarios: string[];
  /** Whether the request's effect on state happened: false when validation, a scenario or a fault stopped it first. */
  applied: boolean;
  fault: string | null;
}

export interface JournalQuery {
  method?: string;
  path?: string;
  operationId?: string;
  status?: number;
  since?: string;
}

export interface Journal {
  record(entry: Omit<JournalEntry, 'id'>): void;
  find(q: JournalQuery): JournalEntry[];
  clear(): void;
  readonly capacity: number;
}

const MAX_BODY_CHARS = 4096;

/** What the journal shows instead of a credential. */
export const REDACTED = '[redacted]';

/** Names that carry a credential, as headers or query parameters: anything about tokens, secrets, passwords, keys, auth, sessions, signatures. */
const CREDENTIAL_NAME = /token|secret|passw|pwd|api[-_]?key|auth|session|cookie|credential|signature|private/i;
/** Headers that carry credentials under names the pattern cannot know. */
const CREDENTIAL_HEADERS = new Set(['x-api-key', 'x-auth-token', 'proxy-authorization', 'set-cookie']);
/** Short query parameter names common for credentials (`?key=`, `?sig=`), matched whole. */
const CREDENTIAL_PARAMS = new Set(['key', 'apikey', 'sig', 'signature', 'code', 'pass', 'jwt']);

/** Headers as recorded: every credential-bearing one replaced by a marker. */
export function journalHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v === undefined) continue;
    out[k] = CREDENTIAL_HEADERS.has(k.toLowerCase()) || CREDENTIAL_NAME.test(k) ? REDACTED : Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** Query parameters as recorded: credential-bearing ones (`?token=`, `?api_key=`, `?sig=`) replaced by a marker. */
export function journalQuery(query: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const k of Object.keys(query)) {
    if (!CREDENTIAL_PARAMS.has(k.toLowerCase()) && !CREDENTIAL_NAME.test(k)) continue;
    out ??= { ...query };
    out[k] = REDACTED;
  }
  // Most requests carry no credential in the query: those keep their object as it is.
  return out ?? query;
}

/**
 * Bodies as recorded: large ones are cut, so one upload cannot fill the ring's memory. A body whose
 * Content-Length is small is kept as it is, without serialising it again to measure it.
 */
export function journalBody(body: unknown, contentLength?: number): unknown {
  if (body === undefined) return null;
  if (contentLength !== undefined && contentLength <= MAX_BODY_CHARS) return body;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  if (text.length <= MAX_BODY_CHARS) return body;
  return { truncated: true, length: text.length, preview: text.slice(0, MAX_BODY_CHARS) };
}

export function createJournal(capacity: number): Journal {
  const ring: JournalEntry[] = [];
  let next = 1;
  return {
    capacity,
    record(entry) {
      ring.push({ id: next++, ...entry });
      if (ring.length > capacity) ring.splice(0, ring.length - capacity);
    },
    find(q) {
      const since = q.since ? Date.parse(q.since) : -Infinity;
      return ring.filter(
        e =>
          (!q.method || e.method === q.method.toUpperCase()) &&
          (!q.path || e.path === q.path) &&
          (!q.operationId || e.operationId === q.operationId) &&
          (q.status === undefined || e.status === q.status) &&
          Date.parse(e.at) >= since,
      );
    },
    clear() {
      ring.length = 0;
    },
  };
}

/** operationId → status → count. */
export type Coverage = Map<string, Map<number, number>>;

export function countCoverage(coverage: Coverage, operationId: string, status: number): void {
  let statuses = coverage.get(operationId);
  if (!statuses) coverage.set(operationId, (statuses = new Map()));
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
}
