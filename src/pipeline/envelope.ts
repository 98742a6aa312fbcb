/**
 * Layer 5: writes the answer. Every response carries `X-Request-Id`; V2 bodies carry the same value as
 * `request_id`; errors take the envelope of the request's family.
 */
import type { ServerResponse } from 'node:http';
import type { Family } from '../contract/families.js';
import { ApiError, renderError } from '../http/errors.js';
import type { HandlerResult } from '../handlers/types.js';

export interface Answer {
  status: number;
  body: unknown;
}

export function sendResult(res: ServerResponse, family: Family, requestId: string, result: HandlerResult): Answer {
  res.setHeader('X-Request-Id', requestId);
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
  res.statusCode = result.status;
  const body = result.body;
  if (body === undefined || result.status === 204) {
    res.end();
    return { status: result.status, body: undefined };
  }
  let payload: string;
  if (typeof body === 'string') {
    res.setHeader('Content-Type', `${result.contentType ?? 'text/plain'}; charset=utf-8`);
    payload = body;
  } else {
    if ((family === 'v2' || family === 'control') && isEnvelope(body)) body.request_id = requestId;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    payload = JSON.stringify(body);
  }
  res.setHeader('Content-Length', Buffer.byteLength(payload));
  res.end(payload);
  return { status: result.status, body };
}

export function sendError(res: ServerResponse, family: Family, requestId: string, error: ApiError, now: string): Answer {
  const body = renderError(family, error, { requestId, now });
  return sendResult(res, family, requestId, { status: error.status, body, headers: error.options.headers });
}

function isEnvelope(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && ('success' in body || 'error' in body);
}
