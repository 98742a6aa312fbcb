/**
 * Pagination edge cases, as a transform of a list answer (and, for cursors, a 400 instead of it). The
 * three styles of the API:
 *
 * - offset: `?limit&offset` → `{data: [...], pagination: {total, limit, offset, has_more}}` (V2 lists; a
 *   contact's link clicks keep `clicks` and `pagination` inside `data`);
 * - page: `?page&limit` → `{data: {clicks: [...], pagination: {page, limit, total, total_pages}}}` (a
 *   campaign's link clicks);
 * - cursor: `?cursor&limit` → `{data: [...], total, cursor?, hasMore}` (GET /contacts).
 *
 * A listing is a run of page requests with the same query apart from its paging fields; each rule keeps a
 * little memory of the listings it saw (the previous page's items, issued cursors), so it can repeat an
 * item, carry items shifted by inserted records, or tell that a cursor has aged.
 */
import type { ContractOperation } from '../contract/contract.js';
import type { HandlerResult } from '../handlers/types.js';
import type { PaginationSpec } from './model.js';
import type { ScenarioRequest } from './types.js';
import { isRecord } from '../guards.js';

export type PageStyle = 'offset' | 'page' | 'cursor';

const PAGING_FIELDS = new Set(['offset', 'page', 'cursor', 'limit']);
const MAX_LISTINGS = 200;
const MAX_CURSORS = 1000;

interface Listing {
  /** The previous page's items as the handler answered them. */
  lastItems: unknown[];
  /** insert: items pushed past the end of the previous page, shown at the start of the next. */
  carry?: unknown[];
  /** remove: the records ahead of the window are gone (skipped once). */
  removed: boolean;
}

export interface PaginationMemory {
  listings: Map<string, Listing>;
  /** Cursor → workspace time it was handed out. */
  cursors: Map<string, number>;
}

export function createPaginationMemory(): PaginationMemory {
  return { listings: new Map(), cursors: new Map() };
}

/** The paging style of a list operation, from its documented query parameters. */
export function pageStyle(operation: ContractOperation): PageStyle | undefined {
  const names = new Set((operation.http.request?.query ?? []).map(q => q.name));
  if (names.has('cursor')) return 'cursor';
  if (names.has('page')) return 'page';
  if (names.has('offset')) return 'offset';
  return undefined;
}

/** Whether the request asks for a page after the first of its listing. */
export function isLaterPage(style: PageStyle, query: Record<string, unknown>): boolean {
  if (style === 'cursor') return typeof query.cursor === 'string' && query.cursor !== '';
  if (style === 'page') return Number(query.page ?? 1) > 1;
  return Number(query.offset ?? 0) > 0;
}

function listingKey(request: ScenarioRequest): string {
  const rest = Object.entries(request.query)
    .filter(([k]) => !PAGING_FIELDS.has(k))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `${request.operation.operationId} ${request.path} ${JSON.stringify(rest)}`;
}

export interface PaginationPlan {
  /** The effect shows on this request. */
  applies: boolean;
  /** Cursor kinds: refuse the request with the family's 400 and this message. */
  refuse?: string;
}

/** Decided before the handler runs: does the effect apply to this request, or refuse it? */
export function planPagination(spec: PaginationSpec, style: PageStyle, request: ScenarioRequest, memory: PaginationMemory): PaginationPlan {
  const later = isLaterPage(style, request.query);
  switch (spec.kind) {
    case 'insert':
      // A cursor names a record: records inserted ahead of it don't move the window.
      return { applies: style !== 'cursor' && later };
    case 'remove':
      return { applies: later };
    case 'repeat':
      return { applies: later && (memory.listings.get(listingKey(request))?.lastItems.length ?? 0) > 0 };
    case 'empty_page':
      return { applies: later };
    case 'total_change':
      // The Contacts API counts only on a listing's first page (later pages answer 0).
      return { applies: style !== 'cursor' || !later };
    case 'cursor_expired': {
      if (style !== 'cursor' || !later) return { applies: false };
      const issued = memory.cursors.get(String(request.query.cursor));
      const aged = issued !== undefined && request.workspace.clock.now() - issued > spec.ttlSeconds * 1000;
      return aged ? { applies: true, refuse: spec.message ?? `Cursor has expired (cursors are valid for ${spec.ttlSeconds} s). Start again from the first page.` } : { applies: false };
    }
    case 'cursor_invalid':
      return style === 'cursor' && later ? { applies: true, refuse: spec.message ?? 'Invalid cursor' } : { applies: false };
  }
}

/**
 * The transform of a list answer: applies `spec` when given (the plan said it applies; `application` is
 * how many times the rule has applied, this one included), and always remembers the listing's page.
 */
export function pageTransform(
  style: PageStyle,
  request: ScenarioRequest,
  memory: PaginationMemory,
  spec?: PaginationSpec,
  application = 1,
): (result: HandlerResult) => HandlerResult {
  const key = listingKey(request);
  const later = isLaterPage(style, request.query);
  return result => {
    // An array answer has no page either: readPage finds none in it.
    if (result.status !== 200 || !isRecord(result.body)) return result;
    const body = structuredClone(result.body);
    const page = readPage(style, body, request.query);
    if (!page) return result;
    const original = page.items.slice();
    let listing = later ? memory.listings.get(key) : undefined;
    if (!listing) listing = { lastItems: [], removed: false };
    bounded(memory.listings, key, listing, MAX_LISTINGS);
    if (spec) apply(spec, style, page, listing, application, request);
    else listing.carry = undefined;
    listing.lastItems = original;
    page.write();
    if (style === 'cursor' && typeof body.cursor === 'string') bounded(memory.cursors, body.cursor, request.workspace.clock.now(), MAX_CURSORS);
    return { ...result, body };
  };
}

function apply(spec: PaginationSpec, style: PageStyle, page: Page, listing: Listing, application: number, request: ScenarioRequest): void {
  switch (spec.kind) {
    case 'insert': {
      // `count` records appeared ahead of the window since the first page: every later page starts with
      // the items the previous one pushed out, so the last items of page 1 come again on page 2.
      const queue = listing.carry ?? listing.lastItems.slice(-spec.count);
      const combined = [...queue, ...page.items];
      page.items = combined.slice(0, page.limit);
      listing.carry = combined.slice(page.limit);
      page.total += spec.count;
      page.more = page.more || listing.carry.length > 0;
      return;
    }
    case 'remove':
      if (style === 'cursor') {
        // The record the cursor names was deleted: the real service answers an empty last page.
        page.items = [];
        page.total = 0;
        page.more = false;
        page.cursor = undefined;
        return;
      }
      // `count` records ahead of the window were deleted: the window slides on and the client never sees
      // the first `count` items of this page.
      if (!listing.removed) page.items = page.items.slice(spec.count);
      listing.removed = true;
      page.total = Math.max(0, page.total - spec.count);
      return;
    case 'repeat':
      // An unstable order: the previous page's last item comes again in place of this page's first.
      page.items = [listing.lastItems[listing.lastItems.length - 1], ...page.items.slice(1)];
      return;
    case 'empty_page':
      page.items = [];
      page.more = true;
      if (style === 'cursor') page.cursor = String(request.query.cursor);
      return;
    case 'total_change':
      page.total = Math.max(0, page.total + spec.delta * application);
      return;
    case 'cursor_expired':
    case 'cursor_invalid':
      return;
  }
}

interface Page {
  items: unknown[];
  total: number;
  more: boolean;
  limit: number;
  cursor?: string;
  write(): void;
}

/** The page inside a list answer of `style`, or undefined when the answer has another shape. */
function readPage(style: PageStyle, body: Record<string, unknown>, query: Record<string, unknown>): Page | undefined {
  if (style === 'cursor') {
    if (!Array.isArray(body.data) || typeof body.hasMore !== 'boolean') return undefined;
    const page: Page = {
      items: body.data,
      total: Number(body.total ?? 0),
      more: body.hasMore,
      limit: Math.min(Math.max(Number(query.limit) || 20, 1), 100),
      cursor: typeof body.cursor === 'string' ? body.cursor : undefined,
      write() {
        body.data = page.items;
        body.total = page.total;
        body.hasMore = page.more;
        const last = page.items[page.items.length - 1];
        const cursor = page.cursor ?? (isRecord(last) && typeof last.id === 'string' ? last.id : undefined);
        if (page.more && cursor !== undefined) body.cursor = cursor;
        else delete body.cursor;
      },
    };
    return page;
  }
  const found = paginationOf(body);
  if (!found) return undefined;
  const { holder, pagination } = found;
  const itemsKey = Array.isArray(holder.data) ? 'data' : Object.keys(holder).find(k => Array.isArray(holder[k]));
  if (!itemsKey) return undefined;
  const items: unknown = holder[itemsKey];
  if (!Array.isArray(items)) return undefined; // never: itemsKey was found holding an array
  const limit = Number(pagination.limit ?? query.limit) || 1;
  const page: Page = {
    items,
    total: Number(pagination.total ?? 0),
    more: style === 'page' ? Number(pagination.page) < Number(pagination.total_pages) : pagination.has_more === true,
    limit,
    write() {
      holder[itemsKey] = page.items;
      pagination.total = page.total;
      if (style === 'page') {
        const current = Number(pagination.page ?? query.page ?? 1);
        pagination.total_pages = Math.max(Math.ceil(page.total / limit), page.more ? current + 1 : 0);
      } else {
        pagination.has_more = page.more;
      }
    },
  };
  return page;
}

/** The pagination object and what holds it beside the items: the top (V2 lists) or `data` (link clicks). */
function paginationOf(body: Record<string, unknown>): { holder: Record<string, unknown>; pagination: Record<string, unknown> } | undefined {
  if (isRecord(body.pagination)) return { holder: body, pagination: body.pagination };
  if (isRecord(body.data) && isRecord(body.data.pagination)) return { holder: body.data, pagination: body.data.pagination };
  return undefined;
}

/** Sets `key` as the newest entry of a map holding at most `max` (oldest dropped first). */
function bounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size <= max) return;
  const [oldest] = map.keys();
  map.delete(oldest);
}
