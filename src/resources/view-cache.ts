/**
 * Views of stored records kept between requests, frozen, with their JSON text: a list page nobody
 * changed is answered by joining texts already serialised (http/json-text.ts), where building and
 * serialising twenty contacts again was a fifth of the request's time (README "Performance").
 *
 * A cached view stays only while the state stamp (workspace/writes.ts) stands still: every change to any
 * workspace's state moves it, through the same helpers that make writes undoable, and the cache empties.
 * One stamp for every workspace keeps the rule simple enough to trust; another workspace's write costs
 * a miss, never a stale answer. Records are objects of one workspace, so a key never reaches another's.
 *
 * Cache only views that are functions of stored state alone (not of the clock, the request or a random
 * draw), and never change a view taken from here: it is frozen.
 */
import { freezeWithText } from '../http/json-text.js';
import { currentStateStamp } from '../workspace/writes.js';

/** Views kept at most, over all kinds and workspaces: about 1.5 KB each for a contact. */
const MAX_CACHED_VIEWS = 4096;

/** A view builder's cache: record → its view. */
type Views = Map<object, object>;

/** Caches by view builder (a process-wide memo; see the module comment for why it cannot go stale). */
const cachesByKind = new Map<string, Views>();
let cachedAtStamp = -1;

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
  if (cachedCount() >= MAX_CACHED_VIEWS) emptyAll();
  views.set(record, view);
  return view;
}

function viewsOf(kind: string): Views {
  const stamp = currentStateStamp();
  if (stamp !== cachedAtStamp) {
    emptyAll();
    cachedAtStamp = stamp;
  }
  let views = cachesByKind.get(kind);
  if (!views) cachesByKind.set(kind, (views = new Map()));
  return views;
}

function emptyAll(): void {
  for (const views of cachesByKind.values()) views.clear();
}

/** Views kept over all kinds (a handful of kinds, so counting is cheap). */
function cachedCount(): number {
  let count = 0;
  for (const views of cachesByKind.values()) count += views.size;
  return count;
}
