/**
 * Layer 5: writes the answer. Every response carries `X-Request-Id`; V2 bodies carry the same value as
 * `request_id`; errors take the envelope of the request's family.
 */
import type { ServerResponse } from 'node:http';
import type { Family } from '../contract/families.js';
import { ApiError, renderError } from '../http/errors.js';
import { encodedJson, toJson, type EncodedJson, type EncodedPage } from '../http/json-text.js';
import { putHeader, setHeaderPairs } from '../http/header-pairs.js';
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

/**
 * Where an answer goes: the response, the request's id, and the headers gathered on the way (CORS,
 * validation warnings) as name/value pairs (http/header-pairs.ts), which sendRendered writes with the
 * answer's own in one writeHead.
 */
export interface Reply {
  res: ServerResponse;
  requestId: string;
  headers: string[];
}

export function sendResult(reply: Reply, family: Family, result: HandlerResult): Answer {
  return sendRendered(reply, renderResult(family, reply.requestId, result));
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
  if (encoded && !(withRequestId && 'request_id' in body)) return renderEncoded(result.status, headers, body, encoded, withRequestId ? requestId : undefined);
  if (!withRequestId) return { status: result.status, payload: toJson(body), contentType: 'application/json; charset=utf-8', headers, body };
  // A frozen body (an encoded page that names a request_id of its own) is copied, never changed.
  const envelope = Object.isFrozen(body) ? { ...body } : body;
  envelope.request_id = requestId;
  return { status: result.status, payload: toJson(envelope), contentType: 'application/json; charset=utf-8', headers, body: envelope };
}

/** A body encoded earlier (a cached page): its bytes are sent as they are, a V2 request_id after them. */
function renderEncoded(status: number, headers: Record<string, string>, body: unknown, encoded: EncodedPage, requestId: string | undefined): RenderedResult {
  const contentType = 'application/json; charset=utf-8';
  if (requestId === undefined) return { status, payload: '', head: encoded, contentType, headers, body };
  // The envelope's closing brace moves after the request_id, where assigning the field would put it.
  return { status, payload: `,"request_id":${JSON.stringify(requestId)}}`, head: encoded.open, contentType, headers, body };
}

/** The whole payload as one text (for a fault that sends part of it or breaks it). */
export function payloadText(answer: RenderedResult): string {
  return (answer.head?.text ?? '') + (answer.payload ?? '');
}

/** Writes the answer, its headers in one writeHead. */
export function sendRendered(reply: Reply, answer: RenderedResult): Answer {
  const { res } = reply;
  // A copy: if writing fails (a header value Node refuses), the error answer starts from the gathered list.
  const headers = reply.headers.concat('X-Request-Id', reply.requestId);
  // The answer's own headers (a scenario rule's, say) replace gathered ones of the same name, and the
  // sandbox's Content-Type and Content-Length replace theirs, as setHeader calls in that order would.
  for (const name of Object.keys(answer.headers)) putHeader(headers, name, answer.headers[name]);
  if (answer.stream) {
    if (answer.contentType) putHeader(headers, 'Content-Type', answer.contentType);
    res.writeHead(answer.status, headers);
    res.flushHeaders();
    answer.stream(res);
    return { status: answer.status, body: undefined };
  }
  if (answer.payload === undefined) {
    // As Node's end() would say of an empty body, where a body may be (not after 204 or 304).
    if (answer.status !== 204 && answer.status !== 304) putHeader(headers, 'Content-Length', '0');
    res.writeHead(answer.status, headers).end();
    return { status: answer.status, body: undefined };
  }
  const head = answer.head;
  const length = (head?.bytes.length ?? 0) + Buffer.byteLength(answer.payload);
  putHeader(headers, 'Content-Type', answer.contentType!);
  putHeader(headers, 'Content-Length', String(length));
  res.writeHead(answer.status, headers);
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
  reply: Reply,
  family: Family,
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
    return sendError(reply, family, error, now);
  }
  if (respond.rawBody !== undefined) {
    setHeaderPairs(reply.res, reply.headers);
    // The rule's headers may name its own Content-Type.
    reply.res.writeHead(respond.status, { 'X-Request-Id': reply.requestId, 'Content-Type': 'application/json; charset=utf-8', ...respond.headers });
    reply.res.end(respond.rawBody);
    return { status: respond.status, body: respond.rawBody, text: respond.rawBody };
  }
  return sendResult(reply, family, { status: respond.status, body: respond.body, headers: respond.headers });
}

export function sendError(reply: Reply, family: Family, error: ApiError, now: string): Answer {
  const body = renderError(family, error, { requestId: reply.requestId, now });
  return sendResult(reply, family, { status: error.status, body, headers: error.options.headers });
}

function isEnvelope(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && ('success' in body || 'error' in body);
}
