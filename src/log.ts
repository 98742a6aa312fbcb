/**
 * The terminal request log: one line per request (pino), pretty and coloured for a person at a terminal,
 * JSON lines for a machine. The command creates the logger (src/main.ts) and hands it to createSandbox;
 * a library user may pass their own pino logger, or none (then nothing is logged per request and
 * unexpected errors go to stderr as before).
 */
import { pino, type Logger, type LevelWithSilent } from 'pino';
import pinoPretty from 'pino-pretty';
import { isatty } from 'node:tty';
import type { Violation } from './contract/request-validator.js';

export type SandboxLogger = Logger;
export type LogFormat = 'pretty' | 'json';
export const LOG_FORMATS: readonly LogFormat[] = ['pretty', 'json'];
export const LOG_LEVELS: readonly LevelWithSilent[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

export interface LoggerOptions {
  level?: LevelWithSilent;
  format: LogFormat;
  /**
   * Where lines go: a stream, or a file descriptor (default 1, stdout). JSON lines to a descriptor are
   * written asynchronously, so lines that pile up under load go out in one write; call flushLog() before exiting.
   */
  destination?: NodeJS.WritableStream | number;
  /** Colour in the pretty format (default: whether the destination is a terminal). */
  colorize?: boolean;
}

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

export function createLogger(options: LoggerOptions): SandboxLogger {
  const destination = options.destination ?? 1;
  const level = options.level ?? 'info';
  if (options.format === 'json') {
    const stream = typeof destination === 'number' ? pino.destination({ dest: destination, sync: false }) : destination;
    return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, stream);
  }
  const colorize = options.colorize ?? (typeof destination === 'number' ? isatty(destination) : Boolean((destination as { isTTY?: boolean }).isTTY));
  const pretty = pinoPretty({
    destination,
    colorize,
    sync: true,
    translateTime: 'HH:MM:ss.l',
    ignore: 'pid,hostname',
    hideObject: true,
    // pino-pretty's Colorette functions; identity functions when colour is off.
    messageFormat: (log, messageKey, _level, extras) => prettyMessage(log, String(log[messageKey] ?? ''), extras.colors),
  });
  return pino({ level, base: undefined }, pretty);
}

/** Writes out what an asynchronous destination still holds; for the moment before the process exits. */
export function flushLog(logger: SandboxLogger): void {
  // pino keeps its destination under this symbol; sonic-boom's flushSync writes what it holds now.
  const stream = (logger as unknown as Record<symbol, { flushSync?: () => void } | undefined>)[pino.symbols.streamSym];
  try {
    stream?.flushSync?.();
  } catch {
    // Nothing to flush, or the destination is gone (stdout closed): the lines are lost either way.
  }
}

/** Logs one request, after its answer was sent. A 5xx or a cut connection is a warning. */
export function logRequest(logger: SandboxLogger, line: RequestLine): void {
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
  if (line.status >= 500 || line.fault) logger.warn(fields, message);
  else logger.info(fields, message);
}

/** An unexpected error (a bug, not a client's bad request), with the request id and the stack. */
export function logInternalError(logger: SandboxLogger, requestId: string, where: string, err: unknown): void {
  logger.error({ requestId, where, err: err instanceof Error ? err : new Error(String(err)) }, `unexpected error in ${requestId} (${where})`);
}

export function violationText(v: Violation): string {
  return `${v.location} ${v.param}: ${v.message}`;
}

interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  gray(s: string): string;
  magenta(s: string): string;
}

/** `GET /v2/teams 200 3.2ms req_… ws=default` then violations, scenarios and fault, on one line. */
function prettyMessage(log: Record<string, unknown>, message: string, c: Colors): string {
  if (typeof log.status !== 'number') {
    const err = log.err as { stack?: string } | undefined;
    return err?.stack ? `${message}\n${err.stack}` : message;
  }
  const status = log.status;
  const paint = status >= 500 || log.fault ? c.red : status >= 400 ? c.yellow : c.green;
  const parts = [
    `${String(log.method)} ${String(log.path)}`,
    paint(log.fault ? `fault:${String(log.fault)}` : String(status)),
    c.gray(`${String(log.durationMs)}ms`),
    c.gray(String(log.requestId)),
    c.gray(`ws=${String(log.workspace)}`),
  ];
  const violations = log.violations as string[];
  if (violations.length) parts.push(c.yellow(`violations: ${violations.join('; ')}`));
  const scenarios = log.scenarios as string[];
  if (scenarios.length) parts.push(c.magenta(`scenario: ${scenarios.join(', ')}`));
  return parts.join(' ');
}
