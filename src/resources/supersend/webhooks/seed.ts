/**
 * Seeded webhooks (default and demo data sets): a "CRM sync" webhook on the team's replies, bounces and
 * opt-outs, and a disabled "Slack alerts" one on clicks, both pointing at the built-in inbox of a sandbox
 * on the default port, with a delivery history drawn from the team's event log. Called after the seed's
 * story has run, so no seeded event is sent anywhere; the history is written as if it had been delivered.
 */
import type { World } from '../../world.js';
import { addDelivery, createWebhook, eventPayload } from './service.js';
import type { DeliveryRecord } from './store.js';

const INBOX = 'http://127.0.0.1:4010/__sandbox/webhook-inbox';
const SECOND = 1000;

/** Writes an attempt history onto a new delivery: `answers` are the statuses of its attempts, a minute apart. */
function history(world: World, d: DeliveryRecord, answers: readonly number[]): void {
  const at = Date.parse(d.created_at);
  answers.forEach((status, i) => {
    const when = new Date(at + i * 60 * SECOND).toISOString();
    const ok = status < 300;
    Object.assign(d, {
      attempt_count: i + 1,
      last_attempt_at: when,
      response_status: status,
      response_time_ms: world.random.int(40, 400),
      error_message: ok ? null : '502 Bad Gateway',
      response_body: ok ? '{"received":true}' : '<html><body><h1>502 Bad Gateway</h1></body></html>',
      response_headers: { 'content-type': ok ? 'application/json' : 'text/html' },
      status: ok ? 'delivered' : 'retrying',
      delivered_at: ok ? when : null,
      next_retry_at: ok ? null : new Date(at + (i + 1) * 60 * SECOND).toISOString(),
    });
  });
}

export function seedWebhooks(world: World, teamId: string): void {
  const team = world.stores.supersend.teams.get(teamId)!;
  const crm = createWebhook(world, {
    team_id: teamId, url: `${INBOX}/crm`, name: 'CRM sync', events: { reply: true, bounce: true, unsubscribe: true }, headers: { 'X-Source': 'sendbox-seed' },
  });
  const slack = createWebhook(world, { team_id: teamId, url: `${INBOX}/slack`, name: 'Slack alerts', enabled: false, events: { click: true } });
  for (const w of [crm, slack]) w.created_at = w.updated_at = team.created_at;

  const events = world.stores.supersend.events.filter(e => e.team_id === teamId);
  const pick = (types: readonly string[], n: number) => events.filter(e => types.includes(e.type)).slice(-n);
  pick(['reply', 'bounce', 'unsubscribe'], 4).forEach((e, i) => {
    const d = addDelivery(world, crm, e.id, eventPayload(world, e.type, e));
    d.created_at = e.date;
    // One receiver outage: the second delivery got a 502 first and went through on the retry.
    history(world, d, i === 1 ? [502, 200] : [200]);
  });
  for (const e of pick(['click'], 2)) {
    const d = addDelivery(world, slack, e.id, eventPayload(world, e.type, e));
    d.created_at = e.date;
    history(world, d, [200]);
  }
}
