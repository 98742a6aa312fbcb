/**
 * Layer 5: writes the answer. Every response carries `X-Request-Id`; V2 bodies carry the same value as
 * `request_id`; errors take the envelope of the request's family.
 */
import type { ServerResponse } from 'node:http';
import type { Family } from '../contract/families.js';
import { ApiError, renderError } from '../http/errors.js';
import type { HandlerResult } from '../handlers/types.js';
import type { ContractOperation } from '../contract/contract.js';
import type { ScenarioOutcome } from '../scenarios/types.js';

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

/** The serialised answer, for a fault that sends part of it or breaks it. */
export function render(family: Family, requestId: string, result: HandlerResult): { status: number; body: string } {
  const body = result.body;
  if (typeof body === 'string') return { status: result.status, body };
  if ((family === 'v2' || family === 'control') && isEnvelope(body)) body.request_id = requestId;
  return { status: result.status, body: body === undefined ? '' : JSON.stringify(body) };
}

/**
 * A scenario's answer: an error code rendered in the family's envelope, a raw JSON body, or (status only)
 * no body at all, as the load balancer's 503 of the documented rate limits.
 */
export function sendScenarioAnswer(
  res: ServerResponse,
  family: Family,
  requestId: string,
  operation: ContractOperation,
  respond: NonNullable<ScenarioOutcome['respond']>,
  now: string,
): Answer {
  if (respond.error) {
    const { code, message, skCode, suggestion } = respond.error;
    const error = new ApiError(respond.status, code, message, {
      headers: respond.headers,
      skCode,
      suggestion,
      flat: operation.flatValidationErrors && respond.status === 400,
    });
    return sendError(res, family, requestId, error, now);
  }
  if (respond.rawBody !== undefined) {
    res.writeHead(respond.status, { 'Content-Type': 'application/json; charset=utf-8', ...respond.headers });
    res.end(respond.rawBody);
    return { status: respond.status, body: respond.rawBody };
  }
  return sendResult(res, family, requestId, { status: respond.status, body: respond.body, headers: respond.headers });
}

export function sendError(res: ServerResponse, family: Family, requestId: string, error: ApiError, now: string): Answer {
  const body = renderError(family, error, { requestId, now });
  return sendResult(res, family, requestId, { status: error.status, body, headers: error.options.headers });
}

function isEnvelope(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && ('success' in body || 'error' in body);
}
