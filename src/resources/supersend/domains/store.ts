/**
 * Managed domains of the organisation's teams. There is no V2 write: seeds (and imports) bring them.
 * A domain that is being bought or set up carries its planned `transitions`; its status at any moment is
 * the last transition due on the workspace clock (service.ts `domainStatusAt`), so nothing is scheduled
 * and an import or a clock jump shows the right status at once.
 */
import { LoggedMap, swapInPlace } from '../../../workspace/writes.js';
import { defineStore } from '../../../workspace/stores.js';
import {
  arrayOf, bool, epochMs, id, nstr, ndateTime, oneOf, record, refer, stamps, str, uniqueIds,
} from '../../../workspace/snapshot-schema.js';

export const DOMAIN_STATUSES = [
  'pending', 'purchasing', 'purchased', 'setting_up', 'active', 'purchase_failed', 'setup_failed', 'inactive', 'expired', 'cancelled',
] as const;
export type DomainStatus = (typeof DOMAIN_STATUSES)[number];

/** A status the domain reaches at a moment of the workspace clock. */
export interface DomainTransition {
  status: DomainStatus;
  /** Epoch ms. */
  at: number;
}

export interface Domain {
  id: string;
  team_id: string;
  name: string;
  /** The status before any transition is due. */
  status: DomainStatus;
  transitions: DomainTransition[];
  managed: 'internal' | 'external';
  provider: string | null;
  registrar: string | null;
  dns_provider: string | null;
  expires_at: string | null;
  auto_renew: boolean;
  cancel_at_period_end: boolean;
  dmarc_email: string | null;
  forwarding_address: string | null;
  /** DNS problems found by the last health check (a `setup_failed` domain has at least one). */
  dns_errors: string[];
  is_blacklisted: boolean;
  blacklist_providers: string[];
  /** Last health check before any transition (transitions check again when they happen). */
  last_check: string | null;
  created_at: string;
  updated_at: string;
}

export interface DomainStore {
  /** In creation order. */
  domains: LoggedMap<string, Domain>;
}

const emptyDomainStore = (): DomainStore => ({ domains: new LoggedMap(true) });

export const domainStore = defineStore<DomainStore, Domain[]>({
  path: ['supersend', 'domains'],
  create: emptyDomainStore,
  dump: store => [...store.domains.values()],
  schema: () => arrayOf(record({
    id, team_id: id, name: str, status: oneOf(...DOMAIN_STATUSES),
    transitions: arrayOf(record({ status: oneOf(...DOMAIN_STATUSES), at: epochMs })),
    managed: oneOf('internal', 'external'), provider: nstr, registrar: nstr, dns_provider: nstr, expires_at: ndateTime,
    auto_renew: bool, cancel_at_period_end: bool, dmarc_email: nstr, forwarding_address: nstr, dns_errors: arrayOf(str),
    is_blacklisted: bool, blacklist_providers: arrayOf(str), last_check: ndateTime, ...stamps,
  })),
  check(domains, refs) {
    uniqueIds('supersend.domains', domains);
    const teams = refs.ids('supersend.teams');
    domains.forEach((d, i) => refer(`supersend.domains[${i}].team_id`, d.team_id, teams, 'team'));
  },
  prepareRestore(target, domains) {
    const fresh = emptyDomainStore();
    for (const domain of domains) fresh.domains.set(domain.id, domain);
    return () => swapInPlace(target, fresh);
  },
  count: domains => ({ domains: domains.length }),
});
