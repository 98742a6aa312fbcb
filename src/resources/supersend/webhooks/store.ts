/**
 * Webhooks and their delivery log (facts §4.1). A webhook is a team's subscription: URL, toggles
 * (`config.<name>_event`), custom headers and a signing secret. A delivery is one event (or test) sent to
 * one webhook, with its attempts' outcome. Both are state (snapshot, persistence); what is in flight and
 * the built-in inbox are not (`runtime`): they belong to this process.
 */
import { LoggedMap, swapInPlace } from '../../../workspace/writes.js';
import { defineStore } from '../../../workspace/stores.js';
import { arrayOf, bool, dateTime, id, int, ndateTime, nid, nint, nobj, nstr, obj, oneOf, record, refer, section, str, text, uniqueIds, invalidSnapshot } from '../../../workspace/snapshot-schema.js';
import { defaultOutbound, type Outbound } from './delivery.js';
import { resumeDeliveries } from './attempts.js';

export const TOGGLES = ['open', 'click', 'reply', 'bounce', 'sent', 'unsubscribe'] as const;
export type Toggle = (typeof TOGGLES)[number];
/** The toggles as stored and listed: `reply_event`, `open_event`, … */
export type WebhookConfig = Record<`${Toggle}_event`, boolean>;

export interface WebhookRecord {
  id: string;
  team_id: string;
  url: string;
  name: string | null;
  enabled: boolean;
  config: WebhookConfig;
  headers: Record<string, string>;
  /** `whsec_` + base64 of 24 random bytes: the Standard Webhooks secret format. */
  secret: string;
  created_at: string;
  updated_at: string;
}

export type DeliveryStatus = 'pending' | 'retrying' | 'delivered' | 'failed';

export interface DeliveryRecord {
  id: string;
  webhook_id: string;
  team_id: string;
  /** The event delivered (a test delivery's synthetic event is in no log). */
  event_id: string | null;
  event_type: string;
  status: DeliveryStatus;
  attempt_count: number;
  max_attempts: number;
  last_attempt_at: string | null;
  next_retry_at: string | null;
  delivered_at: string | null;
  response_status: number | null;
  response_time_ms: number | null;
  error_message: string | null;
  /** The JSON body POSTed, as sent. */
  payload: Record<string, unknown>;
  campaign: { id: string; name: string } | null;
  contact: { id: string; email: string | null; name: string | null } | null;
  /** The last answer's body (at most RESPONSE_BODY_CAP bytes) and headers. */
  response_body: string | null;
  response_headers: Record<string, string> | null;
  created_at: string;
}

export interface InboxEntry {
  id: string;
  received_at: string;
  headers: Record<string, string>;
  body: unknown;
  signature: { verified: boolean; webhook_id: string | null; error: string | null };
}

/**
 * An entry as the inbox keeps it: the body as the JSON text it arrived as (cut past the cap), parsed again
 * when listed. Parsed objects can take many times their text's size, so the byte budget counts text.
 */
export interface StoredInboxEntry extends Omit<InboxEntry, 'body'> {
  text: string;
  truncated: boolean;
  /** What the entry holds against the workspace's budget: its body text and its headers. */
  bytes: number;
}

/** This process's side of a workspace's webhooks: the sender, the attempt queue and the built-in inbox. */
export interface DeliveryRuntime {
  outbound: Outbound;
  /**
   * Deliveries waiting for a slot or in flight: at most one attempt of a delivery at a time. By record, not
   * id: a delivery an import brings back under the same id is a new record and is sent again.
   */
  busy: Set<DeliveryRecord>;
  waiting: (() => Promise<void>)[];
  running: number;
  /** Inbox name → what arrived, oldest first. */
  inbox: Map<string, StoredInboxEntry[]>;
  /** Entries the inbox has received: their ids draw nothing from the workspace's random source. */
  arrivals: number;
  /** Bytes of the bodies the inboxes hold (bounded per workspace, inbox.ts). */
  inboxBytes: number;
}

export interface WebhookStore {
  /** In creation order. */
  webhooks: LoggedMap<string, WebhookRecord>;
  /** In creation order (listed newest first). */
  deliveries: LoggedMap<string, DeliveryRecord>;
  runtime: DeliveryRuntime;
}

export interface WebhookData {
  webhooks: WebhookRecord[];
  deliveries: DeliveryRecord[];
}

export const createRuntime = (outbound: Outbound = defaultOutbound()): DeliveryRuntime => ({ outbound, busy: new Set(), waiting: [], running: 0, inbox: new Map(), arrivals: 0, inboxBytes: 0 });

const config = section(Object.fromEntries(TOGGLES.map(t => [`${t}_event`, bool])));
/** Built when a snapshot is checked, not at import: reading the document's bounds may parse it. */
const headers = () => ({ type: 'object', additionalProperties: text(['WebhookHeaders', 'additionalProperties']) });

function checkWebhooks(data: WebhookData, refs: { ids(path: string): ReadonlyMap<string, number> }): void {
  const teams = refs.ids('supersend.teams');
  const hooks = uniqueIds('supersend.webhooks.webhooks', data.webhooks);
  data.webhooks.forEach((w, i) => refer(`supersend.webhooks.webhooks[${i}].team_id`, w.team_id, teams, 'team'));
  uniqueIds('supersend.webhooks.deliveries', data.deliveries);
  data.deliveries.forEach((d, i) => {
    refer(`supersend.webhooks.deliveries[${i}].webhook_id`, d.webhook_id, hooks, 'webhook');
    const owner = data.webhooks[hooks.get(d.webhook_id)!];
    if (owner.team_id !== d.team_id) throw invalidSnapshot(`supersend.webhooks.deliveries[${i}].team_id`, `supersend.webhooks.deliveries[${i}].team_id is not the team of its webhook`);
  });
}

export const webhookStore = defineStore<WebhookStore, WebhookData>({
  path: ['supersend', 'webhooks'],
  create: () => ({ webhooks: new LoggedMap(true), deliveries: new LoggedMap(true), runtime: createRuntime() }),
  dump: store => ({ webhooks: [...store.webhooks.values()], deliveries: [...store.deliveries.values()] }),
  schema: () => section({
    webhooks: arrayOf(record({
      id, team_id: id, url: text(['WebhookCreateRequest', 'url']), name: { ...text(['WebhookCreateRequest', 'name']), type: ['string', 'null'] },
      enabled: bool, config, headers: headers(), secret: { ...str, maxLength: 128 }, created_at: dateTime, updated_at: dateTime,
    })),
    deliveries: arrayOf(record({
      id, webhook_id: id, team_id: id, event_id: nid, event_type: { ...str, maxLength: 255 },
      status: oneOf('pending', 'retrying', 'delivered', 'failed'), attempt_count: int, max_attempts: { ...int, minimum: 1 },
      last_attempt_at: ndateTime, next_retry_at: ndateTime, delivered_at: ndateTime,
      response_status: nint, response_time_ms: nint, error_message: nstr, payload: obj,
      campaign: { ...nobj, type: ['object', 'null'] }, contact: { ...nobj, type: ['object', 'null'] },
      response_body: nstr, response_headers: { type: ['object', 'null'], additionalProperties: str }, created_at: dateTime,
    })),
  }),
  check: checkWebhooks,
  prepareRestore: (store, data) => {
    // The sender, the queue and the inbox are this process's, not the snapshot's: they stay. Attempts of
    // the replaced records still in the queue find their record gone and store nothing.
    const fresh: WebhookStore = {
      webhooks: LoggedMap.of(data.webhooks.map(w => [w.id, w] as const), true),
      deliveries: LoggedMap.of(data.deliveries.map(d => [d.id, d] as const), true),
      runtime: store.runtime,
    };
    return () => swapInPlace(store, fresh);
  },
  count: data => ({ webhooks: data.webhooks.length, webhook_deliveries: data.deliveries.length }),
  resume: (store, host) => resumeDeliveries(store, host),
});
