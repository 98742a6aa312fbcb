/**
 * The workspace's event log (GET /v2/events): what happened, newest first, filterable by team, campaign,
 * contact, sender, type, channel and date range as the Events API documents. Other services record
 * events; nothing here changes state.
 */
import type { World } from '../../world.js';
import type { Enrollment } from '../records.js';
import { invalidParameter, notFound } from '../errors.js';
import { requireTeam } from '../teams/service.js';
import type { Page } from '../util.js';
import { appendLogged } from '../../../workspace/writes.js';
import { senderOf } from '../senders/views.js';
import { enqueueDeliveries } from '../webhooks/service.js';

export type EventType = 'scheduled' | 'sent' | 'open' | 'reply' | 'click' | 'bounce' | 'unsubscribe' | 'contact_added' | 'upload_completed' | 'bulk_action' | 'autoresponse';
export type Channel = 'email' | 'linkedin' | 'twitter' | 'text' | 'call';

export interface EventRecord {
  id: string;
  type: EventType;
  channel: Channel;
  date: string;
  team_id: string | null;
  campaign_id: string | null;
  contact_id: string | null;
  sender_id: string | null;
  sequence_step: number | null;
  subject: string | null;
  /** What the event is about, for events without an engagement row (upload id, bulk action, url). */
  details: Record<string, unknown>;
}

export interface EventInput {
  type: EventType;
  channel?: Channel;
  team_id?: string | null;
  contact?: Enrollment;
  campaign_id?: string | null;
  sender_id?: string | null;
  sequence_step?: number | null;
  subject?: string | null;
  details?: Record<string, unknown>;
}

export function recordEvent(ws: World, input: EventInput): EventRecord {
  const event: EventRecord = {
    id: ws.random.uuid(),
    type: input.type,
    channel: input.channel ?? 'email',
    date: ws.clock.isoNow(),
    team_id: input.team_id ?? input.contact?.team_id ?? null,
    campaign_id: input.campaign_id ?? input.contact?.campaign_id ?? null,
    contact_id: input.contact?.id ?? null,
    sender_id: input.sender_id ?? input.contact?.sender_id ?? null,
    sequence_step: input.sequence_step ?? null,
    subject: input.subject ?? null,
    details: input.details ?? {},
  };
  appendLogged(ws.stores.supersend.events, event);
  enqueueDeliveries(ws, event);
  return event;
}

export interface EventQuery {
  TeamId?: string;
  CampaignId?: string;
  ContactId?: string;
  SenderId?: string;
  type?: EventType;
  channel?: Channel;
  start_date?: string;
  end_date?: string;
  limit: number;
  offset: number;
}

export function listEvents(ws: World, q: EventQuery): Page<EventRecord> {
  if (q.TeamId) requireTeam(ws, q.TeamId);
  const from = q.start_date ? Date.parse(q.start_date) : -Infinity;
  const to = q.end_date ? Date.parse(q.end_date) : Infinity;
  if (from > to) throw invalidParameter('start_date', 'start_date must not be after end_date');
  const rows: EventRecord[] = [];
  let total = 0;
  const log = ws.stores.supersend.events;
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i];
    const at = Date.parse(e.date);
    if (
      (q.TeamId && e.team_id !== q.TeamId) ||
      (q.CampaignId && e.campaign_id !== q.CampaignId) ||
      (q.ContactId && e.contact_id !== q.ContactId) ||
      (q.SenderId && e.sender_id !== q.SenderId) ||
      (q.type && e.type !== q.type) ||
      (q.channel && e.channel !== q.channel) ||
      at < from ||
      at > to
    ) continue;
    if (total >= q.offset && rows.length < q.limit) rows.push(e);
    total++;
  }
  return { rows, total };
}

export function getEvent(ws: World, id: string): EventRecord {
  const event = ws.stores.supersend.events.find(e => e.id === id);
  if (!event) throw notFound('event');
  return event;
}

/** The V2 Event shape: engagement flags and counters follow the event type. */
export function eventView(ws: World, e: EventRecord) {
  const contact = e.contact_id ? ws.stores.supersend.enrollments.get(e.contact_id) : undefined;
  const campaign = e.campaign_id ? ws.stores.supersend.campaigns.get(e.campaign_id) : undefined;
  return {
    id: e.id,
    type: e.type,
    channel: e.channel,
    date: e.date,
    sequence_step: e.sequence_step,
    opened: e.type === 'open',
    clicked: e.type === 'click',
    replied: e.type === 'reply',
    bounced: e.type === 'bounce',
    autoresponse: e.type === 'autoresponse',
    opens: e.type === 'open' ? 1 : 0,
    clicks: e.type === 'click' ? 1 : 0,
    replies: e.type === 'reply' ? 1 : 0,
    unsubscribes: e.type === 'unsubscribe' ? 1 : 0,
    accepted_connection_request: false,
    linkedin_reply: false,
    twitter_reply: false,
    subject: e.subject,
    // A reply or autoresponse names the inbox message and conversation it arrived as (engine/consequences.ts).
    email_id: linkOf(e, 'message_id'),
    thread_id: linkOf(e, 'conversation_id'),
    contact: contact
      ? { id: contact.id, email: contact.email, first_name: contact.first_name, last_name: contact.last_name, linkedin_url: contact.linkedin_url }
      : null,
    campaign: campaign ? { id: campaign.id, name: campaign.name } : null,
    sender: senderSummary(ws, e.sender_id),
    campaign_id: e.campaign_id,
    contact_id: e.contact_id,
    sender_id: e.sender_id,
    details: e.details,
    created_at: e.date,
    updated_at: e.date,
  };
}

const linkOf = (e: EventRecord, key: string): string | null => (typeof e.details[key] === 'string' ? e.details[key] : null);

function senderSummary(ws: World, senderId: string | null) {
  const sender = senderOf(ws, senderId);
  return sender ? { id: sender.id, email: sender.email, send_as: sender.send_as } : null;
}
