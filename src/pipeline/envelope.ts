/**
 * Layer 5: writes the answer. Every response carries `X-Request-Id`; V2 bodies carry the same value as
 * `request_id`; errors take the envelope of the request's family.
 */
import type { ServerResponse } from 'node:http';
import type { Family } from '../contract/families.js';
import { ApiError, renderError } from '../http/errors.js';
import { encodedJson, toJson, type EncodedJson } from '../http/json-text.js';
import type { HandlerResult } from '../handlers/types.js';
import type { ContractOperation } from '../contract/contract.js';
import type { ScenarioOutcome } from '../scenarios/types.js';

export interface Answer {
  status: number;
  body: unknown;
  /** The body as sent, when there was one (for the journal: already serialised, so keeping it costs nothing). */
  text?: string;
  /** Text the body began with before `text`, when that start was encoded earlier (RenderedResult.head). */
  head?: string;
}

export function sendResult(res: ServerResponse, family: Family, requestId: string, result: HandlerResult): Answer {
  return sendRendered(res, requestId, renderResult(family, requestId, result));
}

/** An answer serialised and ready to send; rendering may throw (an unserialisable body), sending does not. */
export interface RenderedResult {
  status: number;
  /** The payload (after `head`, when there is one); undefined for an answer without a body. */
  payload: string | undefined;
  /** The start of the payload, encoded earlier: a cached page, whose request_id `payload` then adds. */
  head?: EncodedJson;
  contentType: string | undefined;
  headers: Record<string, string>;
  /** The body as the handler gave it (for the caller's records). */
  body: unknown;
  /** Takes over the response once its headers are written (HandlerResult.stream). */
  stream?: (res: ServerResponse) => void;
}

export function renderResult(family: Family, requestId: string, result: HandlerResult): RenderedResult {
  const body = result.body;
  const headers = result.headers ?? {};
  if (result.stream) return { status: result.status, payload: undefined, contentType: result.contentType, headers, body: undefined, stream: result.stream };
  if (body === undefined || result.status === 204) return { status: result.status, payload: undefined, contentType: undefined, headers, body: undefined };
  if (typeof body === 'string') return { status: result.status, payload: body, contentType: `${result.contentType ?? 'text/plain'}; charset=utf-8`, headers, body };
  const withRequestId = (family === 'v2' || family === 'control') && isEnvelope(body);
  const encoded = encodedJson(body);
  if (encoded && !(withRequestId && 'request_id' in body)) {
    const render = { status: result.status, contentType: 'application/json; charset=utf-8', headers, body };
    if (!withRequestId) return { ...render, payload: '', head: encoded };
    // The envelope's closing brace moves after the request_id, where assigning the field would put it.
    const head = { text: encoded.text.slice(0, -1), bytes: encoded.bytes.subarray(0, -1) };
    return { ...render, payload: `,"request_id":${JSON.stringify(requestId)}}`, head };
  }
  if (withRequestId) body.request_id = requestId;
  return { status: result.status, payload: toJson(body), contentType: 'application/json; charset=utf-8', headers, body };
}

/** The whole payload as one text (for a fault that sends part of it or breaks it). */
export function payloadText(answer: RenderedResult): string {
  return (answer.head?.text ?? '') + (answer.payload ?? '');
}

export function sendRendered(res: ServerResponse, requestId: string, answer: RenderedResult): Answer {
  res.setHeader('X-Request-Id', requestId);
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.statusCode = answer.status;
  if (answer.stream) {
    if (answer.contentType) res.setHeader('Content-Type', answer.contentType);
    res.flushHeaders();
    answer.stream(res);
    return { status: answer.status, body: undefined };
  }
  if (answer.payload === undefined) {
    res.end();
    return { status: answer.status, body: undefined };
  }
  res.setHeader('Content-Type', answer.contentType!);
  const head = answer.head;
  res.setHeader('Content-Length', (head?.bytes.length ?? 0) + Buffer.byteLength(answer.payload));
  if (!head) {
    res.end(answer.payload);
    return { status: answer.status, body: answer.body, text: answer.payload };
  }
  // One packet still: the response corks its socket on write until end().
  res.write(head.bytes);
  res.end(answer.payload);
  return { status: answer.status, body: answer.body, text: answer.payload, head: head.text };
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
    return { status: respond.status, body: respond.rawBody, text: respond.rawBody };
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
