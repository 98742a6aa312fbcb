/**
 * V1 bulk actions (000_… "Bulk Actions (V1 Only)"): one action on many enrollments of a campaign.
 * Contacts are chosen by `contact_ids` (enrollment ids of the campaign; anything else is ignored and
 * counted) or, without them, by the V1 contact filters over the campaign's contacts. Every parameter is
 * checked before anything changes, so a refused request leaves the state as it was; an applied action
 * records one `bulk_action` event and touches `updated_at` of the rows it changed.
 */
import type { World } from '../../world.js';
import type { components } from '../../../contract/openapi.gen.js';
import { ApiError } from '../../../http/errors.js';
import type { Campaign, Enrollment } from '../records.js';
import { invalidParameter } from '../errors.js';
import { enrollmentsOfCampaign, findEnrollment, moveEnrollment } from '../store.js';
import { getCampaign } from '../campaigns/service.js';
import { v1ContactFilter, type V1ContactFilters } from '../contacts/service.js';
import { recordEvent } from '../events/service.js';
import { onEnrollmentReset } from '../engine/service.js';
import { beforeChange } from '../../../workspace/writes.js';

export const BULK_ACTIONS = [
  'get_contacts', 'verify_contacts', 'unverify_contacts', 'verify_passed_email_validation',
  'unverify_failed_email_validation', 'restart', 'finish', 'unfinish', 'resume', 'archive_unverified',
  'archive_all', 'unarchive', 'transfer', 'reassign_active_sender', 'assign_step',
] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];
/** Every action but the read-only `get_contacts`. */
export type ChangingAction = Exclude<BulkAction, 'get_contacts'>;

export type BulkFilters = Omit<V1ContactFilters, 'TeamId' | 'CampaignId' | 'limit' | 'offset'>;

/** The body of POST /v1/contact/bulk-actions (openapi.yaml). */
export type BulkActionInput = components['schemas']['V1BulkActionRequest'];

export interface Selection {
  campaign: Campaign;
  rows: Enrollment[];
  /** contact_ids that are not live contacts of the campaign (unknown, deleted, or of another campaign). */
  ignored: number;
}

export interface BulkActionOutcome {
  action: ChangingAction;
  message: string;
  /** Rows the action changed. */
  affected: number;
  /** Selected rows left as they were (already in that state, not qualifying, or already in the target). */
  skipped: number;
  ignored: number;
}

const VERIFIED = 'Contact(s) verified status updated successfully';
const FINISHED = 'Contact(s) finished status updated successfully';
const ARCHIVED = 'Contact(s) archived status updated successfully';

const MESSAGES: Record<ChangingAction, string> = {
  verify_contacts: VERIFIED,
  unverify_contacts: VERIFIED,
  verify_passed_email_validation: VERIFIED,
  unverify_failed_email_validation: VERIFIED,
  restart: 'Contact(s) restarted successfully',
  finish: FINISHED,
  unfinish: FINISHED,
  resume: 'Contact(s) resumed successfully',
  archive_unverified: ARCHIVED,
  archive_all: ARCHIVED,
  unarchive: ARCHIVED,
  transfer: 'Contact(s) transferred successfully',
  reassign_active_sender: 'Active sender reassigned successfully',
  assign_step: 'Contact(s) assigned to step successfully',
};

/** Actions that move a contact in its sequence or stop / restart it. */
const ENGINE_ACTIONS: ReadonlySet<ChangingAction> = new Set(['restart', 'finish', 'unfinish', 'resume', 'assign_step', 'transfer']);

const missing = (param: string, action: BulkAction) =>
  new ApiError(400, 'missing_required_parameter', `${param} is required for ${action}`, { param });

/** The sequence position of a contact that has not started: what `restart` (and a transfer) leaves. */
const START_STATE = {
  started_sequence: false, finished: false, paused: false, paused_at: null, resume_at: null, current_node_id: null,
  step_number: null, next_step: null, failed: false, reason: null, status: 'idle',
} as const satisfies Partial<Enrollment>;

/**
 * The campaign's selected contacts. contact_ids win over filters; without contact_ids the filters (all
 * optional) pick among the campaign's live contacts, as /v1/contact/all would show them: archived
 * contacts are hidden there, so `unarchive` applies the filters to the archived ones instead.
 */
export function selectContacts(ws: World, input: BulkActionInput): Selection {
  const campaign = getCampaign(ws, input.campaign_id);
  if (input.contact_ids !== undefined) {
    const rows: Enrollment[] = [];
    const seen = new Set<string>();
    let ignored = 0;
    for (const id of input.contact_ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const e = ws.stores.supersend.enrollments.get(id);
      if (!e || e.deleted || e.campaign_id !== campaign.id) ignored++;
      else rows.push(e);
    }
    return { campaign, rows, ignored };
  }
  const matches = v1ContactFilter(ws, { ...input.filters, CampaignId: campaign.id });
  const amongArchived = input.action === 'unarchive';
  const rows = enrollmentsOfCampaign(ws.stores.supersend, campaign.id)
    .filter(e => !e.deleted && (amongArchived ? e.archived && matches({ ...e, archived: false }) : matches(e)))
    .reverse()
    .sort((a, b) => b.created_at.localeCompare(a.created_at));
  return { campaign, rows, ignored: 0 };
}

/** get_contacts: the selected contacts, newest first. */
export function bulkGetContacts(ws: World, input: BulkActionInput): Enrollment[] {
  return selectContacts(ws, input).rows;
}

/** Checks what the action needs; throws before anything has changed. */
function checkParameters(ws: World, input: BulkActionInput, campaign: Campaign): Campaign | undefined {
  if (input.action === 'transfer') {
    if (!input.to_campaign_id) throw missing('to_campaign_id', input.action);
    const target = ws.stores.supersend.campaigns.get(input.to_campaign_id);
    if (!target) throw new ApiError(404, 'campaign_not_found', 'Target campaign not found', { param: 'to_campaign_id' });
    if (target.team_id !== campaign.team_id) {
      throw invalidParameter('to_campaign_id', 'to_campaign_id must be a campaign of the same team as campaign_id');
    }
    if (target.id === campaign.id) throw invalidParameter('to_campaign_id', 'to_campaign_id must be another campaign than campaign_id');
    return target;
  }
  if (input.action === 'assign_step') {
    if (input.node_id === undefined || input.node_id === '') throw missing('node_id', input.action);
    if (input.step_number === undefined || input.step_number === null) throw missing('step_number', input.action);
    if (!campaign.nodes.some(n => n.id === input.node_id)) {
      throw invalidParameter('node_id', `node_id "${input.node_id}" is not a node of the campaign's sequence`);
    }
  }
  return undefined;
}

/** Runs one changing action over the selection; answers what changed. */
export function runBulkAction(ws: World, input: BulkActionInput & { action: ChangingAction }): BulkActionOutcome {
  const campaign = getCampaign(ws, input.campaign_id);
  const target = checkParameters(ws, input, campaign);
  const { rows, ignored } = selectContacts(ws, input);
  const now = ws.clock.isoNow();
  const state = ws.stores.supersend;
  let affected = 0;

  /** Applies `patch` to a row when `qualifies`, counting it only when a field actually changes. */
  const apply = (e: Enrollment, patch: Partial<Enrollment>, qualifies = true) => {
    if (!qualifies) return;
    const keys = Object.keys(patch) as (keyof Enrollment)[]; // Object.keys loses the key type of a Partial<Enrollment>
    if (keys.every(k => e[k] === patch[k])) return;
    Object.assign(beforeChange(e), patch, { updated_at: now });
    affected++;
  };
  const validity = (e: Enrollment) => state.profiles.get(e.profile_id)?.valid2;

  for (const e of rows) {
    const before = affected;
    applyAction(e);
    // The sequence position or state changed: the engine's agenda follows.
    if (affected > before && ENGINE_ACTIONS.has(input.action)) onEnrollmentReset(ws, e);
  }

  function applyAction(e: Enrollment): void {
    switch (input.action) {
      case 'verify_contacts': apply(e, { verified: true }); break;
      case 'unverify_contacts': apply(e, { verified: false }); break;
      case 'verify_passed_email_validation': apply(e, { verified: true }, validity(e) === 1); break;
      case 'unverify_failed_email_validation': apply(e, { verified: false }, validity(e) === 2); break;
      case 'restart': apply(e, START_STATE); break;
      case 'finish': apply(e, { finished: true, status: 'idle' }); break;
      case 'unfinish': apply(e, { finished: false }); break;
      case 'resume': apply(e, { paused: false, paused_at: null, resume_at: null }, e.paused); break;
      case 'archive_unverified': apply(e, { archived: true }, !e.verified); break;
      case 'archive_all': apply(e, { archived: true }); break;
      case 'unarchive': apply(e, { archived: false }); break;
      case 'reassign_active_sender': apply(e, { sender_id: input.sender_id ?? null }, !e.finished); break;
      case 'assign_step':
        apply(e, { current_node_id: input.node_id!, step_number: input.step_number!, started_sequence: true, finished: false });
        break;
      case 'transfer': {
        // A person already enrolled in the target keeps that enrollment; this one stays where it is.
        if (findEnrollment(state, target!.id, e.profile_id)) break;
        moveEnrollment(state, e, target!.id);
        // Node ids belong to the source sequence: the contact starts the target's sequence from the
        // beginning. Interest, verification, engagement flags and the person fields travel with it.
        Object.assign(beforeChange(e), START_STATE, { updated_at: now });
        affected++;
        break;
      }
    }
  }

  recordEvent(ws, {
    type: 'bulk_action',
    campaign_id: campaign.id,
    team_id: campaign.team_id,
    details: { action: input.action, affected, ...(target && { to_campaign_id: target.id }) },
  });
  return { action: input.action, message: MESSAGES[input.action], affected, skipped: rows.length - affected, ignored };
}
