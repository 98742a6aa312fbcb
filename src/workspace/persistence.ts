/**
 * `--data-file PATH`: every workspace kept across restarts in one JSON file through lowdb. Writes are
 * batched behind the request path (at most one write per interval, and only after a change), and lowdb's
 * file adapter writes a temporary file and renames it, so a kill -9 leaves the old file or the new one,
 * never a torn one. A file that is not JSON or not a sendbox data file stops start-up with a clear error.
 */
import { existsSync } from 'node:fs';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { ApiError } from '../http/errors.js';
import { exportWorkspace, importWorkspace, type WorkspaceSnapshot } from './snapshot.js';
import type { WorkspaceRegistry } from './registry.js';

export const STORE_FORMAT = 'sendbox-store';
export const STORE_VERSION = 1;

export interface StoreFile {
  format: typeof STORE_FORMAT;
  version: typeof STORE_VERSION;
  saved_at: string;
  workspaces: Record<string, WorkspaceSnapshot>;
}

export interface PersistentStore {
  /** Something changed: the next flush writes. */
  touch(): void;
  flush(): Promise<void>;
  close(): Promise<void>;
}

export class DataFileError extends Error {
  override readonly name = 'DataFileError';
}

export async function openStore(path: string, registry: WorkspaceRegistry, flushEveryMs = 1000): Promise<PersistentStore> {
  const db = new Low<StoreFile | null>(new JSONFile<StoreFile | null>(path), null);
  if (existsSync(path)) await load(db, path, registry);
  let dirty = false;
  let writing: Promise<void> = Promise.resolve();

  async function flush(): Promise<void> {
    if (!dirty) return writing;
    dirty = false;
    const workspaces: Record<string, WorkspaceSnapshot> = {};
    for (const id of registry.ids()) workspaces[id] = exportWorkspace(registry.get(id)!);
    db.data = { format: STORE_FORMAT, version: STORE_VERSION, saved_at: new Date().toISOString(), workspaces };
    // Writes are chained so two flushes never interleave on the same file.
    writing = writing.then(() => db.write());
    return writing;
  }

  const timer = setInterval(() => void flush().catch(err => process.stderr.write(`sendbox: cannot write ${path}: ${String(err)}\n`)), flushEveryMs);
  timer.unref();
  return {
    touch: () => {
      dirty = true;
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}

async function load(db: Low<StoreFile | null>, path: string, registry: WorkspaceRegistry): Promise<void> {
  try {
    await db.read();
  } catch (e) {
    throw new DataFileError(`${path} is not readable as JSON (${(e as Error).message}); refusing to start with an empty sandbox over it`);
  }
  const data = db.data as Partial<StoreFile> | null;
  if (!data || data.format !== STORE_FORMAT || data.version !== STORE_VERSION || typeof data.workspaces !== 'object' || !data.workspaces) {
    throw new DataFileError(`${path} is not a sendbox data file (expected format "${STORE_FORMAT}" version ${STORE_VERSION}); refusing to overwrite it`);
  }
  for (const [id, snapshot] of Object.entries(data.workspaces)) {
    try {
      importWorkspace(registry.ensure(id), snapshot);
    } catch (e) {
      const detail = e instanceof ApiError ? e.message : String(e);
      throw new DataFileError(`${path}: workspace "${id}" cannot be restored: ${detail}`);
    }
  }
}
