/**
 * The rules a sending platform applies before a campaign email leaves (README "Campaign engine", sending
 * rules): the blacklist, which sender sends, the campaign's sending window and the daily limits. checkSend
 * decides for one due email step; recordSend counts what was sent; noteScheduled writes the `scheduled`
 * event of a step queued for later. Pure rules over the World: time from the workspace clock, time zones
 * through Intl (IANA names), no randomness.
 */
import type { World } from '../../world.js';
import type { Campaign, Enrollment } from '../records.js';
import type { Sender } from '../senders/store.js';
import type { BlacklistItem } from '../blacklist/store.js';
import { isBlacklisted } from '../blacklist/service.js';
import { teamSenders } from '../senders/service.js';
import { recordEvent } from '../events/service.js';
import { beforeChange } from '../../../workspace/writes.js';
import { nodeId, nodeType, stepNumberOf, subjectFor, variantFor, type SequenceNode } from './graph.js';
import { isoTime as iso } from '../../../workspace/clock.js';
import { dayKey, instantOf, mod, nextMidnight, wallOf, zoneOf } from '../time-zones.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;

/**
 * Why a step waits, as the enrollment's `reason` shows it; the send that follows clears it. CAMPAIGN_ENDED:
 * the campaign's end date passed (service.ts parks the step).
 */
export const WAIT_REASONS = ['NO_ACTIVE_SENDER', 'SENDER_DISABLED', 'DAILY_LIMIT', 'CAMPAIGN_DAILY_LIMIT', 'NO_SENDING_WINDOW', 'CAMPAIGN_ENDED'] as const;
export type WaitReason = (typeof WAIT_REASONS)[number];
const isWaitReason = (reason: string | null): boolean => WAIT_REASONS.some(r => r === reason);

/** The reason a blocked send leaves on the enrollment (which finishes). */
export const BLACKLISTED = 'BLACKLISTED';

export type SendDecision =
  | { kind: 'send'; sender: Sender }
  /** Try again at `until`; `reason` null when waiting is the schedule's ordinary course (outside the window). */
  | { kind: 'wait'; until: number; reason: WaitReason | null }
  | { kind: 'blocked'; entry: BlacklistItem };

type Wait = Extract<SendDecision, { kind: 'wait' }>;
const wait = (until: number, reason: WaitReason | null): Wait => ({ kind: 'wait', until, reason });

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

// ---- the campaign's sending window ----

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Weekdays the campaign sends on (0 = Sunday): `days` as `{monday: true, …}` (a day left out is off) or
 * as weekday numbers (1 = Monday … 7 or 0 = Sunday); every day when unset.
 */
function sendingDays(days: unknown): Set<number> {
  if (Array.isArray(days)) return new Set(days.filter((d): d is number => typeof d === 'number').map(d => mod(d, 7)));
  if (days !== null && typeof days === 'object') {
    const on = new Set(Object.entries(days).filter(([, v]) => v === true).map(([k]) => k.toLowerCase()));
    return new Set(DAY_NAMES.flatMap((name, i) => (on.has(name) ? [i] : [])));
  }
  return new Set(DAY_NAMES.map((_, i) => i));
}

const minutesOf = (hhmm: unknown): number => {
  const m = typeof hhmm === 'string' ? /^(\d{1,2}):(\d{2})$/.exec(hhmm) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
};

/** The day's sending windows in ms after local midnight, by start; the whole day when `hours` is empty. An end at or before its start runs to midnight. */
function windowsOf(hours: readonly { start: string; end: string }[] | null | undefined): [number, number][] {
  const windows = (hours ?? []).flatMap(({ start, end }): [number, number][] => {
    const from = minutesOf(start);
    const to = minutesOf(end);
    if (!Number.isFinite(from)) return [];
    return [[from * 60_000, Number.isFinite(to) && to > from ? to * 60_000 : DAY]];
  });
  return windows.length > 0 ? windows.sort((a, b) => a[0] - b[0]) : [[0, DAY]];
}

/** A weekly window: `days` (names or weekday numbers; every day when unset) and `hours` (the whole day when empty). */
export interface Schedule {
  days: unknown;
  hours: readonly { start: string; end: string }[] | null | undefined;
}

/** The first instant at or after `from` inside the campaign's window (its `days` and `hours`, in `zone`). */
export const nextOpening = (campaign: Campaign, from: number, zone: string): number | undefined => nextOpeningOf(campaign.settings, from, zone);

/**
 * The first instant at or after `from` inside a weekly window (in `zone`), or undefined when no day of the
 * coming week opens.
 */
export function nextOpeningOf(schedule: Schedule, from: number, zone: string): number | undefined {
  const days = sendingDays(schedule.days);
  const windows = windowsOf(schedule.hours);
  const wall = wallOf(from, zone);
  const midnight = wall - mod(wall, DAY);
  for (let k = 0; k <= 7; k++) {
    const dayStart = midnight + k * DAY;
    if (!days.has(new Date(dayStart).getUTCDay())) continue;
    for (const [open, close] of windows) {
      if (dayStart + close <= wall) continue;
      const at = Math.max(wall, dayStart + open);
      return at === wall ? from : instantOf(at, zone);
    }
  }
  return undefined;
}

/** The campaign's `start` (ISO 8601) as epoch ms, or -Infinity when it has none. */
function startOf(campaign: Campaign): number {
  const start = campaign.settings.start ? Date.parse(campaign.settings.start) : NaN;
  return Number.isFinite(start) ? start : -Infinity;
}

/** A limit reached today waits for the first opening from the next day on (`from`); all is checked again then. */
const openingFrom = (campaign: Campaign, from: number, zone: string) => nextOpening(campaign, Math.max(from, startOf(campaign)), zone) ?? from;

// ---- senders and their daily allowance ----

/** A sender that can send: not disabled, its mailbox connected (`status` active). */
export const canSend = (s: Sender) => !s.disabled && s.status === 'active';

/** The senders a campaign sends through: its `SenderIds` (V1) when it names any, else every sender of its team. */
export function campaignSenders(world: World, campaign: Campaign): Sender[] {
  const ids = campaign.settings.SenderIds;
  if (ids.length === 0) return teamSenders(world, campaign.team_id);
  const all = world.stores.senders.senders;
  return ids.map(id => all.get(id)).filter((s): s is Sender => !!s && s.team_id === campaign.team_id);
}

/** The zone a sender's day is counted in: its sender profile's timezone, else UTC. */
export function senderZone(world: World, sender: Sender): string {
  const profile = sender.sender_profile_id ? world.stores.senderProfiles.profiles.get(sender.sender_profile_id) : undefined;
  return zoneOf(profile && !profile.deleted ? profile.timezone : null);
}

/**
 * The sender's daily allowance for one campaign on `day`: `max_per_day`; on a campaign ramp, the start
 * volume on the day of the first send, growing linearly to `max_per_day` over the ramp's duration.
 */
export function dailyAllowance(sender: Sender, day: string, zone: string): number {
  const max = sender.max_per_day;
  const { campaign_ramp_start_volume: start, campaign_ramp_duration_days: duration, campaign_ramp_first_send_date: first } = sender;
  if (!sender.campaign_ramp_enabled || start === null || duration === null) return max;
  const elapsed = first ? Math.max(0, daysBetween(dayKey(Date.parse(first), zone), day)) : 0;
  if (elapsed >= duration) return max;
  const from = Math.min(start, max);
  return Math.floor(from + ((max - from) * elapsed) / duration);
}

/**
 * [I] What a sender may send in all campaigns a day: `global_max_per_day` counts warm-up emails too (the
 * docs' example sender: 40 campaign + 20 warm-up = 60), so while it warms up, `max_warm_per_day` of it is
 * spent on warm-up (not simulated as events).
 */
export function campaignCapacity(sender: Sender): number {
  return Math.max(0, sender.global_max_per_day - (sender.warm ? sender.max_warm_per_day : 0));
}

interface Usage {
  day: string;
  /** Sent today in all campaigns. */
  total: number;
  /** Sent today in this campaign. */
  inCampaign: number;
  /** Room for one more today: under its (ramped) max_per_day in the campaign and its campaign capacity in all. */
  room: boolean;
  /** The zone of the sender's day. */
  zone: string;
}

/** Today's day key per zone, for one instant: a campaign's senders mostly share a zone. */
type DayCache = Map<string, string>;

function usageOf(world: World, sender: Sender, campaignId: string, now: number, days: DayCache = new Map()): Usage {
  const zone = senderZone(world, sender);
  let day = days.get(zone);
  if (day === undefined) days.set(zone, (day = dayKey(now, zone)));
  const counted = world.stores.engine.senderDays.get(sender.id);
  const today = counted?.day === day ? counted : undefined;
  const total = today?.sent ?? 0;
  const inCampaign = today?.campaigns[campaignId] ?? 0;
  const room = inCampaign < dailyAllowance(sender, day, zone) && total < campaignCapacity(sender);
  return { day, total, inCampaign, room, zone };
}

/** Emails the campaign sent today (its own day, in its timezone or UTC). */
function campaignSentToday(world: World, campaign: Campaign, now: number): number {
  const counted = world.stores.engine.campaignDays.get(campaign.id);
  return counted?.day === dayKey(now, zoneOf(campaign.settings.timezone)) ? counted.sent : 0;
}

/**
 * The enrollment's sender: the one it has (kept once assigned; the V1 `reassign_active_sender` action
 * changes it), else among the campaign's senders that can send the one with room today and the fewest
 * sends today, ties by id. Without one, when to try again.
 */
/**
 * [I] `sender_disable_strategy` on the sender's profile: its contacts move on to another sender of the
 * campaign (the engine chooses, as for a new contact) instead of waiting for it to be enabled again.
 */
function handsOn(world: World, sender: Sender): boolean {
  const profile = sender.sender_profile_id ? world.stores.senderProfiles.profiles.get(sender.sender_profile_id) : undefined;
  return profile?.sender_disable_strategy === true && !profile.deleted;
}

function senderFor(world: World, campaign: Campaign, e: Enrollment, now: number): { sender: Sender; usage: Usage } | Wait {
  const assigned = e.sender_id ? world.stores.senders.senders.get(e.sender_id) : undefined;
  if (assigned && canSend(assigned)) return { sender: assigned, usage: usageOf(world, assigned, campaign.id, now) };
  // A sender that cannot send keeps its contacts waiting, unless its profile's disable strategy hands them on.
  if (assigned && !handsOn(world, assigned)) return wait(now + HOUR, 'SENDER_DISABLED');
  let best: { sender: Sender; usage: Usage } | undefined;
  const days: DayCache = new Map();
  const full = new Set<string>();
  for (const sender of campaignSenders(world, campaign)) {
    if (!canSend(sender)) continue;
    const usage = usageOf(world, sender, campaign.id, now, days);
    if (!usage.room) full.add(usage.zone);
    else if (!best || usage.total < best.usage.total || (usage.total === best.usage.total && sender.id < best.sender.id)) best = { sender, usage };
  }
  if (best) return best;
  if (full.size === 0) return wait(now + HOUR, 'NO_ACTIVE_SENDER');
  return wait(Math.min(...[...full].map(zone => nextMidnight(now, zone))), 'DAILY_LIMIT');
}

// ---- the decision and its bookkeeping ----

/**
 * The blacklist entry that stops any send to this contact from this campaign (facts §12.5: checked before
 * every email or LinkedIn send): its address, its domain or its LinkedIn URL, whichever the step's channel.
 */
export function blockedBy(world: World, campaign: Campaign, e: Enrollment): BlacklistItem | undefined {
  return isBlacklisted(world, { email: e.email, linkedin_url: e.linkedin_url, teamId: campaign.team_id, campaignId: campaign.id });
}

/** Whether the enrollment's email step due `now` may be sent, by whom, or until when it waits. */
export function checkSend(world: World, campaign: Campaign, e: Enrollment, now: number): SendDecision {
  const entry = blockedBy(world, campaign, e);
  if (entry) return { kind: 'blocked', entry };
  const chosen = senderFor(world, campaign, e, now);
  if ('kind' in chosen) {
    return chosen.reason === 'DAILY_LIMIT' ? wait(openingFrom(campaign, chosen.until, zoneOf(campaign.settings.timezone)), 'DAILY_LIMIT') : chosen;
  }
  const zone = zoneOf(campaign.settings.timezone, senderZone(world, chosen.sender));
  const opening = nextOpening(campaign, Math.max(now, startOf(campaign)), zone);
  if (opening === undefined) return wait(now + DAY, 'NO_SENDING_WINDOW');
  if (opening > now) return wait(opening, null);
  const campaignMax = campaign.settings.max_per_day;
  if (campaignMax !== null && campaignSentToday(world, campaign, now) >= campaignMax) {
    return wait(openingFrom(campaign, nextMidnight(now, zoneOf(campaign.settings.timezone)), zone), 'CAMPAIGN_DAILY_LIMIT');
  }
  if (!chosen.usage.room) return wait(openingFrom(campaign, nextMidnight(now, chosen.usage.zone), zone), 'DAILY_LIMIT');
  return { kind: 'send', sender: chosen.sender };
}

/**
 * One email went out: the enrollment keeps its sender, a wait reason goes, the sender's and the campaign's
 * day counters move, and a ramp starts counting from its first send.
 */
export function recordSend(world: World, campaign: Campaign, e: Enrollment, sender: Sender, now: number): void {
  const engine = world.stores.engine;
  if (e.sender_id !== sender.id) beforeChange(e).sender_id = sender.id;
  if (isWaitReason(e.reason)) beforeChange(e).reason = null;
  engine.announced.delete(e.id);

  const usage = usageOf(world, sender, campaign.id, now);
  const counted = engine.senderDays.get(sender.id);
  const campaigns = counted?.day === usage.day ? counted.campaigns : {};
  engine.senderDays.set(sender.id, { day: usage.day, sent: usage.total + 1, campaigns: { ...campaigns, [campaign.id]: usage.inCampaign + 1 } });

  const campaignDay = dayKey(now, zoneOf(campaign.settings.timezone));
  engine.campaignDays.set(campaign.id, { day: campaignDay, sent: campaignSentToday(world, campaign, now) + 1 });

  if (sender.campaign_ramp_enabled && !sender.campaign_ramp_first_send_date) beforeChange(sender).campaign_ramp_first_send_date = iso(now);
}

/** The send was blocked: the enrollment says why (it finishes; the engine does that). */
export function recordBlocked(world: World, e: Enrollment): void {
  world.stores.engine.announced.delete(e.id);
  // Stopped before anything reached it, the contact was never contacted (V1 overview contactedCount, emailSentCount).
  Object.assign(beforeChange(e), { reason: BLACKLISTED, ...(e.last_activity_at === null && { started_sequence: false }) });
}

/**
 * The enrollment waits at `node` until `at`: an email step gets its `scheduled` event, once per step —
 * when it is reached through a wait (`fresh`), or the first time it is put off when it came due.
 */
export function noteScheduled(world: World, campaign: Campaign, e: Enrollment, node: SequenceNode, at: number, fresh: boolean): void {
  if (nodeType(node) !== 'emailNode') return;
  const announced = world.stores.engine.announced;
  const id = nodeId(node);
  if (!fresh && announced.get(e.id) === id) return;
  announced.set(e.id, id);
  recordEvent(world, {
    type: 'scheduled', contact: e, sequence_step: stepNumberOf(campaign, node), subject: subjectFor(node, variantFor(node, e.id)),
    details: { node_id: id, scheduled_for: iso(at) },
  });
}
