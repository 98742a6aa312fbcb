/**
 * `--data-file PATH`: every workspace kept across restarts in one JSON file (lowdb, with the streamed
 * adapter of store-file.ts), locked to one sendbox at a time (store-lock.ts).
 *
 * Saving runs behind the request path, at most once per interval (1 s) and only after a change. The
 * request chain marks the workspace it changed (`touch`); a save serialises only those workspaces, one at
 * a time with a turn of the event loop between them, keeps every other workspace's text from its last
 * save, and writes the file as a stream. So a save costs about one workspace's serialisation of event-loop
 * time at once, however many workspaces there are.
 *
 * A save never stops for good: a workspace that cannot be serialised keeps its last saved state in the
 * file and the others are saved; a write that fails (disk full, folder not writable) leaves the old file
 * and is tried again each interval until it works. Each failure is logged once with its cause, shows in
 * `status()` (GET /v2/health `degraded`, GET /__sandbox/persistence), and clears by itself.
 *
 * With `sync: 'always'` a write request is answered only once its workspace is on disk (`committed`):
 * concurrent requests share one save (group commit).
 */
import { Low } from 'lowdb';
import { ApiError } from '../http/errors.js';
import { exportWorkspace, importWorkspace } from './snapshot.js';
import type { WorkspaceRegistry } from './registry.js';
import type { Workspace } from './workspace.js';
import {
  DataFileError, serialiseSnapshot, StreamedStoreFile, type LoadedWorkspace, type SerialisedWorkspace, type StoreContent,
  type StoreFileSystem,
} from './store-file.js';
import { lockDataFile } from './store-lock.js';
import { errnoCode } from '../guards.js';

export { DataFileError, STORE_FORMAT, STORE_VERSION, type StoreFileSystem } from './store-file.js';

/** `batch`: saved within the interval (the default). `always`: a write is answered once it is on disk. */
export type DataSync = 'batch' | 'always';
export const DATA_SYNC_MODES: readonly DataSync[] = ['batch', 'always'];

export interface StoreOptions {
  registry: WorkspaceRegistry;
  sync?: DataSync;
  /** Interval between saves, and between retries of a failed one (ms, default 1000). */
  saveEveryMs?: number;
  /** The file system the data file is written through (tests inject failures). */
  fileSystem?: StoreFileSystem;
  /** Where failures and recoveries are reported (default: stderr). */
  log?: (line: string) => void;
}

export interface PersistenceStatus {
  data_file: string;
  sync: DataSync;
  status: 'ok' | 'degraded';
  /** Why saving is degraded, without paths or workspace ids (it is shown on the unauthenticated health check). */
  reason: string | null;
  /** Wall-clock time of the last successful save. */
  last_saved_at: string | null;
  last_save_ms: number | null;
  last_error: { at: string; message: string; code: string | null } | null;
  /** Writes that failed in a row (0 once one works). */
  failed_saves: number;
  /** Open workspaces whose latest state is not on disk yet (plus dropped ones still in the file). */
  pending_workspaces: number;
  /** Workspaces that cannot be serialised, with the cause. */
  unsaveable: ReadonlyMap<string, string>;
}

export interface PersistentStore {
  /** The workspace changed: the next save writes it. */
  touch(ws: Workspace): void;
  /**
   * Resolves once the workspace's latest change is on disk (`sync: 'always'`), at once otherwise; rejects
   * with a 503 ApiError when that save fails.
   */
  committed(ws: Workspace): Promise<void>;
  status(): PersistenceStatus;
  /** Whether this workspace's latest state is on disk, and why not if it cannot be saved. */
  workspaceStatus(ws: Workspace): { pending: boolean; error: string | null };
  /** Stops the timer, makes a final attempt, reports on the log what could not be saved; never rejects. */
  close(): Promise<void>;
}

/** One workspace as last serialised. */
interface Entry {
  ws: Workspace;
  stored: SerialisedWorkspace;
  /** The change count the text reflects, and the one last written to disk. */
  serialisedSeq: number;
  diskSeq: number;
}

interface Waiter {
  id: string;
  seq: number;
  resolve: () => void;
  reject: (e: ApiError) => void;
}

export async function openStore(path: string, options: StoreOptions): Promise<PersistentStore> {
  const { registry } = options;
  const sync = options.sync ?? 'batch';
  const log = options.log ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const lock = lockDataFile(path);
  const file = new StreamedStoreFile(path, options.fileSystem);
  const db = new Low<StoreContent>(file, null);
  const entries = new Map<string, Entry>();
  const changes = new Map<string, number>();
  let onDisk = new Set<string>();
  try {
    if (lock.tookOverFrom) log(`sendbox: took over the lock of ${path} from pid ${lock.tookOverFrom.pid}, which no longer runs`);
    await file.removeLeftovers();
    await db.read();
    if (Array.isArray(db.data)) onDisk = restore(path, registry, db.data, entries);
  } catch (e) {
    lock.release();
    throw e;
  }
  db.data = null;

  const unsaveable = new Map<string, string>();
  let writeError: PersistenceStatus['last_error'] = null;
  let failedSaves = 0;
  let loggedWriteCause: string | null = null;
  let lastSavedAt: string | null = null;
  let lastSaveMs: number | null = null;
  let waiters: Waiter[] = [];

  const seqOf = (id: string) => changes.get(id) ?? 0;
  const needsSerialising = (id: string, ws: Workspace) => {
    const entry = entries.get(id);
    return !entry || entry.ws !== ws || entry.serialisedSeq !== seqOf(id);
  };
  const isPending = (id: string, ws: Workspace) => needsSerialising(id, ws) || entries.get(id)!.diskSeq !== entries.get(id)!.serialisedSeq;

  function pendingCount(): number {
    let pending = 0;
    const open = registry.ids();
    for (const id of open) {
      const ws = registry.get(id);
      if (ws && isPending(id, ws)) pending++;
    }
    const openIds = new Set(open);
    for (const id of onDisk) if (!openIds.has(id)) pending++;
    return pending;
  }

  /** Serialises one workspace into its entry; a failure leaves the last good text in place. */
  function serialise(id: string, ws: Workspace): void {
    const seq = seqOf(id);
    try {
      const stored = serialiseSnapshot(exportWorkspace(ws));
      const previous = entries.get(id);
      entries.set(id, { ws, stored, serialisedSeq: seq, diskSeq: previous?.ws === ws ? previous.diskSeq : -1 });
      if (unsaveable.delete(id)) log(`sendbox: workspace "${id}" can be saved again`);
    } catch (e) {
      const cause = describe(e);
      if (unsaveable.get(id) !== cause) {
        const kept = entries.has(id) ? 'its last saved state stays in the file' : 'it is not in the file';
        log(`sendbox: workspace "${id}" cannot be saved (${cause}); ${kept}; the other workspaces are saved`);
      }
      unsaveable.set(id, cause);
      settle(w => w.id === id, () => notSaved(`workspace state cannot be serialised (${cause})`));
    }
  }

  async function saveOnce(): Promise<void> {
    const began = performance.now();
    for (const id of registry.ids()) {
      const ws = registry.get(id);
      if (!ws || !needsSerialising(id, ws)) continue;
      serialise(id, ws);
      // One workspace's serialisation at a time; requests are answered in between.
      await new Promise(resolve => setImmediate(resolve));
    }
    const open = registry.ids();
    const openIds = new Set(open);
    for (const id of [...entries.keys()]) if (!openIds.has(id)) entries.delete(id);
    for (const id of [...unsaveable.keys()]) if (!openIds.has(id)) unsaveable.delete(id);
    for (const id of [...changes.keys()]) if (!openIds.has(id)) changes.delete(id);
    // A workspace dropped meanwhile has nothing left to save.
    settle(w => !openIds.has(w.id), () => undefined);
    const written = open.flatMap(id => {
      const entry = entries.get(id);
      return entry ? [{ id, entry, seq: entry.serialisedSeq }] : [];
    });
    const fileChanged = writeError !== null || written.some(w => w.entry.diskSeq !== w.seq) || written.length !== onDisk.size || written.some(w => !onDisk.has(w.id));
    if (!fileChanged) return;
    try {
      db.data = {
        saved_at: new Date().toISOString(),
        workspaces: written.map(w => ({ id: w.id, stored: w.entry.stored, clock: { now: w.entry.ws.clock.isoNow(), frozen: w.entry.ws.clock.frozen } })),
      };
      await db.write();
    } catch (e) {
      writeFailed(e, written);
      return;
    } finally {
      db.data = null;
    }
    for (const w of written) w.entry.diskSeq = w.seq;
    onDisk = new Set(written.map(w => w.id));
    lastSavedAt = new Date().toISOString();
    lastSaveMs = Math.round((performance.now() - began) * 10) / 10;
    writeError = null;
    failedSaves = 0;
    if (loggedWriteCause !== null) log(`sendbox: saving ${path} works again`);
    loggedWriteCause = null;
    settle(w => (entries.get(w.id)?.diskSeq ?? -1) >= w.seq, () => undefined);
  }

  function writeFailed(e: unknown, written: { id: string; seq: number }[]): void {
    const code = errnoCode(e) ?? null;
    const message = describe(e);
    writeError = { at: new Date().toISOString(), message, code };
    failedSaves++;
    // The same cause is logged once; Node's message names each attempt's own temp file, so it is left out.
    if (loggedWriteCause !== shortCause(message)) {
      log(`sendbox: cannot save ${path}: ${message}; the previous file is kept and saving is tried again every ${saveEveryMs / 1000} s`);
      loggedWriteCause = shortCause(message);
    }
    const attempted = new Map(written.map(w => [w.id, w.seq]));
    settle(w => (attempted.get(w.id) ?? -1) >= w.seq, () => notSaved(`the data file cannot be written (${shortCause(message)})`));
  }

  /** Resolves (or rejects, when `failure` gives an error) the waiters `match` picks. */
  function settle(match: (w: Waiter) => boolean, failure: () => ApiError | undefined): void {
    if (waiters.length === 0) return;
    const rest: Waiter[] = [];
    for (const w of waiters) {
      if (!match(w)) rest.push(w);
      else {
        const error = failure();
        if (error) w.reject(error);
        else w.resolve();
      }
    }
    waiters = rest;
  }

  // Saves run one at a time; a request for a save while one runs makes one more run after it.
  let running: Promise<void> | null = null;
  let again = false;
  function kick(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await saveOnce().catch(e => log(`sendbox: unexpected failure while saving ${path}: ${describe(e)}`));
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  const saveEveryMs = options.saveEveryMs ?? 1000;
  const timer = setInterval(() => {
    if (writeError !== null || pendingCount() > 0) void kick();
  }, saveEveryMs);
  timer.unref();
  let closed = false;

  return {
    touch(ws) {
      changes.set(ws.id, seqOf(ws.id) + 1);
    },
    committed(ws) {
      if (sync !== 'always' || closed) return Promise.resolve();
      changes.set(ws.id, seqOf(ws.id) + 1);
      const done = new Promise<void>((resolve, reject) => waiters.push({ id: ws.id, seq: seqOf(ws.id), resolve, reject }));
      void kick();
      return done;
    },
    status() {
      const reasons = [
        ...(writeError ? [`saving to the data file fails (${shortCause(writeError.message)})`] : []),
        ...(unsaveable.size ? [`${unsaveable.size} workspace${unsaveable.size === 1 ? '' : 's'} cannot be serialised`] : []),
      ];
      return {
        data_file: path,
        sync,
        status: reasons.length ? 'degraded' : 'ok',
        reason: reasons.length ? reasons.join('; ') : null,
        last_saved_at: lastSavedAt,
        last_save_ms: lastSaveMs,
        last_error: writeError,
        failed_saves: failedSaves,
        pending_workspaces: pendingCount(),
        unsaveable,
      };
    },
    workspaceStatus(ws) {
      return { pending: isPending(ws.id, ws), error: unsaveable.get(ws.id) ?? null };
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      await running;
      again = false;
      await kick();
      reportUnsaved();
      lock.release();
    },
  };

  /** The last word on shutdown: which workspaces' latest state is not in the file. */
  function reportUnsaved(): void {
    const lost = registry.ids().filter(id => {
      const ws = registry.get(id);
      return ws !== undefined && isPending(id, ws);
    });
    if (lost.length === 0 && !writeError) return;
    const names = lost.slice(0, 20).map(id => `"${id}"${unsaveable.has(id) ? ` (${unsaveable.get(id)})` : ''}`).join(', ');
    const more = lost.length > 20 ? ` and ${lost.length - 20} more` : '';
    const cause = writeError ? `: ${writeError.message}` : '';
    log(`sendbox: shutting down without saving everything to ${path}${cause}; latest changes not saved for ${lost.length} workspace${lost.length === 1 ? '' : 's'}${lost.length ? `: ${names}${more}` : ''}`);
  }
}

/** Imports every workspace of the file; the file's text of each becomes its saved entry. */
function restore(path: string, registry: WorkspaceRegistry, loaded: LoadedWorkspace[], entries: Map<string, Entry>): Set<string> {
  for (const { id, snapshot } of loaded) {
    try {
      importWorkspace(registry.ensure(id), snapshot);
    } catch (e) {
      const detail = e instanceof ApiError ? e.message : String(e);
      throw new DataFileError(`${path}: workspace "${id}" cannot be restored: ${detail}`);
    }
  }
  // Restoring may drop workspaces again (the registry's limits); only those still open have an entry.
  for (const { id, stored } of loaded) {
    const ws = registry.get(id);
    if (ws) entries.set(id, { ws, stored, serialisedSeq: 0, diskSeq: 0 });
  }
  return new Set(loaded.map(l => l.id));
}

function notSaved(cause: string): ApiError {
  return new ApiError(503, 'data_not_saved', `The change was applied but is not on disk yet: ${cause}. It is saved as soon as saving works again.`, {
    type: 'api_error',
    skCode: 'SERVICE_UNAVAILABLE',
  });
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}` : String(e);
}

/** An error message without the path Node appends (`EACCES: permission denied, open '/x'` → `EACCES: permission denied`). */
function shortCause(message: string): string {
  const comma = message.indexOf(', ');
  return comma === -1 ? message : message.slice(0, comma);
}
