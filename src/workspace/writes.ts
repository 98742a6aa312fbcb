/**
 * Writes apply whole or not at all, by an undo log. Each handler runs inside a write of its workspace
 * (WorkspaceWrites.apply); while a write is open, the state's stores record how to undo each change
 * before they make it: LoggedMap and LoggedSet log the entry they replace or remove, appendLogged logs
 * the push, and beforeChange(record) keeps a copy of a record that is about to be changed in place. A
 * write that commits drops its log; one that throws (or whose answer cannot be rendered) runs the log
 * backwards, so the workspace is exactly as before. Logging costs O(1) per change, never O(workspace).
 *
 * The open write is found through AsyncLocalStorage, so stores need no reference to it and changes made
 * outside any write (seeding, building an import) are not logged at all. Writes of one workspace run one
 * at a time, so a write that rolls back never undoes another one's changes.
 *
 * Queued work (scheduler tasks) runs as its own unit (WorkspaceWrites.detached): it applies whole or not
 * at all by itself and is kept once run, whatever the request it ran ahead of does.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

type Undo = () => void;

/** Thrown by the test hook (WorkspaceWrites.failNextWriteAfter). */
export class InjectedWriteFault extends Error {
  constructor(readonly afterChanges: number) {
    super(`Injected fault after ${afterChanges} change(s)`);
  }
}

/**
 * Moves on with every change to the state of any workspace, logged or not, and with every undo: what
 * was derived from state at one stamp (a cached view, view-cache.ts) is still true while the stamp is
 * the same. Process-wide rather than per workspace because the helpers below do not know the workspace.
 */
let stateStamp = 0;

/** The stamp of the state as it stands (see stateStamp). */
export function currentStateStamp(): number {
  return stateStamp;
}

/** One open write: the undo log of the changes made so far. */
class Write {
  private readonly undos: Undo[] = [];
  /** Records copied (beforeChange) and collections whose order was kept, once each per write. */
  private readonly seen = new Set<object>();
  private closed = false;
  /** Whether any change was announced within this write (see stateStamp). */
  changed = false;
  private fault: InjectedWriteFault | undefined;

  constructor(private readonly failAfter: number | undefined) {}

  /** Logs how to undo the change about to be made (the hook may refuse it first). */
  record(undo: Undo): void {
    if (this.closed) return;
    if (this.failAfter !== undefined && this.undos.length >= this.failAfter) {
      this.fault ??= new InjectedWriteFault(this.failAfter);
      throw this.fault;
    }
    this.undos.push(undo);
  }

  /** True the first time `target` is passed within this write. */
  firstTime(target: object): boolean {
    if (this.closed || this.seen.has(target)) return false;
    this.seen.add(target);
    return true;
  }

  /** Keeps the changes; a write the test hook failed is rolled back even if the handler caught the fault. */
  commit(): void {
    if (this.fault) {
      this.rollback();
      throw this.fault;
    }
    this.close();
  }

  rollback(): void {
    if (this.closed) return;
    for (let i = this.undos.length - 1; i >= 0; i--) this.undos[i]();
    this.close();
  }

  private close(): void {
    // Again at the close: a handler may change a record some awaits after beforeChange() announced it.
    if (this.changed) stateStamp++;
    this.closed = true;
    this.undos.length = 0;
    this.seen.clear();
  }
}

const openWrite = new AsyncLocalStorage<Write | undefined>();

/** Every change to state comes through here: it moves the stamp and finds the write to log it in. */
function changing(): Write | undefined {
  stateStamp++;
  const write = openWrite.getStore();
  if (write) write.changed = true;
  return write;
}

/** Logs how to undo a change to the state, when a write is open (stores call this before changing). */
export function recordUndo(undo: Undo): void {
  changing()?.record(undo);
}

/** Runs `fn` without logging (building state that is not live yet, e.g. an import before its commit). */
export function unlogged<T>(fn: () => T): T {
  return openWrite.run(undefined, fn);
}

/** Replaces every field of `target` with those of `fresh` (a store rebuilt by an import), undoably. */
export function swapInPlace<T extends object>(target: T, fresh: T): void {
  const previous = { ...target };
  recordUndo(() => Object.assign(target, previous));
  Object.assign(target, fresh);
}

/**
 * Keeps a copy of `record` (and of the objects and arrays it holds directly) to restore it in place if
 * the write rolls back. Call it before changing a stored record's fields; code that changes deeper
 * nesting must replace the nested value instead. Answers the record.
 */
export function beforeChange<T extends object>(record: T): T {
  const write = changing();
  if (!write?.firstTime(record)) return record;
  const copy = copyRecord(record);
  write.record(() => restoreRecord(record, copy));
  return record;
}

/**
 * Marks a record made within the open write: changing it later in the same write needs no copy, since
 * undoing the write removes it from the store altogether (its insertion is logged). Answers the record.
 */
export function created<T extends object>(record: T): T {
  openWrite.getStore()?.firstTime(record);
  return record;
}

/** Appends to a stored list; the undo removes it again. */
export function appendLogged<T>(list: readonly T[], item: T): void {
  // Stored lists are typed readonly so that only logged helpers change them.
  const mutable = list as T[];
  recordUndo(() => {
    mutable.pop();
  });
  mutable.push(item);
}

function copyRecord<T extends object>(record: T): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (Array.isArray(value)) copy[key] = value.slice();
    else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) copy[key] = { ...value };
    else copy[key] = value;
  }
  return copy;
}

function restoreRecord(record: object, copy: Record<string, unknown>): void {
  // A record is a plain object: its own keys are deleted and set by name.
  const target = record as Record<string, unknown>;
  for (const key of Object.keys(target)) if (!(key in copy)) delete target[key];
  Object.assign(target, copy);
}

/**
 * A Map that logs each entry it replaces or removes. With `keepOrder`, a rollback also restores the
 * iteration order a removal changed (re-adding a key puts it last): the key order is copied once, on the
 * first removal within a write, so use it only where order is visible (records, not lookup indexes).
 */
export class LoggedMap<K, V> extends Map<K, V> {
  /** Brands the type: a plain Map is not a LoggedMap, so state fields cannot silently hold one. */
  readonly logged = true;

  constructor(private readonly keepOrder = false) {
    super();
  }

  static of<K, V>(entries: Iterable<readonly [K, V]>, keepOrder = false): LoggedMap<K, V> {
    const map = new LoggedMap<K, V>(keepOrder);
    for (const [k, v] of entries) Map.prototype.set.call(map, k, v);
    return map;
  }

  override set(key: K, value: V): this {
    const write = changing();
    if (write) {
      if (super.has(key)) {
        // has(key) held: this is the entry's value (undefined only where V allows it).
        const previous = super.get(key) as V;
        write.record(() => super.set(key, previous));
      } else {
        write.record(() => super.delete(key));
      }
    }
    return super.set(key, value);
  }

  override delete(key: K): boolean {
    const write = changing();
    if (write && super.has(key)) {
      if (this.keepOrder && write.firstTime(this)) this.logOrder(write);
      // has(key) held: this is the entry's value (undefined only where V allows it).
      const previous = super.get(key) as V;
      write.record(() => super.set(key, previous));
    }
    return super.delete(key);
  }

  override clear(): void {
    const write = changing();
    if (write && this.size > 0) {
      const entries = [...super.entries()];
      write.record(() => {
        for (const [k, v] of entries) super.set(k, v);
      });
    }
    super.clear();
  }

  /** Undone after every later change of this map: by then it holds these keys again, maybe reordered. */
  private logOrder(write: Write): void {
    const keys = [...super.keys()];
    write.record(() => {
      const entries = keys.map(k => [k, super.get(k) as V] as const);
      super.clear();
      for (const [k, v] of entries) super.set(k, v);
    });
  }
}

/** A Set that logs each member it adds or removes; `keepOrder` as for LoggedMap. */
export class LoggedSet<T> extends Set<T> {
  readonly logged = true;

  constructor(private readonly keepOrder = false) {
    super();
  }

  static of<T>(items: Iterable<T>, keepOrder = false): LoggedSet<T> {
    const set = new LoggedSet<T>(keepOrder);
    for (const item of items) Set.prototype.add.call(set, item);
    return set;
  }

  override add(item: T): this {
    const write = changing();
    if (write && !super.has(item)) write.record(() => super.delete(item));
    return super.add(item);
  }

  override delete(item: T): boolean {
    const write = changing();
    if (write && super.has(item)) {
      if (this.keepOrder && write.firstTime(this)) {
        const items = [...super.values()];
        write.record(() => {
          super.clear();
          for (const i of items) super.add(i);
        });
      }
      write.record(() => super.add(item));
    }
    return super.delete(item);
  }

  override clear(): void {
    const write = changing();
    if (write && this.size > 0) {
      const items = [...super.values()];
      write.record(() => {
        for (const i of items) super.add(i);
      });
    }
    super.clear();
  }
}

/**
 * The writes of one workspace: each handler runs in one (apply), one at a time; queued work runs in
 * its own (detached). Holds the test hook that fails the next write part-way.
 */
export class WorkspaceWrites {
  private busy = false;
  private readonly waiting: (() => void)[] = [];
  private failAfter: number | undefined;

  /**
   * Test hook: the next write throws InjectedWriteFault when it is about to make change number
   * `changes + 1` (after `changes` changes were made), and is rolled back.
   */
  failNextWriteAfter(changes: number): void {
    this.failAfter = changes;
  }

  /**
   * Runs `fn` as one write: its changes are kept if it returns, undone if it throws. Answers what `fn`
   * answers (render the answer inside `fn`, so an answer that cannot be rendered undoes the write).
   */
  async apply<T>(fn: () => Promise<T> | T): Promise<T> {
    if (this.busy) await new Promise<void>(resolve => this.waiting.push(resolve));
    else this.busy = true;
    const write = new Write(this.failAfter);
    this.failAfter = undefined;
    try {
      return await openWrite.run(write, async () => {
        try {
          const result = await fn();
          write.commit();
          return result;
        } catch (e) {
          write.rollback();
          throw e;
        }
      });
    } finally {
      // Hand the turn straight to the next write, so none can slip in between.
      const next = this.waiting.shift();
      if (next) next();
      else this.busy = false;
    }
  }

  /**
   * Runs `fn` (queued work, possibly in slices that await) as its own write, kept once it settles,
   * whatever write is open around it. AsyncLocalStorage keeps the write attached across its awaits.
   */
  detached<T>(fn: () => T): T {
    const write = new Write(undefined);
    return openWrite.run(write, () => {
      let result: T;
      try {
        result = fn();
      } catch (e) {
        write.rollback();
        throw e;
      }
      if (!(result instanceof Promise)) {
        write.commit();
        return result;
      }
      const settled = result.then(
        value => {
          write.commit();
          return value;
        },
        (e: unknown) => {
          write.rollback();
          throw e;
        },
      );
      // Typed as T: the caller gets back the very promise fn answered, settled after the write closes.
      return settled as T;
    });
  }
}
