/**
 * Long work (parsing an upload, importing its rows, a clock advance over many jobs) runs in slices: it
 * checks `due()` between small steps and, once a slice has run SLICE_MS, awaits `pause()`, which lets
 * the event loop answer other clients before the work goes on. Only *when* work pauses depends on time,
 * never what it does or in which order, so results stay deterministic.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Longest stretch of work between two turns of the event loop (ms). */
export const SLICE_MS = 4;

export interface TimeSlice {
  /** Whether the current slice has run its time. Cheap enough to call per row. */
  due(): boolean;
  /** Yields to the event loop and starts a new slice. */
  pause(): Promise<void>;
  /** `pause()` if the slice is due, else nothing. */
  check(): Promise<void> | undefined;
}

export function createSlice(budgetMs = SLICE_MS): TimeSlice {
  let started = performance.now();
  const slice: TimeSlice = {
    due: () => performance.now() - started >= budgetMs,
    async pause() {
      await nextTurn();
      started = performance.now();
    },
    check: () => (slice.due() ? slice.pause() : undefined),
  };
  return slice;
}
