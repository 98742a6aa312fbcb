/**
 * Runs due work of workspaces whose clock runs in real time, with nobody calling them: an upload
 * completes, a campaign step sends, a webhook retry fires while the client only listens.
 *
 * One Node timer per sandbox, never more: it is armed for the earliest due task among the open
 * workspaces with a running clock, and at most `intervalMs` ahead, so work scheduled where the ticker
 * is not told (`poke`) is found by the next check. A check reads the head of each workspace's queue:
 * 0.07 ms for 500 open workspaces (README "When due work runs"). Frozen clocks never tick: their work
 * waits for a request or `POST /__sandbox/clock/advance`.
 *
 * The timer is unref'd (it never keeps the process alive) and holds the sandbox's workspaces only
 * through a WeakRef: a sandbox dropped without close() is collected, and its ticker stops with it.
 */
import type { Workspace } from './workspace.js';

export interface TickerOptions {
  /** The open workspaces (the registry): ids in any order, each looked up without counting as a use. */
  workspaces: { ids(): string[]; get(id: string): Workspace | undefined };
  /** Called after a run that may have changed the workspace (the data file saves it). */
  changed(ws: Workspace): void;
  /** A task that threw: its run stops there; the rest waits for the next check. */
  failed(ws: Workspace, err: unknown): void;
  /** Longest wait between two checks (ms). */
  intervalMs: number;
}

export interface Ticker {
  /** The workspace may have new work (a request scheduled some): re-arm sooner if it is due sooner. */
  poke(ws: Workspace): void;
  /** No more checks; runs in progress finish on their own. */
  stop(): void;
}

/** What the timer reaches through its WeakRef: everything a check needs. */
interface TickerState {
  options: TickerOptions;
  /** Workspaces whose run (started by the ticker) has not settled: never started twice. */
  running: Set<Workspace>;
  timer: NodeJS.Timeout | undefined;
  /** performance.now() when the armed timer fires. */
  deadline: number;
  stopped: boolean;
}

export function startTicker(options: TickerOptions): Ticker {
  const state: TickerState = { options, running: new Set(), timer: undefined, deadline: Infinity, stopped: false };
  arm(state, options.intervalMs);
  return {
    poke(ws) {
      const wait = waitFor(state, ws);
      if (wait !== undefined) arm(state, wait);
    },
    stop() {
      state.stopped = true;
      clearTimeout(state.timer);
      state.timer = undefined;
    },
  };
}

/** Milliseconds until the workspace's next task (0 if due), or undefined when the ticker need not run it. */
function waitFor(state: TickerState, ws: Workspace): number | undefined {
  if (ws.clock.frozen || state.running.has(ws)) return undefined;
  const next = ws.scheduler.pending()[0];
  return next ? Math.max(0, next.at - ws.clock.now()) : undefined;
}

/** Makes the timer fire within `wait` ms (keeps it if it fires sooner already). */
function arm(state: TickerState, wait: number): void {
  if (state.stopped) return;
  const at = performance.now() + wait;
  if (state.timer && at >= state.deadline) return;
  clearTimeout(state.timer);
  state.deadline = at;
  state.timer = setTimeout(fire, wait, new WeakRef(state)).unref();
}

/** The timer's callback: a module function, so the timer holds nothing of the sandbox but the WeakRef. */
function fire(ref: WeakRef<TickerState>): void {
  const state = ref.deref();
  if (!state || state.stopped) return;
  state.timer = undefined;
  state.deadline = Infinity;
  check(state);
}

/** Starts a run in every workspace with due work, then arms for the earliest task still ahead. */
function check(state: TickerState): void {
  const { workspaces, intervalMs } = state.options;
  let wait = intervalMs;
  for (const id of workspaces.ids()) {
    const ws = workspaces.get(id);
    if (!ws) continue;
    const due = waitFor(state, ws);
    if (due === 0) run(state, ws);
    else if (due !== undefined && due < wait) wait = due;
  }
  arm(state, wait);
}

/** Runs what is due, as a request would before it is answered; the scheduler keeps runs of one workspace serial. */
function run(state: TickerState, ws: Workspace): void {
  state.running.add(ws);
  ws.scheduler
    .runDue()
    .then(
      ran => {
        if (ran > 0) state.options.changed(ws);
      },
      (err: unknown) => {
        // Tasks before the one that threw did run.
        state.options.changed(ws);
        state.options.failed(ws, err);
      },
    )
    .finally(() => {
      state.running.delete(ws);
      // Work the run scheduled for later (the next upload batch, a retry): armed for its own time.
      const wait = waitFor(state, ws);
      if (wait !== undefined) arm(state, wait);
    });
}
