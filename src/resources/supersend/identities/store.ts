/**
 * LinkedIn and Twitter identities (accounts connected through the browser extension; the control plane's
 * POST /__sandbox/identities stands in for it). Deletion is soft. The profile an identity belongs to is
 * held on the profile (sender-profiles/store.ts), so the two can never disagree.
 */
import { LoggedMap, swapInPlace } from '../../../workspace/writes.js';
import { defineStore } from '../../../workspace/stores.js';
import { arrayOf, bool, id, int, nstr, ntext, oneOf, record, refer, section, stamps, str, uniqueIds } from '../../../workspace/snapshot-schema.js';

export type IdentityType = 'linkedin' | 'twitter';

export interface IdentitySettings {
  max_messages_per_day: number;
  max_connection_requests_per_day: number;
  max_profile_visits_per_day: number;
  max_likes_per_day: number;
  action_cooldown_seconds: number;
  timezone: string;
  /** Weekdays, 0 = Sunday. */
  days: number[];
  hours: { start: string; end: string }[];
}

export interface Identity {
  id: string;
  team_id: string;
  type: IdentityType;
  handle: string;
  username: string | null;
  email: string | null;
  first_name: string | null;
  last_name: string | null;
  photo: string | null;
  /** `active`, or `disconnected` with an `error` saying why. */
  status: string;
  error: string | null;
  settings: IdentitySettings;
  deleted: boolean;
  created_at: string;
  updated_at: string;
}

export interface IdentityStore {
  /** In creation order, deleted ones included. */
  identities: LoggedMap<string, Identity>;
}

const emptyIdentityStore = (): IdentityStore => ({ identities: new LoggedMap(true) });

const HH_MM = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' };

export const identityStore = defineStore<IdentityStore, Identity[]>({
  path: ['supersend', 'identities'],
  create: emptyIdentityStore,
  dump: store => [...store.identities.values()],
  schema: () => arrayOf(record({
    id, team_id: id, type: oneOf('linkedin', 'twitter'), handle: str, username: nstr, email: nstr, first_name: nstr,
    last_name: nstr, photo: ntext(), status: str, error: nstr,
    settings: section({
      max_messages_per_day: int, max_connection_requests_per_day: int, max_profile_visits_per_day: int, max_likes_per_day: int,
      action_cooldown_seconds: int, timezone: str, days: arrayOf({ type: 'integer', minimum: 0, maximum: 6 }),
      hours: arrayOf(section({ start: HH_MM, end: HH_MM })),
    }),
    deleted: bool, ...stamps,
  })),
  check(identities, refs) {
    uniqueIds('supersend.identities', identities);
    const teams = refs.ids('supersend.teams');
    identities.forEach((x, i) => refer(`supersend.identities[${i}].team_id`, x.team_id, teams, 'team'));
  },
  prepareRestore(target, identities) {
    const fresh = emptyIdentityStore();
    for (const identity of identities) fresh.identities.set(identity.id, identity);
    return () => swapInPlace(target, fresh);
  },
  count: identities => ({ identities: identities.length }),
});
