/**
 * Domains: list (filters and sort of the docs) and get. A domain's status is derived, not scheduled: the
 * last of its planned transitions that is due on the workspace clock, else its stored status. Health
 * follows the status: an active domain's records check valid, one being set up has none yet, a failed
 * setup keeps the DNS errors it was stored with.
 */
import type { World } from '../../world.js';
import type { Domain, DomainStatus } from './store.js';
import type { Page } from '../../../domain/supersend/util.js';
import { ApiError } from '../../../http/errors.js';
import { teamOf } from '../senders/service.js';

export const domainNotFound = () => new ApiError(404, 'domain_not_found', 'Domain not found');

/** The domain's status and when it took it (the due transition), at `now`. */
export function domainStateAt(domain: Domain, now: number): { status: DomainStatus; since: number | null } {
  let state: { status: DomainStatus; since: number | null } = { status: domain.status, since: null };
  for (const t of domain.transitions) if (t.at <= now && (state.since === null || t.at >= state.since)) state = { status: t.status, since: t.at };
  return state;
}

export function getDomain(world: World, id: string): Domain {
  const domain = world.stores.domains.domains.get(id);
  if (!domain) throw domainNotFound();
  return domain;
}

export interface DomainQuery {
  team_id?: string;
  status?: DomainStatus;
  managed?: 'internal' | 'external';
  search?: string;
  sort_by: 'created_at' | 'name' | 'status' | 'expires_at';
  sort_order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** GET /v2/domains. Domains without an expiry sort after those with one, whatever the order. */
export function listDomains(world: World, q: DomainQuery): Page<Domain> {
  if (q.team_id !== undefined) teamOf(world, q.team_id, 'team_id');
  const now = world.clock.now();
  const needle = q.search?.toLowerCase();
  const statusOf = (d: Domain) => domainStateAt(d, now).status;
  const rows = [...world.stores.domains.domains.values()].filter(d =>
    (q.team_id === undefined || d.team_id === q.team_id) && (q.status === undefined || statusOf(d) === q.status) &&
    (q.managed === undefined || d.managed === q.managed) && (!needle || d.name.toLowerCase().includes(needle)));
  const key = (d: Domain): string | null => (q.sort_by === 'status' ? statusOf(d) : d[q.sort_by]);
  const sign = q.sort_order === 'asc' ? 1 : -1;
  rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? a.name.localeCompare(b.name) : ka === null ? 1 : -1;
    return sign * (ka < kb ? -1 : ka > kb ? 1 : 0) || a.name.localeCompare(b.name);
  });
  return { rows: rows.slice(q.offset, q.offset + q.limit), total: rows.length };
}

/** Senders whose mailbox is on the domain, in creation order. */
export function domainSenders(world: World, domainId: string) {
  return [...world.stores.senders.senders.values()].filter(s => s.domain_id === domainId);
}

export type NewDomain = Pick<Domain, 'team_id' | 'name' | 'status' | 'managed'> & Partial<Omit<Domain, 'id' | 'created_at' | 'updated_at'>>;

/** A new domain (seeds only: purchases are not simulated). */
export function createDomain(world: World, input: NewDomain): Domain {
  const now = world.clock.isoNow();
  const domain: Domain = {
    id: world.random.uuid(),
    transitions: [], provider: null, registrar: null, dns_provider: null, expires_at: null, auto_renew: false,
    cancel_at_period_end: false, dmarc_email: null, forwarding_address: null, dns_errors: [], is_blacklisted: false,
    blacklist_providers: [], last_check: null,
    ...input,
    created_at: now,
    updated_at: now,
  };
  world.stores.domains.domains.set(domain.id, domain);
  return domain;
}
