/**
 * The inbox reply link clicks of a workspace: clicks in recording order, indexed by contact, campaign and
 * (contact, link, UTC day); the links; one inbox conversation per contact. Logged collections
 * (src/workspace/writes.ts), so a failed write leaves no half-recorded click.
 */
import { LoggedMap, LoggedSet, appendLogged, swapInPlace } from '../../../workspace/writes.js';
import { defineStore } from '../../../workspace/stores.js';
import { arrayOf, dateTime, epochMs, id, int, invalidSnapshot, nint, nid, nstr, record, refer, section, str, uniqueIds } from '../../../workspace/snapshot-schema.js';

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

export interface ClickStore {
  clicks: readonly LinkClick[];
  byContact: LoggedMap<string, readonly LinkClick[]>;
  byCampaign: LoggedMap<string, readonly LinkClick[]>;
  links: LoggedMap<string, Link>;
  /** The default link of a (contact, original_url). */
  linkByContactUrl: LoggedMap<string, string>;
  /** One inbox conversation and message per contact: its email conversation's when it had one at its first click. */
  conversationByContact: LoggedMap<string, { conversation_id: string; conversation_message_id: string }>;
  /** (contact, link, UTC day) keys already counted in the campaign rollup. */
  counted: LoggedSet<string>;
  /** Clicks per (contact, link, UTC day), to find the first of the day. */
  byDayKey: LoggedMap<string, readonly LinkClick[]>;
}

export const key = (...parts: string[]) => parts.join('\u0000');
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const dayKey = (c: Pick<LinkClick, 'contact_id' | 'link_id' | 'at'>) => key(c.contact_id, c.link_id, utcDay(c.at));

export function push<T>(map: LoggedMap<string, readonly T[]>, k: string, value: T): void {
  const list = map.get(k);
  if (list) appendLogged(list, value);
  else map.set(k, [value]);
}

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
