/**
 * A workspace's clock. By default it follows real time; it can be frozen, set and advanced, so tests move
 * jobs and days forward without sleeping. The only place in sendbox that reads the system time.
 */
export interface Clock {
  /** Milliseconds since the epoch, in the workspace's time. */
  now(): number;
  isoNow(): string;
  readonly frozen: boolean;
  freeze(): void;
  resume(): void;
  set(epochMs: number): void;
  advance(ms: number): void;
}

export function systemTime(): number {
  return Date.now();
}

export function createClock(options: { startAt?: number; frozen?: boolean; source?: () => number } = {}): Clock {
  const source = options.source ?? systemTime;
  // Real time plus an offset while running; a fixed instant while frozen.
  let offset = options.startAt !== undefined ? options.startAt - source() : 0;
  let frozenAt: number | undefined = options.frozen ? source() + offset : undefined;
  const clock: Clock = {
    now: () => frozenAt ?? source() + offset,
    isoNow: () => new Date(clock.now()).toISOString(),
    get frozen() {
      return frozenAt !== undefined;
    },
    freeze() {
      frozenAt ??= source() + offset;
    },
    resume() {
      if (frozenAt === undefined) return;
      offset = frozenAt - source();
      frozenAt = undefined;
    },
    set(epochMs) {
      if (frozenAt !== undefined) frozenAt = epochMs;
      else offset = epochMs - source();
    },
    advance(ms) {
      clock.set(clock.now() + ms);
    },
  };
  return clock;
}
