/**
 * Sender profiles: named groups of a team's senders plus at most one LinkedIn and one Twitter identity.
 * Membership is held once, on the sender (`sender_profile_id`); the identities on the profile
 * (`linkedin_identity_id`, `twitter_identity_id`). Deletion is soft: a deleted profile keeps its record
 * (for snapshots and history) but no members, no identities, and answers 404.
 */
import { LoggedMap, swapInPlace } from '../../../workspace/writes.js';
import { defineStore } from '../../../workspace/stores.js';
import { arrayOf, bool, id, nid, ntext, record, refer, stamps, text, uniqueIds } from '../../../workspace/snapshot-schema.js';

export interface SenderProfile {
  id: string;
  team_id: string;
  name: string;
  /** The profile's sending timezone (shown on its senders' `sender_profile`); null when not set. */
  timezone: string | null;
  sender_disable_strategy: boolean;
  linkedin_identity_id: string | null;
  twitter_identity_id: string | null;
  deleted: boolean;
  created_at: string;
  updated_at: string;
}

export interface SenderProfileStore {
  /** In creation order, deleted ones included. */
  profiles: LoggedMap<string, SenderProfile>;
}

const emptyProfileStore = (): SenderProfileStore => ({ profiles: new LoggedMap(true) });

export const senderProfileStore = defineStore<SenderProfileStore, SenderProfile[]>({
  path: ['supersend', 'sender_profiles'],
  create: emptyProfileStore,
  dump: store => [...store.profiles.values()],
  schema: () => arrayOf(record({
    id, team_id: id, name: text(['SenderProfileCreate', 'name']), timezone: ntext(), sender_disable_strategy: bool,
    linkedin_identity_id: nid, twitter_identity_id: nid, deleted: bool, ...stamps,
  })),
  check(profiles, refs) {
    uniqueIds('supersend.sender_profiles', profiles);
    const teams = refs.ids('supersend.teams');
    const identities = refs.ids('supersend.identities');
    profiles.forEach((p, i) => {
      const at = `supersend.sender_profiles[${i}]`;
      refer(`${at}.team_id`, p.team_id, teams, 'team');
      refer(`${at}.linkedin_identity_id`, p.linkedin_identity_id, identities, 'identity');
      refer(`${at}.twitter_identity_id`, p.twitter_identity_id, identities, 'identity');
    });
  },
  prepareRestore(target, profiles) {
    const fresh = emptyProfileStore();
    for (const profile of profiles) fresh.profiles.set(profile.id, profile);
    return () => swapInPlace(target, fresh);
  },
  count: profiles => ({ sender_profiles: profiles.length }),
});
