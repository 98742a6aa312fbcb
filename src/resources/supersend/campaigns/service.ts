/**
 * Campaigns, as 001_… states: created as drafts (status 2, is_draft), settings stored as given, nodes
 * and legacy_sequence frozen while active, DELETE removes a draft for good and archives anything else
 * with its contacts. Subsequences: one level deep, at most three per parent, behind the org's feature.
 */
import type { World } from '../../world.js';
import { ApiError } from '../../../http/errors.js';
import type { Campaign, CampaignSettings, CampaignStatus, Enrollment } from '../records.js';
import { conflict, invalidParameter, notFound } from '../errors.js';
import { enrollmentsOfCampaign, removeEnrollments } from '../store.js';
import { requireTeam } from '../teams/service.js';
import { assignDefined, includesFolded, type Page } from '../util.js';
import { beforeChange } from '../../../workspace/writes.js';
import { onCampaignChanged } from '../engine/service.js';
import { linkedinReached } from '../engine/social.js';

export const MAX_SUBSEQUENCES = 3;

export const DEFAULT_SETTINGS: CampaignSettings = {
  track_domain: null, track: false, category_id: null, custom_variables: [], templateId: null,
  send_to_risk_levels: null, bcc: null, bcc_replies_only: false, timezone: null,
  // The contract's Campaign.days is an object (or weekday numbers), never null: weekdays by default.
  days: { monday: true, tuesday: true, wednesday: true, thursday: true, friday: true, saturday: false, sunday: false },
  hours: [],
  start: null, end: null, max_per_day: null, unsubscribe: false, unsubscribe_message: null,
  blacklistIfUnsubscribe: true, blacklistIfBounced: true, blacklistDomainOnReply: true,
  list_unsubscribe_header: false, failureConfiguration: null, version: 2, warm: false, LinkedinId: null, SenderIds: [],
};
const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof CampaignSettings)[];

export interface CampaignInput extends Partial<CampaignSettings> {
  name?: string;
  status?: CampaignStatus;
  is_draft?: boolean;
  legacy_sequence?: boolean;
  nodes?: Record<string, unknown>[];
  edges?: Record<string, unknown>[];
}

export interface CampaignCreateInput extends CampaignInput {
  name: string;
  TeamId: string;
  parentCampaignId?: string;
}

function pickSettings(input: CampaignInput): Partial<CampaignSettings> {
  const out: Partial<CampaignSettings> = {};
  for (const key of SETTING_KEYS) copyDefined(out, input, key);
  return out;
}

function copyDefined<T, K extends keyof T>(target: Partial<T>, source: Partial<T>, key: K): void {
  if (source[key] !== undefined) target[key] = source[key];
}

/**
 * V2 only (the V2 sequence format names each variant's fields): an emailNode's `data` must use `subject_a`/`body_a`; bare
 * `subject`/`body` are rejected with 400. V1 still accepts them (V1SequenceNode).
 */
export function rejectBareEmailFields(nodes: Record<string, unknown>[] | undefined): void {
  nodes?.forEach((node, i) => {
    if (node.type !== 'emailNode' || !node.data || typeof node.data !== 'object') return;
    for (const field of ['subject', 'body'] as const) {
      if (Object.hasOwn(node.data, field)) {
        throw invalidParameter(`nodes[${i}].data.${field}`, `emailNode data must use ${field}_a (A/B variants ${field}_b…${field}_d); bare ${field} is not accepted`);
      }
    }
  });
}

export function getCampaign(ws: World, id: string): Campaign {
  const campaign = ws.stores.supersend.campaigns.get(id);
  if (!campaign) throw notFound('campaign');
  return campaign;
}

/** Subsequence endpoints answer 404 when the org's feature is off. */
function requireSubsequences(ws: World): void {
  if (!ws.stores.supersend.org.subsequences_enabled) {
    throw new ApiError(404, 'feature_not_enabled', 'Subsequences are not enabled for this organization');
  }
}

export function subsequencesOf(ws: World, parentId: string): Campaign[] {
  return [...ws.stores.supersend.campaigns.values()].filter(c => c.parent_campaign_id === parentId && !c.archived);
}

function checkParent(ws: World, parentId: string, teamId: string): void {
  requireSubsequences(ws);
  const parent = ws.stores.supersend.campaigns.get(parentId);
  if (!parent || parent.team_id !== teamId) throw notFound('campaign');
  if (parent.parent_campaign_id) {
    throw invalidParameter('parentCampaignId', 'A subsequence cannot have its own subsequences (one level deep)', 'invalid_parent_campaign');
  }
  if (subsequencesOf(ws, parentId).length >= MAX_SUBSEQUENCES) {
    throw invalidParameter('parentCampaignId', `A campaign can have at most ${MAX_SUBSEQUENCES} subsequences`, 'subsequence_limit_reached');
  }
}

export function createCampaign(ws: World, input: CampaignCreateInput): Campaign {
  requireTeam(ws, input.TeamId);
  if (input.parentCampaignId) checkParent(ws, input.parentCampaignId, input.TeamId);
  const now = ws.clock.isoNow();
  const campaign: Campaign = {
    id: ws.random.uuid(),
    team_id: input.TeamId,
    name: input.name,
    status: 2,
    is_draft: input.is_draft ?? true,
    archived: false,
    legacy_sequence: false,
    nodes: input.nodes ?? [],
    edges: input.edges ?? [],
    parent_campaign_id: input.parentCampaignId ?? null,
    created_by: ws.stores.supersend.user.id,
    settings: { ...structuredClone(DEFAULT_SETTINGS), ...pickSettings(input) },
    reply_link_clicks: 0,
    created_at: now,
    updated_at: now,
  };
  ws.stores.supersend.campaigns.set(campaign.id, campaign);
  return campaign;
}

export function updateCampaign(ws: World, id: string, input: CampaignInput): Campaign {
  const campaign = getCampaign(ws, id);
  if (campaign.status === 1 && (input.nodes !== undefined || input.legacy_sequence !== undefined)) {
    throw conflict('campaign_active', 'Cannot modify nodes or legacy_sequence while campaign is active (status=1)', input.nodes !== undefined ? 'nodes' : 'legacy_sequence');
  }
  const { name, status, is_draft, legacy_sequence, nodes, edges } = input;
  beforeChange(campaign);
  assignDefined(campaign, { name, status, is_draft, legacy_sequence, nodes, edges });
  Object.assign(campaign.settings, pickSettings(input));
  campaign.updated_at = ws.clock.isoNow();
  // Activated, published or given a later end date: the engine picks its parked contacts up (a stopped or
  // ended campaign parks them as they come due).
  if (status !== undefined || is_draft !== undefined || input.end !== undefined) onCampaignChanged(ws, campaign);
  return campaign;
}

export type DeleteOutcome = 'deleted' | 'archived';

/** A draft is removed for good, with its contacts; any other campaign is archived with its contacts. */
export function deleteCampaign(ws: World, id: string): DeleteOutcome {
  const campaign = getCampaign(ws, id);
  const enrollments = enrollmentsOfCampaign(ws.stores.supersend, id);
  if (campaign.is_draft) {
    removeEnrollments(ws.stores.supersend, enrollments);
    ws.stores.supersend.campaigns.delete(id);
    return 'deleted';
  }
  const now = ws.clock.isoNow();
  beforeChange(campaign).archived = true;
  campaign.status = 2;
  campaign.updated_at = now;
  for (const e of enrollments) Object.assign(beforeChange(e), { archived: true, updated_at: now });
  return 'archived';
}

export function listSubsequences(ws: World, id: string): Campaign[] {
  requireSubsequences(ws);
  getCampaign(ws, id);
  return subsequencesOf(ws, id);
}

export function parentOf(ws: World, id: string): { isSubsequence: boolean; parentCampaign: Campaign | null } {
  requireSubsequences(ws);
  const campaign = getCampaign(ws, id);
  const parent = campaign.parent_campaign_id ? ws.stores.supersend.campaigns.get(campaign.parent_campaign_id) ?? null : null;
  return { isSubsequence: campaign.parent_campaign_id !== null, parentCampaign: parent };
}

export type CampaignSort = 'newest' | 'oldest' | 'last_modified' | 'name';
const SORTS: Record<CampaignSort, (a: Campaign, b: Campaign) => number> = {
  newest: (a, b) => b.created_at.localeCompare(a.created_at),
  oldest: (a, b) => a.created_at.localeCompare(b.created_at),
  last_modified: (a, b) => b.updated_at.localeCompare(a.updated_at),
  name: (a, b) => a.name.localeCompare(b.name),
};

export interface CampaignListQuery {
  TeamId: string;
  search?: string;
  status?: CampaignStatus;
  archived?: 'true' | 'false';
  sortBy?: CampaignSort;
  include_subsequences?: boolean;
  limit: number;
  offset: number;
}

export function listCampaigns(ws: World, q: CampaignListQuery): Page<Campaign> {
  requireTeam(ws, q.TeamId);
  const needle = q.search?.toLowerCase();
  const rows = [...ws.stores.supersend.campaigns.values()].filter(
    c =>
      c.team_id === q.TeamId &&
      (q.archived === 'true' || !c.archived) &&
      (q.status === undefined || c.status === q.status) &&
      (q.include_subsequences || !c.parent_campaign_id) &&
      (!needle || includesFolded(c.name, needle) || includesFolded(c.settings.track_domain, needle)),
  );
  // Stable order for equal keys: creation order, then id.
  rows.sort((a, b) => SORTS[q.sortBy ?? 'newest'](a, b) || a.id.localeCompare(b.id));
  return { rows: rows.slice(q.offset, q.offset + q.limit), total: rows.length };
}

/** V1 clone: "Copy of <name>", settings and sequence copied, contacts not; the copy is a draft. */
export function cloneCampaign(ws: World, id: string, teamId: string): Campaign {
  const source = getCampaign(ws, id);
  requireTeam(ws, teamId);
  const copy = createCampaign(ws, { name: `Copy of ${source.name}`, TeamId: teamId, ...structuredClone(source.settings) });
  beforeChange(copy).nodes = structuredClone(source.nodes);
  copy.edges = structuredClone(source.edges);
  copy.legacy_sequence = source.legacy_sequence;
  return copy;
}

export interface ContactMetrics {
  total: number;
  not_started: number;
  in_progress: number;
  finished: number;
  paused: number;
}

const live = (e: Enrollment) => !e.archived && !e.deleted;

/** Lifecycle breakdown of a campaign's live (non-archived, non-deleted) contacts. */
export function contactMetrics(ws: World, campaignId: string): ContactMetrics {
  const m: ContactMetrics = { total: 0, not_started: 0, in_progress: 0, finished: 0, paused: 0 };
  for (const e of enrollmentsOfCampaign(ws.stores.supersend, campaignId)) {
    if (!live(e)) continue;
    m.total++;
    if (e.finished) m.finished++;
    else if (e.paused) m.paused++;
    else if (e.started_sequence) m.in_progress++;
    else m.not_started++;
  }
  return m;
}

/** V1 overview counters, derived from the campaign's contacts. */
export function performanceMetrics(ws: World, campaignId: string): Record<string, number> {
  const m = { contactedCount: 0, openCount: 0, replyCount: 0, emailSentCount: 0, linkedInSentCount: 0, bounces: 0,
    invalidRecipientBounces: 0, policyBlockBounces: 0, softBounces: 0, opt_outs: 0, contactCount: 0, verifiedContactCount: 0 };
  for (const e of enrollmentsOfCampaign(ws.stores.supersend, campaignId)) {
    if (!live(e)) continue;
    m.contactCount++;
    if (e.verified) m.verifiedContactCount++;
    if (e.started_sequence) {
      m.contactedCount++;
      if (e.email) m.emailSentCount++;
    }
    if (linkedinReached(ws, campaignId, e.id)) m.linkedInSentCount++;
    if (e.opened) m.openCount++;
    if (e.replied) m.replyCount++;
    if (e.unsubscribed) m.opt_outs++;
    if (e.bounced) {
      m.bounces++;
      if (e.bounce_category === 'invalid_recipient') m.invalidRecipientBounces++;
      else if (e.bounce_category === 'policy_block') m.policyBlockBounces++;
      else if (e.bounce_category === 'soft') m.softBounces++;
    }
  }
  return m;
}
