/** Webhooks and deliveries as openapi.yaml shows them (Webhook, WebhookCreated, WebhookDelivery schemas). */
import type { World } from '../../world.js';
import { campaignCount } from './service.js';
import { TOGGLES, type DeliveryRecord, type WebhookRecord } from './store.js';

/** List and get: toggles in `config`, `events` an empty array, the secret masked (facts §4.1). */
export function webhookView(world: World, w: WebhookRecord) {
  return {
    object: 'webhook' as const,
    id: w.id,
    url: w.url,
    name: w.name,
    enabled: w.enabled,
    events: [],
    secret: '*',
    headers: { ...w.headers },
    campaign_count: campaignCount(world, w),
    config: { ...w.config },
    team_id: w.team_id,
    created_at: w.created_at,
    updated_at: w.updated_at,
  };
}

/** Create: `events` as the boolean map, and the signing secret, shown this once. */
export function createdWebhookView(w: WebhookRecord) {
  return {
    object: 'webhook' as const,
    id: w.id,
    url: w.url,
    name: w.name,
    enabled: w.enabled,
    events: Object.fromEntries(TOGGLES.map(t => [t, w.config[`${t}_event`]])),
    secret: w.secret,
    headers: { ...w.headers },
    team_id: w.team_id,
    created_at: w.created_at,
  };
}

export function deliveryView(d: DeliveryRecord) {
  return {
    object: 'webhook_delivery' as const,
    id: d.id,
    event_id: d.event_id,
    event_type: d.event_type,
    status: d.status,
    attempt_count: d.attempt_count,
    max_attempts: d.max_attempts,
    last_attempt_at: d.last_attempt_at,
    next_retry_at: d.next_retry_at,
    delivered_at: d.delivered_at,
    response_status: d.response_status,
    response_time_ms: d.response_time_ms,
    error_message: d.error_message,
    payload: d.payload,
    campaign: d.campaign,
    contact: d.contact,
    created_at: d.created_at,
  };
}

/** The detail adds the last answer's body (capped) and headers. */
export function deliveryDetailView(d: DeliveryRecord) {
  return { ...deliveryView(d), response_body: d.response_body, response_headers: d.response_headers };
}
