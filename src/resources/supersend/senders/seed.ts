/**
 * What the data sets seed of the sending side of each team: its domains (the team's own, one bought
 * through SuperSend, and on the showcase team one in every other status), mailboxes on the active ones,
 * sender profiles holding them, and LinkedIn/Twitter identities on the profiles. Draws only from the
 * workspace's random source (never the seed's Faker, so the people the seeds draw afterwards stay the same).
 *
 * Domains being bought or set up move on from the moment the data set is loaded (`loadedAt`, the live
 * workspace clock), so a client sees them `purchasing`/`setting_up` first and `active` after advancing
 * the clock: purchasing → setting_up after 30 minutes → active after 2 hours; setting_up → active after 1 hour.
 */
import type { World } from '../../world.js';
import type { Team } from '../../../domain/supersend/records.js';
import type { Sender, SenderProvider } from './store.js';
import type { Domain, DomainStatus } from '../domains/store.js';
import { createSender } from './service.js';
import { createDomain, type NewDomain } from '../domains/service.js';
import { createSenderProfile } from '../sender-profiles/service.js';
import { connectIdentity, defaultIdentitySettings } from '../identities/service.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const YEAR = 365 * 24 * HOUR;

export interface TeamSendingPlan {
  team: Team;
  timezone: string;
  /** One mailbox per person, alternating between the team's own and its bought domain. */
  people: readonly (readonly [first: string, last: string])[];
  providers: readonly SenderProvider[];
  /** The showcase team: a domain in every status, a disabled sender, a disconnected identity. */
  showcase?: boolean;
}

export interface TeamSending {
  team: Team;
  domains: Domain[];
  senders: Sender[];
  /** The senders that may send (not disabled). */
  active: Sender[];
}

const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '');
const labelOf = (team: Team) => (team.domain ?? `${slug(team.name)}.test`).replace(/\.[a-z]+$/, '').replace(/\./g, '-');

/** The domains of every status beside `active`, on the showcase team. */
const OTHER_STATUSES: { suffix: string; status: DomainStatus; extra: (loadedAt: number, createdAt: number) => Partial<NewDomain> }[] = [
  { suffix: 'deals', status: 'purchasing', extra: at => ({ transitions: [{ status: 'setting_up', at: at + 30 * MINUTE }, { status: 'active', at: at + 2 * HOUR }] }) },
  { suffix: 'hq', status: 'setting_up', extra: at => ({ transitions: [{ status: 'active', at: at + HOUR }] }) },
  { suffix: 'outreach', status: 'setup_failed', extra: (_at, created) => ({ last_check: new Date(created).toISOString() }) },
  { suffix: 'next', status: 'pending', extra: () => ({}) },
  { suffix: 'go', status: 'purchased', extra: () => ({}) },
  { suffix: 'now', status: 'purchase_failed', extra: () => ({ expires_at: null }) },
  {
    suffix: 'legacy', status: 'inactive',
    extra: (_at, created) => ({ is_blacklisted: true, blacklist_providers: ['Spamhaus DBL'], last_check: new Date(created).toISOString() }),
  },
  { suffix: 'old', status: 'expired', extra: (_at, created) => ({ auto_renew: false, expires_at: new Date(created - 30 * 24 * HOUR).toISOString() }) },
  { suffix: 'promo', status: 'cancelled', extra: (_at, created) => ({ auto_renew: false, cancel_at_period_end: true, expires_at: new Date(created + 60 * 24 * HOUR).toISOString() }) },
];

function bought(world: World, team: Team, name: string, status: DomainStatus, extra: Partial<NewDomain> = {}): Domain {
  const created = world.clock.now();
  return createDomain(world, {
    team_id: team.id, name, status, managed: 'internal', provider: 'namecheap', registrar: 'namecheap', dns_provider: 'cloudflare',
    expires_at: new Date(created + YEAR).toISOString(), auto_renew: true, dmarc_email: `dmarc@${name}`,
    forwarding_address: team.notification_email, last_check: status === 'active' ? new Date(created).toISOString() : null, ...extra,
  });
}

function seedDomains(world: World, plan: TeamSendingPlan, loadedAt: number): Domain[] {
  const { team } = plan;
  const label = labelOf(team);
  const own = createDomain(world, {
    team_id: team.id, name: team.domain ?? `${label}.test`, status: 'active', managed: 'external', dns_provider: 'cloudflare',
    dmarc_email: `dmarc@${team.domain ?? `${label}.test`}`, last_check: world.clock.isoNow(),
  });
  const domains = [own, bought(world, team, `${label}-mail.test`, 'active')];
  if (plan.showcase) {
    for (const { suffix, status, extra } of OTHER_STATUSES) {
      const name = `${label}-${suffix}.test`;
      const more = extra(loadedAt, world.clock.now());
      if (status === 'setup_failed') more.dns_errors = [`DKIM record not found at supersend._domainkey.${name}`];
      domains.push(bought(world, team, name, status, more));
    }
  } else {
    domains.push(bought(world, team, `${label}-hq.test`, 'setting_up', { transitions: [{ status: 'active', at: loadedAt + HOUR }] }));
  }
  return domains;
}

function seedSenders(world: World, plan: TeamSendingPlan, mailDomains: readonly Domain[]): Sender[] {
  return plan.people.map(([first, last], i) => {
    const domain = mailDomains[i % mailDomains.length];
    const email = `${slug(first)}@${domain.name}`;
    const warm = i % 4 !== 3;
    return createSender(world, {
      team_id: plan.team.id, email, send_as: `${first} ${last} <${email}>`, provider: plan.providers[i % plan.providers.length],
      domain_id: domain.id, warm, warming_stage: warm ? 1 + (i % 3) : null, max_per_day: 30 + 10 * (i % 3),
      global_max_per_day: 60, max_warm_per_day: 20, health_score: world.random.int(78, 99),
      signature: `<p>${first} ${last}<br>${plan.team.name}</p>`,
      disabled: plan.showcase === true && i === plan.people.length - 1,
    });
  });
}

/** Profiles: the first two senders with the team's identities, the third on its own; the rest in none. */
function seedProfilesAndIdentities(world: World, plan: TeamSendingPlan, senders: readonly Sender[]): void {
  const { team, timezone } = plan;
  const [first, last] = plan.people[0];
  const handle = `${slug(first)}-${slug(last)}-${world.random.hex(4)}`;
  const person = { username: `${first} ${last}`, email: senders[0].email, first_name: first, last_name: last };
  const settings = { ...defaultIdentitySettings(timezone) };
  const linkedin = connectIdentity(world, { team_id: team.id, type: 'linkedin', handle, ...person, settings }).identity;
  const twitter = connectIdentity(world, { team_id: team.id, type: 'twitter', handle: `${slug(first)}${slug(last)}`, ...person, settings }).identity;
  createSenderProfile(world, {
    team_id: team.id, name: `${first} rotation`, timezone, sender_ids: senders.slice(0, 2).map(s => s.id),
    linkedin_identity_id: linkedin.id, twitter_identity_id: twitter.id, sender_disable_strategy: true,
  });
  if (senders.length > 2) createSenderProfile(world, { team_id: team.id, name: `${team.name} overflow`, timezone, sender_ids: [senders[2].id] });
  if (plan.showcase && plan.people.length > 1) {
    const [f, l] = plan.people[1];
    connectIdentity(world, {
      team_id: team.id, type: 'linkedin', handle: `${slug(f)}-${slug(l)}-${world.random.hex(4)}`, username: `${f} ${l}`, first_name: f, last_name: l,
      status: 'disconnected', error: 'LinkedIn session expired: reconnect the account through the SuperSend extension', settings,
    });
  }
}

/** Seeds each team's sending side; `loadedAt` is the live workspace clock when the data set is loaded. */
export function seedSending(world: World, plans: readonly TeamSendingPlan[], loadedAt: number): TeamSending[] {
  return plans.map(plan => {
    const domains = seedDomains(world, plan, loadedAt);
    const senders = seedSenders(world, plan, domains.slice(0, 2));
    seedProfilesAndIdentities(world, plan, senders);
    return { team: plan.team, domains, senders, active: senders.filter(s => !s.disabled) };
  });
}
