/**
 * How fast an identity acts (facts §14.3 settings): at most `max_connection_requests_per_day`,
 * `max_messages_per_day`, `max_profile_visits_per_day` and `max_likes_per_day` actions a day, on its `days`
 * and `hours` in its `timezone`, and `action_cooldown_seconds` apart. The docs list these settings, not how
 * the product applies them; sendbox's convention [I]: a LinkedIn or Twitter step that would act beyond them
 * waits at its node for the next moment they allow (as an email waits for its sender's limits), with
 * `reason: IDENTITY_DAILY_LIMIT` when a daily limit holds it; the day runs in the identity's timezone.
 */
import type { World } from '../../world.js';
import type { Identity, IdentitySettings } from '../identities/store.js';
import { nextOpeningOf } from './sending.js';
import { dayKey, nextMidnight, zoneOf } from '../time-zones.js';

export type ActionKind = 'connection' | 'message' | 'visit' | 'like';

/** What each acting node counts as (Twitter follows and unfollows as connection requests). */
const KIND_OF: Record<string, ActionKind> = {
  linkedinConnectionNode: 'connection', linkedinConnectionWithMessageNode: 'connection', twitterFollowNode: 'connection', twitterUnFollowNode: 'connection',
  linkedinMessageNode: 'message', twitterDMNode: 'message', linkedinProfileVisitNode: 'visit', linkedinLikeRecentPostNode: 'like',
};

const LIMIT_OF: Record<ActionKind, keyof IdentitySettings> = {
  connection: 'max_connection_requests_per_day', message: 'max_messages_per_day', visit: 'max_profile_visits_per_day', like: 'max_likes_per_day',
};

/** One identity's actions on its current day (in its timezone), and when it last acted (epoch ms). */
export interface IdentityDay {
  day: string;
  counts: Partial<Record<ActionKind, number>>;
  last_at: number;
}

export const IDENTITY_DAILY_LIMIT = 'IDENTITY_DAILY_LIMIT';

/** When a step of `nodeType` may act through `identity` at `now`: now, or later (with the reason a limit gives). */
export function identityWait(world: World, identity: Identity, nodeType: string, now: number): { until: number; reason: string | null } | undefined {
  const kind = KIND_OF[nodeType];
  if (!kind) return undefined;
  const { settings } = identity;
  const zone = zoneOf(settings.timezone);
  const today = world.stores.social.identityDays.get(identity.id);
  const cooled = today ? today.last_at + settings.action_cooldown_seconds * 1000 : now;
  const from = Math.max(now, cooled);
  const opening = nextOpeningOf(settings, from, zone);
  if (opening === undefined) return { until: now + 86_400_000, reason: null };
  const day = dayKey(opening, zone);
  const done = today?.day === day ? (today.counts[kind] ?? 0) : 0;
  const limit = Number(settings[LIMIT_OF[kind]]);
  if (done >= limit) {
    const midnight = nextMidnight(opening, zone);
    return { until: nextOpeningOf(settings, midnight, zone) ?? midnight, reason: IDENTITY_DAILY_LIMIT };
  }
  return opening > now ? { until: opening, reason: null } : undefined;
}

/** The identity acted (`nodeType`) at `now`: its day's count and its last action move. */
export function recordAction(world: World, identity: Identity, nodeType: string, now: number): void {
  const kind = KIND_OF[nodeType];
  if (!kind) return;
  const zone = zoneOf(identity.settings.timezone);
  const day = dayKey(now, zone);
  const days = world.stores.social.identityDays;
  const before = days.get(identity.id);
  const counts = before?.day === day ? before.counts : {};
  days.set(identity.id, { day, counts: { ...counts, [kind]: (counts[kind] ?? 0) + 1 }, last_at: now });
}
