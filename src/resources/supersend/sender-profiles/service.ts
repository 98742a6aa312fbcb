/**
 * Sender profiles: create, list, get, update and soft delete. Members are the senders whose
 * `sender_profile_id` names the profile; identities are the profile's `linkedin_identity_id` and
 * `twitter_identity_id`. A sender or identity belongs to at most one profile: joining one leaves the other.
 */
import type { World } from '../../world.js';
import type { SenderProfile } from './store.js';
import type { Identity, IdentityType } from '../identities/store.js';
import { invalidParameter } from '../../../domain/supersend/errors.js';
import type { Page } from '../../../domain/supersend/util.js';
import { ApiError } from '../../../http/errors.js';
import { beforeChange } from '../../../workspace/writes.js';
import { teamOf } from '../senders/service.js';

export const senderProfileNotFound = () => new ApiError(404, 'sender_profile_not_found', 'Sender profile not found');

/** A live (not deleted) profile, or 404. */
export function getSenderProfile(world: World, id: string): SenderProfile {
  const profile = world.stores.senderProfiles.profiles.get(id);
  if (!profile || profile.deleted) throw senderProfileNotFound();
  return profile;
}

/** The profile's member senders, in the senders' creation order. */
export function profileSenders(world: World, profileId: string) {
  return [...world.stores.senders.senders.values()].filter(s => s.sender_profile_id === profileId);
}

/** The live profile holding `identity`, if any. */
export function profileOfIdentity(world: World, identity: Identity): SenderProfile | undefined {
  const field = IDENTITY_FIELD[identity.type];
  for (const p of world.stores.senderProfiles.profiles.values()) if (!p.deleted && p[field] === identity.id) return p;
  return undefined;
}

export const IDENTITY_FIELD = { linkedin: 'linkedin_identity_id', twitter: 'twitter_identity_id' } as const satisfies Record<IdentityType, keyof SenderProfile>;

export function listSenderProfiles(world: World, q: { team_id: string; name?: string; limit: number; offset: number }): Page<SenderProfile> {
  teamOf(world, q.team_id, 'team_id');
  const needle = q.name?.toLowerCase();
  const rows = [...world.stores.senderProfiles.profiles.values()]
    .filter(p => !p.deleted && p.team_id === q.team_id && (!needle || p.name.toLowerCase().includes(needle)));
  return { rows: rows.slice(q.offset, q.offset + q.limit), total: rows.length };
}

export interface SenderProfileInput {
  team_id?: string;
  name?: string;
  sender_ids?: string[];
  linkedin_identity_id?: string | null;
  twitter_identity_id?: string | null;
  sender_disable_strategy?: boolean;
  /** Seeds only (no request sets it): the profile's sending timezone. */
  timezone?: string | null;
}

/** Checks the members and identities a create or update names, all before anything changes. */
function checkInput(world: World, teamId: string, input: SenderProfileInput): void {
  input.sender_ids?.forEach((senderId, i) => {
    const param = `sender_ids[${i}]`;
    const sender = world.stores.senders.senders.get(senderId);
    if (!sender) throw invalidParameter(param, `${param} names no sender`);
    if (sender.team_id !== teamId) throw invalidParameter(param, `${param} names a sender of another team`);
  });
  for (const type of ['linkedin', 'twitter'] as const) {
    const param = IDENTITY_FIELD[type];
    const identityId = input[param];
    if (identityId) checkIdentity(world, identityId, type, teamId, param);
  }
}

/** A live identity of `type` in `teamId`, or 400 naming `param`. */
export function checkIdentity(world: World, identityId: string, type: IdentityType, teamId: string, param: string): Identity {
  const identity = world.stores.identities.identities.get(identityId);
  if (!identity || identity.deleted) throw invalidParameter(param, `${param} names no identity`);
  if (identity.team_id !== teamId) throw invalidParameter(param, `${param} names an identity of another team`);
  if (identity.type !== type) throw invalidParameter(param, `${param} names a ${identity.type} identity, not a ${type} one`);
  return identity;
}

/** POST /v2/sender-profiles. */
export function createSenderProfile(world: World, input: SenderProfileInput & { team_id: string; name: string }): SenderProfile {
  teamOf(world, input.team_id, 'team_id');
  checkInput(world, input.team_id, input);
  const now = world.clock.isoNow();
  const profile: SenderProfile = {
    id: world.random.uuid(),
    team_id: input.team_id,
    name: input.name,
    timezone: input.timezone ?? null,
    sender_disable_strategy: input.sender_disable_strategy ?? false,
    linkedin_identity_id: null,
    twitter_identity_id: null,
    deleted: false,
    created_at: now,
    updated_at: now,
  };
  world.stores.senderProfiles.profiles.set(profile.id, profile);
  applyMembership(world, profile, input);
  return profile;
}

/** PATCH /v2/sender-profiles/:id: `sender_ids` replaces the members; a null identity detaches it. */
export function updateSenderProfile(world: World, id: string, input: SenderProfileInput): SenderProfile {
  const profile = getSenderProfile(world, id);
  if (input.team_id !== undefined && input.team_id !== profile.team_id) {
    throw invalidParameter('team_id', 'team_id must be the profile\'s own team: profiles do not move between teams');
  }
  checkInput(world, profile.team_id, input);
  beforeChange(profile);
  if (input.name !== undefined) profile.name = input.name;
  if (input.sender_disable_strategy !== undefined) profile.sender_disable_strategy = input.sender_disable_strategy;
  applyMembership(world, profile, input);
  profile.updated_at = world.clock.isoNow();
  return profile;
}

/** Members and identities as the (checked) input names them. */
function applyMembership(world: World, profile: SenderProfile, input: SenderProfileInput): void {
  if (input.sender_ids !== undefined) {
    const wanted = new Set(input.sender_ids);
    const now = world.clock.isoNow();
    for (const sender of world.stores.senders.senders.values()) {
      const member = sender.sender_profile_id === profile.id;
      if (member === wanted.has(sender.id)) continue;
      beforeChange(sender);
      sender.sender_profile_id = member ? null : profile.id;
      sender.updated_at = now;
    }
  }
  for (const type of ['linkedin', 'twitter'] as const) {
    const identityId = input[IDENTITY_FIELD[type]];
    if (identityId === undefined) continue;
    if (identityId === null) setProfileIdentity(world, profile, type, null);
    else setProfileIdentity(world, profile, type, identityId);
  }
}

/** Puts `identityId` (or none) on the profile, taking it off any other profile first. */
export function setProfileIdentity(world: World, profile: SenderProfile, type: IdentityType, identityId: string | null): void {
  const field = IDENTITY_FIELD[type];
  if (profile[field] === identityId) return;
  const now = world.clock.isoNow();
  if (identityId !== null) {
    for (const other of world.stores.senderProfiles.profiles.values()) {
      if (other !== profile && other[field] === identityId) {
        beforeChange(other)[field] = null;
        other.updated_at = now;
      }
    }
  }
  beforeChange(profile)[field] = identityId;
  profile.updated_at = now;
}

/** DELETE /v2/sender-profiles/:id: soft; members leave it and its identities are detached. */
export function deleteSenderProfile(world: World, id: string): void {
  const profile = getSenderProfile(world, id);
  const now = world.clock.isoNow();
  for (const sender of profileSenders(world, profile.id)) {
    beforeChange(sender).sender_profile_id = null;
    sender.updated_at = now;
  }
  Object.assign(beforeChange(profile), { deleted: true, linkedin_identity_id: null, twitter_identity_id: null, updated_at: now });
}
