/**
 * What a resource's service sees of its workspace: the clock, the seeded random source, the scheduler for
 * work due later, and the stores. Not the journal, the coverage or the request: services are rules over
 * state, the same whether a request, a scheduled task or a seed calls them.
 */
import type { StoreHost } from '../workspace/stores.js';
import type { Stores } from './stores.js';

export interface World extends StoreHost {
  readonly stores: Stores;
  /** Workspace time between accepting queued work and starting it (ms). */
  readonly processingLatencyMs: number;
}
