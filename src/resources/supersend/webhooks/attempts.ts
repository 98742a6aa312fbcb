/**
 * Attempts of a delivery: each one runs off the request path in the workspace's bounded queue (a few in
 * flight), is signed with the Standard Webhooks scheme, and its outcome is stored on the delivery. A
 * failed attempt schedules the next one on the workspace clock (settings.retryDelaysMs after the attempt's
 * time), so a frozen clock holds retries and advancing it runs them in order.
 *
 * Attempt times are workspace times; the `webhook-timestamp` header alone is real time, so receivers'
 * tolerance checks (5 minutes in the Standard Webhooks libraries) pass whatever the workspace clock says.
 */
import { Webhook } from 'standardwebhooks';
import type { StoreHost } from '../../../workspace/stores.js';
import { systemTime } from '../../../workspace/clock.js';
import { beforeChange, unlogged } from '../../../workspace/writes.js';
import { SANDBOX_VERSION } from '../../../version.js';
import { logUnexpected } from '../../../http/errors.js';
import type { AttemptResult } from './delivery.js';
import type { DeliveryRecord, DeliveryRuntime, WebhookRecord, WebhookStore } from './store.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** Headers the sender sets itself; a webhook's custom headers cannot replace them. */
export const RESERVED_HEADERS = new Set(['content-type', 'content-length', 'host', 'user-agent', 'webhook-id', 'webhook-timestamp', 'webhook-signature', 'connection', 'transfer-encoding']);

/** Attempts a delivery gets in all, under the sandbox's settings. */
export const maxAttempts = (store: WebhookStore) => store.runtime.outbound.settings.retryDelaysMs.length + 1;

/**
 * Queues one attempt of `delivery`, due at `at` (workspace time; default now). Nothing here waits for
 * it; a delivery already waiting or in flight is not queued twice.
 */
export function dispatch(host: StoreHost, store: WebhookStore, delivery: DeliveryRecord, at = host.clock.now()): void {
  const rt = store.runtime;
  if (rt.busy.has(delivery)) return;
  if (rt.waiting.length >= rt.outbound.settings.queueLimit) {
    const error = `sendbox's delivery queue for this workspace is full (${rt.waiting.length} attempts waiting); the attempt was not sent`;
    recordOutcome(host, store, delivery, at, { status: null, ok: false, timeMs: null, body: null, headers: null, error, refused: false, aborted: false });
    return;
  }
  rt.busy.add(delivery);
  rt.waiting.push(() => attempt(host, store, delivery, at));
  pump(rt);
}

/** Starts waiting attempts while slots are free; each starts on a later turn, outside any write. */
function pump(rt: DeliveryRuntime): void {
  while (rt.running < rt.outbound.settings.concurrency && rt.waiting.length > 0) {
    const job = rt.waiting.shift()!;
    rt.running++;
    // Outside the write that queued it: its outcome is stored by itself, not undone with that write.
    unlogged(() =>
      setImmediate(() => {
        job()
          .catch(err => logUnexpected('webhook delivery', 'an attempt', err))
          .finally(() => {
            rt.running--;
            pump(rt);
          });
      }),
    );
  }
}

/** The request a delivery makes: its payload, the webhook's headers, the signature headers. */
export function signedRequest(webhook: WebhookRecord, delivery: DeliveryRecord, sentAt: Date) {
  const body = JSON.stringify(delivery.payload);
  const custom = Object.entries(webhook.headers).filter(([name]) => !RESERVED_HEADERS.has(name.toLowerCase()));
  const headers: Record<string, string> = {
    ...Object.fromEntries(custom),
    'content-type': 'application/json',
    'user-agent': `sendbox-webhooks/${SANDBOX_VERSION}`,
    'webhook-id': delivery.id,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': new Webhook(webhook.secret).sign(delivery.id, sentAt, body),
  };
  return { body, headers };
}

async function attempt(host: StoreHost, store: WebhookStore, delivery: DeliveryRecord, at: number): Promise<void> {
  const rt = store.runtime;
  try {
    const webhook = store.webhooks.get(delivery.webhook_id);
    // The write that queued it rolled back, an import replaced it, or its webhook was deleted meanwhile.
    if (store.deliveries.get(delivery.id) !== delivery || !webhook || rt.outbound.closed) return;
    const { body, headers } = signedRequest(webhook, delivery, new Date(systemTime()));
    const result = await rt.outbound.send({ url: webhook.url, headers, body, workspaceId: host.id, messageId: delivery.id, secret: webhook.secret });
    if (result.aborted || store.deliveries.get(delivery.id) !== delivery) return;
    recordOutcome(host, store, delivery, at, result);
    rt.outbound.changed(host.id);
  } finally {
    rt.busy.delete(delivery);
  }
}

/** Stores an attempt's outcome and schedules the next attempt when one is left. */
function recordOutcome(host: StoreHost, store: WebhookStore, d: DeliveryRecord, at: number, result: AttemptResult): void {
  beforeChange(d);
  d.attempt_count += 1;
  d.last_attempt_at = iso(at);
  d.response_status = result.status;
  d.response_time_ms = result.timeMs;
  d.response_body = result.body;
  d.response_headers = result.headers;
  d.error_message = result.error;
  d.next_retry_at = null;
  if (result.ok) {
    d.status = 'delivered';
    d.delivered_at = iso(at);
    return;
  }
  if (result.refused || d.attempt_count >= d.max_attempts) {
    d.status = 'failed';
    return;
  }
  const delays = store.runtime.outbound.settings.retryDelaysMs;
  const next = at + (delays[d.attempt_count - 1] ?? delays[delays.length - 1] ?? 0);
  d.status = 'retrying';
  d.next_retry_at = iso(next);
  scheduleRetry(host, store, d, next);
}

/**
 * The next attempt at `at`, unless another attempt (a manual retry) came first. A webhook disabled
 * meanwhile gets no more automatic attempts: the delivery fails, saying so (a manual retry still sends).
 */
function scheduleRetry(host: StoreHost, store: WebhookStore, d: DeliveryRecord, at: number): void {
  const expected = d.attempt_count;
  host.scheduler.at(at, `webhook delivery ${d.id} attempt ${expected + 1}`, () => {
    const current = store.deliveries.get(d.id);
    if (!current || current.status !== 'retrying' || current.attempt_count !== expected) return;
    if (store.webhooks.get(current.webhook_id)?.enabled === false) {
      Object.assign(beforeChange(current), { status: 'failed', next_retry_at: null, error_message: 'The webhook was disabled; automatic retries stopped' });
      return;
    }
    dispatch(host, store, current, at);
  });
}

/** After an import or a restart: pending deliveries are attempted now, retrying ones at their next_retry_at. */
export function resumeDeliveries(store: WebhookStore, host: StoreHost): void {
  for (const d of store.deliveries.values()) {
    if (d.status === 'pending') dispatch(host, store, d);
    else if (d.status === 'retrying') scheduleRetry(host, store, d, d.next_retry_at ? Date.parse(d.next_retry_at) : host.clock.now());
  }
}
