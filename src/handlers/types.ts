/**
 * What a resource handler receives and returns. Handlers know nothing of Express.
 *
 * Handlers are declared by operationId (`Handlers`): each one's context carries the request typed from
 * the operation in the generated document types (src/contract/openapi.gen.ts, src/control/openapi.gen.ts),
 * so a change to a document that breaks a handler fails `tsc`. `handlerTable` turns them into the
 * untyped table the dispatcher looks operations up in.
 */
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { Contract, ContractOperation } from '../contract/contract.js';
import type { operations as ApiOperations } from '../contract/openapi.gen.js';
import type { operations as ControlOperations } from '../control/openapi.gen.js';
import type { ValidatedRequest } from '../contract/request-validator.js';
import type { UploadedFile } from '../http/body.js';
import type { Workspace } from '../workspace/workspace.js';

export interface HandlerContext<Request extends ValidatedRequest = ValidatedRequest> {
  operation: ContractOperation;
  workspace: Workspace;
  request: Request;
  files: UploadedFile[];
  headers: IncomingHttpHeaders;
  /** The request path and query as sent (before coercion). */
  path: string;
  rawQuery: Record<string, string | string[]>;
  requestId: string;
  contract: Contract;
}

export interface HandlerResult {
  status: number;
  /** JSON-serialisable body, a string (sent as `contentType`), or undefined for no body. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  /**
   * An answer that goes on after its headers (server-sent events): once status and headers are written,
   * `stream` owns the response and ends it when it is done. `body` is ignored.
   */
  stream?: (res: ServerResponse) => void;
}

export type Handler = (ctx: HandlerContext) => HandlerResult | Promise<HandlerResult>;

/** Stateful handlers by operationId; an operation without one answers from the document's examples. */
export type HandlerTable = Readonly<Record<string, Handler>>;

/** Every operation of the API document and of the control document, by operationId. */
export type Operations = ApiOperations & ControlOperations;
export type OperationId = keyof Operations;

/** An absent location (`query?: never`) reads as an empty object, as the validator hands it over. */
type Present<T> = [Exclude<T, undefined>] extends [never] ? Record<string, never> : Exclude<T, undefined>;
type ParametersIn<Id extends OperationId, In extends 'path' | 'query'> = Operations[Id] extends { parameters: infer P }
  ? P extends { [K in In]?: infer V } ? Present<V> : Record<string, never>
  : Record<string, never>;
/** The body in any of the documented media types; `undefined` when the body is optional or undocumented. */
type Body<Id extends OperationId> = Operations[Id] extends { requestBody: { content: infer C } }
  ? C[keyof C]
  : Operations[Id] extends { requestBody?: { content: infer C } } ? C[keyof C] | undefined : undefined;

/**
 * The request of an operation as the validator hands it over: path and query coerced to their documented
 * types with documented defaults filled in, the body as documented. In `warn` and `off` validation modes
 * the values are what the client sent, violations and all; a handler whose service cannot take a wrong
 * value guards against it itself (see sk-contacts.ts).
 */
export interface OperationRequest<Id extends OperationId> extends ValidatedRequest {
  path: ParametersIn<Id, 'path'>;
  query: ParametersIn<Id, 'query'>;
  body: Body<Id>;
}

export type OperationContext<Id extends OperationId> = HandlerContext<OperationRequest<Id>>;
export type OperationHandler<Id extends OperationId> = (ctx: OperationContext<Id>) => HandlerResult | Promise<HandlerResult>;

/** Handlers by operationId: a key that is not an operation of either document fails `tsc`. */
export type Handlers = { readonly [Id in OperationId]?: OperationHandler<Id> };

/** The typed handlers as the dispatcher's table. */
export function handlerTable(handlers: Handlers): HandlerTable {
  // The one place the typed view is granted: the dispatcher calls a handler only for its own operation,
  // with the request validated against the same document its types were generated from (in `warn`/`off`
  // modes as sent, see OperationRequest). TypeScript cannot relate the operationId key to the request.
  return handlers as unknown as HandlerTable;
}
