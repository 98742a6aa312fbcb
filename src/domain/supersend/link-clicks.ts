/**
 * Inbox reply link clicks (001_… "Inbox reply link clicks"): clicks on the trackable links SuperSend wraps
 * in Super Inbox replies, kept apart from sequence-step link tracking. A click is attributed to the
 * contact's campaign; the campaign's `reply_link_clicks` rollup counts at most one per (contact, link,
 * UTC day), the contact's `reply_link_clicked` flag is set and a `click` event is logged.
 *
 * The clicks are a store of the workspace (`linkClickStore`), beside its SuperSend state.
 */
import type { Workspace } from '../../workspace/workspace.js';
import type { Campaign, Enrollment } from './records.js';
import { getContact } from './contacts.js';
import { getCampaign } from './campaigns.js';
import { invalidParameter, notFound } from './errors.js';
import { requireTeam } from './teams.js';
import { recordEvent } from './events.js';
import { senderOf } from '../../resources/supersend/senders/views.js';
import type { Page } from './util.js';
import { LoggedMap, LoggedSet, appendLogged, beforeChange, swapInPlace } from '../../workspace/writes.js';
import { defineStore } from '../../workspace/stores.js';
import { arrayOf, dateTime, epochMs, id, int, invalidSnapshot, nint, nid, nstr, record, refer, section, str, uniqueIds } from '../../workspace/snapshot-schema.js';

export interface LinkClick {
  id: string;
  /** The enrollment (Contact) id. */
  contact_id: string;
  link_id: string;
  original_url: string;
  /** original_url with the UTM parameters when UTM attribution was on, else null. */
  final_url: string | null;
  campaign_id: string;
  team_id: string;
  sender_id: string | null;
  conversation_id: string;
  conversation_message_id: string;
  sequence_step: number | null;
  ip: string | null;
  clicked_at: string;
  /** clicked_at in ms, for ordering and day keys. */
  at: number;
  /** Recording order: breaks ties between clicks of the same instant. */
  seq: number;
}

export interface Link {
  id: string;
  contact_id: string;
  original_url: string;
}

/** Logged collections (src/workspace/writes.ts), so a failed write leaves no half-recorded click. */
export interface ClickStore {
  clicks: readonly LinkClick[];
  byContact: LoggedMap<string, readonly LinkClick[]>;
  byCampaign: LoggedMap<string, readonly LinkClick[]>;
  links: LoggedMap<string, Link>;
  /** The default link of a (contact, original_url). */
  linkByContactUrl: LoggedMap<string, string>;
  /** One inbox conversation and message per contact. */
  conversationByContact: LoggedMap<string, { conversation_id: string; conversation_message_id: string }>;
  /** (contact, link, UTC day) keys already counted in the campaign rollup. */
  counted: LoggedSet<string>;
  /** Clicks per (contact, link, UTC day), to find the first of the day. */
  byDayKey: LoggedMap<string, readonly LinkClick[]>;
}

const storeOf = (ws: Workspace): ClickStore => ws.stores.linkClicks;

const key = (...parts: string[]) => parts.join('\u0000');
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayKey = (c: Pick<LinkClick, 'contact_id' | 'link_id' | 'at'>) => key(c.contact_id, c.link_id, utcDay(c.at));

function push<T>(map: LoggedMap<string, readonly T[]>, k: string, value: T): void {
  const list = map.get(k);
  if (list) appendLogged(list, value);
  else map.set(k, [value]);
}

/** "Q1 CTO Outreach" → "q1-cto-outreach". */
export function campaignSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Appends the inbox-reply UTM parameters to a URL, before any #fragment, keeping its query as written. */
export function withUtm(url: string, campaign: Campaign): string {
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash);
  const sep = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  const utm = `utm_source=supersend&utm_medium=inbox_reply&utm_campaign=${encodeURIComponent(campaignSlug(campaign.name))}`;
  return `${base}${sep}${utm}${fragment}`;
}

/** The first click of its (contact, link, UTC day): earliest clicked_at, then earliest recorded. */
export function isFirstToday(ws: Workspace, click: LinkClick): boolean {
  const same = storeOf(ws).byDayKey.get(dayKey(click)) ?? [];
  return same.every(o => o === click || o.at > click.at || (o.at === click.at && o.seq > click.seq));
}

export interface ClickInput {
  contact_id: string;
  original_url: string;
  link_id?: string;
  clicked_at?: string;
  ip?: string;
  sequence_step?: number;
  utm?: boolean;
}

/** Records one click (POST /__sandbox/link-clicks) and applies the rollup. Checks everything before changing anything. */
export function recordLinkClick(ws: Workspace, input: ClickInput): LinkClick {
  const contact = getContact(ws, input.contact_id);
  const campaign = getCampaign(ws, contact.campaign_id);
  if (!/^https?:\/\//i.test(input.original_url)) {
    throw invalidParameter('original_url', 'original_url must be an http:// or https:// URL');
  }
  const store = storeOf(ws);
  const given = input.link_id ? store.links.get(input.link_id) : undefined;
  if (given && (given.contact_id !== contact.id || given.original_url !== input.original_url)) {
    throw invalidParameter('link_id', 'link_id is already a link of another contact or URL', 'invalid_link_id');
  }
  const at = input.clicked_at !== undefined ? Date.parse(input.clicked_at) : ws.clock.now();
  if (Number.isNaN(at)) throw invalidParameter('clicked_at', 'clicked_at must be an ISO 8601 date-time');

  const link = given ?? (input.link_id ? newLink(store, input.link_id, contact, input.original_url, false) : defaultLink(ws, store, contact, input.original_url));
  let conversation = store.conversationByContact.get(contact.id);
  if (!conversation) {
    conversation = { conversation_id: ws.random.uuid(), conversation_message_id: ws.random.uuid() };
    store.conversationByContact.set(contact.id, conversation);
  }
  const click: LinkClick = {
    id: ws.random.uuid(),
    contact_id: contact.id,
    link_id: link.id,
    original_url: input.original_url,
    final_url: input.utm === false ? null : withUtm(input.original_url, campaign),
    campaign_id: campaign.id,
    team_id: contact.team_id,
    sender_id: contact.sender_id,
    ...conversation,
    sequence_step: input.sequence_step ?? contact.step_number ?? null,
    ip: input.ip ?? null,
    clicked_at: new Date(at).toISOString(),
    at,
    seq: store.clicks.length,
  };
  appendLogged(store.clicks, click);
  push(store.byContact, contact.id, click);
  push(store.byCampaign, campaign.id, click);
  const day = dayKey(click);
  push(store.byDayKey, day, click);

  // Rollup: one per (contact, link, UTC day), whatever order the clicks arrive in.
  if (!store.counted.has(day)) {
    store.counted.add(day);
    beforeChange(campaign).reply_link_clicks += 1;
  }
  beforeChange(contact).reply_link_clicked = true;
  if (!contact.last_activity_at || contact.last_activity_at < click.clicked_at) contact.last_activity_at = click.clicked_at;
  recordEvent(ws, { type: 'click', contact, details: { link_id: link.id, url: click.original_url, inbox_reply: true } });
  return click;
}

function defaultLink(ws: Workspace, store: ClickStore, contact: Enrollment, url: string): Link {
  const id = store.linkByContactUrl.get(key(contact.id, url));
  return id ? store.links.get(id)! : newLink(store, ws.random.uuid(), contact, url, true);
}

function newLink(store: ClickStore, id: string, contact: Enrollment, url: string, isDefault: boolean): Link {
  const link: Link = { id, contact_id: contact.id, original_url: url };
  store.links.set(id, link);
  if (isDefault || !store.linkByContactUrl.has(key(contact.id, url))) store.linkByContactUrl.set(key(contact.id, url), id);
  return link;
}

const newestFirst = (a: LinkClick, b: LinkClick) => b.at - a.at || b.seq - a.seq;

/** GET /v2/contacts/:id/inbox-link-clicks: the contact's clicks, newest first. */
export function listContactClicks(ws: Workspace, contactId: string, q: { team_id?: string; limit: number; offset: number }): Page<LinkClick> {
  const contact = getContact(ws, contactId);
  if (q.team_id !== undefined) {
    requireTeam(ws, q.team_id, 'team_id');
    // A team the user can reach but the contact is not in: there is no such contact in that team.
    if (q.team_id !== contact.team_id) throw notFound('contact');
  }
  const all = [...(storeOf(ws).byContact.get(contact.id) ?? [])].sort(newestFirst);
  return { rows: all.slice(q.offset, q.offset + q.limit), total: all.length };
}

export interface CampaignClickQuery {
  page: number;
  limit: number;
  contact_id?: string;
  date_from?: string;
  date_to?: string;
  first_only?: boolean;
}

/** GET /v2/campaigns/:id/inbox-link-clicks: raw clicks attributed to the campaign, newest first, page-based. */
export function listCampaignClicks(ws: Workspace, campaignId: string, q: CampaignClickQuery): Page<LinkClick> & { campaign: Campaign } {
  const campaign = getCampaign(ws, campaignId);
  const from = q.date_from !== undefined ? Date.parse(q.date_from) : -Infinity;
  const to = q.date_to !== undefined ? Date.parse(q.date_to) : Infinity;
  if (from > to) throw invalidParameter('date_from', 'date_from must not be later than date_to');
  const all = (storeOf(ws).byCampaign.get(campaign.id) ?? [])
    .filter(c => (q.contact_id === undefined || c.contact_id === q.contact_id) && c.at >= from && c.at <= to && (!q.first_only || isFirstToday(ws, c)))
    .sort(newestFirst);
  const start = (q.page - 1) * q.limit;
  return { rows: all.slice(start, start + q.limit), total: all.length, campaign };
}

/** The contact list's click shape (000_… "List Contact Inbox Link Clicks"). */
export function contactClickView(c: LinkClick) {
  return {
    id: c.id,
    link_id: c.link_id,
    original_url: c.original_url,
    clicked_at: c.clicked_at,
    conversation_id: c.conversation_id,
    conversation_message_id: c.conversation_message_id,
    contact_id: c.contact_id,
    sender_id: c.sender_id,
  };
}

/** The campaign list's click shape (001_… "List Campaign Inbox Reply Link Clicks"). */
export function campaignClickView(ws: Workspace, c: LinkClick) {
  const e = ws.supersend.enrollments.get(c.contact_id);
  const name = e ? [e.first_name, e.last_name].filter(Boolean).join(' ') : '';
  return {
    id: c.id,
    link_id: c.link_id,
    original_url: c.original_url,
    final_url: c.final_url,
    clicked_at: c.clicked_at,
    is_first_today: isFirstToday(ws, c),
    ip: c.ip,
    contact: { id: c.contact_id, email: e?.email ?? null, name: name || null },
    sender_email: senderOf(ws, c.sender_id)?.email ?? null,
    sequence_step: c.sequence_step,
  };
}

/** What POST /__sandbox/link-clicks answers: every stored field of the click. */
export function recordedClickView(ws: Workspace, c: LinkClick) {
  return {
    id: c.id,
    link_id: c.link_id,
    contact_id: c.contact_id,
    campaign_id: c.campaign_id,
    original_url: c.original_url,
    final_url: c.final_url,
    clicked_at: c.clicked_at,
    is_first_today: isFirstToday(ws, c),
    conversation_id: c.conversation_id,
    conversation_message_id: c.conversation_message_id,
    sender_id: c.sender_id,
    sequence_step: c.sequence_step,
    ip: c.ip,
  };
}

// ---- snapshot (export / import of a workspace; see src/workspace/snapshot.ts) ----

/** The click store as plain data; the indexes, day keys and rollup keys are rebuilt from it. */
export interface LinkClickData {
  /** In recording order. */
  clicks: LinkClick[];
  /** In creation order: the first link of a (contact, original_url) is its default link. */
  links: Link[];
  conversations: { contact_id: string; conversation_id: string; conversation_message_id: string }[];
}

/** The store's records, by reference (the caller copies them). */
function dumpLinkClicks(store: ClickStore): LinkClickData {
  return {
    clicks: [...store.clicks],
    links: [...store.links.values()],
    conversations: [...store.conversationByContact].map(([contact_id, c]) => ({ contact_id, ...c })),
  };
}

/** A store holding `clicks`, its indexes still to fill. */
function emptyClickStore(clicks: ClickStore['clicks']): ClickStore {
  return {
    clicks,
    byContact: new LoggedMap(),
    byCampaign: new LoggedMap(),
    // The snapshot lists links and conversations in this order.
    links: new LoggedMap(true),
    linkByContactUrl: new LoggedMap(),
    conversationByContact: new LoggedMap(true),
    counted: new LoggedSet(),
    byDayKey: new LoggedMap(),
  };
}

/** Builds a store from `data` (records taken over) and answers the commit that swaps it in. */
function prepareLinkClickRestore(target: ClickStore, data: LinkClickData): () => void {
  const store = emptyClickStore(data.clicks);
  for (const click of data.clicks) {
    push(store.byContact, click.contact_id, click);
    push(store.byCampaign, click.campaign_id, click);
    const day = dayKey(click);
    push(store.byDayKey, day, click);
    // Every recorded click's (contact, link, UTC day) was counted once in its campaign's rollup.
    store.counted.add(day);
  }
  for (const link of data.links) {
    store.links.set(link.id, link);
    const k = key(link.contact_id, link.original_url);
    if (!store.linkByContactUrl.has(k)) store.linkByContactUrl.set(k, link.id);
  }
  for (const c of data.conversations) {
    store.conversationByContact.set(c.contact_id, { conversation_id: c.conversation_id, conversation_message_id: c.conversation_message_id });
  }
  return () => swapInPlace(target, store);
}

function checkLinkClicks(data: LinkClickData): void {
  uniqueIds('supersend.link_clicks.clicks', data.clicks);
  const links = uniqueIds('supersend.link_clicks.links', data.links);
  data.clicks.forEach((c, i) => refer(`supersend.link_clicks.clicks[${i}].link_id`, c.link_id, links, 'link'));
  const conversations = new Set<string>();
  data.conversations.forEach((c, i) => {
    const param = `supersend.link_clicks.conversations[${i}].contact_id`;
    if (conversations.has(c.contact_id)) throw invalidSnapshot(param, `${param} repeats contact ${c.contact_id}`);
    conversations.add(c.contact_id);
  });
}

export const linkClickStore = defineStore<ClickStore, LinkClickData>({
  path: ['supersend', 'link_clicks'],
  create: () => emptyClickStore([]),
  dump: dumpLinkClicks,
  schema: () => section({
    clicks: arrayOf(record({
      id, contact_id: id, link_id: id, original_url: str, final_url: nstr, campaign_id: id, team_id: id, sender_id: nid,
      conversation_id: id, conversation_message_id: id, sequence_step: nint, ip: nstr, clicked_at: dateTime, at: epochMs, seq: int,
    })),
    links: arrayOf(record({ id, contact_id: id, original_url: str })),
    conversations: arrayOf(record({ contact_id: id, conversation_id: id, conversation_message_id: id })),
  }),
  check: checkLinkClicks,
  prepareRestore: prepareLinkClickRestore,
  count: data => ({ link_clicks: data.clicks.length }),
});
