/**
 * The `default` data set, what `npm start` loads: one organisation to explore right after start-up, with
 * every state the API can show. Names, companies and titles come from a Faker seeded with "default";
 * everything is built through the domain services (so every rule holds) on a frozen clock that starts at
 * SEED_EPOCH and moves forward as the story unfolds, so two generations are byte-identical.
 *
 * - Teams *Acme Outbound* (default team) and *Globex Sales*; labels of each applies_to kind.
 * - Sending (src/resources/supersend/senders/seed.ts): per team its own and a bought domain with mailboxes
 *   on them (Acme 5, one disabled; Globex 3), sender profiles holding them with a LinkedIn and a Twitter
 *   identity; Acme also has a domain in every other status (purchasing and setting_up become active on
 *   the workspace clock, setup_failed keeps a DKIM error) and a disconnected LinkedIn identity. Each
 *   campaign sends through two of its team's senders; contacts it sent to carry their sender.
 * - Acme campaigns: *Q1 CTO Outreach* (active, 3 email steps), *Q1 Founders (draft)*, *Webinar follow-up*
 *   (ran, then stopped: inactive), *Enterprise Expansion* (active) with two subsequences, *Year-end Promo*
 *   (archived with its contacts). Globex: *Globex Partner Intro* (active).
 * - 50 contact profiles: 48 enrolled (verified, bounced with each bounce_category, replied, unsubscribed,
 *   paused, finished, in progress, not started; each interest value), 2 in "All Contacts" only.
 * - Inbox reply link clicks on four UTC days (the campaigns' reply_link_clicks rollups), and the events of
 *   it all: contacts added, steps sent, opens, clicks, replies, bounces, opt-outs, bulk actions.
 * - A secret-key project with 30 contacts (7 unsubscribed, most with data fields).
 * - Blacklist entries at each level (src/resources/supersend/blacklist/seed.ts) and placement tests in every
 *   status (src/resources/supersend/placement-tests/seed.ts), from day 15.
 */
import type { Workspace } from '../src/workspace/workspace.js';
import type { BounceCategory, Campaign, Enrollment, Interest, Profile } from '../src/resources/supersend/records.js';
import { createTeam } from '../src/resources/supersend/teams/service.js';
import { createLabel } from '../src/resources/supersend/labels/service.js';
import { createCampaign, deleteCampaign, updateCampaign, type CampaignCreateInput } from '../src/resources/supersend/campaigns/service.js';
import { upsertContact } from '../src/resources/supersend/contacts/service.js';
import { runBulkAction } from '../src/resources/supersend/bulk-actions/service.js';
import { recordLinkClick } from '../src/resources/supersend/link-clicks/service.js';
import { skContactService } from '../src/resources/sk/contacts/service.js';
import { seedSending } from '../src/resources/supersend/senders/seed.js';
import { seedInbox } from '../src/resources/supersend/conversations/seed.js';
import { seedWebhooks } from '../src/resources/supersend/webhooks/seed.js';
import { seedBlacklist } from '../src/resources/supersend/blacklist/seed.js';
import { seedPlacementTests } from '../src/resources/supersend/placement-tests/seed.js';
import {
  DAY, HOUR, MINUTE, Timeline, emailUniquer, fakeCompanies, fakePerson, plain, planStory, seedContext, sequence, type SeedContext, type Story,
} from './helpers.js';

export const SEED_EPOCH = Date.parse('2026-01-05T09:00:00.000Z');

/** Day `d` after the epoch, at `h` hours past 09:00 UTC. */
const at = (d: number, h = 0) => SEED_EPOCH + d * DAY + h * HOUR;

const CTO_SEQUENCE = sequence([
  { subject: 'Quick question, {{first_name}}', body: '<p>Hi {{first_name}},</p><p>How does {{company_name}} keep outbound from eating your engineers’ week?</p>' },
  { subject: '', body: '<p>Bumping this up, {{first_name}}.</p>', waitDays: 3 },
  { subject: '', body: '<p>Last note from me: happy to share how teams like yours cut reply time in half.</p>', waitDays: 4 },
]);
const TWO_STEPS = (subject: string) =>
  sequence([
    { subject, body: '<p>Hi {{first_name}},</p><p>{{custom.lead_source}} brought us together; worth a chat?</p>' },
    { subject: '', body: '<p>Any thoughts, {{first_name}}?</p>', waitDays: 4 },
  ]);
const ONE_STEP = (subject: string) => sequence([{ subject, body: '<p>Hi {{first_name}}, one more idea for {{company_name}}.</p>' }]);

const LEAD_SOURCES = ['Webinar', 'Referral', 'Conference', 'Inbound', 'Outbound list'] as const;

type CampaignKey = 'cto' | 'founders' | 'webinar' | 'enterprise' | 'noReply' | 'opened' | 'promo' | 'partner';

interface Cast {
  campaign: CampaignKey | null;
  story?: Story;
  /** Marked verified (bulk action verify_contacts) before the campaign starts. */
  verified?: boolean;
  /** Finished by the bulk action `finish` once the sequence is done. */
  finishByBulk?: boolean;
  labels?: string[];
  team?: 'acme' | 'globex';
}

const bounce = (category: BounceCategory, sent = 1): Cast => ({ campaign: 'cto', story: { sent, bounced: category, finished: true } });
const reply = (campaign: CampaignKey, sent: number, interest: Interest | undefined, extra: Story = {}, labels?: string[]): Cast => ({
  campaign, verified: true, labels, story: { sent, opened: true, replied: true, finished: true, interest, ...extra },
});

/** Who is in which campaign, and what happened to them (order = enrollment order). */
const CAST: Cast[] = [
  // Q1 CTO Outreach: 22 contacts in every state.
  { campaign: 'cto' }, { campaign: 'cto' }, { campaign: 'cto', verified: true },
  { campaign: 'cto', verified: true, story: { sent: 1 } },
  { campaign: 'cto', verified: true, story: { sent: 1, opened: true } },
  { campaign: 'cto', verified: true, story: { sent: 2, opened: true, clicked: true } },
  { campaign: 'cto', verified: true, story: { sent: 2 } },
  { campaign: 'cto', verified: true, story: { sent: 1, paused: true } },
  { campaign: 'cto', verified: true, story: { sent: 2, opened: true, paused: true } },
  bounce('invalid_recipient'), bounce('policy_block'), bounce('soft', 2), bounce('unknown'),
  reply('cto', 1, 'interested', {}, ['interested']),
  reply('cto', 2, 'meeting_request', {}, ['hot lead']),
  reply('cto', 1, 'meeting_booked', { clicked: true }, ['hot lead', 'interested']),
  reply('cto', 3, 'not_interested', { opened: false }),
  { campaign: 'cto', verified: true, story: { sent: 2, opened: true, unsubscribed: true, finished: true } },
  { campaign: 'cto', verified: true, story: { sent: 1, unsubscribed: true, finished: true } },
  { campaign: 'cto', verified: true, finishByBulk: true, story: { sent: 3, opened: true } },
  { campaign: 'cto', verified: true, finishByBulk: true, story: { sent: 3 } },
  { campaign: 'cto', verified: true, finishByBulk: true, story: { sent: 3, opened: true, clicked: true } },
  // Enterprise Expansion: 8 contacts; three of them later go on into its subsequences.
  reply('enterprise', 2, 'customer', {}, ['interested']),
  reply('enterprise', 1, 'follow_up'),
  { campaign: 'enterprise', verified: true, story: { sent: 2 } },
  { campaign: 'enterprise', verified: true, story: { sent: 2, opened: true } },
  { campaign: 'enterprise', verified: true, story: { sent: 1 } },
  { campaign: 'enterprise', verified: true, story: { sent: 2, finished: true } },
  { campaign: 'enterprise' },
  { campaign: 'enterprise', verified: true, story: { sent: 1, opened: true, paused: true } },
  // Webinar follow-up: ran, then stopped.
  { campaign: 'webinar', story: { sent: 2, finished: true } },
  { campaign: 'webinar', story: { sent: 2, opened: true, finished: true } },
  reply('webinar', 1, 'future'),
  { campaign: 'webinar', story: { sent: 1, paused: true } },
  { campaign: 'webinar', story: { sent: 2, opened: true, clicked: true, finished: true } },
  { campaign: 'webinar' },
  // Q1 Founders (draft): waiting for launch.
  { campaign: 'founders' }, { campaign: 'founders' }, { campaign: 'founders' },
  // Year-end Promo: finished, then archived with its contacts.
  { campaign: 'promo', story: { sent: 2, finished: true } },
  { campaign: 'promo', story: { sent: 2, opened: true, finished: true } },
  { campaign: 'promo', story: { sent: 1, unsubscribed: true, finished: true } },
  reply('promo', 2, undefined, { opened: false }),
  // Globex Sales.
  { team: 'globex', campaign: 'partner', verified: true, story: { sent: 1 } },
  { team: 'globex', campaign: 'partner', verified: true, story: { sent: 2, opened: true } },
  { ...reply('partner', 1, 'interested', {}, ['partner']), team: 'globex' },
  { team: 'globex', campaign: 'partner', story: { sent: 1, bounced: 'soft', finished: true } },
  { team: 'globex', campaign: 'partner' },
  { team: 'globex', campaign: null, labels: ['enterprise'] },
  { team: 'globex', campaign: null },
];

/** Enterprise contacts (by index among the Enterprise cast) who go on into each subsequence, and their story there. */
const SUBSEQUENCE_CAST: { from: number; into: 'noReply' | 'opened'; story: Story }[] = [
  { from: 2, into: 'noReply', story: { sent: 1 } },
  { from: 5, into: 'noReply', story: { sent: 1, opened: true } },
  { from: 3, into: 'opened', story: {} },
];

export function seedDefault(live: Workspace): void {
  const ctx = seedContext(live, 'default', SEED_EPOCH);
  const { ws, faker, tick } = ctx;
  const timeline = new Timeline(ctx);

  // ---- teams, labels, campaigns (day 0, a minute apart) ----
  const acme = createTeam(ws, {
    name: 'Acme Outbound', domain: 'acme-outbound.test', about: 'Outbound for B2B SaaS',
    meeting_link: 'https://meet.acme-outbound.test/sales', meeting_link_text: 'Book a 30-minute call',
    notification_email: 'alerts@acme-outbound.test',
  }, true);
  tick();
  const globex = createTeam(ws, { name: 'Globex Sales', domain: 'globex.test', about: 'Partnerships and channel sales' });
  const teams = { acme, globex };
  for (const [team, name, color, applies_to] of [
    [acme, 'interested', '#2E7D32', 'contact'],
    [acme, 'hot lead', '#C62828', 'both'],
    [acme, 'needs reply', '#1565C0', 'conversation'],
    [acme, 'out of office', '#757575', 'conversation'],
    [globex, 'partner', '#6A1B9A', 'both'],
    [globex, 'enterprise', '#EF6C00', 'contact'],
    [globex, 'follow up', '#00838F', 'conversation'],
  ] as const) {
    tick();
    createLabel(ws, { name, color, applies_to, team_id: team.id });
  }
  // ---- domains, senders, sender profiles, identities (day 0) ----
  tick();
  const sending = seedSending(ws, [
    {
      team: acme, timezone: 'America/New_York', showcase: true,
      people: [['Alex', 'Kim'], ['Jordan', 'Lee'], ['Sam', 'Rivera'], ['Priya', 'Shah'], ['Chris', 'Novak']],
      providers: ['google', 'google', 'outlook', 'smtp', 'missioninbox'],
    },
    { team: globex, timezone: 'Europe/Berlin', people: [['Lena', 'Vogel'], ['Tom', 'Becker'], ['Mia', 'Schulz']], providers: ['outlook', 'supersend-relay', 'ss-private-smtp'] },
  ], live.clock.now());
  // Each campaign sends through two of its team's active senders, taken in turn.
  const sendersUsed = new Map<string, number>();
  const campaignSenders = (teamId: string): string[] => {
    const active = sending.find(s => s.team.id === teamId)!.active;
    const k = sendersUsed.get(teamId) ?? 0;
    sendersUsed.set(teamId, k + 1);
    return [active[k % active.length].id, active[(k + 1) % active.length].id];
  };
  const campaign = (input: CampaignCreateInput, active = false): Campaign => {
    tick();
    const c = createCampaign(ws, input);
    c.settings.SenderIds = campaignSenders(c.team_id);
    if (active) updateCampaign(ws, c.id, { status: 1, is_draft: false });
    return c;
  };
  const acmeSettings = { track: true, timezone: 'America/New_York', max_per_day: 50, unsubscribe: true, hours: [{ start: '09:00', end: '17:00' }] };
  const campaigns: Record<CampaignKey, Campaign> = {} as Record<CampaignKey, Campaign>;
  campaigns.founders = campaign({ name: 'Q1 Founders (draft)', TeamId: acme.id, ...ONE_STEP('Founder to founder, {{first_name}}') });
  campaigns.cto = campaign({ name: 'Q1 CTO Outreach', TeamId: acme.id, ...acmeSettings, track_domain: 'links.acme-outbound.test', ...CTO_SEQUENCE }, true);
  campaigns.webinar = campaign({ name: 'Webinar follow-up', TeamId: acme.id, ...acmeSettings, ...TWO_STEPS('Thanks for joining, {{first_name}}') }, true);
  campaigns.enterprise = campaign({ name: 'Enterprise Expansion', TeamId: acme.id, ...acmeSettings, max_per_day: 25, ...TWO_STEPS('{{company_name}} and Acme') }, true);
  campaigns.noReply = campaign({ name: 'Enterprise Expansion: no reply', TeamId: acme.id, parentCampaignId: campaigns.enterprise.id, ...acmeSettings, ...ONE_STEP('Closing the loop') }, true);
  campaigns.opened = campaign({ name: 'Enterprise Expansion: opened', TeamId: acme.id, parentCampaignId: campaigns.enterprise.id, is_draft: false, ...acmeSettings, ...ONE_STEP('Saw you had a look') });
  campaigns.promo = campaign({ name: 'Year-end Promo', TeamId: acme.id, ...acmeSettings, ...TWO_STEPS('A year-end offer for {{company_name}}') }, true);
  campaigns.partner = campaign({ name: 'Globex Partner Intro', TeamId: globex.id, timezone: 'Europe/Berlin', track: true, ...TWO_STEPS('Partnering with Globex') }, true);

  // ---- people (day 0 from 10:00, four minutes apart); CTO and Enterprise contacts are validated on entry ----
  const companies = fakeCompanies(faker, 24);
  const emails = emailUniquer();
  const enrolled: (Enrollment | undefined)[] = [];
  const profiles: Profile[] = [];
  const launch: Record<CampaignKey, number> = {
    cto: at(1, 5), webinar: at(1, 2), enterprise: at(2, 5), promo: at(1, 0), partner: at(3, 1), founders: 0, noReply: at(9, 5), opened: 0,
  };
  CAST.forEach((cast, i) => {
    const person = fakePerson(faker, companies, emails);
    const team = teams[cast.team ?? 'acme'];
    const target = cast.campaign ? campaigns[cast.campaign] : undefined;
    const custom = { lead_source: faker.helpers.arrayElement(LEAD_SOURCES), employees: faker.number.int({ min: 20, max: 5000 }) };
    timeline.at(at(0, 1) + i * 4 * MINUTE, () => {
      const result = upsertContact(ws, {
        TeamId: team.id, CampaignId: target?.id, ...person, labels: cast.labels, custom,
        validate_emails: cast.campaign === 'cto' || cast.campaign === 'enterprise',
      });
      profiles[i] = result.profile;
      enrolled[i] = result.kind === 'enrollment' ? result.enrollment : undefined;
      // A contact the campaign has sent to has the sender it went out from.
      if (target && cast.story?.sent) enrolled[i]!.sender_id = target.settings.SenderIds[i % target.settings.SenderIds.length];
    });
    if (target && cast.story) {
      planStory(timeline, ctx, () => enrolled[i]!, target, cast.story, launch[cast.campaign!] + i * 3 * MINUTE);
    }
  });

  // Verification before launch, one bulk action per campaign.
  const castOf = (key: CampaignKey) => CAST.map((c, i) => ({ ...c, i })).filter(c => c.campaign === key);
  for (const key of ['cto', 'enterprise', 'partner'] as const) {
    timeline.at(at(0, 6) + MINUTE, () => {
      const ids = castOf(key).filter(c => c.verified).map(c => enrolled[c.i]!.id);
      runBulkAction(ws, { action: 'verify_contacts', campaign_id: campaigns[key].id, contact_ids: ids });
    });
  }
  // Contacts who went through the whole CTO sequence are finished in one bulk action.
  timeline.at(at(10, 0), () => {
    const ids = castOf('cto').filter(c => c.finishByBulk).map(c => enrolled[c.i]!.id);
    runBulkAction(ws, { action: 'finish', campaign_id: campaigns.cto.id, contact_ids: ids });
  });

  // Subsequences pick up Enterprise contacts after the parent's second step.
  const enterprise = castOf('enterprise');
  SUBSEQUENCE_CAST.forEach((sub, k) => {
    const source = enterprise[sub.from].i;
    let enrollment: Enrollment | undefined;
    timeline.at(at(9, 1) + k * MINUTE, () => {
      const result = upsertContact(ws, { TeamId: acme.id, CampaignId: campaigns[sub.into].id, contact_profile_id: profiles[source].id });
      enrollment = result.kind === 'enrollment' ? result.enrollment : undefined;
      if (enrollment && sub.story.sent) enrollment.sender_id = campaigns[sub.into].settings.SenderIds[0];
    });
    if (sub.story.sent) planStory(timeline, ctx, () => enrollment!, campaigns[sub.into], sub.story, launch[sub.into] + k * 3 * MINUTE);
  });

  // Inbox reply link clicks on four UTC days; repeats of a link on one day count once in the rollup.
  const cto = castOf('cto');
  const byStory = (pick: (c: Cast) => boolean) => () => enrolled[cto.find(pick)!.i]!;
  const interested = byStory(c => c.story?.interest === 'interested');
  const booked = byStory(c => c.story?.interest === 'meeting_booked');
  const requested = byStory(c => c.story?.interest === 'meeting_request');
  const browsing = byStory(c => c.story?.sent === 2 && c.story.clicked === true && !c.story.replied);
  const customer = () => enrolled[enterprise[0].i]!;
  const CASE_STUDY = 'https://acme-outbound.test/case-studies/logistics';
  const PRICING = 'https://acme-outbound.test/pricing?plan=team';
  for (const [when, who, url] of [
    [at(9, 1.25), interested, CASE_STUDY],
    [at(9, 7.6), interested, CASE_STUDY],
    [at(10, 0.1), interested, CASE_STUDY],
    [at(10, 4.3), booked, 'https://meet.acme-outbound.test/sales/30-min'],
    [at(10, 4.4), booked, PRICING],
    [at(11, 2), customer, 'https://acme-outbound.test/security#soc2'],
    [at(11, 23.75), requested, PRICING],
    [at(12, 8.5), browsing, CASE_STUDY],
    [at(12, 8.52), browsing, CASE_STUDY],
  ] as const) {
    const ip = faker.internet.ipv4();
    timeline.at(when, () => recordLinkClick(ws, { contact_id: who().id, original_url: url, ip }));
  }

  // The webinar campaign is stopped, and the promo is archived with its contacts.
  timeline.at(at(13, 0), () => updateCampaign(ws, campaigns.webinar.id, { status: 2 }));
  timeline.at(at(14, 0), () => deleteCampaign(ws, campaigns.promo.id));

  seedSecretKeyProject(ctx, timeline);
  timeline.run();
  seedInbox(ws, { linkedinPerTeam: 4 });
  seedWebhooks(ws, acme.id);

  // ---- blacklist entries at every level and placement tests (from day 15, after everything above) ----
  ctx.clock.set(Math.max(ctx.clock.now(), at(15, 0)));
  seedBlacklist(ws, 'acme-outbound.test', [{ team: acme, campaigns: [campaigns.cto, campaigns.enterprise] }, { team: globex, campaigns: [campaigns.partner] }], tick);
  seedPlacementTests(ws, sending, live.clock.now(), tick);
}

/** 30 contacts of the secret-key project, one every nine hours, some unsubscribed on entry or later. */
function seedSecretKeyProject(ctx: SeedContext, timeline: Timeline): void {
  const { faker } = ctx;
  const contacts = skContactService(ctx.ws.stores.skProject, ctx.clock, ctx.ws.random);
  const emails = emailUniquer();
  const ids: string[] = [];
  for (let i = 0; i < 30; i++) {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const email = emails(`${plain(firstName)}.${plain(lastName)}@${faker.helpers.arrayElement(['example.com', 'example.org', 'example.net'])}`);
    const data = i % 11 === 7 ? undefined : {
      firstName, lastName,
      company: faker.company.name(),
      plan: faker.helpers.arrayElement(['free', 'free', 'starter', 'pro', 'enterprise']),
      locale: faker.helpers.arrayElement(['en', 'en', 'en', 'de', 'fr', 'es']),
      signupSource: faker.helpers.arrayElement(['website', 'webinar', 'referral', 'import']),
      seats: faker.number.int({ min: 1, max: 40 }),
      trial: faker.datatype.boolean(),
    };
    const subscribed = i % 6 === 4 ? false : undefined;
    timeline.at(at(0, 0.5) + i * 9 * HOUR, () => {
      ids[i] = contacts.upsert({ email, subscribed, data }).contact.id;
    });
  }
  // Later: two opt out, one upgrades.
  timeline.at(at(12, 3), () => contacts.update(ids[3], { subscribed: false }));
  timeline.at(at(12, 9), () => contacts.update(ids[17], { subscribed: false }));
  timeline.at(at(13, 2), () => contacts.update(ids[1], { data: { plan: 'pro', seats: 12 } }));
}
