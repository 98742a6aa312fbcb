/**
 * The secret-key Contacts API's behaviour (list, upsert, get, update, remove) over a project's store,
 * following the real service's ContactService (upsert by email, data merged key by key, cursor pages by
 * id, subscribed defaulting to true). Time and ids come
 * from the workspace's clock and random source, so a seed and a request sequence replay exactly.
 */
import { ApiError } from '../../../http/errors.js';
import { isoTime, type Clock } from '../../../workspace/clock.js';
import type { Random } from '../../../workspace/random.js';
import { copyData, type ContactChanges, type ContactData, type ContactStore, type SkContact, type SkProject, type SortColumn, type SortDir } from './store.js';
import { cachedView } from '../../view-cache.js';
import { copyFields } from '../../../copy.js';

/** A contact as the API answers it. */
export interface SkContactView {
  id: string;
  email: string;
  data: ContactData | null;
  subscribed: boolean;
  projectId: string;
  createdAt: string;
  updatedAt: string;
}

export interface SkContactPage {
  data: SkContactView[];
  total: number;
  /** Left out (not null) on the last page, as the real service does. */
  cursor?: string;
  hasMore: boolean;
}

/** Query values as they arrive; anything the real service does not understand falls back to its default. */
export interface ListQuery {
  limit?: unknown;
  cursor?: unknown;
  search?: unknown;
  subscribed?: unknown;
  sort?: unknown;
  dir?: unknown;
}

export interface UpsertInput {
  email: string;
  subscribed?: boolean;
  /** Missing or null means no change. */
  data?: unknown;
}

export interface UpdateInput {
  email?: string;
  subscribed?: boolean;
  /** Missing: no change; null: clear; object: merge; anything else: 400. */
  data?: unknown;
}

export interface SkContactService {
  list(query: ListQuery): SkContactPage;
  upsert(input: UpsertInput): { contact: SkContactView; isNew: boolean };
  get(id: string): SkContactView;
  update(id: string, input: UpdateInput): SkContactView;
  remove(id: string): void;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

// The real service throws plain HttpExceptions without an error code, so the envelope says
// INTERNAL_SERVER_ERROR whatever the status (facts §2b).
const plain = { skCode: 'INTERNAL_SERVER_ERROR' };
export const skContactErrors = {
  notFound: () => new ApiError(404, 'contact_not_found', 'Contact not found', plain),
  emailTaken: () => new ApiError(409, 'contact_exists', 'Contact with this email already exists in this project', plain),
  localeNotString: () => new ApiError(400, 'validation_error', 'Locale must be a string', { ...plain, param: 'data.locale' }),
  dataNotObject: () => new ApiError(400, 'validation_error', 'data must be an object', { ...plain, param: 'data' }),
};

export function skContactService(project: SkProject, clock: Clock, random: Random): SkContactService {
  const store = project.contacts;
  const view = (contact: SkContact) => toView(contact, project.id);
  const find = (id: string) => {
    const contact = store.byId(id);
    if (!contact) throw skContactErrors.notFound();
    return contact;
  };

  return {
    // Pages reuse views no change has touched since they were built (view-cache.ts).
    list: query => listContacts(store, parseListQuery(query), contact => cachedView('sk-contact', contact, view)),
    upsert(input) {
      const email = normaliseEmail(input.email);
      const existing = store.byEmail(email);
      const data = mergeData(existing?.data ?? null, input.data);
      const now = clock.now();
      if (existing) {
        const changes: ContactChanges = { data, updatedAt: now };
        if (input.subscribed !== undefined) changes.subscribed = input.subscribed;
        return { contact: view(store.update(existing.id, changes)), isNew: false };
      }
      const contact: SkContact = { id: random.uuid(), email, data, subscribed: input.subscribed ?? true, createdAt: now, updatedAt: now };
      store.insert(contact);
      return { contact: view(contact), isNew: true };
    },
    get: id => view(find(id)),
    update(id, input) {
      const existing = find(id);
      // Same order as the real service: 404, then the data checks, then the unique-email clash.
      const changes: ContactChanges = { updatedAt: clock.now() };
      if (input.data !== undefined) changes.data = patchData(existing.data, input.data);
      if (input.email !== undefined) changes.email = claimEmail(store, existing, input.email);
      if (input.subscribed !== undefined) changes.subscribed = input.subscribed;
      return view(store.update(id, changes));
    },
    remove(id) {
      store.remove(find(id).id);
    },
  };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The normalised email, unless another contact of the project already has it (own email is a no-op). */
function claimEmail(store: ContactStore, contact: SkContact, raw: string): string {
  const email = normaliseEmail(raw);
  const owner = store.byEmail(email);
  if (owner && owner.id !== contact.id) throw skContactErrors.emailTaken();
  return email;
}

function toView(contact: SkContact, projectId: string): SkContactView {
  return {
    id: contact.id,
    email: contact.email,
    // A copy, so nobody holding the answer can reach into the stored record.
    data: dataView(contact.data),
    subscribed: contact.subscribed,
    projectId,
    createdAt: isoTime(contact.createdAt),
    updatedAt: isoTime(contact.updatedAt),
  };
}

/** A plain copy of a contact's data for an answer (stored data has no prototype, so `__proto__` stays a key). */
function dataView(data: ContactData | null): Record<string, unknown> | null {
  return data ? copyFields(data) : null;
}

// ---- data merge (facts §6) ----

const RESERVED_KEYS = new Set(['plunk_id', 'plunk_email', 'id', 'email', 'unsubscribeUrl', 'subscribeUrl', 'manageUrl']);

/** PATCH's data rule: null clears, a plain object merges, anything else is refused. */
function patchData(existing: ContactData | null, incoming: unknown): ContactData | null {
  if (incoming === null) return null;
  if (typeof incoming !== 'object' || Array.isArray(incoming)) throw skContactErrors.dataNotObject();
  return mergeData(existing, incoming);
}

/**
 * Shallow merge, key by key, in the real service's order of checks. POST passes whatever `data` was
 * (null/undefined merge nothing). The result is a null-prototype object, so keys like `constructor` or
 * `prototype` stay plain data; an empty result is stored as null.
 */
function mergeData(existing: ContactData | null, incoming: unknown): ContactData | null {
  const merged = copyData(existing);
  for (const [key, value] of Object.entries(incoming ?? {})) {
    if (RESERVED_KEYS.has(key) || value === '') continue;
    if (value === null) {
      delete merged[key];
      continue;
    }
    if (key === 'locale' && typeof value !== 'string') throw skContactErrors.localeNotString();
    if (isOneOffVariable(value)) continue;
    merged[key] = value;
  }
  return Object.keys(merged).length > 0 ? merged : null;
}

/** `{value, persistent: false}` is a one-off template variable: the real service never stores it. */
function isOneOffVariable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'value' in value && 'persistent' in value && value.persistent === false;
}

// ---- list (facts §7.1) ----

interface ParsedListQuery {
  limit: number;
  cursor?: string;
  /** Lowercased: stored emails are lowercase, so this is a case-insensitive match. */
  search?: string;
  subscribed?: boolean;
  column: SortColumn;
  dir: SortDir;
}

function parseListQuery(q: ListQuery): ParsedListQuery {
  const nonEmpty = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return {
    limit: parseLimit(q.limit),
    cursor: nonEmpty(q.cursor),
    search: nonEmpty(q.search)?.toLowerCase(),
    subscribed: q.subscribed === 'true' || q.subscribed === true ? true : q.subscribed === 'false' || q.subscribed === false ? false : undefined,
    column: q.sort === 'email' ? 'email' : 'createdAt',
    dir: q.dir === 'asc' ? 'asc' : 'desc',
  };
}

/** parseInt, NaN or 0 → 20, then at most 100 (the real service); below 1 → 1 (the real one misbehaves). */
function parseLimit(raw: unknown): number {
  const n = typeof raw === 'number' ? Math.trunc(raw) : parseInt(String(raw ?? ''), 10);
  if (!n) return DEFAULT_LIMIT;
  return Math.min(Math.max(n, 1), MAX_LIMIT);
}

function listContacts(store: ContactStore, q: ParsedListQuery, view: (c: SkContact) => SkContactView): SkContactPage {
  const after = q.cursor === undefined ? undefined : store.byId(q.cursor);
  // A cursor naming no contact gives an empty page, as Prisma's cursor does.
  if (q.cursor !== undefined && !after) return { data: [], total: 0, hasMore: false };
  const matches = matcher(q);
  const rows: SkContact[] = [];
  // One row past the page tells whether more follow.
  for (const contact of store.scan(q.column, q.dir, after)) {
    if (!matches || matches(contact)) rows.push(contact);
    if (rows.length > q.limit) break;
  }
  const hasMore = rows.length > q.limit;
  const page = hasMore ? rows.slice(0, q.limit) : rows;
  return {
    data: page.map(view),
    // The real service counts only on the first page and answers 0 on the others.
    total: q.cursor === undefined ? countMatching(store, q, matches) : 0,
    ...(hasMore && { cursor: page[page.length - 1].id }),
    hasMore,
  };
}

type Matcher = (contact: SkContact) => boolean;

function matcher(q: ParsedListQuery): Matcher | undefined {
  const { search, subscribed } = q;
  if (search === undefined && subscribed === undefined) return undefined;
  return c => (subscribed === undefined || c.subscribed === subscribed) && (search === undefined || c.email.includes(search));
}

/** Unfiltered and subscribed-only counts come from the store's counters; a search has to scan. */
function countMatching(store: ContactStore, q: ParsedListQuery, matches: Matcher | undefined): number {
  if (!matches) return store.size;
  if (q.search === undefined) return q.subscribed ? store.subscribedCount : store.size - store.subscribedCount;
  let count = 0;
  for (const contact of store.all()) if (matches(contact)) count++;
  return count;
}
