/**
 * Layer 4: the resource handler for the operation, or, until one exists, prism-http's answer from the
 * document's examples, marked `X-Sandbox-Source: example` so nobody mistakes it for simulated state.
 */
import type { HttpMethod } from '@stoplight/types';
import type { Contract } from '../contract/contract.js';
import { answerFromExamples } from '../contract/prism.js';
import { ApiError } from '../http/errors.js';
import type { HandlerContext, HandlerResult, HandlerTable } from '../handlers/types.js';

/**
 * The documents are the registry of operations: a handler keyed by a name neither document declares
 * could never be reached (a typo, or an operation renamed or removed), so start-up fails naming it.
 */
export function assertHandlersDocumented(handlers: HandlerTable, documents: readonly Contract[]): void {
  const unknown = Object.keys(handlers).filter(id => !documents.some(d => d.byId.has(id)));
  if (unknown.length) throw new Error(`Handlers for operations no document declares: ${unknown.join(', ')}`);
}

export async function dispatch(handlers: HandlerTable, ctx: HandlerContext): Promise<HandlerResult> {
  const handler = handlers[ctx.operation.operationId];
  if (handler) {
    try {
      const result = await handler(ctx);
      return { ...result, headers: { ...FROM_STATE, ...result.headers } };
    } catch (e) {
      throw markedAsFromState(e);
    }
  }
  return exampleAnswer(ctx);
}

const FROM_STATE = { 'X-Sandbox-Source': 'state' };

/** A handler's refusal (an unknown id, a team not accessible) is as much an answer from state as its success. */
function markedAsFromState(e: unknown): unknown {
  if (!(e instanceof ApiError)) return e;
  return new ApiError(e.status, e.code, e.message, { ...e.options, headers: { ...FROM_STATE, ...e.options.headers } });
}

function exampleAnswer(ctx: HandlerContext): HandlerResult {
  const answer = answerFromExamples(ctx.operation.http, {
    // prism-http read the method from the document's path item keys, which are all HTTP methods.
    method: ctx.operation.http.method as HttpMethod,
    url: { path: ctx.path, query: ctx.rawQuery },
    headers: Object.fromEntries(Object.entries(ctx.headers).map(([k, v]) => [k, String(v)])),
    body: ctx.request.body,
  });
  if (!answer.ok) throw new ApiError(500, 'internal_error', `No documented example to answer with: ${answer.message}`);
  const { statusCode, body, headers } = answer.response;
  const contentType = headers?.['content-type'] ?? headers?.['Content-type'];
  return {
    status: statusCode,
    body,
    contentType: typeof body === 'string' ? contentType : undefined,
    headers: { 'X-Sandbox-Source': 'example' },
  };
}
