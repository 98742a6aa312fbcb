/**
 * Which workspace a key opens. Keys listed at start-up open their own workspace; a key of the form
 * `test_<name>` (SuperSend), `sk_test_<name>` (secret-key API) or `pk_test_<name>` (its public twin)
 * opens a fresh workspace for `<name>` on first use, seeded like the default one, so parallel CI jobs
 * each get an isolated world without coordination. Such workspaces are bounded in number and idle time.
 *
 * Looking a key up has no side effect: a workspace is opened (and may push out the least recently used
 * one) only by `workspaceOf`, which the request chain calls once the key has authenticated for the API
 * it called, so a key that is refused can neither create a workspace nor evict anyone's.
 */
import type { ApiKey, KeyKind, KeyRing } from '../http/auth.js';
import { systemTime } from './clock.js';
import { createWorkspace, type Workspace, type WorkspacePools } from './workspace.js';

export interface RegistryOptions {
  seed: string;
  keys: readonly ApiKey[];
  /** Fills a new workspace with its starting data. */
  populate: (ws: Workspace) => void;
  processingLatencyMs?: number;
  journalCapacity?: number;
  /** Bounds shared by every workspace (queued work, journal bytes). */
  pools?: WorkspacePools;
  /** At most this many on-demand (`test_…`) workspaces; the least recently used goes first. */
  maxTestWorkspaces?: number;
  /** On-demand workspaces unused for this long are dropped (ms). */
  testWorkspaceIdleMs?: number;
}

export interface WorkspaceRegistry extends KeyRing {
  get(id: string): Workspace | undefined;
  /** The workspace of an authenticated key, opened on first use; counts as a use of it. */
  workspaceOf(key: ApiKey): Workspace;
  /** Replaces a workspace with a fresh one from its seed (state, clock, jobs, journal). */
  reset(id: string): Workspace;
  /**
   * The workspace with this id, opened from the seed if it is not open (restoring a data file). Counts as
   * a use, so restoring more on-demand workspaces than the cap keeps the ones ensured last.
   */
  ensure(id: string): Workspace;
  /** Ids of the open workspaces: the configured ones, then on-demand ones from least to most recently used. */
  ids(): string[];
  readonly size: number;
}

const TEST_KEY = /^(test|sk_test|pk_test)_([A-Za-z0-9._:-]{1,128})$/;
const KIND_BY_PREFIX: Record<string, KeyKind> = { test: 'supersend', sk_test: 'secret', pk_test: 'public' };

/**
 * A workspace that was reset or dropped: its journal empties now, so the memory it held (previews,
 * bytes counted against the journals' total) goes with it rather than when the pool next runs short.
 */
function retire(ws: Workspace): void {
  ws.journal.clear();
}

export function createWorkspaceRegistry(options: RegistryOptions): WorkspaceRegistry {
  const maxTest = options.maxTestWorkspaces ?? 1000;
  const idleMs = options.testWorkspaceIdleMs ?? 6 * 60 * 60 * 1000;
  const staticKeys = new Map(options.keys.map(k => [k.key, k]));
  /** Workspaces of the configured keys: never dropped, never counted against the cap. */
  const staticIds = new Set(['default', ...options.keys.map(k => k.workspaceId)]);
  const workspaces = new Map<string, Workspace>();
  /** On-demand workspaces by id, in least-recently-used order (Map keeps insertion order). */
  const lastUse = new Map<string, number>();

  const open = (id: string) => {
    const ws = createWorkspace({ id, seed: options.seed, processingLatencyMs: options.processingLatencyMs, journalCapacity: options.journalCapacity, pools: options.pools });
    options.populate(ws);
    const replaced = workspaces.get(id);
    workspaces.set(id, ws);
    if (replaced) retire(replaced);
    return ws;
  };
  for (const id of staticIds) open(id);

  /** Marks an on-demand workspace used now, dropping the least recently used beyond the cap and the idle ones. */
  function touch(id: string): void {
    if (staticIds.has(id)) return;
    const now = systemTime();
    lastUse.delete(id);
    lastUse.set(id, now);
    for (const [oldest, at] of lastUse) {
      // Oldest first; the one just used is last and always stays.
      if (oldest === id || (lastUse.size <= maxTest && now - at < idleMs)) break;
      lastUse.delete(oldest);
      const dropped = workspaces.get(oldest);
      workspaces.delete(oldest);
      if (dropped) retire(dropped);
    }
  }

  /** The workspace with this id, opened if needed, as just used. */
  function use(id: string): Workspace {
    const ws = workspaces.get(id) ?? open(id);
    touch(id);
    return ws;
  }

  return {
    lookup: key => staticKeys.get(key) ?? testKey(key),
    get: id => workspaces.get(id),
    workspaceOf: key => use(key.workspaceId),
    reset: id => {
      const ws = open(id);
      touch(id);
      return ws;
    },
    ensure: use,
    ids: () => [...staticIds, ...lastUse.keys()].filter(id => workspaces.has(id)),
    get size() {
      return workspaces.size;
    },
  };
}

/** What a `test_…` key stands for; opens nothing. */
function testKey(key: string): ApiKey | undefined {
  const m = TEST_KEY.exec(key);
  return m ? { key, kind: KIND_BY_PREFIX[m[1]], workspaceId: `test:${m[2]}` } : undefined;
}
