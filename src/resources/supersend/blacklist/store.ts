/**
 * Blacklist entries: email addresses, domains and LinkedIn URLs that sends must skip, at the level of the
 * organisation, a team or a campaign. Kept in creation order, with an index by (type, item) for the lookup
 * the campaign engine makes before each send.
 */
import { LoggedMap, LoggedSet, swapInPlace } from '../../../workspace/writes.js';
import { defineStore } from '../../../workspace/stores.js';
import { arrayOf, id, int, nid, oneOf, record, refer, stamps, text, uniqueIds, invalidSnapshot, type Schema } from '../../../workspace/snapshot-schema.js';

export const BLACKLIST_TYPES = ['email', 'domain', 'linkedin'] as const;
export type BlacklistType = (typeof BLACKLIST_TYPES)[number];
export const BLACKLIST_LEVELS = ['organization', 'team', 'campaign'] as const;
export type BlacklistLevel = (typeof BLACKLIST_LEVELS)[number];
/** Why an entry exists, as the UI shows it (facts §12.5): added by hand, by an upload, or by a campaign's auto-add flags. */
export const BLACKLIST_REASONS = ['manual', 'bulk_import', 'reply', 'bounce', 'unsubscribe'] as const;
export type BlacklistReason = (typeof BLACKLIST_REASONS)[number];

export interface BlacklistUser {
  id: string;
  name: string;
  email: string;
}

export interface BlacklistItem {
  id: string;
  /** Normalised: emails and domains lowercase, LinkedIn URLs lowercase without trailing slashes. */
  item: string;
  type: BlacklistType;
  level: BlacklistLevel;
  /** The team of a team or campaign entry; null at organisation level. */
  team_id: string | null;
  /** The campaign of a campaign entry; null otherwise. */
  campaign_id: string | null;
  /** Who added it; null when the system did (bounce, reply, unsubscribe). */
  created_by: BlacklistUser | null;
  /** Null for an entry from a snapshot made before reasons were kept. */
  reason: BlacklistReason | null;
  /** Creation order: breaks ties between entries of the same instant. */
  seq: number;
  created_at: string;
  updated_at: string;
}

export interface BlacklistStore {
  /** In creation order. */
  items: LoggedMap<string, BlacklistItem>;
  /** Entry ids by `type␀item`, at every scope. */
  byItem: LoggedMap<string, LoggedSet<string>>;
  /** The next `seq`. */
  next: { seq: number };
}

/**
 * The index key of an entry: its item, except that a LinkedIn profile is one profile whichever host it was
 * written with (`linkedin.com`, `www.linkedin.com`, `uk.linkedin.com`), so an entry blocks every spelling.
 */
export const itemKey = (type: BlacklistType, item: string) =>
  `${type}\u0000${type === 'linkedin' ? item.replace(/^https?:\/\/([a-z0-9-]+\.)*linkedin\.com/, 'linkedin.com') : item}`;

const emptyBlacklist = (): BlacklistStore => ({ items: new LoggedMap(true), byItem: new LoggedMap(), next: { seq: 0 } });

/** Stores an entry and indexes it. */
export function indexBlacklistItem(store: BlacklistStore, entry: BlacklistItem): void {
  store.items.set(entry.id, entry);
  const key = itemKey(entry.type, entry.item);
  let ids = store.byItem.get(key);
  if (!ids) {
    ids = new LoggedSet();
    store.byItem.set(key, ids);
  }
  ids.add(entry.id);
}

/** Removes an entry and its index entry. */
export function unindexBlacklistItem(store: BlacklistStore, entry: BlacklistItem): void {
  store.items.delete(entry.id);
  store.byItem.get(itemKey(entry.type, entry.item))?.delete(entry.id);
}

function blacklistSchema(): Schema {
  const user = { type: ['object', 'null'], required: ['id', 'name', 'email'], properties: { id, name: text(), email: text() } };
  return arrayOf(record({
    id, item: text(['BlacklistItem', 'item']), type: oneOf(...BLACKLIST_TYPES), level: oneOf(...BLACKLIST_LEVELS),
    team_id: nid, campaign_id: nid, created_by: user, seq: int, ...stamps,
  }, { reason: { enum: [...BLACKLIST_REASONS, null] } }));
}

function checkBlacklist(items: BlacklistItem[], teams: ReadonlyMap<string, number>): void {
  uniqueIds('supersend.blacklist', items);
  items.forEach((b, i) => {
    const at = `supersend.blacklist[${i}]`;
    refer(`${at}.team_id`, b.team_id, teams, 'team');
    const scoped = b.level === 'organization' ? b.team_id === null && b.campaign_id === null
      : b.level === 'team' ? b.team_id !== null && b.campaign_id === null
        : b.team_id !== null && b.campaign_id !== null;
    if (!scoped) throw invalidSnapshot(`${at}.level`, `${at} has team_id/campaign_id that do not fit level ${b.level}`);
  });
}

export const blacklistStore = defineStore<BlacklistStore, BlacklistItem[]>({
  path: ['supersend', 'blacklist'],
  create: emptyBlacklist,
  dump: store => [...store.items.values()],
  schema: blacklistSchema,
  // A campaign entry may outlive its campaign (a draft deleted for good), so only teams are references.
  check: (items, refs) => checkBlacklist(items, refs.ids('supersend.teams')),
  prepareRestore(target, items) {
    const fresh = emptyBlacklist();
    for (const entry of items) indexBlacklistItem(fresh, { ...entry, reason: entry.reason ?? null });
    fresh.next.seq = items.reduce((max, b) => Math.max(max, b.seq + 1), 0);
    return () => swapInPlace(target, fresh);
  },
  count: items => ({ blacklist: items.length }),
});
