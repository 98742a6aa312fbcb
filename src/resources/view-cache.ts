/**
 * Views of stored records kept between requests, frozen, with their JSON text: a list page nobody
 * changed is answered by joining texts already serialised (http/json-text.ts), where building and
 * serialising twenty contacts again was a fifth of the request's time (README "Performance"). Whole
 * pages are kept too, encoded, for a client that asks the same page again (polling, or a load test).
 *
 * A cached view stays only while the state stamp (workspace/writes.ts) stands still: every change to any
 * workspace's state moves it, through the same helpers that make writes undoable, and the cache empties.
 * One stamp for every workspace keeps the rule simple enough to trust; another workspace's write costs
 * a miss, never a stale answer. Records are objects of one workspace, so a key never reaches another's.
 *
 * Cache only views that are functions of stored state alone (not of the clock, the request or a random
 * draw), and never change a view taken from here: it is frozen.
 */
import { freezeEncoded, freezeWithText, type EncodedJson } from '../http/json-text.js';
import { currentStateStamp } from '../workspace/writes.js';

/** Views kept at most, over all kinds and workspaces: about 1.5 KB each for a contact. */
const MAX_CACHED_VIEWS = 4096;

/**
 * Memory kept for pages at most, over all workspaces, as estimated by pageCost: a 20-contact page (21 KB
 * of JSON) costs about 65 KB, so about 130 such pages fit, or 5,000 empty ones.
 */
const MAX_CACHED_PAGE_BYTES = 8 * 1024 * 1024;
/** What a page holds besides its texts: the page and key objects, the Buffer, the map entries. */
const PAGE_OVERHEAD_BYTES = 1024;

/** A view builder's cache: record → its view. */
type Views = Map<object, object>;

/** Caches by view builder (a process-wide memo; see the module comment for why it cannot go stale). */
const cachesByKind = new Map<string, Views>();
let cachedAtStamp = -1;
/**
 * Pages by workspace (weakly: a workspace reset or dropped is a new object, and its pages go with the old
 * one), then by kind and query. Replaced, not cleared, when the stamp moves: a WeakMap cannot be cleared.
 */
let pagesByWorkspace = new WeakMap<object, Map<string, object>>();
let cachedPageBytes = 0;

/**
 * The view of `record` that `build` makes, from the cache when nothing changed since it was built.
 * `kind` names the builder (one builder per kind), so one record can have views of several kinds.
 */
export function cachedView<R extends object, V extends object>(kind: string, record: R, build: (record: R) => V): V {
  const views = viewsOf(kind);
  // A view of kind `kind` for this record was stored by this same function with this builder.
  const hit = views.get(record) as V | undefined;
  if (hit) return hit;
  const view = freezeWithText(build(record));
  if (cachedCount() >= MAX_CACHED_VIEWS) emptyViews();
  views.set(record, view);
  return view;
}

/**
 * The list page (an answer's body) that `build` makes for `query` in `workspace`, from the cache when
 * nothing changed since it was built. Only for pages that are functions of the workspace's stored state
 * and the query alone. The page is frozen and encoded once (json-text.ts freezeEncoded).
 */
export function cachedPage<B extends object>(kind: string, workspace: object, query: unknown, build: () => B): B {
  const key = `${kind}?${JSON.stringify(query)}`;
  const pages = pagesOf(workspace);
  // Stored by this function under a key that names the builder's kind, so of the builder's type.
  const hit = pages.get(key) as B | undefined;
  if (hit) return hit;
  const page = build();
  // Its lists and pagination are the page's own, made by `build`: frozen too, as its text is now fixed.
  for (const field of Object.values(page)) if (typeof field === 'object' && field !== null) Object.freeze(field);
  const cost = pageCost(key, freezeEncoded(page));
  if (cachedPageBytes + cost > MAX_CACHED_PAGE_BYTES) emptyPages();
  // A page bigger than the whole budget is answered, never kept.
  if (cost <= MAX_CACHED_PAGE_BYTES) {
    // emptyPages() may have replaced the map.
    pagesOf(workspace).set(key, page);
    cachedPageBytes += cost;
  }
  return page;
}

/**
 * The memory a kept page holds, estimated: its bytes, its text and the views it keeps alive (each about
 * as large as the text again; two bytes a character covers both, or a text outside Latin-1), its key.
 */
function pageCost(key: string, encoded: EncodedJson): number {
  return encoded.bytes.length + 2 * encoded.text.length + 2 * key.length + PAGE_OVERHEAD_BYTES;
}

function pagesOf(workspace: object): Map<string, object> {
  checkStamp();
  let pages = pagesByWorkspace.get(workspace);
  if (!pages) pagesByWorkspace.set(workspace, (pages = new Map()));
  return pages;
}

function checkStamp(): void {
  const stamp = currentStateStamp();
  if (stamp === cachedAtStamp) return;
  emptyViews();
  emptyPages();
  cachedAtStamp = stamp;
}

function viewsOf(kind: string): Views {
  checkStamp();
  let views = cachesByKind.get(kind);
  if (!views) cachesByKind.set(kind, (views = new Map()));
  return views;
}

function emptyViews(): void {
  for (const views of cachesByKind.values()) views.clear();
}

function emptyPages(): void {
  pagesByWorkspace = new WeakMap();
  cachedPageBytes = 0;
}

/** Views kept over all kinds (a handful of kinds, so counting is cheap). */
function cachedCount(): number {
  let count = 0;
  for (const views of cachesByKind.values()) count += views.size;
  return count;
}
