/** Senders: lookups other resources build on, the list, and the settings update (PATCH /v2/senders/:id). */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { World } from '../../world.js';
import type { Team } from '../../../domain/supersend/records.js';
import type { ForwardRule, Sender, SenderProvider } from './store.js';
import { invalidParameter, teamAccessDenied } from '../../../domain/supersend/errors.js';
import { assignDefined, type Page } from '../../../domain/supersend/util.js';
import { ApiError } from '../../../http/errors.js';
import { beforeChange } from '../../../workspace/writes.js';

// ajv-formats exports its formats untyped per name; `email` is a RegExp.
const EMAIL = fullFormats.email as RegExp;
export const isEmail = (value: string) => EMAIL.test(value);

export const senderNotFound = () => new ApiError(404, 'sender_not_found', 'Sender not found');

/** A team of the organisation, or 403 naming `param` (as requireTeam does for the whole workspace). */
export function teamOf(world: World, teamId: string, param: string): Team {
  const team = world.stores.supersend.teams.get(teamId);
  if (!team) throw teamAccessDenied(param);
  return team;
}

/** The sender `id`, or 404. */
export function getSender(world: World, id: string): Sender {
  const sender = world.stores.senders.senders.get(id);
  if (!sender) throw senderNotFound();
  return sender;
}

/**
 * A sender that may send for a request: known, not disabled, and (when `teamId` is given) of that team.
 * Anything else is a 400 naming `param`, as a bad id in a request body is.
 */
export function requireActiveSender(world: World, senderId: string, param: string, teamId?: string): Sender {
  const sender = world.stores.senders.senders.get(senderId);
  if (!sender) throw invalidParameter(param, `${param} names no sender of this organization`);
  if (teamId !== undefined && sender.team_id !== teamId) throw invalidParameter(param, `${param} names a sender of another team`);
  if (sender.disabled) throw invalidParameter(param, `${param} names a disabled sender`);
  return sender;
}

/** The domain part of a sender's address. */
export const senderDomain = (sender: Pick<Sender, 'email'>) => sender.email.slice(sender.email.lastIndexOf('@') + 1);

/** The senders of a team, in creation order. */
export function teamSenders(world: World, teamId: string): Sender[] {
  return [...world.stores.senders.senders.values()].filter(s => s.team_id === teamId);
}

export interface SenderQuery {
  TeamId?: string;
  search?: string;
  provider?: SenderProvider;
  disabled?: 'true' | 'false';
  warm?: 'true' | 'false';
  limit: number;
  offset: number;
}

/** GET /v2/senders: every team's senders unless TeamId narrows it, in creation order. */
export function listSenders(world: World, q: SenderQuery): Page<Sender> {
  if (q.TeamId !== undefined) teamOf(world, q.TeamId, 'TeamId');
  const needle = q.search?.toLowerCase();
  const rows = [...world.stores.senders.senders.values()].filter(s =>
    (q.TeamId === undefined || s.team_id === q.TeamId) &&
    (!needle || s.email.toLowerCase().includes(needle) || s.send_as.toLowerCase().includes(needle)) &&
    (q.provider === undefined || s.provider === q.provider) &&
    (q.disabled === undefined || s.disabled === (q.disabled === 'true')) &&
    (q.warm === undefined || s.warm === (q.warm === 'true')));
  return { rows: rows.slice(q.offset, q.offset + q.limit), total: rows.length };
}

export interface ForwardRuleInput {
  emails: string;
  label_ids?: string[] | null;
}

export interface SenderUpdate {
  send_as?: string;
  reply_to?: string | null;
  signature?: string | null;
  forward_to?: string | null;
  forward_rules?: ForwardRuleInput[] | null;
  forward_unsubscribes?: boolean;
  disabled?: boolean;
  warm?: boolean;
  max_per_day?: number;
  global_max_per_day?: number;
  max_warm_per_day?: number;
  warm_email_ramp?: number;
  campaign_ramp_enabled?: boolean;
  campaign_ramp_duration_days?: number;
  campaign_ramp_start_volume?: number;
  SenderProfileId?: string | null;
}

/** PATCH /v2/senders/:id. Everything is checked before anything changes. */
export function updateSender(world: World, id: string, input: SenderUpdate): Sender {
  const sender = getSender(world, id);
  const { forward_rules, SenderProfileId, campaign_ramp_enabled, forward_to, ...plain } = input;
  const rules = forward_rules === undefined ? undefined : checkForwardRules(world, sender.team_id, forward_rules);
  if (forward_to) checkAddresses('forward_to', forward_to);
  if (campaign_ramp_enabled === true) {
    for (const param of ['campaign_ramp_duration_days', 'campaign_ramp_start_volume'] as const) {
      if (input[param] === undefined) throw invalidParameter(param, `${param} is required when campaign_ramp_enabled is true`);
    }
  }
  if (SenderProfileId) checkProfileOfTeam(world, SenderProfileId, sender.team_id, 'SenderProfileId');

  beforeChange(sender);
  assignDefined(sender, plain);
  // "" clears the legacy forwarding address as null does.
  if (forward_to !== undefined) sender.forward_to = forward_to || null;
  if (rules !== undefined) sender.forward_rules = rules;
  if (campaign_ramp_enabled !== undefined) sender.campaign_ramp_enabled = campaign_ramp_enabled;
  // A ramp that is switched off starts from nothing when switched on again.
  if (campaign_ramp_enabled === false) {
    Object.assign(sender, { campaign_ramp_duration_days: null, campaign_ramp_start_volume: null, campaign_ramp_first_send_date: null });
  }
  if (SenderProfileId !== undefined) sender.sender_profile_id = SenderProfileId;
  sender.updated_at = world.clock.isoNow();
  return sender;
}

/** A live sender profile of `teamId`, or 400 naming `param`. */
export function checkProfileOfTeam(world: World, profileId: string, teamId: string, param: string): void {
  const profile = world.stores.senderProfiles.profiles.get(profileId);
  if (!profile || profile.deleted) throw invalidParameter(param, `${param} names no sender profile`);
  if (profile.team_id !== teamId) throw invalidParameter(param, `${param} names a sender profile of another team`);
}

/** Comma-separated addresses, each a valid email. */
function checkAddresses(param: string, list: string): void {
  for (const address of list.split(',').map(a => a.trim())) {
    if (!isEmail(address)) throw invalidParameter(param, `${param} must be comma-separated email addresses; "${address}" is not one`);
  }
}

/** Rules as stored: addresses checked, labels existing conversation labels of the team. Empty = legacy forwarding. */
function checkForwardRules(world: World, teamId: string, rules: ForwardRuleInput[] | null): ForwardRule[] | null {
  if (rules === null || rules.length === 0) return null;
  return rules.map((rule, i) => {
    checkAddresses(`forward_rules[${i}].emails`, rule.emails);
    const labelIds = rule.label_ids ?? null;
    labelIds?.forEach((labelId, j) => {
      const param = `forward_rules[${i}].label_ids[${j}]`;
      const label = world.stores.supersend.labels.get(labelId);
      if (!label || label.deleted || (label.team_id !== null && label.team_id !== teamId)) throw invalidParameter(param, `${param} names no label of the sender's team`);
      if (label.applies_to === 'contact') throw invalidParameter(param, `${param} names a contact label; forwarding rules match conversation labels`);
    });
    return { emails: rule.emails.split(',').map(a => a.trim()).join(','), label_ids: labelIds ? [...new Set(labelIds)] : null };
  });
}

export type NewSender = Pick<Sender, 'team_id' | 'email' | 'send_as' | 'provider' | 'domain_id'> & Partial<Omit<Sender, 'id' | 'created_at' | 'updated_at'>>;

/** A new sender (seeds and imports only: V2 has no create), with SuperSend's defaults for what is not given. */
export function createSender(world: World, input: NewSender): Sender {
  const now = world.clock.isoNow();
  const sender: Sender = {
    id: world.random.uuid(),
    reply_to: null, disabled: false, warm: true, warming_stage: 1, max_per_day: 40, global_max_per_day: 60, max_warm_per_day: 20,
    warm_email_ramp: 30, campaign_ramp_enabled: false, campaign_ramp_first_send_date: null, campaign_ramp_duration_days: null,
    campaign_ramp_start_volume: null, health_score: null, status: 'active', signature: null, forward_to: null, forward_rules: null,
    forward_unsubscribes: false, sender_profile_id: null,
    ...input,
    created_at: now,
    updated_at: now,
  };
  world.stores.senders.senders.set(sender.id, sender);
  return sender;
}
