/**
 * The request journal: what clients sent and what they got, per workspace, in a bounded ring so a
 * sandbox that runs for weeks holds steady memory. Coverage (which documented operations and declared
 * statuses were exercised) is counted alongside and is not bounded by the ring.
 */
import type { Violation } from '../contract/request-validator.js';
import { isRecord } from '../guards.js';

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
  /** The answer's body as sent, as text (a truncation marker past 4 KB); null when none was sent whole. */
  response?: unknown;
}

/**
 * A live reader of one journal (the control plane's event stream). The journal hands it each entry as
 * it is recorded and tells it when it will hear no more.
 */
export interface JournalSubscriber {
  entry(e: JournalEntry): void;
  /** No more entries: the workspace was reset or dropped, or the sandbox is shutting down. */
  close(reason: JournalCloseReason): void;
}

export type JournalCloseReason = 'reset' | 'shutdown';

/** Live readers one journal feeds at most: a forgotten browser tab cannot pile up work on every request. */
export const MAX_JOURNAL_SUBSCRIBERS = 16;

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
  /** The entry with this id, while the ring still holds it. */
  get(id: number): JournalEntry | undefined;
  /** Feeds `s` every entry recorded from now on; undefined when MAX_JOURNAL_SUBSCRIBERS already listen. Returns how to stop. */
  subscribe(s: JournalSubscriber): (() => void) | undefined;
  /** Tells every subscriber it will hear no more, and forgets them. */
  closeSubscribers(reason: JournalCloseReason): void;
  readonly subscribers: number;
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
  // Only the preview is serialised: a 9 MB upload costs the journal 4 KB of work, not the whole body.
  const preview = typeof body === 'string' ? body.slice(0, MAX_BODY_CHARS + 1) : jsonPrefix(body, MAX_BODY_CHARS + 1);
  if (preview.length <= MAX_BODY_CHARS) return body;
  const length = typeof body === 'string' ? body.length : (contentLength ?? preview.length);
  return { truncated: true, length, preview: detachedPrefix(preview, MAX_BODY_CHARS) };
}

/**
 * A response body as recorded: the text as sent (JSON for every API answer), its first 4 KB behind a
 * truncation marker when longer. Kept as text because the answer is already serialised: recording it
 * costs a slice, where parsing or walking it again would cost tens of µs per request.
 */
export function journalResponse(text: string | undefined): unknown {
  if (text === undefined) return null;
  if (text.length <= MAX_BODY_CHARS) return text;
  return { truncated: true, length: text.length, preview: detachedPrefix(text, MAX_BODY_CHARS) };
}

/**
 * The first `max` characters of `text` as a string of their own. V8 answers a slice of a long string
 * as a view into it, so a kept preview would keep the whole answer alive: 4 KB recorded, 21 KB (a list
 * page) held, and every answer promoted into the old generation, where collecting it stalled requests.
 */
function detachedPrefix(text: string, max: number): string {
  // Through one reused buffer: a Buffer per answer is memory outside the heap, which makes V8 collect often.
  const bytes = PREFIX_SCRATCH.write(text.slice(0, max), 'utf8');
  return PREFIX_SCRATCH.toString('utf8', 0, bytes);
}

/** Room for MAX_BODY_CHARS + 1 UTF-16 units as UTF-8 (at most 3 bytes each). */
const PREFIX_SCRATCH = Buffer.allocUnsafe(3 * (MAX_BODY_CHARS + 1));

/** The first `max` characters (or a few more) of JSON.stringify(value), without serialising the rest. */
export function jsonPrefix(value: unknown, max: number): string {
  const out: string[] = [];
  let size = 0;
  const emit = (text: string) => {
    out.push(text);
    size += text.length;
  };
  const walk = (v: unknown): void => {
    if (size >= max) return;
    if (typeof v === 'string') return emit(JSON.stringify(v.length > max ? v.slice(0, max) : v));
    if (v === null || typeof v !== 'object') return emit(JSON.stringify(v) ?? 'null');
    const isArray = Array.isArray(v);
    emit(isArray ? '[' : '{');
    let first = true;
    for (const [k, item] of Object.entries(v)) {
      if (size >= max) return;
      if (item === undefined && !isArray) continue;
      if (!first) emit(',');
      first = false;
      if (!isArray) emit(`${JSON.stringify(k)}:`);
      walk(item);
    }
    if (size < max) emit(isArray ? ']' : '}');
  };
  walk(value);
  return out.join('');
}

/** Byte bounds of the journal: each workspace's ring, and all rings together. */
export interface JournalLimits {
  workspaceBytes: number;
  totalBytes: number;
}

export const DEFAULT_JOURNAL_LIMITS: JournalLimits = { workspaceBytes: 8 * 1024 * 1024, totalBytes: 256 * 1024 * 1024 };

/** The largest single entry kept whole; a larger one has its body (then violations, then headers) cut. */
export const MAX_ENTRY_BYTES = 64 * 1024;

/** A ring as the pool sees it: its size, and a way to drop its oldest entry. */
interface PoolMember {
  owner: string;
  journal: Journal;
  bytes: number;
  evictOldest(): number;
}

/**
 * All journals of a sandbox. When together they pass `totalBytes`, the largest ring loses its oldest
 * entries first, so a busy workspace pays for its own traffic before a quiet one loses anything.
 */
export interface JournalPool {
  readonly limits: JournalLimits;
  /** Bytes held by live journals. */
  total(): number;
  /** @internal a journal joining the pool, and telling it of its growth (createJournal calls these). */
  join(member: PoolMember): void;
  grew(bytes: number): void;
}

/**
 * `isLive(owner, journal)` says whether a journal still belongs to an open workspace: journals of
 * evicted or reset workspaces stop counting once the total bound is reached.
 */
export function createJournalPool(
  limits: Partial<JournalLimits> = {},
  isLive: (owner: string, journal: Journal) => boolean = () => true,
): JournalPool {
  const bounds: JournalLimits = {
    workspaceBytes: limits.workspaceBytes ?? DEFAULT_JOURNAL_LIMITS.workspaceBytes,
    totalBytes: limits.totalBytes ?? DEFAULT_JOURNAL_LIMITS.totalBytes,
  };
  const members = new Set<PoolMember>();
  let total = 0;
  const largest = () => {
    let found: PoolMember | undefined;
    for (const m of members) if (!found || m.bytes > found.bytes) found = m;
    return found;
  };
  const shrink = () => {
    for (const m of members) {
      if (isLive(m.owner, m.journal)) continue;
      members.delete(m);
      total -= m.bytes;
    }
    while (total > bounds.totalBytes) {
      const m = largest();
      if (!m || m.bytes === 0) break;
      total -= m.evictOldest();
    }
  };
  return {
    limits: bounds,
    total: () => total,
    join: m => void members.add(m),
    grew(bytes) {
      total += bytes;
      if (total > bounds.totalBytes) shrink();
    },
  };
}

/**
 * A journal of at most `capacity` entries and `pool.limits.workspaceBytes` bytes (oldest evicted first),
 * counted in the pool's total. `owner` is the workspace id the pool asks about.
 */
export function createJournal(capacity: number, pool: JournalPool = createJournalPool(), owner = ''): Journal {
  const ring: JournalEntry[] = [];
  const sizes: number[] = [];
  const maxBytes = pool.limits.workspaceBytes;
  const subscribers = new Set<JournalSubscriber>();
  let next = 1;
  const member: Omit<PoolMember, 'journal'> = {
    owner,
    bytes: 0,
    evictOldest() {
      if (ring.length === 0) return 0;
      ring.shift();
      const freed = sizes.shift()!;
      member.bytes -= freed;
      return freed;
    },
  };
  const evict = () => {
    let freed = 0;
    // The newest entry always stays, even alone above the bound (it is cut to MAX_ENTRY_BYTES).
    while (ring.length > 1 && (ring.length > capacity || member.bytes > maxBytes)) freed += member.evictOldest();
    return freed;
  };
  const journal: Journal = {
    capacity,
    record(entry) {
      const kept = fitEntry({ id: next++, ...entry }, Math.min(MAX_ENTRY_BYTES, maxBytes));
      ring.push(kept.entry);
      sizes.push(kept.bytes);
      member.bytes += kept.bytes;
      pool.grew(kept.bytes - evict());
      for (const s of subscribers) s.entry(kept.entry);
    },
    get(id) {
      // Ids ascend without gaps, so the entry sits at a known offset from the oldest one kept.
      const at = ring.length > 0 ? id - ring[0].id : -1;
      return at >= 0 && at < ring.length ? ring[at] : undefined;
    },
    subscribe(s) {
      if (subscribers.size >= MAX_JOURNAL_SUBSCRIBERS) return undefined;
      subscribers.add(s);
      return () => void subscribers.delete(s);
    },
    closeSubscribers(reason) {
      const closing = [...subscribers];
      subscribers.clear();
      for (const s of closing) s.close(reason);
    },
    get subscribers() {
      return subscribers.size;
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
      let freed = 0;
      while (ring.length > 0) freed += member.evictOldest();
      pool.grew(-freed);
    },
  };
  pool.join(Object.assign(member, { journal }));
  return journal;
}

/** Fixed cost of an entry beside its variable fields (field names, numbers, small strings). */
const ENTRY_OVERHEAD = 256;
const VIOLATION_OVERHEAD = 48;

/** An entry's size, estimated as the length of its JSON (what a client listing it would receive). */
export function entryBytes(e: JournalEntry): number {
  let n = ENTRY_OVERHEAD + e.method.length + e.path.length + e.at.length + e.requestId.length + (e.operationId?.length ?? 0);
  for (const [k, v] of Object.entries(e.headers)) n += k.length + v.length + 6;
  n += jsonLength(e.query) + jsonLength(e.body) + responseLength(e.response) + violationsBytes(e.violations);
  for (const name of e.scenarios) n += name.length + 3;
  return n;
}

function violationsBytes(violations: readonly Violation[]): number {
  let n = 0;
  for (const v of violations) n += VIOLATION_OVERHEAD + v.location.length + v.param.length + v.keyword.length + v.message.length;
  return n;
}

function jsonLength(value: unknown): number {
  if (value === undefined || value === null) return 4;
  if (typeof value === 'string') return value.length + 2;
  return JSON.stringify(value)?.length ?? 4;
}

/**
 * A recorded response (journalResponse): text, or a truncation marker measured by its preview without
 * serialising 4 KB again on every request. The preview's escapes are not counted: it is an estimate.
 */
function responseLength(response: unknown): number {
  if (isRecord(response) && typeof response.preview === 'string') return response.preview.length + TRUNCATION_MARKER_OVERHEAD;
  return jsonLength(response);
}

const TRUNCATION_MARKER_OVERHEAD = 64;

/**
 * The entry as kept, at most `max` bytes where the request allows: an oversized body is replaced by the
 * truncation marker with a shorter preview, then surplus violations by one saying how many were left
 * out, then long header values are cut. Path and query stay whole (bounded by Node's header limit).
 */
function fitEntry(entry: JournalEntry, max: number): { entry: JournalEntry; bytes: number } {
  let bytes = entryBytes(entry);
  if (bytes <= max) return { entry, bytes };
  const bodyLength = jsonLength(entry.body);
  const room = Math.max(0, max - (bytes - bodyLength) - 64);
  if (bodyLength > room && entry.body !== null) {
    entry.body = truncatedBody(entry.body, room);
    bytes = entryBytes(entry);
  }
  if (bytes > max && entry.violations.length > 1) {
    entry.violations = keepViolations(entry.violations, Math.max(0, max - (bytes - violationsBytes(entry.violations))));
    bytes = entryBytes(entry);
  }
  if (bytes > max) {
    entry.headers = Object.fromEntries(Object.entries(entry.headers).map(([k, v]) => [k, v.length > 256 ? `${v.slice(0, 256)}…[truncated ${v.length - 256} chars]` : v]));
    bytes = entryBytes(entry);
  }
  return { entry, bytes };
}

/** The body's truncation marker (as journalBody writes it), with at most `room` characters of preview. */
function truncatedBody(body: unknown, room: number): unknown {
  const marked = isTruncationMarker(body) ? body : undefined;
  const text = marked ? marked.preview : typeof body === 'string' ? body : JSON.stringify(body);
  const length = marked ? marked.length : text.length;
  return { truncated: true, length, preview: text.slice(0, room) };
}

function isTruncationMarker(body: unknown): body is { truncated: true; length: number; preview: string } {
  if (typeof body !== 'object' || body === null) return false;
  return 'truncated' in body && body.truncated === true && 'preview' in body && typeof body.preview === 'string' && 'length' in body && typeof body.length === 'number';
}

/** The first violations that fit in `room` bytes, then one saying how many more there were. */
function keepViolations(violations: Violation[], room: number): Violation[] {
  const kept: Violation[] = [];
  let used = VIOLATION_OVERHEAD * 2;
  for (const v of violations) {
    used += violationsBytes([v]);
    if (used > room) break;
    kept.push(v);
  }
  const left = violations.length - kept.length;
  kept.push({ location: 'body', param: '', keyword: 'truncated', message: `${left} more violation(s) not kept in the journal` });
  return kept;
}

/** operationId → status → count. */
export type Coverage = Map<string, Map<number, number>>;

export function countCoverage(coverage: Coverage, operationId: string, status: number): void {
  let statuses = coverage.get(operationId);
  if (!statuses) coverage.set(operationId, (statuses = new Map()));
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
}
