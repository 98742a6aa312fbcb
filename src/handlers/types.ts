/** What a resource handler receives and returns. Handlers know nothing of Express. */
import type { IncomingHttpHeaders } from 'node:http';
import type { Contract, ContractOperation } from '../contract/contract.js';
import type { ValidatedRequest } from '../contract/request-validator.js';
import type { UploadedFile } from '../http/body.js';
import type { Workspace } from '../workspace/workspace.js';

export interface HandlerContext {
  operation: ContractOperation;
  workspace: Workspace;
  request: ValidatedRequest;
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
}

export type Handler = (ctx: HandlerContext) => HandlerResult | Promise<HandlerResult>;

/** Stateful handlers by operationId; an operation without one answers from the document's examples. */
export type HandlerTable = Readonly<Record<string, Handler>>;
