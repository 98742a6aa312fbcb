/**
 * One sendbox per data file. The lock is a file beside the data file (`NAME.lock`) holding the owner's pid,
 * host and start time. It is created whole or not at all (written under a unique name, then hard-linked
 * to the lock name, which fails if a lock exists), so a reader never sees half a lock. A lock whose pid no
 * longer runs on this host is stale (its owner was killed) and is taken over; any other lock stops
 * start-up with a message naming the process that holds it.
 */
import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { DataFileError } from './store-file.js';
import { errnoCode, errorMessage } from '../guards.js';

export interface LockOwner {
  pid: number;
  host: string;
  started_at: string;
}

export interface StoreLock {
  readonly path: string;
  /** Set when the lock of a process that no longer runs was taken over. */
  readonly tookOverFrom?: LockOwner;
  release(): void;
}

export function lockDataFile(dataFile: string): StoreLock {
  const path = `${dataFile}.lock`;
  const me: LockOwner = { pid: process.pid, host: hostname(), started_at: new Date().toISOString() };
  let tookOverFrom: LockOwner | undefined;
  // Two rounds: the second follows the removal of a stale lock.
  for (let round = 0; round < 2; round++) {
    if (tryCreate(path, me)) return held(path, me, tookOverFrom);
    const { owner, text } = readOwner(path);
    if (owner && (owner.host !== me.host || isRunning(owner.pid))) throw lockedBy(dataFile, path, owner);
    if (!owner && text === undefined) continue; // removed meanwhile: try again
    tookOverFrom = owner ?? { pid: 0, host: '', started_at: '' };
    removeIfUnchanged(path, text);
  }
  throw new DataFileError(`${dataFile}: cannot take the lock ${path}; another sendbox is starting on the same data file`);
}

function held(path: string, me: LockOwner, tookOverFrom: LockOwner | undefined): StoreLock {
  let released = false;
  return {
    path,
    tookOverFrom,
    release() {
      if (released) return;
      released = true;
      // Only our own lock is removed (a lock of another process would mean ours was taken from us).
      const { owner } = readOwner(path);
      if (owner?.pid !== me.pid || owner.started_at !== me.started_at) return;
      try {
        unlinkSync(path);
      } catch {
        // The folder refuses it (read-only): the lock names a process that is about to end, so the next
        // start takes it over as stale.
      }
    },
  };
}

function tryCreate(path: string, me: LockOwner): boolean {
  const draft = `${path}.${me.pid}.${Math.round(performance.now() * 1000)}`;
  try {
    writeFileSync(draft, JSON.stringify(me) + '\n');
    linkSync(draft, path);
    return true;
  } catch (e) {
    if (errnoCode(e) === 'EEXIST') return false;
    throw new DataFileError(`cannot create the lock ${path} (${errorMessage(e)})`);
  } finally {
    try {
      unlinkSync(draft);
    } catch {
      // Never written (the folder refused it).
    }
  }
}

/** The owner a lock names: a pid and host (started_at is only shown and compared, so it is not checked). */
function isLockOwner(value: unknown): value is LockOwner {
  return typeof value === 'object' && value !== null && 'pid' in value && Number.isInteger(value.pid) && 'host' in value && typeof value.host === 'string';
}

function readOwner(path: string): { owner?: LockOwner; text?: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return {};
  }
  try {
    const owner: unknown = JSON.parse(text);
    if (isLockOwner(owner)) return { owner, text };
  } catch {
    // Not a lock this program wrote: treated as stale, like a lock of a dead process.
  }
  return { text };
}

/** Whether a process with this pid runs; EPERM means it runs under another user. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errnoCode(e) === 'EPERM';
  }
}

/** Removes a stale lock unless another starting process replaced it a moment ago. */
function removeIfUnchanged(path: string, text: string | undefined): void {
  if (readOwner(path).text !== text) return;
  try {
    unlinkSync(path);
  } catch {
    // Already gone: another starting process removed it first.
  }
}

function lockedBy(dataFile: string, lockPath: string, owner: LockOwner): DataFileError {
  const who = owner.pid === process.pid && owner.host === hostname() ? `another sandbox of this process (pid ${owner.pid})` : `another sendbox (pid ${owner.pid} on ${owner.host}, started ${owner.started_at})`;
  return new DataFileError(
    `${dataFile} is in use by ${who}; stop it or choose another --data-file. If that process is not a sendbox, delete ${lockPath}.`,
  );
}
