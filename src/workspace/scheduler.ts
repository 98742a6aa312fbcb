/**
 * Work that happens later (imports, bulk jobs) is scheduled on the workspace clock and runs when it is
 * due: before any request of the workspace is handled, and when the clock is advanced. Nothing runs on
 * a timer, so a frozen clock holds every job exactly where it is, and advancing runs them in order.
 *
 * Running due work is asynchronous: tasks run one after another, in slices that yield to the event loop
 * (src/workspace/slices.ts), so a workspace with much due work does not stall other workspaces. Runs of
 * one workspace are serial: a request that awaits `runDue()` sees every task due before it done, and
 * an advance in progress finishes before the next run starts.
 */
import type { Clock } from './clock.js';
import { createSlice, type TimeSlice } from './slices.js';
import { createQueuedWorkPool, type QueueAccount } from './queued-work.js';

/** A task may be asynchronous (work in slices): the scheduler awaits what it returns before the next one. */
export type TaskRun = (slice: TimeSlice) => unknown;

export interface ScheduledTask {
  at: number;
  seq: number;
  label: string;
  run: TaskRun;
}

export interface Scheduler {
  /** Runs `run` once the clock reaches `at` (epoch ms). */
  at(at: number, label: string, run: TaskRun): void;
  /** Runs `run` after `delayMs` of workspace time. */
  after(delayMs: number, label: string, run: TaskRun): void;
  /** Runs everything due, earliest first (tasks scheduled while running are considered too); answers how many ran. */
  runDue(): Promise<number>;
  /** Whether runDue() has anything to do now (a task is due, or a run is under way); false lets a request skip it. */
  busy(): boolean;
  /** Advances the clock to `target`, running each task at its own due time; answers how many ran. */
  advanceTo(target: number): Promise<number>;
  pending(): readonly ScheduledTask[];
  /** Drops every scheduled task and releases the queued work they held. */
  clear(): void;
  /** Rows and bytes of queued work this workspace holds (bounded by the pool it was given). */
  readonly queued: QueueAccount;
}

export function createScheduler(clock: Clock, queued: QueueAccount = createQueuedWorkPool().account('')): Scheduler {
  let queue: ScheduledTask[] = [];
  let seq = 0;
  /** The run in progress (or the last one): runs of this workspace never overlap. */
  let running: Promise<unknown> = Promise.resolve();
  let runs = 0;

  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    runs++;
    const result = running.then(work).finally(() => runs--);
    running = result.catch(() => undefined);
    return result;
  };
  const isDue = () => queue.length > 0 && queue[0].at <= clock.now();
  const busy = () => runs > 0 || isDue();

  /** Runs the due tasks at the clock's current time. */
  async function drain(slice: TimeSlice): Promise<number> {
    let ran = 0;
    while (queue.length > 0 && queue[0].at <= clock.now()) {
      const task = queue.shift()!;
      await task.run(slice);
      ran++;
      await slice.check();
    }
    return ran;
  }

  async function advance(target: number): Promise<number> {
    const slice = createSlice();
    let ran = 0;
    for (;;) {
      const next = queue[0];
      if (!next || next.at > target) break;
      if (next.at > clock.now()) clock.set(next.at);
      ran += await drain(slice);
    }
    if (target > clock.now()) clock.set(target);
    return ran + (await drain(slice));
  }

  const scheduler: Scheduler = {
    queued,
    at(at, label, run) {
      const task = { at, seq: seq++, label, run };
      // Insert after every task due at the same time or earlier: the queue stays in (at, seq) order.
      let i = queue.length;
      while (i > 0 && queue[i - 1].at > at) i--;
      queue.splice(i, 0, task);
    },
    after(delayMs, label, run) {
      scheduler.at(clock.now() + delayMs, label, run);
    },
    // Nothing due and nothing running (the common case) answers at once.
    runDue: () => (busy() ? serial(() => drain(createSlice())) : Promise.resolve(0)),
    busy,
    advanceTo: target => serial(() => advance(target)),
    pending: () => queue,
    clear() {
      queue = [];
      queued.releaseAll();
    },
  };
  return scheduler;
}
