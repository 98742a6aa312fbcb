/**
 * Blacklist rules: what an item is (email, domain or LinkedIn URL) and how it is written, which scope it
 * applies to, no two identical entries at one scope, the filtered list, and the lookup sends make.
 */
import type { World } from '../../world.js';
import type { Campaign, Team } from '../records.js';
import { invalidParameter, notFound, teamAccessDenied } from '../errors.js';
import { includesFolded, type Page } from '../util.js';
import { ApiError } from '../../../http/errors.js';
import { beforeChange } from '../../../workspace/writes.js';
import { indexBlacklistItem, itemKey, unindexBlacklistItem, type BlacklistItem, type BlacklistLevel, type BlacklistReason, type BlacklistType } from './store.js';

const blacklistItemNotFound = () => new ApiError(404, 'blacklist_item_not_found', 'Blacklist item not found');
const missing = (param: string, message: string) => invalidParameter(param, message, 'missing_required_parameter');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
const LINKEDIN = /^(https?:\/\/)?([a-z0-9-]+\.)*linkedin\.com(\/|$)/i;

/** The type an item denotes and its stored form; 400 naming `item` when it is none of the three. */
export function classifyItem(raw: string): { type: BlacklistType; item: string } {
  const trimmed = raw.trim();
  if (trimmed.includes('@')) {
    const item = trimmed.toLowerCase();
    if (!EMAIL.test(item)) throw invalidParameter('item', 'item contains @ but is not a valid email address');
    return { type: 'email', item };
  }
  if (LINKEDIN.test(trimmed)) return { type: 'linkedin', item: normaliseLinkedinUrl(trimmed) };
  const item = trimmed.toLowerCase().replace(/\.$/, '');
  if (!DOMAIN.test(item)) throw invalidParameter('item', 'item must be an email address, a domain (e.g. rival.com) or a linkedin.com URL');
  return { type: 'domain', item };
}

/** Lowercase, `https://` when no scheme was given, no query, fragment or trailing slashes. */
function normaliseLinkedinUrl(url: string): string {
  const withScheme = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  return withScheme.toLowerCase().replace(/[?#].*$/, '').replace(/\/+$/, '');
}

function requireTeamIn(world: World, teamId: string, param: string): Team {
  const team = world.stores.supersend.teams.get(teamId);
  if (!team) throw teamAccessDenied(param);
  return team;
}

function requireCampaign(world: World, campaignId: string): Campaign {
  const campaign = world.stores.supersend.campaigns.get(campaignId);
  if (!campaign) throw notFound('campaign');
  return campaign;
}

export interface BlacklistInput {
  item: string;
  level: BlacklistLevel;
  team_id?: string;
  campaign_id?: string;
}

/** The team and campaign an entry of `level` is scoped to, checked. */
function scopeOf(world: World, input: BlacklistInput): { team_id: string | null; campaign_id: string | null } {
  if (input.level === 'organization') {
    if (input.team_id !== undefined) throw invalidParameter('team_id', 'team_id is not taken with level organization');
    if (input.campaign_id !== undefined) throw invalidParameter('campaign_id', 'campaign_id is not taken with level organization');
    return { team_id: null, campaign_id: null };
  }
  if (input.level === 'team') {
    if (input.team_id === undefined) throw missing('team_id', 'team_id is required when level is team');
    if (input.campaign_id !== undefined) throw invalidParameter('campaign_id', 'campaign_id is only taken with level campaign');
    return { team_id: requireTeamIn(world, input.team_id, 'team_id').id, campaign_id: null };
  }
  if (input.campaign_id === undefined) throw missing('campaign_id', 'campaign_id is required when level is campaign');
  if (input.team_id !== undefined) requireTeamIn(world, input.team_id, 'team_id');
  const campaign = requireCampaign(world, input.campaign_id);
  const team = requireTeamIn(world, campaign.team_id, 'campaign_id');
  if (input.team_id !== undefined && input.team_id !== team.id) throw invalidParameter('campaign_id', 'campaign_id names a campaign of another team than team_id');
  return { team_id: team.id, campaign_id: campaign.id };
}

/** Entries with this type and item, at every scope. */
export function entriesOf(world: World, type: BlacklistType, item: string): BlacklistItem[] {
  const store = world.stores.blacklist;
  return [...(store.byItem.get(itemKey(type, item)) ?? [])].map(id => store.items.get(id)!);
}

/**
 * POST /v2/blacklist: checks everything, then stores the entry; 409 when the same entry exists at that scope.
 * `system` entries (a campaign's auto-add flags, seeds) show `created_by: null`.
 */
export function addBlacklistItem(world: World, input: BlacklistInput, system = false, reason: BlacklistReason = 'manual'): BlacklistItem {
  const { type, item } = classifyItem(input.item);
  const scope = scopeOf(world, input);
  const duplicate = entriesOf(world, type, item).some(b => b.level === input.level && b.team_id === scope.team_id && b.campaign_id === scope.campaign_id);
  if (duplicate) throw new ApiError(409, 'blacklist_item_exists', 'Blacklist item already exists', { param: 'item', type: 'conflict_error' });
  const store = world.stores.blacklist;
  const now = world.clock.isoNow();
  const { id, name, email } = world.stores.supersend.user;
  const entry: BlacklistItem = {
    id: world.random.uuid(), item, type, level: input.level, ...scope,
    created_by: system ? null : { id, name, email }, reason,
    seq: store.next.seq, created_at: now, updated_at: now,
  };
  beforeChange(store.next).seq += 1;
  indexBlacklistItem(store, entry);
  return entry;
}

export function deleteBlacklistItem(world: World, id: string): void {
  const store = world.stores.blacklist;
  const entry = store.items.get(id);
  if (!entry) throw blacklistItemNotFound();
  unindexBlacklistItem(store, entry);
}

export interface BlacklistQuery {
  team_id?: string;
  campaign_id?: string;
  level?: BlacklistLevel;
  type?: BlacklistType;
  search?: string;
  sort_by: 'created_at' | 'item' | 'type';
  sort_order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

const COMPARE: Record<BlacklistQuery['sort_by'], (a: BlacklistItem, b: BlacklistItem) => number> = {
  created_at: (a, b) => a.created_at.localeCompare(b.created_at) || a.seq - b.seq,
  item: (a, b) => a.item.localeCompare(b.item) || a.seq - b.seq,
  type: (a, b) => a.type.localeCompare(b.type) || a.seq - b.seq,
};

/** GET /v2/blacklist. `team_id` matches the entries of that team (team and campaign level). */
export function listBlacklist(world: World, q: BlacklistQuery): Page<BlacklistItem> {
  if (q.team_id !== undefined) requireTeamIn(world, q.team_id, 'team_id');
  const needle = q.search?.toLowerCase();
  const rows = [...world.stores.blacklist.items.values()].filter(b =>
    (q.team_id === undefined || b.team_id === q.team_id) &&
    (q.campaign_id === undefined || b.campaign_id === q.campaign_id) &&
    (q.level === undefined || b.level === q.level) &&
    (q.type === undefined || b.type === q.type) &&
    (!needle || includesFolded(b.item, needle)));
  const sign = q.sort_order === 'asc' ? 1 : -1;
  rows.sort((a, b) => sign * COMPARE[q.sort_by](a, b));
  return { rows: rows.slice(q.offset, q.offset + q.limit), total: rows.length };
}

export interface SendTarget {
  email: string | null;
  linkedin_url?: string | null;
  teamId: string;
  campaignId: string;
}

/**
 * The entry that blocks a send to this contact from this campaign, if any: the address, its domain or the
 * LinkedIn URL, at organisation level, at the campaign's team or at the campaign itself.
 */
export function isBlacklisted(world: World, target: SendTarget): BlacklistItem | undefined {
  const applies = (b: BlacklistItem) =>
    b.level === 'organization' || (b.level === 'team' && b.team_id === target.teamId) || (b.level === 'campaign' && b.campaign_id === target.campaignId);
  const candidates: [BlacklistType, string][] = [];
  const email = target.email?.trim().toLowerCase();
  if (email) {
    candidates.push(['email', email]);
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (domain) candidates.push(['domain', domain]);
  }
  if (target.linkedin_url && LINKEDIN.test(target.linkedin_url.trim())) candidates.push(['linkedin', normaliseLinkedinUrl(target.linkedin_url.trim())]);
  for (const [type, item] of candidates) {
    const hit = entriesOf(world, type, item).find(applies);
    if (hit) return hit;
  }
  return undefined;
}
