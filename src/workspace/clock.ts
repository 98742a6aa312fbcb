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
  /** Throws a RangeError for a time outside years 0000–9999 (see isStorableTime). */
  set(epochMs: number): void;
  advance(ms: number): void;
}

/** 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the times a four-digit ISO 8601 date-time can write. */
export const MIN_TIME_MS = -62_167_219_200_000;
export const MAX_TIME_MS = 253_402_300_799_999;

/** A time a workspace clock (and anything stored) may hold: a number of ms within years 0000–9999. */
export function isStorableTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= MIN_TIME_MS && ms <= MAX_TIME_MS;
}

/** Entries isoTime keeps before starting over: enough for every time of a few pages of answers. */
const ISO_MEMO_SIZE = 8192;
const isoMemo = new Map<number, string>();

/**
 * `new Date(ms).toISOString()`, remembered: it costs ~1.5 µs a call, and a list answer writes two per
 * row, mostly the same ones again (README "Performance"). Throws the same RangeError for a time it cannot write.
 */
export function isoTime(ms: number): string {
  let iso = isoMemo.get(ms);
  if (iso === undefined) {
    iso = new Date(ms).toISOString();
    if (isoMemo.size >= ISO_MEMO_SIZE) isoMemo.clear();
    isoMemo.set(ms, iso);
  }
  return iso;
}

export function systemTime(): number {
  return Date.now();
}

export function createClock(options: { startAt?: number; frozen?: boolean; source?: () => number } = {}): Clock {
  const source = options.source ?? systemTime;
  // Real time plus an offset while running; a fixed instant while frozen. The source is read once: two
  // reads a millisecond apart would freeze a clock started at `startAt` one millisecond past it.
  const startedAt = source();
  let offset = options.startAt !== undefined ? options.startAt - startedAt : 0;
  let frozenAt: number | undefined = options.frozen ? startedAt + offset : undefined;
  const clock: Clock = {
    // A running clock set near the end of year 9999 stops there rather than run past what can be stored.
    now: () => frozenAt ?? Math.min(source() + offset, MAX_TIME_MS),
    isoNow: () => isoTime(clock.now()),
    get frozen() {
      return frozenAt !== undefined;
    },
    freeze() {
      frozenAt ??= clock.now();
    },
    resume() {
      if (frozenAt === undefined) return;
      offset = frozenAt - source();
      frozenAt = undefined;
    },
    set(epochMs) {
      // Callers check first (a 400 naming their parameter); this keeps a bad time out of the state regardless.
      if (!isStorableTime(epochMs)) throw new RangeError(`clock time ${epochMs} is outside years 0000-9999`);
      // Whole milliseconds: stored times are integers (a snapshot refuses fractions).
      const at = Math.floor(epochMs);
      if (frozenAt !== undefined) frozenAt = at;
      else offset = at - source();
    },
    advance(ms) {
      clock.set(clock.now() + ms);
    },
  };
  return clock;
}
