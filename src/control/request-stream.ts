/**
 * Control plane: the request journal as server-sent events (GET /__sandbox/requests/stream). A stream
 * subscribes to its workspace's journal; the journal hands it each entry as it is recorded, and the
 * stream writes what arrived within one turn of the event loop in one write, after the request that
 * produced it has been answered, so a watching console costs the request path one array push.
 */
import type { JournalCloseReason, Journal, JournalEntry } from '../workspace/journal.js';

/** Unread bytes a client may let pile up before it is dropped. */
export const MAX_UNREAD_BYTES = 1024 * 1024;
/** A comment line this often keeps proxies and browsers from closing an idle stream. */
const HEARTBEAT_MS = 15_000;
/** How long a browser waits before reconnecting a stream that broke. */
const RETRY_MS = 2000;

/** The writable side a stream needs: a ServerResponse, or any Writable in a test. */
export interface EventSink {
  write(chunk: string): boolean;
  end(chunk?: string): unknown;
  destroy(): unknown;
  readonly writableLength: number;
  readonly destroyed: boolean;
  once(event: 'close', listener: () => void): unknown;
}

/** What the stream tells of a request: the entry without its headers and bodies (GET /__sandbox/requests/{id} has them). */
export function entrySummary(e: JournalEntry) {
  return {
    id: e.id,
    at: e.at,
    method: e.method,
    path: e.path,
    operationId: e.operationId,
    status: e.status,
    durationMs: e.durationMs,
    requestId: e.requestId,
    violations: e.violations,
    scenarios: e.scenarios,
    applied: e.applied,
    fault: e.fault,
  };
}

function eventText(e: JournalEntry): string {
  return `id: ${e.id}\nevent: request\ndata: ${JSON.stringify(entrySummary(e))}\n\n`;
}

type EndReason = JournalCloseReason | 'slow' | 'gone';

/**
 * Subscribes to `journal` now (so nothing recorded meanwhile is missed) and answers how to attach the
 * response once its headers are sent; undefined when the journal already feeds as many streams as it may.
 * `replay` is sent first.
 */
export function openJournalStream(journal: Journal, replay: readonly JournalEntry[]): ((sink: EventSink) => void) | undefined {
  let sink: EventSink | undefined;
  let pending: JournalEntry[] = [...replay];
  let flushScheduled = false;
  let ended: EndReason | undefined;
  let heartbeat: NodeJS.Timeout | undefined;

  const unsubscribe = journal.subscribe({
    entry(e) {
      pending.push(e);
      scheduleFlush();
    },
    close: reason => finish(reason),
  });
  if (!unsubscribe) return undefined;

  function scheduleFlush(): void {
    if (flushScheduled || !sink) return;
    flushScheduled = true;
    setImmediate(flush);
  }

  function flush(): void {
    flushScheduled = false;
    if (ended || !sink) return;
    if (sink.writableLength > MAX_UNREAD_BYTES) return finish('slow');
    const text = pending.map(eventText).join('');
    pending = [];
    if (text) sink.write(text);
  }

  function finish(reason: EndReason): void {
    if (ended) return;
    ended = reason;
    unsubscribe!();
    clearInterval(heartbeat);
    if (sink) endSink(sink, reason);
  }

  /** A client that is gone or cannot keep up is cut off; otherwise it hears why the stream ends. */
  function endSink(s: EventSink, reason: EndReason): void {
    if (reason === 'gone' || reason === 'slow' || s.destroyed) {
      s.destroy();
      return;
    }
    const rest = pending.map(eventText).join('');
    pending = [];
    s.end(`${rest}event: close\ndata: ${reason}\n\n`);
  }

  return s => {
    sink = s;
    if (s.destroyed) return finish('gone');
    s.once('close', () => finish('gone'));
    s.write(`retry: ${RETRY_MS}\n\n`);
    // The journal may have closed the stream before the response was handed over (a reset meanwhile).
    if (ended) return endSink(s, ended);
    heartbeat = setInterval(() => s.write(': keep-alive\n\n'), HEARTBEAT_MS).unref();
    scheduleFlush();
  };
}
