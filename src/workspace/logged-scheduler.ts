/**
 * The workspace's scheduler as writes see it (src/workspace/writes.ts): work queued by a write that
 * rolls back is taken off the queue again, and each queued task runs as its own write, so a task that
 * throws leaves nothing half-done and a task that ran stays run whatever request it ran ahead of.
 */
import type { Clock } from './clock.js';
import type { ScheduledTask, Scheduler } from './scheduler.js';
import { recordUndo, type WorkspaceWrites } from './writes.js';

export function loggedScheduler(inner: Scheduler, clock: Clock, writes: WorkspaceWrites): Scheduler {
  /** Puts the queue back to `tasks` (rare: only when a write rolls back). */
  const requeue = (tasks: readonly ScheduledTask[]) => {
    inner.clear();
    for (const t of tasks) inner.at(t.at, t.label, t.run);
  };
  const scheduler: Scheduler = {
    ...inner,
    at(at, label, run) {
      const task: ScheduledTask['run'] = slice => writes.detached(() => run(slice));
      recordUndo(() => requeue(inner.pending().filter(t => t.run !== task)));
      inner.at(at, label, task);
    },
    after(delayMs, label, run) {
      scheduler.at(clock.now() + delayMs, label, run);
    },
    clear() {
      const before = [...inner.pending()];
      if (before.length > 0) recordUndo(() => requeue(before));
      inner.clear();
    },
  };
  return scheduler;
}
