/** Senders as the API shows them (openapi.yaml `Sender`, and the summaries other objects embed). */
import type { World } from '../../world.js';
import type { Sender } from './store.js';
import { senderDomain } from './service.js';

export function senderView(world: World, s: Sender) {
  const profile = s.sender_profile_id ? world.stores.senderProfiles.profiles.get(s.sender_profile_id) : undefined;
  return {
    id: s.id,
    email: s.email,
    send_as: s.send_as,
    reply_to: s.reply_to,
    provider: s.provider,
    domain: senderDomain(s),
    disabled: s.disabled,
    warm: s.warm,
    warming_stage: s.warming_stage,
    max_per_day: s.max_per_day,
    global_max_per_day: s.global_max_per_day,
    max_warm_per_day: s.max_warm_per_day,
    campaign_ramp_enabled: s.campaign_ramp_enabled,
    campaign_ramp_first_send_date: s.campaign_ramp_first_send_date,
    campaign_ramp_duration_days: s.campaign_ramp_duration_days,
    campaign_ramp_start_volume: s.campaign_ramp_start_volume,
    health_score: s.health_score,
    status: s.status,
    signature: s.signature,
    forward_to: s.forward_to,
    forward_rules: s.forward_rules,
    forward_unsubscribes: s.forward_unsubscribes,
    sender_profile_id: s.sender_profile_id,
    sender_profile: profile ? { id: profile.id, name: profile.name, timezone: profile.timezone } : null,
    team_id: s.team_id,
    created_at: s.created_at,
    updated_at: s.updated_at,
  };
}

/** The member summary sender profiles and domains embed. */
export function senderSummaryView(s: Sender) {
  return {
    id: s.id,
    email: s.email,
    send_as: s.send_as,
    warm: s.warm,
    disabled: s.disabled,
    warming_stage: s.warming_stage,
    health_score: s.health_score,
    status: s.status,
  };
}

/** The sender an id names, for the objects that show a contact's or event's sender (undefined when none). */
export function senderOf(world: World, senderId: string | null): Sender | undefined {
  return senderId ? world.stores.senders.senders.get(senderId) : undefined;
}
