/**
 * The scenario layer's contract with the request chain. A scenario rule that matches a request may delay
 * it, answer it instead of the handler, cut the connection (a fault), or reshape a list answer
 * (pagination edge cases). The chain asks once per request, after validation, before the handler.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { ContractOperation } from '../contract/contract.js';
import type { Family } from '../contract/families.js';
import type { HandlerResult } from '../handlers/types.js';
import type { Workspace } from '../workspace/workspace.js';

export interface ScenarioRequest {
  workspace: Workspace;
  operation: ContractOperation;
  family: Family;
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** The API key presented (for `match.key`). */
  key: string | undefined;
}

/** How the connection is cut. `before`: the handler never runs; `after`: it ran, the answer is lost. */
export interface Fault {
  kind: 'connection_reset' | 'empty_reply' | 'malformed_json' | 'truncated_body' | 'slow_drip' | 'hang';
  when: 'before' | 'after';
  /** slow_drip: bytes per second; truncated_body: share of the body sent (0–1). */
  rate?: number;
}

export interface ScenarioOutcome {
  /** Names of the rules that applied, `scenario/rule`. */
  applied: string[];
  delayMs?: number;
  /** Answer instead of the handler: a status with an error rendered in the family envelope, or a raw body. */
  respond?: {
    status: number;
    /** `skCode`: the Contacts API envelope code, where it differs from what the status implies. */
    error?: { code: string; message: string; skCode?: string; suggestion?: string };
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
  };
  fault?: Fault;
  /** Reshapes the handler's answer (pagination effects). */
  transform?: (result: HandlerResult) => HandlerResult;
}

export interface ScenarioLayer {
  evaluate(request: ScenarioRequest): ScenarioOutcome;
}
