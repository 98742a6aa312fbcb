/**
 * Errors every layer can raise, and how each API family writes them. A layer throws an ApiError with the
 * status and V2-style code; the family renderer turns it into the envelope that family's clients expect.
 */
import type { Family } from '../contract/families.js';

export type V2ErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'authorization_error'
  | 'not_found_error'
  | 'conflict_error'
  | 'rate_limit_error'
  | 'api_error';

export interface ApiErrorOptions {
  param?: string;
  type?: V2ErrorType;
  /** Contacts API: the envelope `code` (defaults from the status, as the real service does). */
  skCode?: string;
  /** Contacts API: answer `{"error": message}` instead of the envelope. */
  flat?: boolean;
  suggestion?: string;
  /** Extra V2 error fields (e.g. requiredCredits) or Contacts API `details`. */
  details?: Record<string, unknown>;
  errors?: { field: string; message: string; code?: string }[];
  headers?: Record<string, string>;
}

/**
 * An answer in error form. Not an Error subclass on purpose: these are expected outcomes (a client's
 * bad request), thrown often under load, and capturing a stack trace for each costs throughput.
 */
export class ApiError {
  readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly message: string,
    readonly options: ApiErrorOptions = {},
  ) {}

  toString(): string {
    return `ApiError ${this.status} ${this.code}: ${this.message}`;
  }
}

const TYPE_BY_STATUS: Record<number, V2ErrorType> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'invalid_request_error',
  403: 'authorization_error',
  404: 'not_found_error',
  405: 'invalid_request_error',
  409: 'conflict_error',
  413: 'invalid_request_error',
  429: 'rate_limit_error',
};

const SK_CODE_BY_STATUS: Record<number, string> = { 400: 'VALIDATION_ERROR', 413: 'PAYLOAD_TOO_LARGE', 429: 'RATE_LIMIT_EXCEEDED' };

export const DOC_URL_BASE = 'https://docs.supersend.io/docs/errors#';

export interface RenderContext {
  requestId: string;
  /** ISO time for the Contacts API envelope's `timestamp`. */
  now: string;
}

/** Field names and messages echo client input; they are cut to the lengths the document gives them. */
const MAX_PARAM = 255;
const MAX_MESSAGE = 10_000;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The body of an error in the family's envelope. */
export function renderError(family: Family, error: ApiError, ctx: RenderContext): unknown {
  const o = clipped(error.options);
  const message = clip(error.message, MAX_MESSAGE);
  switch (family) {
    case 'v2':
    case 'control':
      return {
        error: {
          type: o.type ?? TYPE_BY_STATUS[error.status] ?? 'api_error',
          code: error.code,
          message,
          ...(o.param !== undefined && { param: o.param }),
          doc_url: DOC_URL_BASE + error.code,
          ...o.details,
        },
        request_id: ctx.requestId,
      };
    case 'v1':
      return { success: false, error: message };
    case 'sk':
      if (o.flat) return { error: message };
      return {
        success: false,
        error: {
          code: o.skCode ?? SK_CODE_BY_STATUS[error.status] ?? 'INTERNAL_SERVER_ERROR',
          message,
          statusCode: error.status,
          requestId: ctx.requestId,
          ...(o.suggestion !== undefined && { suggestion: o.suggestion }),
          ...(o.errors !== undefined && { errors: o.errors }),
          ...(o.details !== undefined && { details: o.details }),
        },
        timestamp: ctx.now,
      };
  }
}

function clipped(o: ApiErrorOptions): ApiErrorOptions {
  if (o.param === undefined && o.errors === undefined) return o;
  return {
    ...o,
    param: o.param === undefined ? undefined : clip(o.param, MAX_PARAM),
    errors: o.errors?.map(e => ({ ...e, field: clip(e.field, MAX_PARAM), message: clip(e.message, MAX_MESSAGE) })),
  };
}

const CLOSE: Record<string, string> = { Connection: 'close' };

/** Errors raised by the shared layers (router, body reader, auth, validation), one constructor each. */
export const errors = {
  routeNotFound: (method: string, path: string) =>
    new ApiError(404, 'route_not_found', `Unknown route: ${method} ${path}`, { skCode: 'NOT_FOUND' }),
  methodNotAllowed: (method: string, path: string, allowed: string[]) =>
    new ApiError(405, 'method_not_allowed', `Method ${method} is not allowed on ${path}; allowed: ${allowed.join(', ')}`, {
      skCode: 'METHOD_NOT_ALLOWED',
      headers: { Allow: allowed.join(', ') },
    }),
  invalidJson: (detail: string) =>
    new ApiError(400, 'invalid_json', `Invalid JSON in request body: ${detail}`, {
      suggestion: 'Check that the request body is valid JSON.',
    }),
  forbiddenKey: (key: string, flat = false) =>
    new ApiError(400, 'validation_error', `Field name "${key}" is not allowed`, { param: key, flat }),
  tooDeep: (field: string, maxDepth: number, flat = false) =>
    new ApiError(400, 'validation_error', `${field} is nested too deeply (at most ${maxDepth} levels of objects and arrays)`, { param: field, flat }),
  unsupportedCharset: (charset: string, flat = false) =>
    new ApiError(400, 'unsupported_content_type', `Unsupported charset "${charset}" in Content-Type; send the body as UTF-8`, {
      param: 'Content-Type',
      flat,
    }),
  // A 413 closes the connection: the client may still be sending a body nobody will read.
  bodyTooLarge: (limitBytes: number) =>
    new ApiError(413, 'request_too_large', `Request body is larger than ${formatBytes(limitBytes)}`, { headers: CLOSE }),
  fileTooLarge: (limitBytes: number) =>
    new ApiError(413, 'request_too_large', `File too large (maximum ${formatBytes(limitBytes)})`, { headers: CLOSE }),
  internal: () => new ApiError(500, 'internal_error', 'An unexpected error occurred', { type: 'api_error' }),
  /** Input a handler cannot use; reached only when `--validation warn|off` let it through. */
  unusable: (param: string, expected: string) =>
    new ApiError(400, 'validation_error', `${param} must be ${expected}`, { param }),
};

/**
 * The one log line of an unexpected error (a bug, not a client's bad request): stderr, with the request
 * id to find the exchange in the journal, and the stack.
 */
export function logUnexpected(requestId: string, where: string, err: unknown): void {
  const detail = err instanceof Error ? (err.stack ?? err.message) : err instanceof ApiError ? err.toString() : String(err);
  process.stderr.write(`sendbox: unexpected error in ${requestId} (${where}): ${detail}\n`);
}

export function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}
