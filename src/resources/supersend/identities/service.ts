/**
 * Identities: list, get, settings update, soft delete, and connecting one (the control plane's stand-in
 * for the browser extension). Which profile holds an identity is kept on the profile (sender-profiles).
 */
import { isTimeZone } from '../time-zones.js';
import type { World } from '../../world.js';
import type { Identity, IdentitySettings, IdentityType } from './store.js';
import { invalidParameter } from '../errors.js';
import type { Page } from '../util.js';
import { ApiError } from '../../../http/errors.js';
import { beforeChange } from '../../../workspace/writes.js';
import { teamOf } from '../senders/service.js';
import { getSenderProfile, profileOfIdentity, setProfileIdentity } from '../sender-profiles/service.js';

export const identityNotFound = () => new ApiError(404, 'identity_not_found', 'Identity not found');

/** What a newly connected identity starts with: a cautious weekday schedule. */
export function defaultIdentitySettings(timezone = 'UTC'): IdentitySettings {
  return {
    max_messages_per_day: 40,
    max_connection_requests_per_day: 15,
    max_profile_visits_per_day: 80,
    max_likes_per_day: 25,
    action_cooldown_seconds: 90,
    timezone,
    days: [1, 2, 3, 4, 5],
    hours: [{ start: '09:00', end: '17:00' }],
  };
}

/** A live identity, or 404. */
export function getIdentity(world: World, id: string): Identity {
  const identity = world.stores.identities.identities.get(id);
  if (!identity || identity.deleted) throw identityNotFound();
  return identity;
}

export function listIdentities(world: World, q: { team_id?: string; type?: IdentityType; status?: string; limit: number; offset: number }): Page<Identity> {
  if (q.team_id !== undefined) teamOf(world, q.team_id, 'team_id');
  const rows = [...world.stores.identities.identities.values()].filter(x =>
    !x.deleted && (q.team_id === undefined || x.team_id === q.team_id) && (q.type === undefined || x.type === q.type) &&
    (q.status === undefined || x.status === q.status));
  return { rows: rows.slice(q.offset, q.offset + q.limit), total: rows.length };
}

export interface IdentityUpdate {
  settings?: Partial<IdentitySettings>;
  sender_profile_id?: string | null;
}

/** What the document cannot say about settings: a real timezone, working hours that start before they end. */
function checkSettings(settings: Partial<IdentitySettings>): void {
  if (settings.timezone !== undefined && !isTimeZone(settings.timezone)) {
    throw invalidParameter('settings.timezone', `settings.timezone must be an IANA timezone such as Europe/Paris; "${settings.timezone}" is not one`);
  }
  settings.hours?.forEach((h, i) => {
    if (h.start >= h.end) throw invalidParameter(`settings.hours[${i}].end`, `settings.hours[${i}].end must be later than its start`);
  });
}

/** PATCH /v2/identities/:id: settings merge key by key; `sender_profile_id` moves it (null detaches it). */
export function updateIdentity(world: World, id: string, input: IdentityUpdate): Identity {
  const identity = getIdentity(world, id);
  if (input.settings) checkSettings(input.settings);
  const target = input.sender_profile_id ? profileForIdentity(world, identity, input.sender_profile_id) : undefined;

  beforeChange(identity);
  if (input.settings) identity.settings = { ...identity.settings, ...input.settings };
  if (input.sender_profile_id === null) detach(world, identity);
  if (target) setProfileIdentity(world, target, identity.type, identity.id);
  identity.updated_at = world.clock.isoNow();
  return identity;
}

/** A live profile of the identity's team, or 400 naming sender_profile_id. */
function profileForIdentity(world: World, identity: Identity, profileId: string) {
  const profile = world.stores.senderProfiles.profiles.get(profileId);
  if (!profile || profile.deleted) throw invalidParameter('sender_profile_id', 'sender_profile_id names no sender profile');
  if (profile.team_id !== identity.team_id) throw invalidParameter('sender_profile_id', 'sender_profile_id names a sender profile of another team');
  return getSenderProfile(world, profileId);
}

function detach(world: World, identity: Identity): void {
  const profile = profileOfIdentity(world, identity);
  if (profile) setProfileIdentity(world, profile, identity.type, null);
}

/** DELETE /v2/identities/:id: soft, and off its profile. */
export function deleteIdentity(world: World, id: string): void {
  const identity = getIdentity(world, id);
  detach(world, identity);
  Object.assign(beforeChange(identity), { deleted: true, updated_at: world.clock.isoNow() });
}

export interface IdentityConnect {
  team_id: string;
  type: IdentityType;
  handle: string;
  username?: string | null;
  email?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  photo?: string | null;
  status?: string;
  error?: string | null;
  settings?: Partial<IdentitySettings>;
  sender_profile_id?: string | null;
}

/**
 * POST /__sandbox/identities: connects an account as the browser extension would. The same account
 * (team, type, handle) connected again is refreshed in place (`created: false`): status active, error cleared.
 */
export function connectIdentity(world: World, input: IdentityConnect): { identity: Identity; created: boolean } {
  teamOf(world, input.team_id, 'team_id');
  if (input.settings) checkSettings(input.settings);
  const handle = input.handle.trim();
  const existing = [...world.stores.identities.identities.values()]
    .find(x => !x.deleted && x.team_id === input.team_id && x.type === input.type && x.handle.toLowerCase() === handle.toLowerCase());
  const probe: Identity = existing ?? newIdentity(world, input, handle);
  const target = input.sender_profile_id ? profileForIdentity(world, probe, input.sender_profile_id) : undefined;
  const status = input.status ?? 'active';
  if (existing) {
    beforeChange(existing);
    for (const field of ['username', 'email', 'first_name', 'last_name', 'photo'] as const) {
      if (input[field] !== undefined) existing[field] = input[field] ?? null;
    }
    if (input.settings) existing.settings = { ...existing.settings, ...input.settings };
    existing.status = status;
    existing.error = input.error ?? null;
    existing.updated_at = world.clock.isoNow();
  } else {
    world.stores.identities.identities.set(probe.id, probe);
  }
  if (target) setProfileIdentity(world, target, probe.type, probe.id);
  return { identity: probe, created: !existing };
}

function newIdentity(world: World, input: IdentityConnect, handle: string): Identity {
  const now = world.clock.isoNow();
  return {
    id: world.random.uuid(),
    team_id: input.team_id,
    type: input.type,
    handle,
    username: input.username ?? null,
    email: input.email ?? null,
    first_name: input.first_name ?? null,
    last_name: input.last_name ?? null,
    photo: input.photo ?? null,
    status: input.status ?? 'active',
    error: input.error ?? null,
    settings: { ...defaultIdentitySettings(), ...input.settings },
    deleted: false,
    created_at: now,
    updated_at: now,
  };
}
