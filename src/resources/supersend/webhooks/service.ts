/**
 * Webhook rules (facts §4): team-scoped subscriptions with six toggles, a signing secret shown once, and
 * a delivery log fed by the workspace's events. Which event reaches which toggle is one table
 * (EVENT_ROUTES), so event types the campaign engine adds later join by one line.
 */
import { ApiError } from '../../../http/errors.js';
import { invalidParameter, teamAccessDenied } from '../errors.js';
import { includesFolded, type Page } from '../util.js';
import type { EventRecord } from '../events/service.js';
import type { Team } from '../records.js';
import { beforeChange } from '../../../workspace/writes.js';
import type { World } from '../../world.js';
import { dispatch, maxAttempts, RESERVED_HEADERS } from './attempts.js';
import type { DeliveryRecord, DeliveryStatus, Toggle, WebhookConfig, WebhookRecord, WebhookStore } from './store.js';

/**
 * Event type → the toggle that subscribes to it. An event whose type is not here is not delivered
 * (contact_added, upload_completed, bulk_action have no V2 toggle). `autoresponse` is inbound mail
 * like `reply` (facts §4.2), so the reply toggle carries it: a sendbox choice.
 */
export const EVENT_ROUTES: Readonly<Record<string, Toggle>> = {
  sent: 'sent',
  open: 'open',
  click: 'click',
  reply: 'reply',
  autoresponse: 'reply',
  bounce: 'bounce',
  unsubscribe: 'unsubscribe',
};

/** Deliveries kept per workspace; beyond, the oldest finished ones go. */
export const MAX_DELIVERIES = 10_000;

export type Toggles = Partial<Record<Toggle, boolean>>;

export interface WebhookInput {
  url?: string;
  name?: string;
  enabled?: boolean;
  events?: Toggles;
  headers?: Record<string, string>;
}

const storeOf = (world: World): WebhookStore => world.stores.webhooks;

const webhookNotFound = () => new ApiError(404, 'webhook_not_found', 'Webhook not found');
const deliveryNotFound = () => new ApiError(404, 'webhook_delivery_not_found', 'Webhook delivery not found');

/** A team the key's user can reach (as requireTeam: a team of another workspace is unknown). */
function requireTeam(world: World, teamId: string, param: string): Team {
  const team = world.stores.supersend.teams.get(teamId);
  if (!team) throw teamAccessDenied(param);
  return team;
}

function checkUrl(url: string): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) {
    throw invalidParameter('url', 'url must be an absolute http:// or https:// URL');
  }
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function checkHeaders(headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) {
    if (!HEADER_NAME.test(name)) throw invalidParameter('headers', `headers: "${name}" is not a valid HTTP header name`);
    if (RESERVED_HEADERS.has(name.toLowerCase())) throw invalidParameter('headers', `headers: ${name} is set by the sender and cannot be replaced`);
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) throw invalidParameter('headers', `headers: the value of ${name} must be a string without line breaks`);
  }
}

/** `whsec_` + base64 of 24 bytes from the workspace's random source. */
function newSecret(world: World): string {
  return `whsec_${Buffer.from(world.random.hex(48), 'hex').toString('base64')}`;
}

/** Each toggle as given, else as it was, else off; in TOGGLES order. */
function configOf(toggles: Toggles, base?: WebhookConfig): WebhookConfig {
  const on = (t: Toggle) => toggles[t] ?? base?.[`${t}_event`] ?? false;
  return {
    open_event: on('open'), click_event: on('click'), reply_event: on('reply'),
    bounce_event: on('bounce'), sent_event: on('sent'), unsubscribe_event: on('unsubscribe'),
  };
}

export function createWebhook(world: World, input: WebhookInput & { team_id: string; url: string }): WebhookRecord {
  requireTeam(world, input.team_id, 'team_id');
  checkUrl(input.url);
  checkHeaders(input.headers ?? {});
  const now = world.clock.isoNow();
  const webhook: WebhookRecord = {
    id: world.random.uuid(),
    team_id: input.team_id,
    url: input.url,
    name: input.name ?? null,
    enabled: input.enabled ?? true,
    config: configOf(input.events ?? {}),
    headers: { ...input.headers },
    secret: newSecret(world),
    created_at: now,
    updated_at: now,
  };
  storeOf(world).webhooks.set(webhook.id, webhook);
  return webhook;
}

export function listWebhooks(world: World, q: { team_id: string; enabled?: boolean; limit: number; offset: number }): Page<WebhookRecord> {
  requireTeam(world, q.team_id, 'team_id');
  const all = [...storeOf(world).webhooks.values()].filter(w => w.team_id === q.team_id && (q.enabled === undefined || w.enabled === q.enabled));
  return { rows: all.slice(q.offset, q.offset + q.limit), total: all.length };
}

/** The webhook, within `teamId` when given (a reachable team that does not hold it: not found). */
export function getWebhook(world: World, id: string, teamId?: string): WebhookRecord {
  if (teamId !== undefined) requireTeam(world, teamId, 'team_id');
  const webhook = storeOf(world).webhooks.get(id);
  if (!webhook || (teamId !== undefined && webhook.team_id !== teamId)) throw webhookNotFound();
  return webhook;
}

export function updateWebhook(world: World, id: string, teamId: string | undefined, input: WebhookInput & { team_id?: string }): WebhookRecord {
  const webhook = getWebhook(world, id, teamId ?? input.team_id);
  if (input.url !== undefined) checkUrl(input.url);
  if (input.headers !== undefined) checkHeaders(input.headers);
  beforeChange(webhook);
  if (input.url !== undefined) webhook.url = input.url;
  if (input.name !== undefined) webhook.name = input.name;
  if (input.enabled !== undefined) webhook.enabled = input.enabled;
  if (input.events !== undefined) webhook.config = configOf(input.events, webhook.config);
  if (input.headers !== undefined) webhook.headers = { ...input.headers };
  webhook.updated_at = world.clock.isoNow();
  return webhook;
}

/** Deletes the webhook and its delivery log; attempts in flight are not recorded. */
export function deleteWebhook(world: World, id: string, teamId?: string): void {
  const webhook = getWebhook(world, id, teamId);
  const store = storeOf(world);
  for (const d of [...store.deliveries.values()]) if (d.webhook_id === webhook.id) store.deliveries.delete(d.id);
  store.webhooks.delete(webhook.id);
}

/** Campaigns the webhook applies to: sendbox attaches a webhook to all of its team's campaigns. */
export function campaignCount(world: World, webhook: WebhookRecord): number {
  let count = 0;
  for (const c of world.stores.supersend.campaigns.values()) if (c.team_id === webhook.team_id) count++;
  return count;
}

// ---- deliveries ----

/** The payload of an event: top-level `type`, then the V2 Event object's references and details (a sendbox convention). */
export function eventPayload(world: World, type: string, event: EventRecord) {
  const { enrollments, campaigns } = world.stores.supersend;
  const contact = event.contact_id ? enrollments.get(event.contact_id) : undefined;
  const campaign = event.campaign_id ? campaigns.get(event.campaign_id) : undefined;
  return {
    type,
    event_id: event.id,
    timestamp: event.date,
    channel: event.channel,
    team_id: event.team_id,
    campaign_id: event.campaign_id,
    contact_id: event.contact_id,
    sender_id: event.sender_id,
    sequence_step: event.sequence_step,
    subject: event.subject,
    campaign: campaign ? { id: campaign.id, name: campaign.name } : null,
    contact: contact
      ? { id: contact.id, email: contact.email, first_name: contact.first_name, last_name: contact.last_name, linkedin_url: contact.linkedin_url }
      : null,
    sender: event.sender_id ? { id: event.sender_id } : null,
    details: event.details,
  };
}

/** A new `pending` delivery in the log (not sent: callers dispatch it, seeds fill in its history). */
export function addDelivery(world: World, webhook: WebhookRecord, eventId: string | null, payload: Record<string, unknown> & { type: string }): DeliveryRecord {
  const store = storeOf(world);
  const contact = payload.contact as { id: string; email: string | null; first_name: string | null; last_name: string | null } | null;
  const delivery: DeliveryRecord = {
    id: world.random.uuid(),
    webhook_id: webhook.id,
    team_id: webhook.team_id,
    event_id: eventId,
    event_type: payload.type,
    status: 'pending',
    attempt_count: 0,
    max_attempts: maxAttempts(store),
    last_attempt_at: null,
    next_retry_at: null,
    delivered_at: null,
    response_status: null,
    response_time_ms: null,
    error_message: null,
    payload,
    campaign: (payload.campaign as { id: string; name: string } | null) ?? null,
    contact: contact ? { id: contact.id, email: contact.email, name: [contact.first_name, contact.last_name].filter(Boolean).join(' ') || null } : null,
    response_body: null,
    response_headers: null,
    created_at: world.clock.isoNow(),
  };
  store.deliveries.set(delivery.id, delivery);
  dropOldest(store);
  return delivery;
}

/** Keeps the log bounded: the oldest finished deliveries go first. */
function dropOldest(store: WebhookStore): void {
  if (store.deliveries.size <= MAX_DELIVERIES) return;
  for (const d of store.deliveries.values()) {
    if (d.status === 'delivered' || d.status === 'failed') {
      store.deliveries.delete(d.id);
      return;
    }
  }
}

/**
 * The hook of the event log: every event of a team that an enabled webhook of that team subscribes to
 * becomes one delivery per such webhook, sent off the request path.
 */
export function enqueueDeliveries(world: World, event: EventRecord): void {
  const store = storeOf(world);
  const toggle = EVENT_ROUTES[event.type];
  if (store.webhooks.size === 0 || !toggle || !event.team_id) return;
  for (const webhook of store.webhooks.values()) {
    if (!webhook.enabled || webhook.team_id !== event.team_id || !webhook.config[`${toggle}_event`]) continue;
    dispatch(world, store, addDelivery(world, webhook, event.id, eventPayload(world, event.type, event)));
  }
}

/** POST /v2/webhooks/:id/test: a synthetic event of `type`, sent now whatever the toggles say. */
export function testWebhook(world: World, id: string, teamId: string | undefined, type: string): DeliveryRecord {
  const webhook = getWebhook(world, id, teamId);
  const now = world.clock.isoNow();
  const payload = {
    type,
    test: true,
    event_id: world.random.uuid(),
    timestamp: now,
    channel: 'email',
    team_id: webhook.team_id,
    campaign_id: null,
    contact_id: null,
    sender_id: null,
    sequence_step: null,
    subject: null,
    campaign: null,
    contact: null,
    sender: null,
    details: { message: `Test ${type} event sent by sendbox` },
  };
  const delivery = addDelivery(world, webhook, null, payload);
  dispatch(world, storeOf(world), delivery);
  return delivery;
}

export interface DeliveryQuery {
  team_id: string;
  status?: DeliveryStatus;
  event_type?: string;
  campaign_id?: string;
  search?: string;
  limit: number;
  offset: number;
}

/** The webhook's deliveries, newest first. */
export function listDeliveries(world: World, id: string, q: DeliveryQuery): Page<DeliveryRecord> {
  const webhook = getWebhook(world, id, q.team_id);
  const needle = q.search?.toLowerCase();
  const all = [...storeOf(world).deliveries.values()].reverse().filter(d =>
    d.webhook_id === webhook.id &&
    (q.status === undefined || d.status === q.status) &&
    (q.event_type === undefined || d.event_type === q.event_type) &&
    (q.campaign_id === undefined || d.campaign?.id === q.campaign_id) &&
    (!needle || includesFolded(d.contact?.email, needle) || includesFolded(d.contact?.name, needle) || includesFolded(d.error_message, needle) || d.id === needle),
  );
  return { rows: all.slice(q.offset, q.offset + q.limit), total: all.length };
}

export function getDelivery(world: World, id: string, deliveryId: string, teamId: string): DeliveryRecord {
  const webhook = getWebhook(world, id, teamId);
  const delivery = storeOf(world).deliveries.get(deliveryId);
  if (!delivery || delivery.webhook_id !== webhook.id) throw deliveryNotFound();
  return delivery;
}

/**
 * POST …/retry: one more attempt now, whatever the status (a delivered one is sent again). The answer
 * shows it `pending`; the attempt's outcome follows off the request path. An attempt already waiting
 * or in flight is not doubled: the delivery is answered as it stands.
 */
export function retryDelivery(world: World, id: string, deliveryId: string, teamId: string): DeliveryRecord {
  const delivery = getDelivery(world, id, deliveryId, teamId);
  const store = storeOf(world);
  if (store.runtime.busy.has(delivery)) return delivery;
  beforeChange(delivery);
  delivery.status = 'pending';
  delivery.next_retry_at = null;
  dispatch(world, store, delivery);
  return delivery;
}
