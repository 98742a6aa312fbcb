/**
 * A store is one named, per-workspace collection (records + indexes) declared once, with everything the
 * workspace does to it in one place: how it starts (and resets), how it becomes plain JSON in a snapshot,
 * which bounds and references that JSON must hold on import, how it is swapped back in, and how its
 * scheduled work resumes afterwards. The workspace creates one of each kind of the registry
 * (src/resources/stores.ts); snapshots, persistence and reset loop over them, so none can be forgotten.
 */
import type { Clock } from './clock.js';
import type { Random } from './random.js';
import type { Scheduler } from './scheduler.js';
import type { Schema } from './snapshot-schema.js';

/** What a store may use when it is created or resumed: never the journal or another tenant. */
export interface StoreHost {
  readonly id: string;
  readonly clock: Clock;
  readonly random: Random;
  readonly scheduler: Scheduler;
}

/** Reads other parts of the snapshot being imported, to check references between stores. */
export interface SnapshotRefs {
  /** Index by id of the records at a dotted path of the document (e.g. `supersend.teams`). */
  ids(path: string): ReadonlyMap<string, number>;
  /** The value at a dotted path of the document (already checked against its store's schema). */
  at(path: string): unknown;
}

/** A store whose data a snapshot holds: it is exported, checked and restored with the workspace. */
export interface StateStoreKind<S, D> {
  /** Where the store's data sits in a snapshot (`['supersend', 'senders']`). */
  readonly path: readonly [string, ...string[]];
  /** A fresh store, as a new or reset workspace has it (seeds fill it afterwards). */
  create(host: StoreHost): S;
  /** The store as plain JSON data; records by reference (the snapshot copies the whole document). */
  dump(store: S): D;
  /** JSON Schema of what `dump` answers, held to what a request may store (snapshot-schema.ts helpers). */
  schema(): Schema;
  /** Checks what the schema cannot: unique ids, references into this or other stores. Throws invalidSnapshot. */
  check?(data: D, refs: SnapshotRefs): void;
  /**
   * Builds the store from `data` (taken over, not copied; building may throw) and answers the commit that
   * swaps it into `store` in place, logging how to swap back (writes.ts `swapInPlace`). The commit does not throw.
   */
  prepareRestore(store: S, data: D): () => void;
  /** Record counts for the import summary, by name. */
  count?(data: D): Record<string, number>;
  /** After an import (or a restart from a data file) schedules the store's pending work again. */
  resume?(store: S, host: StoreHost): void;
}

/**
 * A store of what belongs to the workspace but is not its state (scenario counters and rate windows): a
 * reset starts it afresh, a snapshot neither holds nor replaces it.
 */
export interface RuntimeStoreKind<S> {
  readonly path?: undefined;
  create(host: StoreHost): S;
}

export type StoreKind<S, D> = StateStoreKind<S, D> | RuntimeStoreKind<S>;

/** Declares a store kind; the identity function keeps `S` and `D` inferred for the registry. */
export function defineStore<S, D>(kind: StoreKind<S, D>): StoreKind<S, D> {
  return kind;
}
