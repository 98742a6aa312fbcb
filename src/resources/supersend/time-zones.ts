/**
 * Time zones by IANA name, through Intl: whether a name is one, the wall-clock time of an instant in a zone
 * and back, its day and its next midnight. Formatters and offsets are process-wide pure caches, bounded
 * because zone names come from clients.
 */
const DAY = 86_400_000;
export const mod = (a: number, b: number) => ((a % b) + b) % b;

/** Formatters by zone name, shared by every workspace (a pure cache); names come from clients, so it is bounded. */
const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();

/** The formatter of an IANA zone, or null when the name is none. */
function zoneFormat(zone: string): Intl.DateTimeFormat | null {
  let format = zoneFormats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
      });
    } catch {
      format = null;
    }
    if (zoneFormats.size >= 1000) zoneFormats.clear();
    zoneFormats.set(zone, format);
  }
  return format;
}

/** The first of `zones` that is a valid IANA name, else UTC. */
export function zoneOf(...zones: (string | null | undefined)[]): string {
  return zones.find((z): z is string => !!z && zoneFormat(z) !== null) ?? 'UTC';
}

/** Offsets by zone and quarter hour (no zone changes its offset within one): formatting is the slow part. */
const offsets = new Map<string, number>();
const QUARTER_HOUR = 900_000;

/** How far `zone`'s wall clock is ahead of UTC at the instant `ms`. */
function offsetAt(ms: number, zone: string): number {
  if (zone === 'UTC') return 0;
  const key = `${zone} ${Math.floor(ms / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    if (offsets.size >= 100_000) offsets.clear();
    offsets.set(key, (offset = formatOffset(ms, zone)));
  }
  return offset;
}

function formatOffset(ms: number, zone: string): number {
  const parts = zoneFormat(zone)!.formatToParts(new Date(ms));
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find(p => p.type === type)?.value);
  const wall = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'), field('second'));
  return wall - (ms - mod(ms, 1000));
}

/** The wall-clock time of `ms` in `zone`, as epoch ms read in UTC (Date's UTC getters give the local fields). */
export const wallOf = (ms: number, zone: string) => ms + offsetAt(ms, zone);

/** The instant whose wall-clock time in `zone` is `wall` (a time in a DST gap moves on by the gap). */
export function instantOf(wall: number, zone: string): number {
  const guess = wall - offsetAt(wall, zone);
  return wall - offsetAt(guess, zone);
}

/** The day `ms` falls on in `zone`, YYYY-MM-DD. */
export const dayKey = (ms: number, zone: string): string => new Date(wallOf(ms, zone)).toISOString().slice(0, 10);

/** The instant the next day starts in `zone` (local midnight after `ms`). */
export function nextMidnight(ms: number, zone: string): number {
  const wall = wallOf(ms, zone);
  return instantOf(wall - mod(wall, DAY) + DAY, zone);
}

/** Whether `name` is an IANA time zone this runtime knows. */
export const isTimeZone = (name: string): boolean => zoneFormat(name) !== null;
