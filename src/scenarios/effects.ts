/**
 * The effects a rule applies, each as a small pure-ish function: an answer in the request's family,
 * a delay drawn from the scenario's seeded source, and a rate limiter on the workspace clock.
 */
import type { Random } from '../workspace/random.js';
import type { DelaySpec, RateLimitSpec, RespondSpec } from './model.js';
import type { ScenarioOutcome, ScenarioRequest } from './types.js';

export type Respond = NonNullable<ScenarioOutcome['respond']>;

interface ErrorDefaults {
  code: string;
  message: string;
  /** Contacts API envelope code, where the real service names one. */
  skCode?: string;
  skMessage?: string;
  v1Message?: string;
  skSuggestion?: string;
}

/** What an error of each status says when the rule gives no code or message; wording follows src/http/auth.ts and the facts files. */
const DEFAULTS: Record<number, ErrorDefaults> = {
  400: { code: 'validation_error', message: 'The request was rejected' },
  401: {
    code: 'invalid_api_key',
    message: 'Invalid API key provided',
    v1Message: 'Invalid or missing API key',
    skCode: 'INVALID_API_KEY',
    skMessage: 'Invalid secret API key. This endpoint requires a secret key (sk_*), not a public key.',
    skSuggestion: 'Verify your API key is correct and starts with "sk_" for secret keys or "pk_" for public keys.',
  },
  402: { code: 'insufficient_credits', message: 'Not enough credits' },
  403: { code: 'forbidden', message: 'You do not have access to this resource', skCode: 'FORBIDDEN' },
  404: { code: 'not_found', message: 'Not found' },
  409: { code: 'conflict', message: 'Conflict' },
  413: { code: 'request_too_large', message: 'Request body is too large' },
  429: { code: 'rate_limit_exceeded', message: 'Too many requests', skCode: 'RATE_LIMIT_EXCEEDED' },
  500: { code: 'internal_error', message: 'An unexpected error occurred' },
  502: { code: 'bad_gateway', message: 'Bad gateway' },
  503: { code: 'service_unavailable', message: 'Service temporarily unavailable' },
};


/** Whether the operation may answer `spec.status` (answers stay inside the contract unless told otherwise). */
export function allowed(spec: RespondSpec, request: ScenarioRequest): boolean {
  return spec.undeclared === true || request.operation.declaredStatuses.has(spec.status);
}

/** The answer a `respond` effect gives this request, in its family's envelope. `ids` draws Contacts API request ids. */
export function answer(spec: RespondSpec, request: ScenarioRequest, ids: Random): Respond {
  const headers = spec.headers ? { ...spec.headers } : undefined;
  if (spec.raw !== undefined) return { status: spec.status, rawBody: spec.raw, headers };
  if (spec.body !== undefined) return { status: spec.status, body: structuredClone(spec.body), headers };
  if (spec.empty) return { status: spec.status, headers };
  return errorAnswer(request, ids, {
    status: spec.status,
    code: spec.code,
    message: spec.message,
    skCode: spec.skCode,
    headers,
  });
}

/** An error answer in the request's family; defaults by status fill what is not given. */
export function errorAnswer(
  request: ScenarioRequest,
  ids: Random,
  e: { status: number; code?: string; message?: string; skCode?: string; headers?: Record<string, string> },
): Respond {
  const d = DEFAULTS[e.status] ?? { code: e.status >= 500 ? 'api_error' : 'invalid_request', message: `HTTP ${e.status}` };
  const code = e.code ?? d.code;
  const family = request.family;
  const message = e.message ?? (family === 'v1' ? d.v1Message : family === 'sk' ? d.skMessage : undefined) ?? d.message;
  const skCode = family === 'sk' ? e.skCode ?? d.skCode : undefined;
  // Contacts API answers keep the real service's code (401 INVALID_API_KEY) and its suggestion.
  const suggestion = family === 'sk' && e.skCode === undefined && e.message === undefined ? d.skSuggestion : undefined;
  return { status: e.status, error: { code, message, ...(skCode && { skCode }), ...(suggestion && { suggestion }) }, headers: e.headers };
}

// ---- delays ----

/** A delay in whole milliseconds, drawn from `random`, between 0 and the spec's cap. */
export function drawDelay(spec: DelaySpec, random: Random): number {
  let ms: number;
  switch (spec.kind) {
    case 'fixed':
      ms = spec.ms;
      break;
    case 'uniform':
      ms = spec.min + random.next() * (spec.max - spec.min);
      break;
    case 'normal':
      ms = spec.mean + spec.stddev * standardNormal(random);
      break;
    case 'lognormal':
      ms = spec.median * Math.exp(spec.sigma * standardNormal(random));
      break;
  }
  return Math.round(Math.min(Math.max(ms, 0), spec.maxMs));
}

/** Box–Muller: one standard normal value from two uniform draws. */
function standardNormal(random: Random): number {
  const u = 1 - random.next(); // (0, 1]: log stays finite
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

// ---- rate limits ----

/**
 * Sliding windows over the workspace clock: the times of the requests let through in the longest window.
 * Refused requests do not count, as a load balancer that drops them never forwards them.
 */
export interface RateWindowLog {
  times: number[];
}

export function createRateLog(): RateWindowLog {
  return { times: [] };
}

/** Whether a request at `now` fits every window; if it does it is counted. */
export function admit(log: RateWindowLog, spec: RateLimitSpec, now: number): boolean {
  const longest = Math.max(0, ...spec.windows.map(w => w.ms));
  // The workspace clock was set back: what was counted lies in the future, start over.
  if (log.times.length && log.times[log.times.length - 1] > now) log.times.length = 0;
  // Drop what no window can see any more (times are in order).
  let drop = 0;
  while (drop < log.times.length && log.times[drop] <= now - longest) drop++;
  if (drop) log.times.splice(0, drop);
  for (const w of spec.windows) {
    let inWindow = 0;
    for (let i = log.times.length - 1; i >= 0 && log.times[i] > now - w.ms; i--) inWindow++;
    if (inWindow >= w.requests) return false;
  }
  if (spec.windows.length) log.times.push(now);
  return true;
}

/**
 * Requests the sandbox is holding (a scenario delay), by when they will be let go: the "connections" of
 * the concurrency limit. Measured in real time, as the delays are.
 */
export interface Holds {
  ends: { at: number; operationId: string }[];
}

/** Records a request held until `until`; requests already let go are forgotten, so the list stays short. */
export function hold(holds: Holds, now: number, until: number, operationId: string): void {
  holds.ends = holds.ends.filter(h => h.at > now);
  holds.ends.push({ at: until, operationId });
}

export function heldNow(holds: Holds, now: number, operationId?: string): number {
  holds.ends = holds.ends.filter(h => h.at > now);
  return operationId === undefined ? holds.ends.length : holds.ends.filter(h => h.operationId === operationId).length;
}
