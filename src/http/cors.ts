/**
 * CORS, so a page on another origin (a browser app, the console served elsewhere) can call the sandbox.
 * The real API's CORS behaviour is not documented; this is the sandbox's own, on by default for any
 * origin (`--cors-origin` narrows it, `--no-cors` turns it off). Preflights are answered before the key
 * is looked at: browsers send them without the Authorization header.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setHeaderPairs } from './header-pairs.js';

export interface CorsOptions {
  /** Origins allowed to read answers; `*` allows any (default `['*']`). */
  origins?: readonly string[];
}

/** Headers a page's script may read from an answer. */
export const EXPOSED_HEADERS = [
  'X-Request-Id',
  'X-Sandbox-Source',
  'X-Sandbox-Validation-Errors',
  'X-Sandbox-Validation-Error-Count',
  'X-Sandbox-Validation-Warnings',
  'Retry-After',
].join(', ');

/** Request headers allowed when a preflight does not list its own. */
const DEFAULT_ALLOWED_HEADERS = 'Authorization, Content-Type, Prefer, X-Request-Id, X-Sandbox-Scenario';
const MAX_AGE_SECONDS = '600';

export interface Cors {
  /**
   * The headers an answer to `req` carries, as name/value pairs: Access-Control-Allow-Origin (and
   * Expose-Headers) when the request's origin is allowed. A fresh list, for the caller to add to.
   */
  headersFor(req: IncomingMessage): string[];
  /** Answers a preflight: 204 with the methods the path allows. */
  preflight(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): void;
}

export function createCors(options: CorsOptions = {}): Cors {
  const origins = options.origins?.length ? options.origins : ['*'];
  const any = origins.includes('*');

  /** The value of Access-Control-Allow-Origin for this request, or undefined for an origin not allowed. */
  function allowOrigin(req: IncomingMessage): string | undefined {
    if (any) return '*';
    const origin = req.headers.origin;
    return origin !== undefined && origins.includes(origin) ? origin : undefined;
  }

  function headersFor(req: IncomingMessage): string[] {
    const origin = allowOrigin(req);
    // The answer differs by Origin once a list narrows it: caches must keep them apart.
    const headers = any ? [] : ['Vary', 'Origin'];
    if (origin !== undefined) headers.push('Access-Control-Allow-Origin', origin, 'Access-Control-Expose-Headers', EXPOSED_HEADERS);
    return headers;
  }

  function preflight(req: IncomingMessage, res: ServerResponse, allowed: readonly string[]): void {
    setHeaderPairs(res, headersFor(req));
    const methods = allowed.join(', ');
    res.setHeader('Allow', methods);
    if (res.hasHeader('Access-Control-Allow-Origin')) {
      const requested = req.headers['access-control-request-headers'];
      res.setHeader('Access-Control-Allow-Methods', methods);
      res.setHeader('Access-Control-Allow-Headers', typeof requested === 'string' && requested.trim() ? requested : DEFAULT_ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', MAX_AGE_SECONDS);
      if (!any) res.setHeader('Vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
    }
    res.statusCode = 204;
    res.end();
  }

  return { headersFor, preflight };
}
