/**
 * A workspace is one tenant's world: its clock, its seeded random source and its state. Every API key
 * names exactly one workspace; nothing is shared between workspaces.
 */
import { createClock, type Clock } from './clock.js';
import { createRandom, type Random } from './random.js';
import { createScheduler, type Scheduler } from './scheduler.js';
import { loggedScheduler } from './logged-scheduler.js';
import { WorkspaceWrites } from './writes.js';
import { createJournal, type Coverage, type Journal, type JournalPool } from './journal.js';
import type { QueuedWorkPool } from './queued-work.js';
import { STORE_KINDS, type Stores } from '../resources/stores.js';
import type { StoreHost } from './stores.js';
import type { World } from '../resources/world.js';

/** A world (what services see) plus what only the request chain uses: writes, journal, coverage. */
export interface Workspace extends World {
  readonly id: string;
  readonly clock: Clock;
  readonly random: Random;
  /** Handlers run as writes that apply whole or not at all (writes.ts). */
  readonly writes: WorkspaceWrites;
  /** Work due later on this workspace's clock (imports, bulk jobs); each task runs as its own write. */
  readonly scheduler: Scheduler;
  /** Workspace time between accepting queued work and starting it (ms). */
  readonly processingLatencyMs: number;
  /** What clients sent and got (bounded ring), and which operations/statuses were exercised. */
  readonly journal: Journal;
  readonly coverage: Coverage;
  /** Every store of the workspace (src/resources/stores.ts): its whole state. */
  readonly stores: Stores;
}

export interface WorkspaceOptions {
  id: string;
  seed: string;
  clock?: Clock;
  processingLatencyMs?: number;
  journalCapacity?: number;
  pools?: WorkspacePools;
}

/** What the workspaces of one sandbox share: the bounds on their queued work and on their journals. */
export interface WorkspacePools {
  queuedWork?: QueuedWorkPool;
  journal?: JournalPool;
}

export function createWorkspace(options: WorkspaceOptions): Workspace {
  const random = createRandom(`${options.seed}:${options.id}`);
  const clock = options.clock ?? createClock();
  const writes = new WorkspaceWrites();
  const scheduler = loggedScheduler(createScheduler(clock, options.pools?.queuedWork?.account(options.id)), clock, writes);
  const stores = createStores({ id: options.id, clock, random, scheduler });
  return {
    id: options.id,
    clock,
    random,
    writes,
    scheduler,
    processingLatencyMs: options.processingLatencyMs ?? 1000,
    journal: createJournal(options.journalCapacity ?? 1000, options.pools?.journal, options.id),
    coverage: new Map(),
    stores,
  };
}

/** One store of each kind, in the registry's order. */
function createStores(host: StoreHost): Stores {
  const stores: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(STORE_KINDS)) stores[name] = kind.create(host);
  // Filled above with one store per kind, each created by its own kind.
  return stores as Stores;
}
