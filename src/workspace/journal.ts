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

/**
 * What a request leaves in the journal: an entry without its id, and the answer's text as sent (if it was
 * sent whole), which began with `responseHead` when its start was encoded earlier (a cached page).
 */
export type JournalInput = Omit<JournalEntry, 'id' | 'response'> & { responseText: string | undefined; responseHead?: string };

export interface Journal {
  record(input: JournalInput): void;
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
 * The first `max` characters of `text` as a string of their own. V8 answers a slice of a long string as
 * a view into it, so a kept preview of a 9 MB upload would keep the whole upload alive.
 */
function detachedPrefix(text: string, max: number): string {
  // Through one reused buffer: a Buffer per request is memory outside the heap, which makes V8 collect often.
  const bytes = PREFIX_SCRATCH.write(text.slice(0, max), 'utf8');
  return PREFIX_SCRATCH.toString('utf8', 0, bytes);
}

/** Room for MAX_BODY_CHARS + 1 UTF-16 units as UTF-8 (at most 3 bytes each). */
const PREFIX_SCRATCH = Buffer.allocUnsafe(3 * (MAX_BODY_CHARS + 1));

/**
 * Where an entry's response is kept: its first MAX_BODY_CHARS characters as UTF-8 in a chunk of its
 * journal's PreviewStore, and the length of the whole answer.
 */
interface PreviewRef {
  chunk: Buffer;
  offset: number;
  bytes: number;
  /** Characters kept (at most MAX_BODY_CHARS). */
  chars: number;
  /** Characters of the whole answer. */
  length: number;
}

/**
 * Bytes of one chunk of previews: room for the longest preview (3 bytes per UTF-16 unit of 4,096), so a
 * journal with entries holds at most twice this (the chunk being filled and one spare) beyond its
 * previews, and an emptied one holds none.
 */
const CHUNK_BYTES = 16 * 1024;
/** Emptied chunks a store keeps for reuse. */
const SPARE_CHUNKS = 1;

/**
 * The response previews of one journal, as UTF-8 in 16 KB chunks outside the JS heap. Kept as strings,
 * each recorded answer (up to 4 KB, on every request) was copied by every young-generation collection
 * until promoted, then swept by the old one: the collector's share of a list request was a quarter of
 * its time (README "Performance"). Entries leave oldest first, so chunks empty in the order they were
 * filled; an emptied one is reused.
 */
class PreviewStore {
  private current: Buffer | undefined;
  private used = 0;
  /** Chunk → previews in it still referenced by an entry. */
  private readonly live = new Map<Buffer, number>();
  private readonly spare: Buffer[] = [];

  /** Keeps the first MAX_BODY_CHARS characters of `head` followed by `text`. */
  keep(text: string, head = ''): PreviewRef {
    const length = head.length + text.length;
    // A head that holds the whole preview is not joined to the text: joining would copy the whole page.
    const whole = head.length >= MAX_BODY_CHARS ? head : head + text;
    const kept = length > MAX_BODY_CHARS ? whole.slice(0, previewEnd(whole)) : whole;
    // Measured exactly only when the bound (3 bytes a unit) does not fit: ASCII previews share chunks.
    const room = CHUNK_BYTES - this.used;
    if (!this.current || (room < 3 * kept.length && room < Buffer.byteLength(kept))) this.startChunk();
    // startChunk() just set it.
    const chunk = this.current!;
    const offset = this.used;
    const bytes = chunk.write(kept, offset, 'utf8');
    this.used += bytes;
    this.live.set(chunk, (this.live.get(chunk) ?? 0) + 1);
    return { chunk, offset, bytes, chars: kept.length, length };
  }

  /** The response as the journal shows it: the text, or a truncation marker with its preview. */
  read(ref: PreviewRef): unknown {
    const preview = ref.chunk.toString('utf8', ref.offset, ref.offset + ref.bytes);
    return ref.length <= MAX_BODY_CHARS ? preview : { truncated: true, length: ref.length, preview };
  }

  /** The entry holding `ref` was evicted. */
  release(ref: PreviewRef): void {
    const left = (this.live.get(ref.chunk) ?? 1) - 1;
    if (left > 0) return void this.live.set(ref.chunk, left);
    this.live.delete(ref.chunk);
    // An emptied journal (cleared, or its workspace reset) holds no memory for previews.
    if (this.live.size === 0) return this.dropAll();
    if (ref.chunk !== this.current && this.spare.length < SPARE_CHUNKS) this.spare.push(ref.chunk);
  }

  private dropAll(): void {
    this.current = undefined;
    this.used = 0;
    this.spare.length = 0;
  }

  private startChunk(): void {
    if (this.current && !this.live.has(this.current) && this.spare.length < SPARE_CHUNKS) this.spare.push(this.current);
    this.current = this.spare.pop() ?? Buffer.allocUnsafeSlow(CHUNK_BYTES);
    this.used = 0;
  }
}

/** Where a preview of a longer text ends: MAX_BODY_CHARS, one less where that would split a surrogate pair. */
function previewEnd(text: string): number {
  const last = text.charCodeAt(MAX_BODY_CHARS - 1);
  return last >= 0xd800 && last <= 0xdbff ? MAX_BODY_CHARS - 1 : MAX_BODY_CHARS;
}

/** JSON length of a response as read(ref) shows it, as entryBytes would measure it. */
function previewBytes(ref: PreviewRef | null): number {
  if (!ref) return 4;
  return ref.length <= MAX_BODY_CHARS ? ref.chars + 2 : markerLength(ref.chars);
}

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
  const ring: Kept[] = [];
  const previews = new PreviewStore();
  const maxBytes = pool.limits.workspaceBytes;
  const subscribers = new Set<JournalSubscriber>();
  let next = 1;
  const member: Omit<PoolMember, 'journal'> = {
    owner,
    bytes: 0,
    evictOldest() {
      const oldest = ring.shift();
      if (!oldest) return 0;
      if (oldest.preview) previews.release(oldest.preview);
      member.bytes -= oldest.bytes;
      return oldest.bytes;
    },
  };
  const evict = () => {
    let freed = 0;
    // The newest entry always stays, even alone above the bound (it is cut to MAX_ENTRY_BYTES).
    while (ring.length > 1 && (ring.length > capacity || member.bytes > maxBytes)) freed += member.evictOldest();
    return freed;
  };
  /** The entry as readers see it, its response read back from the preview store. */
  const shown = (k: Kept): JournalEntry => ({ ...k.entry, response: k.preview ? previews.read(k.preview) : null });
  const journal: Journal = {
    capacity,
    record({ responseText, responseHead, ...input }) {
      const preview = responseText === undefined ? null : previews.keep(responseText, responseHead);
      const fitted = fitEntry({ id: next++, ...input }, Math.min(MAX_ENTRY_BYTES, maxBytes) - previewBytes(preview));
      const kept: Kept = { entry: fitted.entry, preview, bytes: fitted.bytes + previewBytes(preview) };
      ring.push(kept);
      member.bytes += kept.bytes;
      pool.grew(kept.bytes - evict());
      if (subscribers.size > 0) {
        const entry = shown(kept);
        for (const s of subscribers) s.entry(entry);
      }
    },
    get(id) {
      // Ids ascend without gaps, so the entry sits at a known offset from the oldest one kept.
      const at = ring.length > 0 ? id - ring[0].entry.id : -1;
      return at >= 0 && at < ring.length ? shown(ring[at]) : undefined;
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
      return ring
        .filter(
          ({ entry: e }) =>
            (!q.method || e.method === q.method.toUpperCase()) &&
            (!q.path || e.path === q.path) &&
            (!q.operationId || e.operationId === q.operationId) &&
            (q.status === undefined || e.status === q.status) &&
            Date.parse(e.at) >= since,
        )
        .map(shown);
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

/** An entry as the ring keeps it: without its response, which sits in the preview store. */
interface Kept {
  entry: Omit<JournalEntry, 'response'>;
  preview: PreviewRef | null;
  /** entryBytes of the entry as shown. */
  bytes: number;
}

/** Fixed cost of an entry beside its variable fields (field names, numbers, small strings). */
const ENTRY_OVERHEAD = 256;
const VIOLATION_OVERHEAD = 48;

/** An entry's size, estimated as the length of its JSON (what a client listing it would receive). */
export function entryBytes(e: JournalEntry): number {
  let n = ENTRY_OVERHEAD + e.method.length + e.path.length + e.at.length + e.requestId.length + (e.operationId?.length ?? 0);
  for (const [k, v] of Object.entries(e.headers)) n += k.length + v.length + 6;
  // An entry kept without its response (the ring's) measures without it: the preview store adds it.
  n += jsonLength(e.query) + jsonLength(e.body) + (e.response === undefined ? 0 : responseLength(e.response)) + violationsBytes(e.violations);
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
  return isTruncationMarker(response) ? markerLength(response.preview.length) : jsonLength(response);
}

/** A truncation marker measured by the characters of its preview (the rest is about 64). */
function markerLength(previewChars: number): number {
  return previewChars + 64;
}

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
  return isRecord(body) && body.truncated === true && typeof body.preview === 'string' && typeof body.length === 'number';
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
