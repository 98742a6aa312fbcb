/**
 * The sandbox-wide input limits, one place for requests (src/http/body.ts) and for what may be stored
 * (src/workspace/stored-bounds.ts, snapshot imports); README "Input limits" states them.
 *
 * Nesting is counted the same way everywhere: an object or array is one level, the JSON body itself is
 * level 1. A free-form value a request sets (`custom`, `data`, …) is at least level 2 of its body, so it
 * can hold at most MAX_FREE_FORM_NESTING levels itself, and that is what stored values are held to.
 */

/** Levels of objects and arrays a JSON request body may nest (the body itself is level 1). */
export const MAX_NESTING = 32;
/** Levels a stored free-form value may nest (itself level 1): what fits in a body under MAX_NESTING. */
export const MAX_FREE_FORM_NESTING = MAX_NESTING - 1;
/**
 * Levels a snapshot body (`PUT /__sandbox/state`) may nest: a free-form value sits up to this many
 * levels down in it (e.g. supersend.campaigns[i].nodes[j].data), so an exported workspace always fits back.
 */
export const SNAPSHOT_ENVELOPE_LEVELS = 8;
export const MAX_SNAPSHOT_NESTING = MAX_NESTING + SNAPSHOT_ENVELOPE_LEVELS;
/** Length of a stored string no request schema bounds (and of a free-form string value, e.g. a CSV cell). */
export const MAX_STRING_LENGTH = 65_536;
