/**
 * Long work (parsing an upload, importing its rows, a clock advance over many jobs) runs in slices: it
 * checks `due()` between small steps and, once a slice has run SLICE_MS, awaits `pause()`, which lets
 * the event loop answer other clients before the work goes on. Only *when* work pauses depends on time,
 * never what it does or in which order, so results stay deterministic.
 *
 * Paused work resumes one slice per turn of the event loop, whatever number of uploads or advances are
 * under way: between two slices the loop always polls for I/O, so a probe waits for one slice at most
 * instead of one slice of every piece of work in progress.
 */

/** Longest stretch of work between two turns of the event loop (ms). */
export const SLICE_MS = 3;

export interface TimeSlice {
  /** Whether the current slice has run its time. Cheap enough to call per row. */
  due(): boolean;
  /** Yields to the event loop and starts a new slice when this work's turn comes. */
  pause(): Promise<void>;
  /** `pause()` if the slice is due, else nothing. */
  check(): Promise<void> | undefined;
}

/** Paused work, in the order it paused; one resumes per turn of the event loop. */
const paused: (() => void)[] = [];
let turnScheduled = false;

function resumeNext(): void {
  paused.shift()?.();
  // Scheduled from the check phase, the next resume runs on the loop's next turn, after its I/O poll.
  if (paused.length > 0) setImmediate(resumeNext);
  else turnScheduled = false;
}

function waitForTurn(): Promise<void> {
  return new Promise(resolve => {
    paused.push(resolve);
    if (!turnScheduled) {
      turnScheduled = true;
      setImmediate(resumeNext);
    }
  });
}

export function createSlice(budgetMs = SLICE_MS): TimeSlice {
  let started = performance.now();
  const slice: TimeSlice = {
    due: () => performance.now() - started >= budgetMs,
    async pause() {
      await waitForTurn();
      started = performance.now();
    },
    check: () => (slice.due() ? slice.pause() : undefined),
  };
  return slice;
}
