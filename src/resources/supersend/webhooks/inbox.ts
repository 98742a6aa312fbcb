/**
 * The built-in receiver (`/__sandbox/webhook-inbox/{name}`): a webhook.site inside the sandbox, so a demo
 * or a CI job needs no receiver of its own. What arrives is kept per workspace, with the result of
 * checking its signature against that workspace's webhook secrets. Not state: a reset or an import empties
 * it (it lives in the store's runtime, beside the queue).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { handlerTable, type HandlerTable } from '../../../handlers/types.js';
import { message, ok } from '../../../handlers/v2-envelope.js';
import type { World } from '../../world.js';
import type { Outbound } from './delivery.js';
import type { InboxEntry, StoredInboxEntry, WebhookStore } from './store.js';

export const INBOX_ENTRIES = 100;
export const INBOXES_PER_WORKSPACE = 20;
/** Bodies larger than this (as JSON) are kept as a truncated string. */
export const INBOX_BODY_CAP = 256 * 1024;
/** Bytes of bodies one workspace's inboxes keep in all; the oldest entries of the least recently used inbox go first. */
export const INBOX_BYTES_PER_WORKSPACE = 8 * 1024 * 1024;

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  return out;
}

/** Checks the Standard Webhooks signature with each of the workspace's webhook secrets. */
export function checkSignature(store: WebhookStore, headers: Record<string, string>, raw: string): InboxEntry['signature'] {
  if (!headers['webhook-signature'] || !headers['webhook-id'] || !headers['webhook-timestamp']) {
    return { verified: false, webhook_id: null, error: 'missing webhook-id, webhook-timestamp or webhook-signature header' };
  }
  let error = 'the workspace has no webhooks';
  for (const webhook of store.webhooks.values()) {
    try {
      new Webhook(webhook.secret).verify(raw, headers);
      return { verified: true, webhook_id: webhook.id, error: null };
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
  }
  return { verified: false, webhook_id: null, error };
}

function receive(ws: World, name: string, headers: IncomingHttpHeaders, body: unknown): InboxEntry {
  const store = ws.stores.webhooks;
  const inbox = store.runtime.inbox;
  const flat = flatHeaders(headers);
  // The sender serialises with JSON.stringify, so the parsed body serialises back to the bytes it signed.
  const raw = body === undefined ? '' : JSON.stringify(body);
  const truncated = raw.length > INBOX_BODY_CAP;
  const text = truncated ? `${raw.slice(0, INBOX_BODY_CAP)}…` : raw;
  const entry: StoredInboxEntry = {
    id: `in_${++store.runtime.arrivals}`,
    received_at: ws.clock.isoNow(),
    headers: flat,
    text,
    truncated,
    bytes: text.length + Object.entries(flat).reduce((n, [k, v]) => n + k.length + v.length, 0),
    signature: checkSignature(store, flat, raw),
  };
  const entries = inbox.get(name) ?? [];
  // The most recently used inbox goes last, so the least recently used is the first to go.
  inbox.delete(name);
  inbox.set(name, entries);
  entries.push(entry);
  store.runtime.inboxBytes += entry.bytes;
  if (entries.length > INBOX_ENTRIES) store.runtime.inboxBytes -= entries.shift()!.bytes;
  if (inbox.size > INBOXES_PER_WORKSPACE) dropInbox(store, inbox.keys().next().value!);
  // Within the byte budget: the newest entry always stays.
  for (const [oldest, kept] of inbox) {
    if (store.runtime.inboxBytes <= INBOX_BYTES_PER_WORKSPACE) break;
    while (kept.length > 0 && kept[0] !== entry && store.runtime.inboxBytes > INBOX_BYTES_PER_WORKSPACE) store.runtime.inboxBytes -= kept.shift()!.bytes;
    if (kept.length === 0) inbox.delete(oldest);
  }
  return entryView(entry);
}

/** The entry as the API answers it: the body parsed again (a cut one stays text). */
function entryView({ text, truncated, bytes: _bytes, ...entry }: StoredInboxEntry): InboxEntry {
  return { ...entry, body: truncated ? text : text === '' ? null : JSON.parse(text) };
}

function dropInbox(store: WebhookStore, name: string): number {
  const entries = store.runtime.inbox.get(name) ?? [];
  for (const e of entries) store.runtime.inboxBytes -= e.bytes;
  store.runtime.inbox.delete(name);
  return entries.length;
}

export function webhookInboxHandlers(parts: { workspaces: { get(id: string): World | undefined }; outbound: Outbound }): HandlerTable {
  return handlerTable({
    ctlWebhookInboxReceive: ({ workspace, request, headers }) => {
      const id = headers['webhook-id'];
      const sender = typeof id === 'string' ? parts.outbound.senderOf(id) : undefined;
      const target = (sender && parts.workspaces.get(sender.workspaceId)) || workspace;
      return ok({ received: true, entry: receive(target, request.path.name, headers, request.body) });
    },
    ctlWebhookInboxList: ({ workspace, request }) => ok((workspace.stores.webhooks.runtime.inbox.get(request.path.name) ?? []).map(entryView)),
    ctlWebhookInboxClear: ({ workspace, request }) => {
      const cleared = dropInbox(workspace.stores.webhooks, request.path.name);
      return message('Inbox cleared', { cleared });
    },
  });
}
