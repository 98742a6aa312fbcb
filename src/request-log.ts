/**
 * What the request log says: one line per request, written where the journal entry is, and one per
 * unexpected error. Only pino's types here, so the sandbox loads no logging code unless given a logger.
 */
import type { Logger } from 'pino';
import type { Violation } from './contract/request-validator.js';

export type SandboxLogger = Logger;

/** What one request's log line says; the same facts the journal keeps. */
export interface RequestLine {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  requestId: string;
  workspace: string;
  operationId: string | null;
  violations: Violation[];
  scenarios: string[];
  fault: string | null;
}

/** Logs one request, after its answer was sent. A 5xx or a cut connection is a warning. */
export function logRequest(logger: SandboxLogger, line: RequestLine): void {
  const level = line.status >= 500 || line.fault ? 'warn' : 'info';
  // `--quiet` logs warnings only: most lines are not built at all.
  if (!logger.isLevelEnabled(level)) return;
  const fields = {
    requestId: line.requestId,
    method: line.method,
    path: line.path,
    status: line.status,
    durationMs: line.durationMs,
    workspace: line.workspace,
    operationId: line.operationId,
    violations: line.violations.map(violationText),
    scenarios: line.scenarios,
    fault: line.fault,
  };
  const message = `${line.method} ${line.path} ${line.fault ? `fault:${line.fault}` : line.status}`;
  logger[level](fields, message);
}

/** An unexpected error (a bug, not a client's bad request), with the request id and the stack. */
export function logInternalError(logger: SandboxLogger, requestId: string, where: string, err: unknown): void {
  logger.error({ requestId, where, err: err instanceof Error ? err : new Error(String(err)) }, `unexpected error in ${requestId} (${where})`);
}

export function violationText(v: Violation): string {
  return `${v.location} ${v.param}: ${v.message}`;
}
