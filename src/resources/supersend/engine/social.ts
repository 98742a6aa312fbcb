/**
 * LinkedIn and Twitter steps (facts §14, §19.2): a step acts through the identity of the campaign's sender
 * profile, or is skipped with a reason; the contact stays in the campaign either way.
 *
 * Which identity (sendbox's convention, README "Campaign engine"): for LinkedIn the campaign's `LinkedinId`
 * when it names a live LinkedIn identity of the team; else the identity of the campaign's sender profile,
 * the live profile of the contact's sender, else of the first of the campaign's `SenderIds` that is in one.
 *
 * The store keeps what later steps and the V1 overview need: which identity sent a connection request to
 * which LinkedIn profile (a request counts as accepted at once, so a second request from that identity to
 * that person is skipped with LINKEDIN_ALREADY_CONNECTED), and which contacts of which campaign a LinkedIn
 * request or message reached (`linkedInSentCount`).
 */
import type { World } from '../../world.js';
import type { Campaign, Enrollment } from '../records.js';
import type { Identity, IdentityType } from '../identities/store.js';
import type { SenderProfile } from '../sender-profiles/store.js';
import { beforeChange, LoggedMap, LoggedSet, swapInPlace } from '../../../workspace/writes.js';
import { defineStore } from '../../../workspace/stores.js';
import { arrayOf, DAY_KEY, epochMs, id, int, record, str } from '../../../workspace/snapshot-schema.js';
import { recordEvent } from '../events/service.js';
import { dataOf, nodeId, nodeType, stepNumberOf, type SequenceNode } from './graph.js';
import { blockedBy } from './sending.js';
import { isoTime } from '../../../workspace/clock.js';
import { identityWait, recordAction, IDENTITY_DAILY_LIMIT, type IdentityDay } from './pacing.js';

/** An identity's counts by kind of action, each optional. */
const COUNT_FIELDS = { connection: int, message: int, visit: int, like: int };

// ---- the store ----

export interface SocialStore {
  /** `identity id␀canonical LinkedIn URL` → when that identity's connection request went out. */
  connections: LoggedMap<string, number>;
  /** `campaign id␀enrollment id` of contacts a LinkedIn connection request or message reached. */
  linkedinReached: LoggedSet<string>;
  /** Each identity's actions today and its last action, for its daily limits and cooldown (pacing.ts). */
  identityDays: LoggedMap<string, IdentityDay>;
}

export interface SocialData {
  connections: { identity_id: string; linkedin_url: string; at: number }[];
  linkedin_reached: { campaign_id: string; contact_id: string }[];
  /** Present when any: snapshots made before identities were paced import without it. */
  identity_days?: ({ identity_id: string } & IdentityDay)[];
}

const SEP = '\u0000';
const connectionKey = (identityId: string, url: string) => `${identityId}${SEP}${url}`;
const reachedKey = (campaignId: string, enrollmentId: string) => `${campaignId}${SEP}${enrollmentId}`;

const emptySocial = (): SocialStore => ({ connections: new LoggedMap(true), linkedinReached: new LoggedSet(true), identityDays: new LoggedMap(true) });

function dumpSocial(store: SocialStore): SocialData {
  const split = (key: string) => key.split(SEP) as [string, string];
  const days = store.identityDays.size > 0 ? { identity_days: [...store.identityDays].map(([identity_id, d]) => ({ identity_id, ...d })) } : {};
  return {
    ...days,
    connections: [...store.connections].map(([key, at]) => {
      const [identity_id, linkedin_url] = split(key);
      return { identity_id, linkedin_url, at };
    }),
    linkedin_reached: [...store.linkedinReached].map(key => {
      const [campaign_id, contact_id] = split(key);
      return { campaign_id, contact_id };
    }),
  };
}

// References are not checked: a contact or identity deleted for good leaves its history, as events do.
export const socialStore = defineStore<SocialStore, SocialData>({
  path: ['supersend', 'social'],
  create: emptySocial,
  dump: dumpSocial,
  schema: () => ({
    ...record(
      { connections: arrayOf(record({ identity_id: id, linkedin_url: str, at: epochMs })), linkedin_reached: arrayOf(record({ campaign_id: id, contact_id: id })) },
      { identity_days: arrayOf(record({ identity_id: id, day: DAY_KEY, counts: { ...record({}, COUNT_FIELDS), additionalProperties: false }, last_at: epochMs })) },
    ),
    additionalProperties: false,
  }),
  prepareRestore(target, data) {
    const fresh = emptySocial();
    for (const c of data.connections) fresh.connections.set(connectionKey(c.identity_id, c.linkedin_url), c.at);
    for (const r of data.linkedin_reached) fresh.linkedinReached.add(reachedKey(r.campaign_id, r.contact_id));
    for (const { identity_id, ...day } of data.identity_days ?? []) fresh.identityDays.set(identity_id, day);
    return () => swapInPlace(target, fresh);
  },
  count: data => ({ social_connections: data.connections.length }),
});

/** V1 overview `linkedInSentCount`: did a LinkedIn connection request or message reach this contact of the campaign? */
export function linkedinReached(world: World, campaignId: string, enrollmentId: string): boolean {
  return world.stores.social.linkedinReached.has(reachedKey(campaignId, enrollmentId));
}

// ---- which identity ----

function liveIdentity(world: World, identityId: string | null, type: IdentityType, teamId: string): Identity | undefined {
  const identity = identityId ? world.stores.identities.identities.get(identityId) : undefined;
  return identity && !identity.deleted && identity.type === type && identity.team_id === teamId ? identity : undefined;
}

/** The campaign's sender profile for this contact: that of the contact's sender, else of the campaign's first sender in one. */
export function campaignSenderProfile(world: World, campaign: Campaign, e: Enrollment): SenderProfile | undefined {
  for (const senderId of [e.sender_id, ...campaign.settings.SenderIds]) {
    const sender = senderId ? world.stores.senders.senders.get(senderId) : undefined;
    const profile = sender?.sender_profile_id ? world.stores.senderProfiles.profiles.get(sender.sender_profile_id) : undefined;
    if (profile && !profile.deleted && profile.team_id === campaign.team_id) return profile;
  }
  return undefined;
}

function identityFor(world: World, campaign: Campaign, e: Enrollment, type: IdentityType): Identity | undefined {
  const pinned = type === 'linkedin' ? liveIdentity(world, campaign.settings.LinkedinId, type, campaign.team_id) : undefined;
  if (pinned) return pinned;
  const profile = campaignSenderProfile(world, campaign, e);
  const identityId = profile ? (type === 'linkedin' ? profile.linkedin_identity_id : profile.twitter_identity_id) : null;
  return liveIdentity(world, identityId, type, campaign.team_id);
}

// ---- the steps ----

const LINKEDIN_URL = /^https?:\/\/([a-z]+\.)?linkedin\.com\/in\/([^/?#]+)/i;
const CONNECTION_NODES = new Set(['linkedinConnectionNode', 'linkedinConnectionWithMessageNode']);
/** LinkedIn steps that send something (count for linkedInSentCount); visits and likes do not. */
const LINKEDIN_SENDS = new Set([...CONNECTION_NODES, 'linkedinMessageNode']);

/** `https://www.linkedin.com/in/<handle>`, lowercase: one person, however the URL was written (host, query, slash). */
const canonicalUrl = (handle: string) => `https://www.linkedin.com/in/${handle.toLowerCase()}`;

type StepResult = { skip: string } | { identity: Identity; target: string };

/** LinkedIn steps use the contact profile's linkedin_url, else the enrollment's (facts §14). */
function linkedinStep(world: World, campaign: Campaign, e: Enrollment, type: string): StepResult {
  const url = world.stores.supersend.profiles.get(e.profile_id)?.linkedin_url ?? e.linkedin_url;
  if (!url) return { skip: 'NO_LINKEDIN_URL' };
  const handle = LINKEDIN_URL.exec(url)?.[2];
  if (!handle) return { skip: 'INVALID_LINKEDIN_URL' };
  const identity = identityFor(world, campaign, e, 'linkedin');
  if (!identity) return { skip: 'NO_LINKEDIN_IDENTITY' };
  if (identity.status !== 'active') return { skip: 'LINKEDIN_NOT_CONNECTED' };
  const target = canonicalUrl(handle);
  if (CONNECTION_NODES.has(type) && world.stores.social.connections.has(connectionKey(identity.id, target))) return { skip: 'LINKEDIN_ALREADY_CONNECTED' };
  return { identity, target };
}

/** Twitter steps use the contact's `twitter` (custom field; `twitter_url` too). The identity reasons are sendbox's. */
function twitterStep(world: World, campaign: Campaign, e: Enrollment): StepResult {
  const handle = e.custom.twitter ?? e.custom.twitter_url;
  if (typeof handle !== 'string' || handle.trim() === '') return { skip: 'NO_TWITTER_URL' };
  const identity = identityFor(world, campaign, e, 'twitter');
  if (!identity) return { skip: 'NO_TWITTER_IDENTITY' };
  if (identity.status !== 'active') return { skip: 'TWITTER_NOT_CONNECTED' };
  return { identity, target: handle.trim() };
}

/**
 * Any other node than email, wait, if, stop and move: a LinkedIn or Twitter step acts (a `sent` event on
 * its channel) or sets the contact's `reason`; start and note nodes do nothing.
 */
export function runSocialStep(world: World, campaign: Campaign, e: Enrollment, node: SequenceNode): 'blocked' | { waitUntil: number } | undefined {
  const type = nodeType(node);
  const channel = type.startsWith('linkedin') ? 'linkedin' : type.startsWith('twitter') ? 'twitter' : undefined;
  if (!channel) return undefined;
  const result = channel === 'linkedin' ? linkedinStep(world, campaign, e, type) : twitterStep(world, campaign, e);
  if ('skip' in result) {
    beforeChange(e).reason = result.skip;
    return undefined;
  }
  // A step that would act is a send: the blacklist stops it as it stops an email (the engine finishes the contact).
  if (blockedBy(world, campaign, e)) {
    Object.assign(beforeChange(e), { current_node_id: nodeId(node), step_number: stepNumberOf(campaign, node) });
    return 'blocked';
  }
  const now = world.clock.now();
  const paced = identityWait(world, result.identity, type, now);
  if (paced) {
    if (paced.reason) beforeChange(e).reason = paced.reason;
    return { waitUntil: paced.until };
  }
  if (e.reason === IDENTITY_DAILY_LIMIT) beforeChange(e).reason = null;
  act(world, campaign, e, node, channel, result);
  recordAction(world, result.identity, type, now);
  return undefined;
}

function act(world: World, campaign: Campaign, e: Enrollment, node: SequenceNode, channel: IdentityType, { identity, target }: { identity: Identity; target: string }): void {
  const type = nodeType(node);
  const now = world.clock.now();
  const step = stepNumberOf(campaign, node);
  Object.assign(beforeChange(e), { last_activity_at: isoTime(now), current_node_id: nodeId(node), step_number: step });
  const message = dataOf(node).message;
  recordEvent(world, {
    type: 'sent', channel, contact: e, sequence_step: step,
    details: { node_id: nodeId(node), node_type: type, identity_id: identity.id, target, ...(typeof message === 'string' && { message }) },
  });
  const social = world.stores.social;
  if (CONNECTION_NODES.has(type)) social.connections.set(connectionKey(identity.id, target), now);
  if (LINKEDIN_SENDS.has(type)) social.linkedinReached.add(reachedKey(campaign.id, e.id));
}
