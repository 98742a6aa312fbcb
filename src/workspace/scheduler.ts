/**
 * Work that happens later (imports, bulk jobs) is scheduled on the workspace clock and runs when it is
 * due: before any request of the workspace is handled, and when the clock is advanced. Nothing runs on
 * a timer, so a frozen clock holds every job exactly where it is, and advancing runs them in order.
 */
import type { Clock } from './clock.js';

export interface ScheduledTask {
  at: number;
  seq: number;
  label: string;
  run: () => void;
}

export interface Scheduler {
  /** Runs `run` once the clock reaches `at` (epoch ms). */
  at(at: number, label: string, run: () => void): void;
  /** Runs `run` after `delayMs` of workspace time. */
  after(delayMs: number, label: string, run: () => void): void;
  /** Runs everything due, earliest first (tasks scheduled while running are considered too). */
  runDue(): number;
  pending(): readonly ScheduledTask[];
  clear(): void;
}

export function createScheduler(clock: Clock): Scheduler {
  let queue: ScheduledTask[] = [];
  let seq = 0;
  const scheduler: Scheduler = {
    at(at, label, run) {
      queue.push({ at, seq: seq++, label, run });
      queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
    },
    after(delayMs, label, run) {
      scheduler.at(clock.now() + delayMs, label, run);
    },
    runDue() {
      let ran = 0;
      while (queue.length > 0 && queue[0].at <= clock.now()) {
        const task = queue.shift()!;
        task.run();
        ran++;
      }
      return ran;
    },
    pending: () => queue,
    clear() {
      queue = [];
    },
  };
  return scheduler;
}

/** Advances a clock to `target` in steps, running each task at its own due time, so chained work stays ordered. */
export function advanceTo(clock: Clock, scheduler: Scheduler, target: number): number {
  let ran = 0;
  for (;;) {
    const next = scheduler.pending()[0];
    if (!next || next.at > target) break;
    if (next.at > clock.now()) clock.set(next.at);
    ran += scheduler.runDue();
  }
  if (target > clock.now()) clock.set(target);
  return ran + scheduler.runDue();
}
