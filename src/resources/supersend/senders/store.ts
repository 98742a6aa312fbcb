/**
 * Senders (email mailboxes) of the organisation's teams. There is no V2 create or delete: seeds (and
 * imports) bring them, PATCH /v2/senders/:id changes their settings and profile membership.
 */
import { LoggedMap, swapInPlace } from '../../../workspace/writes.js';
import { defineStore } from '../../../workspace/stores.js';
import {
  arrayOf, bool, id, int, nid, nint, ndateTime, ntext, record, refer, stamps, str, text, uniqueIds, type Schema,
} from '../../../workspace/snapshot-schema.js';

export const SENDER_PROVIDERS = ['smtp', 'outlook', 'google', 'missioninbox', 'supersend-relay', 'ss-private-smtp'] as const;
export type SenderProvider = (typeof SENDER_PROVIDERS)[number];

export interface ForwardRule {
  /** Comma-separated destination addresses. */
  emails: string;
  /** Conversation labels that trigger the rule; null = every reply. */
  label_ids: string[] | null;
}

export interface Sender {
  id: string;
  team_id: string;
  email: string;
  send_as: string;
  reply_to: string | null;
  provider: SenderProvider;
  /** The managed domain the mailbox is on (domains store), when the domain is one of the organisation's. */
  domain_id: string | null;
  disabled: boolean;
  warm: boolean;
  warming_stage: number | null;
  max_per_day: number;
  global_max_per_day: number;
  max_warm_per_day: number;
  /** Warm-up ramp in days (PATCH `warm_email_ramp`); stored, not shown on the Sender object. */
  warm_email_ramp: number;
  campaign_ramp_enabled: boolean;
  campaign_ramp_first_send_date: string | null;
  campaign_ramp_duration_days: number | null;
  campaign_ramp_start_volume: number | null;
  health_score: number | null;
  /** Connection status, e.g. `active` or `disconnected`. */
  status: string;
  signature: string | null;
  forward_to: string | null;
  forward_rules: ForwardRule[] | null;
  forward_unsubscribes: boolean;
  sender_profile_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface SenderStore {
  /** In creation order (the list's order). */
  senders: LoggedMap<string, Sender>;
}

/** The senders' order is visible in lists, so removals keep it on rollback. */
const ORDERED = true;

const emptySenderStore = (): SenderStore => ({ senders: new LoggedMap(ORDERED) });

const bounded = (property: string): [string, string] => ['SenderUpdate', property];

function senderSchema(): Schema {
  const count = (max: number): Schema => ({ ...int, minimum: 1, maximum: max });
  return arrayOf(record({
    id, team_id: id, email: str, send_as: text(bounded('send_as')), reply_to: ntext(bounded('reply_to')),
    provider: { enum: [...SENDER_PROVIDERS] }, domain_id: nid, disabled: bool, warm: bool, warming_stage: nint,
    max_per_day: count(15000), global_max_per_day: count(1000), max_warm_per_day: count(1000), warm_email_ramp: count(365),
    campaign_ramp_enabled: bool, campaign_ramp_first_send_date: ndateTime,
    campaign_ramp_duration_days: { ...count(365), type: ['integer', 'null'] },
    campaign_ramp_start_volume: { ...count(Number.MAX_SAFE_INTEGER), type: ['integer', 'null'] },
    health_score: { type: ['number', 'null'], minimum: 0, maximum: 100 }, status: str,
    signature: ntext(bounded('signature')), forward_to: ntext(bounded('forward_to')),
    forward_rules: { type: ['array', 'null'], items: record({ emails: str, label_ids: { type: ['array', 'null'], items: id } }) },
    forward_unsubscribes: bool, sender_profile_id: nid, ...stamps,
  }));
}

export const senderStore = defineStore<SenderStore, Sender[]>({
  path: ['supersend', 'senders'],
  create: emptySenderStore,
  dump: store => [...store.senders.values()],
  schema: senderSchema,
  check(senders, refs) {
    uniqueIds('supersend.senders', senders);
    const teams = refs.ids('supersend.teams');
    const labels = refs.ids('supersend.labels');
    const profiles = refs.ids('supersend.sender_profiles');
    const domains = refs.ids('supersend.domains');
    senders.forEach((s, i) => {
      const at = `supersend.senders[${i}]`;
      refer(`${at}.team_id`, s.team_id, teams, 'team');
      refer(`${at}.sender_profile_id`, s.sender_profile_id, profiles, 'sender profile');
      refer(`${at}.domain_id`, s.domain_id, domains, 'domain');
      s.forward_rules?.forEach((rule, j) => rule.label_ids?.forEach((labelId, k) => refer(`${at}.forward_rules[${j}].label_ids[${k}]`, labelId, labels, 'label')));
    });
  },
  prepareRestore(target, senders) {
    const fresh = emptySenderStore();
    for (const sender of senders) fresh.senders.set(sender.id, sender);
    return () => swapInPlace(target, fresh);
  },
  count: senders => ({ senders: senders.length }),
});
