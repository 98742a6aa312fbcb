/**
 * The terminal request log: one line per request (pino), pretty and coloured for a person at a terminal,
 * JSON lines for a machine. The command creates the logger (src/main.ts) and hands it to createSandbox;
 * a library user may pass their own pino logger, or none (then nothing is logged per request and
 * unexpected errors go to stderr as before). What a line says is in request-log.ts, which the sandbox
 * imports without loading pino.
 */
import { pino, type LevelWithSilent } from 'pino';
import pinoPretty from 'pino-pretty';
import { isatty } from 'node:tty';
import type { SandboxLogger } from './request-log.js';

export type { SandboxLogger } from './request-log.js';
export type LogFormat = 'pretty' | 'json';

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

export function createLogger(options: LoggerOptions): SandboxLogger {
  const destination = options.destination ?? 1;
  const level = options.level ?? 'info';
  if (options.format === 'json') {
    const stream = typeof destination === 'number' ? pino.destination({ dest: destination, sync: false }) : destination;
    return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, stream);
  }
  // A WritableStream has no isTTY in its type; process.stdout and tty.WriteStream do.
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
