/**
 * `demo`: a sales-demo organisation of 5,000 contacts across five teams, with believable names, companies
 * and titles, campaigns in every state and six weeks of activity (steps sent, opens, clicks, replies,
 * bounces, opt-outs, inbox reply link clicks), plus a secret-key project of 1,200 newsletter contacts.
 * Built like `default` (services, seeded Faker, frozen clock from DEMO_EPOCH), only bigger.
 */
import { seedWebhooks } from '../src/resources/supersend/webhooks/seed.js';
import type { Workspace } from '../src/workspace/workspace.js';
import type { Campaign, Enrollment, Profile, Team } from '../src/resources/supersend/records.js';
import { createTeam } from '../src/resources/supersend/teams/service.js';
import { createLabel } from '../src/resources/supersend/labels/service.js';
import { createCampaign, deleteCampaign, updateCampaign } from '../src/resources/supersend/campaigns/service.js';
import { upsertContact } from '../src/resources/supersend/contacts/service.js';
import { runBulkAction } from '../src/resources/supersend/bulk-actions/service.js';
import { recordLinkClick } from '../src/resources/supersend/link-clicks/service.js';
import { skContactService } from '../src/resources/sk/contacts/service.js';
import { seedSending } from '../src/resources/supersend/senders/seed.js';
import { seedBlacklist } from '../src/resources/supersend/blacklist/seed.js';
import { seedPlacementTests } from '../src/resources/supersend/placement-tests/seed.js';
import type { SenderProvider } from '../src/resources/supersend/senders/store.js';
import { seedInbox } from '../src/resources/supersend/conversations/seed.js';
import {
  DAY, HOUR, MINUTE, Timeline, drawStory, emailUniquer, fakeCompanies, fakePerson, plain, planStory, seedContext, sequence, type Story,
} from './helpers.js';

export const DEMO_EPOCH = Date.parse('2026-09-07T08:00:00.000Z');
export const DEMO_CONTACTS = 5000;
const SK_CONTACTS = 1200;

type State = 'active' | 'inactive' | 'draft' | 'archived';
interface CampaignPlan {
  name: string;
  state: State;
  /** Share of the team's contacts. */
  weight: number;
  subsequences?: string[];
}
interface TeamPlan {
  name: string;
  domain: string;
  timezone: string;
  campaigns: CampaignPlan[];
}

const TEAMS: TeamPlan[] = [
  {
    name: 'North America Sales', domain: 'na.northwind.test', timezone: 'America/New_York',
    campaigns: [
      { name: 'Q3 VP Engineering Outreach', state: 'active', weight: 4 },
      { name: 'Fintech CFO Sequence', state: 'active', weight: 3 },
      { name: 'SaaStr Annual follow-up', state: 'inactive', weight: 2 },
      { name: 'Q4 Healthcare IT', state: 'draft', weight: 1 },
      { name: 'Back-to-school Promo', state: 'archived', weight: 1 },
    ],
  },
  {
    name: 'EMEA Sales', domain: 'emea.northwind.test', timezone: 'Europe/London',
    campaigns: [
      { name: 'DACH Manufacturing Leaders', state: 'active', weight: 3 },
      { name: 'UK Retail Operations', state: 'active', weight: 3 },
      { name: 'Paris Roadshow follow-up', state: 'inactive', weight: 2 },
      { name: 'Nordics Security Leaders', state: 'draft', weight: 1 },
    ],
  },
  {
    name: 'APAC Sales', domain: 'apac.northwind.test', timezone: 'Asia/Singapore',
    campaigns: [
      { name: 'ANZ Logistics Outreach', state: 'active', weight: 3 },
      { name: 'Singapore Fintech Founders', state: 'active', weight: 2 },
      { name: 'Tokyo Expo follow-up', state: 'inactive', weight: 2 },
    ],
  },
  {
    name: 'Partnerships', domain: 'partners.northwind.test', timezone: 'America/Chicago',
    campaigns: [
      { name: 'Agency Partner Program', state: 'active', weight: 3, subsequences: ['Agency Partner Program: no reply', 'Agency Partner Program: opened'] },
      { name: 'Reseller Recruitment', state: 'active', weight: 2 },
    ],
  },
  {
    name: 'Customer Expansion', domain: 'cx.northwind.test', timezone: 'America/Los_Angeles',
    campaigns: [
      { name: 'Seat Expansion: Pro to Enterprise', state: 'active', weight: 3 },
      { name: 'Renewal Check-in', state: 'active', weight: 2 },
      { name: 'Churn Win-back', state: 'inactive', weight: 1 },
    ],
  },
];

const LABELS = [
  ['interested', '#2E7D32', 'contact'],
  ['decision maker', '#AD1457', 'contact'],
  ['hot lead', '#C62828', 'both'],
  ['needs reply', '#1565C0', 'conversation'],
  ['out of office', '#757575', 'conversation'],
] as const;

const LEAD_SOURCES = ['Webinar', 'Referral', 'Conference', 'Inbound', 'Outbound list', 'Partner', 'Trade show'] as const;
/** Each team's mailbox owners (one sender each) and the providers their mailboxes are on. */
const SENDER_PEOPLE: readonly (readonly [string, string])[][] = [
  [['Olivia', 'Bennett'], ['Marcus', 'Reed'], ['Hannah', 'Cole'], ['Diego', 'Ramos'], ['Grace', 'Park']],
  [['Oliver', 'Hughes'], ['Sophie', 'Martin'], ['Lukas', 'Weber']],
  [['Wei', 'Tan'], ['Aiko', 'Sato'], ['Ravi', 'Menon']],
  [['Camila', 'Souza'], ['Mateo', 'Lopez'], ['Valentina', 'Rojas']],
  [['Noah', 'Fischer'], ['Emma', 'Laurent'], ['Jack', 'Wilson']],
];
const PROVIDERS: readonly (readonly SenderProvider[])[] = [
  ['google', 'outlook', 'google', 'smtp', 'missioninbox'],
  ['outlook', 'supersend-relay', 'google'],
  ['google', 'ss-private-smtp', 'outlook'],
];

const LINKS = ['/pricing', '/case-studies', '/security', '/integrations', '/book-a-demo', '/blog/outbound-playbook'] as const;

export function seedDemo(live: Workspace): void {
  const ctx = seedContext(live, 'demo', DEMO_EPOCH);
  const { ws, faker, tick } = ctx;
  const timeline = new Timeline(ctx);
  const at = (d: number, h = 0) => DEMO_EPOCH + d * DAY + h * HOUR;

  // ---- teams, labels, sending side, campaigns (day 0) ----
  const teams: { team: Team; plan: TeamPlan; campaigns: { plan: CampaignPlan; campaign: Campaign; children: Campaign[] }[] }[] = [];
  TEAMS.forEach((plan, t) => {
    tick();
    const team = createTeam(ws, {
      name: plan.name, domain: plan.domain, about: `${plan.name} at Northwind`,
      meeting_link: `https://meet.${plan.domain}/intro`, meeting_link_text: 'Grab 20 minutes', notification_email: `alerts@${plan.domain}`,
    }, t === 0);
    for (const [name, color, applies_to] of LABELS) createLabel(ws, { name, color, applies_to, team_id: team.id });
    const [sending] = seedSending(ws, [{ team, timezone: plan.timezone, people: SENDER_PEOPLE[t], providers: PROVIDERS[t % PROVIDERS.length], showcase: t === 0 }], live.clock.now());
    const active = sending.active;
    const seq = (name: string) => sequence([
      { subject: `${name.split(':')[0]}: a quick idea for {{company_name}}`, body: '<p>Hi {{first_name}},</p><p>Teams like {{company_name}} use Northwind to …</p>' },
      { subject: '', body: '<p>Following up, {{first_name}}: worth 20 minutes?</p>', waitDays: 3 },
      { subject: '', body: '<p>Closing the loop; here is a two-minute case study in case it helps.</p>', waitDays: 4 },
    ]);
    const settings = { track: true, timezone: plan.timezone, max_per_day: 200, unsubscribe: true, hours: [{ start: '08:30', end: '17:30' }] };
    const campaigns = plan.campaigns.map(cp => {
      tick();
      const campaign = createCampaign(ws, { name: cp.name, TeamId: team.id, is_draft: cp.state === 'draft', ...settings, ...seq(cp.name) });
      const k = plan.campaigns.indexOf(cp);
      campaign.settings.SenderIds = [active[k % active.length].id, active[(k + 1) % active.length].id];
      if (cp.state !== 'draft') updateCampaign(ws, campaign.id, { status: 1 });
      const children = (cp.subsequences ?? []).map((name, k) => {
        tick();
        const child = createCampaign(ws, { name, TeamId: team.id, parentCampaignId: campaign.id, is_draft: false, ...settings, ...sequence([{ subject: k === 0 ? 'Closing the loop' : 'Saw you had a look', body: '<p>Hi {{first_name}}, one last idea.</p>' }]) });
        updateCampaign(ws, child.id, { status: 1 });
        child.settings.SenderIds = [...campaign.settings.SenderIds];
        return child;
      });
      return { plan: cp, campaign, children };
    });
    teams.push({ team, plan, campaigns });
  });

  // ---- 5,000 people, enrolled over days 0–1; launches on days 3–6 ----
  const companies = fakeCompanies(faker, 600);
  const emails = emailUniquer();
  const enrolled: Enrollment[] = [];
  const profiles: Profile[] = [];
  const stories: { campaign: Campaign; story: Story; index: number }[] = [];
  const verify = new Map<Campaign, number[]>();
  /** Contacts their campaign sends to. */
  const withStory = new Set<number>();
  const per = Math.ceil(DEMO_CONTACTS / TEAMS.length);
  const enrollSpacing = (2 * DAY) / DEMO_CONTACTS;
  for (let i = 0; i < DEMO_CONTACTS; i++) {
    const { team, campaigns } = teams[Math.floor(i / per)];
    const person = fakePerson(faker, companies, emails);
    // 5% stay in "All Contacts" only; the rest go to a campaign by weight.
    const target = faker.number.float() < 0.05 ? undefined : faker.helpers.weightedArrayElement(campaigns.map(c => ({ weight: c.plan.weight, value: c })));
    const custom = { lead_source: faker.helpers.arrayElement(LEAD_SOURCES), employees: faker.number.int({ min: 10, max: 20000 }) };
    const labels = faker.number.float() < 0.08 ? [faker.helpers.arrayElement(['decision maker', 'hot lead'])] : undefined;
    timeline.at(at(0, 1) + Math.floor(i * enrollSpacing), () => {
      const result = upsertContact(ws, { TeamId: team.id, CampaignId: target?.campaign.id, ...person, custom, labels });
      profiles[i] = result.profile;
      if (result.kind === 'enrollment') enrolled[i] = result.enrollment;
      // A contact the campaign has sent to has the sender it went out from.
      const senderIds = target?.campaign.settings.SenderIds ?? [];
      if (result.kind === 'enrollment' && withStory.has(i) && senderIds.length) result.enrollment.sender_id = senderIds[i % senderIds.length];
    });
    if (!target || target.plan.state === 'draft') continue;
    const story = drawStory(() => faker.number.float());
    // Inactive and archived campaigns ran their course: nobody is left mid-sequence.
    if (story && target.plan.state !== 'active' && !story.finished && !story.paused) Object.assign(story, { sent: 3, finished: true });
    if (!story) continue;
    stories.push({ campaign: target.campaign, story, index: i });
    withStory.add(i);
    if (!story.bounced && faker.number.float() < 0.8) {
      const ids = verify.get(target.campaign);
      if (ids) ids.push(i);
      else verify.set(target.campaign, [i]);
    }
  }
  // Verification on day 3, one bulk action per campaign.
  for (const [campaign, indexes] of verify) {
    timeline.at(at(3, 0), () => runBulkAction(ws, { action: 'verify_contacts', campaign_id: campaign.id, contact_ids: indexes.map(i => enrolled[i].id) }));
  }
  // Launch days 3–6, campaign by campaign; each sends to 40 contacts an hour.
  const launchDay = new Map(teams.flatMap(t => t.campaigns.map(c => c.campaign)).map((c, k) => [c, 3 + (k % 4)]));
  const launched = new Map<Campaign, number>();
  for (const { campaign, story, index } of stories) {
    const n = launched.get(campaign) ?? 0;
    launched.set(campaign, n + 1);
    const launch = at(launchDay.get(campaign)!, 1);
    planStory(timeline, ctx, () => enrolled[index], campaign, story, launch + n * (HOUR / 40));
  }

  // ---- subsequences pick up contacts of their parent who finished without a reply (day 16) ----
  for (const { campaigns: list } of teams) {
    for (const { campaign, children } of list) {
      if (children.length === 0) continue;
      const candidates = stories.filter(s => s.campaign === campaign && s.story.sent === 3 && !s.story.replied && !s.story.bounced && !s.story.unsubscribed);
      candidates.slice(0, 60).forEach((s, k) => {
        const child = children[s.story.opened ? 1 : 0];
        let enrollment: Enrollment | undefined;
        timeline.at(at(16, 1) + k * MINUTE, () => {
          const result = upsertContact(ws, { TeamId: campaign.team_id, CampaignId: child.id, contact_profile_id: profiles[s.index].id });
          if (result.kind === 'enrollment') enrollment = result.enrollment;
        });
        const story = drawStory(() => faker.number.float()) ?? {};
        planStory(timeline, ctx, () => enrollment!, child, { ...story, sent: Math.min(story.sent ?? 0, 1) }, at(17, 1) + k * 5 * MINUTE);
      });
    }
  }

  // ---- inbox reply link clicks: links in the team's answers to 200 repliers, days 16–34 ----
  const repliers = stories.filter(s => s.story.replied);
  for (const s of faker.helpers.arrayElements(repliers, Math.min(repliers.length, 200))) {
    const clicks = faker.number.int({ min: 1, max: 3 });
    const day = faker.number.int({ min: 16, max: 30 });
    for (let c = 0; c < clicks; c++) {
      const when = at(day + faker.number.int(4), faker.number.float({ min: 0, max: 12 }));
      const url = `https://www.northwind.test${faker.helpers.arrayElement(LINKS)}`;
      const ip = faker.internet.ipv4();
      timeline.at(when, () => recordLinkClick(ws, { contact_id: enrolled[s.index].id, original_url: url, ip }));
    }
  }

  // ---- inactive campaigns are stopped, the archived one archived with its contacts (day 36) ----
  for (const { campaigns: list } of teams) {
    for (const { plan, campaign } of list) {
      if (plan.state === 'inactive') timeline.at(at(36, 0), () => updateCampaign(ws, campaign.id, { status: 2 }));
      if (plan.state === 'archived') timeline.at(at(36, 1), () => deleteCampaign(ws, campaign.id));
    }
  }

  // ---- the secret-key project: 1,200 newsletter contacts over six weeks ----
  const contacts = skContactService(ws.stores.skProject, ctx.clock, ws.random);
  const skEmails = emailUniquer();
  for (let i = 0; i < SK_CONTACTS; i++) {
    const firstName = faker.person.firstName();
    const lastName = faker.person.lastName();
    const email = skEmails(`${plain(firstName)}.${plain(lastName)}@${faker.helpers.arrayElement(['example.com', 'example.org', 'example.net'])}`);
    const data = faker.number.float() < 0.05 ? undefined : {
      firstName, lastName, company: faker.helpers.arrayElement(companies).name,
      plan: faker.helpers.weightedArrayElement([{ weight: 6, value: 'free' }, { weight: 3, value: 'pro' }, { weight: 1, value: 'enterprise' }]),
      locale: faker.helpers.arrayElement(['en', 'en', 'en', 'de', 'fr', 'es', 'ja']),
    };
    const subscribed = faker.number.float() < 0.08 ? false : undefined;
    timeline.at(at(0, 0.5) + Math.floor((i * 42 * DAY) / SK_CONTACTS), () => contacts.upsert({ email, subscribed, data }));
  }

  timeline.run();
  seedInbox(ws, { linkedinPerTeam: 12 });
  seedWebhooks(ws, teams[0].team.id);

  // ---- blacklist entries at every level and placement tests (day 40, after everything above) ----
  ctx.clock.set(Math.max(ctx.clock.now(), at(40, 0)));
  const running = teams.map(({ team, campaigns }) => ({ team, campaigns: campaigns.filter(c => c.plan.state === 'active').map(c => c.campaign) }));
  seedBlacklist(ws, 'northwind.test', running, tick);
  const activeSenders = (team: Team) => [...ws.stores.senders.senders.values()].filter(s => s.team_id === team.id && !s.disabled);
  seedPlacementTests(ws, teams.map(({ team }) => ({ team, active: activeSenders(team) })), live.clock.now(), tick);
}
