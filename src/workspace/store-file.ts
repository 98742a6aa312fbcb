/**
 * The data file itself, as a lowdb adapter. lowdb's `Low` holds what the file should contain; this
 * adapter reads it at start-up and writes it on each save.
 *
 * The store keeps every workspace's snapshot already serialised and UTF-8 encoded (only changed workspaces
 * are serialised again), so a write is a stream of ready-made bytes: about 1 MB per write to a temporary file of this
 * process's own (`.NAME.<pid>.<n>.tmp` beside the data file), which is fsynced and renamed over the data
 * file, then the folder is fsynced. A failed write removes its temporary file and leaves the old data file
 * as it was. The file system is injectable so tests can make a write fail (ENOSPC) without filling a disk.
 */
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { errnoCode, errorMessage, isRecord } from '../guards.js';

export const STORE_FORMAT = 'sendbox-store';
export const STORE_VERSION = 1;

/**
 * One workspace as the file holds it: its snapshot without `exported_at` and `clock`, as UTF-8 JSON
 * without the opening brace. Kept encoded, so a save copies bytes instead of encoding the whole file
 * again (encoding tens of MB of text on each save was the largest stall of the event loop).
 */
export interface SerialisedWorkspace {
  fields: Buffer;
}

/** What the data file holds; `clock` and `exported_at` of each workspace are read fresh on each write. */
export interface StoreImage {
  saved_at: string;
  workspaces: ReadonlyArray<{ id: string; stored: SerialisedWorkspace; clock: { now: string; frozen: boolean } }>;
}

/** A workspace as read from the file: parsed to import, and encoded to write it again unchanged. */
export interface LoadedWorkspace {
  id: string;
  snapshot: unknown;
  stored: SerialisedWorkspace;
}

/** The part of a file system the data file needs; Node's `fs/promises` by default. */
export interface StoreFileSystem {
  readFile(path: string): Promise<string>;
  open(path: string, flags: string): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
}

export interface WritableFile {
  writev(buffers: Buffer[]): Promise<unknown>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export const nodeFileSystem: StoreFileSystem = {
  readFile: path => fsp.readFile(path, 'utf8'),
  open: (path, flags) => fsp.open(path, flags),
  rename: (from, to) => fsp.rename(from, to),
  unlink: path => fsp.unlink(path),
  readdir: path => fsp.readdir(path),
};

export class DataFileError extends Error {
  override readonly name = 'DataFileError';
}

/** What the adapter reads: the workspaces of the file, or null when there is no file yet. */
export type StoreContent = StoreImage | LoadedWorkspace[] | null;

const CHUNK_BYTES = 1 << 20;

/**
 * The lowdb adapter of the data file. `read` gives the file's workspaces (parsed, and encoded as a save
 * writes them), `write` takes a StoreImage; the two shapes differ because the encoded form is what a save reuses.
 */
export class StreamedStoreFile implements Adapter<StoreContent> {
  private temps = 0;

  constructor(
    readonly path: string,
    private readonly fs: StoreFileSystem = nodeFileSystem,
  ) {}

  async read(): Promise<LoadedWorkspace[] | null> {
    let text: string;
    try {
      text = await this.fs.readFile(this.path);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return null;
      throw new DataFileError(`${this.path} cannot be read (${errorMessage(e)})`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new DataFileError(`${this.path} is not readable as JSON (${errorMessage(e)}); refusing to start with an empty sandbox over it`);
    }
    return loadedWorkspaces(this.path, data);
  }

  async write(content: StoreContent): Promise<void> {
    // Low only ever holds a StoreImage when it writes; the other shapes are what `read` returns.
    if (!content || Array.isArray(content)) throw new Error('the data file is written from a StoreImage');
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.${++this.temps}.tmp`);
    try {
      await this.writeTemp(temp, content);
      await this.fs.rename(temp, this.path);
    } catch (e) {
      await this.fs.unlink(temp).catch(() => undefined);
      throw e;
    }
    await syncFolder(dirname(this.path));
  }

  /** Temporary files of earlier runs (killed mid-write); the caller holds the lock, so none is in use. */
  async removeLeftovers(): Promise<string[]> {
    const prefix = `.${basename(this.path)}.`;
    const names = await this.fs.readdir(dirname(this.path)).catch(() => [] as string[]);
    const leftovers = names.filter(n => n.startsWith(prefix) && /^(\d+\.\d+\.)?tmp$/.test(n.slice(prefix.length)));
    for (const name of leftovers) await this.fs.unlink(join(dirname(this.path), name)).catch(() => undefined);
    return leftovers;
  }

  private async writeTemp(temp: string, image: StoreImage): Promise<void> {
    const file = await this.fs.open(temp, 'w');
    try {
      let pending: Buffer[] = [Buffer.from(`{"format":${JSON.stringify(STORE_FORMAT)},"version":${STORE_VERSION},"saved_at":${JSON.stringify(image.saved_at)},"workspaces":{`)];
      let bytes = 0;
      for (const [i, w] of image.workspaces.entries()) {
        const head = Buffer.from(`${i ? ',' : ''}\n${JSON.stringify(w.id)}:{"exported_at":${JSON.stringify(w.clock.now)},"clock":${JSON.stringify(w.clock)},`);
        pending.push(head, w.stored.fields);
        bytes += head.length + w.stored.fields.length;
        if (bytes < CHUNK_BYTES) continue;
        // About 1 MB per write: memory stays flat and the event loop is free while the bytes go out.
        await file.writev(pending);
        pending = [];
        bytes = 0;
      }
      pending.push(Buffer.from('\n}}\n'));
      await file.writev(pending);
      await file.sync();
    } finally {
      await file.close();
    }
  }
}

/** The snapshot of a workspace, split into what is stored as text and what is read fresh on each write. */
export function serialiseSnapshot(snapshot: { exported_at?: unknown; clock?: unknown }): SerialisedWorkspace {
  const { exported_at: _exportedAt, clock: _clock, ...rest } = snapshot;
  const body = JSON.stringify(rest);
  // The snapshot always has its format, version and workspace fields, so the body is never `{}`.
  if (body.length < 3) throw new Error('a workspace snapshot without fields');
  return { fields: Buffer.from(body.slice(1)) };
}

function loadedWorkspaces(path: string, data: unknown): LoadedWorkspace[] {
  if (!isRecord(data) || data.format !== STORE_FORMAT || data.version !== STORE_VERSION || !isRecord(data.workspaces)) {
    throw new DataFileError(`${path} is not a sendbox data file (expected format "${STORE_FORMAT}" version ${STORE_VERSION}); refusing to overwrite it`);
  }
  return Object.entries(data.workspaces).map(([id, snapshot]) => {
    if (!snapshot || typeof snapshot !== 'object') throw new DataFileError(`${path}: workspace "${id}" is not a snapshot object`);
    return { id, snapshot, stored: serialiseSnapshot(snapshot) };
  });
}

/** Makes the rename itself durable; some platforms cannot open a folder for syncing, and lose nothing by skipping it. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await fsp.open(folder, constants.O_RDONLY).catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close().catch(() => undefined);
}
