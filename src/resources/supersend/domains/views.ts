/** Domains as the API shows them (openapi.yaml `Domain`): the list object, and the detail with DNS, health, senders and team. */
import type { World } from '../../world.js';
import type { Domain, DomainStatus } from './store.js';
import { domainSenders, domainStateAt } from './service.js';
import { senderSummaryView } from '../senders/views.js';

/** The records SuperSend asks a domain to publish (deterministic per name). */
export function dnsRecordsOf(d: Domain) {
  return {
    spf: 'v=spf1 include:_spf.supersend.io include:_spf.google.com ~all',
    dkim: `v=DKIM1; k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ${d.id.replace(/-/g, '').slice(0, 24)}IDAQAB`,
    dmarc: `v=DMARC1; p=none; rua=mailto:${d.dmarc_email ?? `dmarc@${d.name}`}`,
    mx: [`10 mx1.${d.name}`, `20 mx2.${d.name}`],
  };
}

const NAMESERVERS: Record<string, string[]> = {
  cloudflare: ['ada.ns.cloudflare.com', 'bob.ns.cloudflare.com'],
  namecheap: ['dns1.registrar-servers.com', 'dns2.registrar-servers.com'],
};

const PENDING: ReadonlySet<DomainStatus> = new Set(['pending', 'purchasing', 'purchased', 'setting_up']);

/** Health as the last check saw it, for the status the domain has now. */
function healthOf(d: Domain, status: DomainStatus, since: number | null, detail: boolean) {
  const live = status === 'active';
  const failed = status === 'setup_failed';
  const dkimFailed = failed && d.dns_errors.some(e => e.includes('DKIM'));
  const valid = live || failed;
  const health = {
    is_active: live,
    dns_valid: live,
    spf_valid: valid,
    dkim_valid: live || (failed && !dkimFailed),
    dmarc_valid: valid,
    mx_valid: valid,
    is_blacklisted: d.is_blacklisted,
    last_check: since !== null ? new Date(since).toISOString() : d.last_check,
  };
  if (!detail) return health;
  const records = dnsRecordsOf(d);
  const seen = PENDING.has(status)
    ? { spf: null, dkim: null, dmarc: null, mx: [] }
    : { ...records, dkim: dkimFailed ? null : records.dkim };
  return {
    ...health,
    errors: failed ? d.dns_errors : [],
    warnings: PENDING.has(status) ? ['DNS records are not published yet: setup is in progress'] : [],
    blacklist_providers: d.blacklist_providers,
    blacklist_reason: d.is_blacklisted ? `Listed by ${d.blacklist_providers.join(', ')}` : null,
    records: { ...seen, nameservers: PENDING.has(status) ? [] : NAMESERVERS[d.dns_provider ?? ''] ?? [] },
  };
}

export function domainView(world: World, d: Domain, detail = false) {
  const { status, since } = domainStateAt(d, world.clock.now());
  const senders = domainSenders(world, d.id);
  const changed = since !== null ? new Date(since).toISOString() : d.updated_at;
  const view = {
    object: 'domain' as const,
    id: d.id,
    name: d.name,
    status,
    managed: d.managed,
    provider: d.provider,
    registrar: d.registrar,
    dns_provider: d.dns_provider,
    expires_at: d.expires_at,
    auto_renew: d.auto_renew,
    cancel_at_period_end: d.cancel_at_period_end,
    dmarc_email: d.dmarc_email,
    active_sender_count: senders.filter(s => !s.disabled && s.status === 'active').length,
    health: healthOf(d, status, since, detail),
    team_id: d.team_id,
    created_at: d.created_at,
    updated_at: changed > d.updated_at ? changed : d.updated_at,
  };
  if (!detail) return view;
  const team = world.stores.supersend.teams.get(d.team_id);
  return {
    ...view,
    forwarding_address: d.forwarding_address,
    dns_records: dnsRecordsOf(d),
    senders: senders.map(senderSummaryView),
    team: team ? { id: team.id, name: team.name } : null,
  };
}
