/**
 * `demo`: a sales-demo organisation of 5,000 contacts across five teams, with believable names, companies
 * and titles, campaigns in every state, and a secret-key project of 1,200 newsletter contacts.
 *
 * Its five weeks of campaign history are the campaign engine's own output: the seed starts the workspace
 * clock five weeks before DEMO_EPOCH, sets up teams, senders (with their daily limits), campaigns (real
 * sequences: emails, waits, an ifNode, a LinkedIn step, a sending window) and an engagement model, then
 * enrolls contacts in waves, activates, stops and archives campaigns, and between these moments drives
 * the engine (driveEngine), which sends, draws opens, clicks, replies, bounces, autoresponses and opt-outs,
 * fills the inbox and the blacklist. What the engine does not do stays hand-made and follows what it did:
 * verification bulk actions, the team answering replies in the inbox, inbox link clicks in those answers,
 * contacts of the parent campaign moved into subsequences, the secret-key contacts, LinkedIn threads,
 * blacklist entries, placement tests and webhooks. The clock ends frozen at DEMO_EPOCH, and the
 * workspace's engine carries the running campaigns on from there (seedWithEngine).
 */
import type { Faker } from '@faker-js/faker';
import { seedWebhooks } from '../src/resources/supersend/webhooks/seed.js';
import type { Workspace } from '../src/workspace/workspace.js';
import type { Campaign, Enrollment, Team } from '../src/resources/supersend/records.js';
import { createTeam } from '../src/resources/supersend/teams/service.js';
import { createLabel } from '../src/resources/supersend/labels/service.js';
import { createCampaign, deleteCampaign, updateCampaign } from '../src/resources/supersend/campaigns/service.js';
import { updateContact, upsertContact } from '../src/resources/supersend/contacts/service.js';
import { runBulkAction } from '../src/resources/supersend/bulk-actions/service.js';
import { recordLinkClick } from '../src/resources/supersend/link-clicks/service.js';
import { skContactService } from '../src/resources/sk/contacts/service.js';
import { seedSending } from '../src/resources/supersend/senders/seed.js';
import { seedBlacklist } from '../src/resources/supersend/blacklist/seed.js';
import { seedPlacementTests } from '../src/resources/supersend/placement-tests/seed.js';
import type { Sender, SenderProvider } from '../src/resources/supersend/senders/store.js';
import { seedInbox } from '../src/resources/supersend/conversations/seed.js';
import { conversationOf, sendMessage, threadOf, updateConversation } from '../src/resources/supersend/conversations/service.js';
import { driveEngine, seedWithEngine } from '../src/resources/supersend/engine/service.js';
import { setModel } from '../src/resources/supersend/engine/model.js';
import { DAY, HOUR, MINUTE, Timeline, emailUniquer, fakeCompanies, fakePerson, plain, seededFaker, type Company, type SeedContext } from './helpers.js';

/** Where the demo's clock stops (frozen): Monday 7 September 2026, 08:00 UTC. */
export const DEMO_EPOCH = Date.parse('2026-09-07T08:00:00.000Z');
export const DEMO_WEEKS = 5;
/** Where its history starts: Monday 3 August 2026, 08:00 UTC. */
export const DEMO_START = DEMO_EPOCH - DEMO_WEEKS * 7 * DAY;
export const DEMO_CONTACTS = 5000;
const SK_CONTACTS = 1200;

type State = 'active' | 'inactive' | 'draft' | 'archived';
interface CampaignPlan {
  name: string;
  state: State;
  /** Share of the team's contacts. */
  weight: number;
  /** Week (0–4) it was activated; drafts (and a campaign not launched yet) never were. */
  launch?: number;
  /** Week an inactive campaign was stopped (status 2) midway, or the archived one archived. */
  stop?: number;
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
      { name: 'Q3 VP Engineering Outreach', state: 'active', weight: 4, launch: 0 },
      { name: 'Fintech CFO Sequence', state: 'active', weight: 3, launch: 2 },
      { name: 'SaaStr Annual follow-up', state: 'inactive', weight: 2, launch: 0, stop: 3 },
      { name: 'Q4 Healthcare IT', state: 'draft', weight: 1 },
      { name: 'Back-to-school Promo', state: 'archived', weight: 1, launch: 0, stop: 3 },
    ],
  },
  {
    name: 'EMEA Sales', domain: 'emea.northwind.test', timezone: 'Europe/London',
    campaigns: [
      { name: 'DACH Manufacturing Leaders', state: 'active', weight: 3, launch: 0 },
      { name: 'UK Retail Operations', state: 'active', weight: 3, launch: 1 },
      { name: 'Paris Roadshow follow-up', state: 'inactive', weight: 2, launch: 0, stop: 2 },
      { name: 'Nordics Security Leaders', state: 'draft', weight: 1 },
    ],
  },
  {
    name: 'APAC Sales', domain: 'apac.northwind.test', timezone: 'Asia/Singapore',
    campaigns: [
      { name: 'ANZ Logistics Outreach', state: 'active', weight: 3, launch: 0 },
      { name: 'Singapore Fintech Founders', state: 'active', weight: 2, launch: 3 },
      { name: 'Tokyo Expo follow-up', state: 'inactive', weight: 2, launch: 1, stop: 3 },
    ],
  },
  {
    name: 'Partnerships', domain: 'partners.northwind.test', timezone: 'America/Chicago',
    campaigns: [
      { name: 'Agency Partner Program', state: 'active', weight: 3, launch: 0, subsequences: ['Agency Partner Program: no reply', 'Agency Partner Program: opened'] },
      { name: 'Reseller Recruitment', state: 'active', weight: 2, launch: 2 },
    ],
  },
  {
    name: 'Customer Expansion', domain: 'cx.northwind.test', timezone: 'America/Los_Angeles',
    campaigns: [
      { name: 'Seat Expansion: Pro to Enterprise', state: 'active', weight: 3, launch: 0 },
      { name: 'Renewal Check-in', state: 'active', weight: 2, launch: 1 },
      // Imported, not launched yet: its contacts have not started.
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

/** What happens after a demo email: believable cold-outreach rates (README "Seeds"). */
const DEMO_MODEL = { open_rate: 0.48, click_rate: 0.12, reply_rate: 0.05, autoresponse_rate: 0.03, bounce_rate: 0.035, unsubscribe_rate: 0.01 };
/** Each campaign sends at most this many emails a day (its senders' own limits come first). */
const CAMPAIGN_MAX_PER_DAY = 150;
/** Share of an active campaign's contacts imported on the last Saturday: they wait for Monday's window. */
const WEEKEND_IMPORT = 0.12;

const LINKS = ['/pricing', '/case-studies', '/security', '/integrations', '/book-a-demo', '/blog/outbound-playbook'] as const;
const ANSWERS = [
  'Thanks for getting back to me! Here is what I mentioned:',
  'Great question. These should help:',
  'Appreciate the reply. A couple of links before we talk:',
];

// ---- sequences ----

type Node = Record<string, unknown>;

/**
 * The demo's sequence: an intro (A/B subjects), three days, then by whether the contact opened it either a
 * follow-up in the same thread or (after a LinkedIn connection request, when the team has a connected
 * LinkedIn identity) a new angle; four days later a closing email.
 */
function demoSequence(name: string, linkedin: boolean): { nodes: Node[]; edges: Node[] } {
  const topic = name.split(':')[0];
  const at = (y: number, x = 0) => ({ x, y });
  const email = (id: string, label: string, data: Node, y: number, x = 0): Node => ({ id, type: 'emailNode', data: { type: 1, label, wait: 0, wait_unit: 'days', ...data }, position: at(y, x) });
  const nodes: Node[] = [
    { id: 'n-start', type: 'startNode', data: { type: 12, label: 'Start' }, position: at(0) },
    email('n-e1', 'Intro', {
      subject_a: `${topic}: a quick idea for {{company_name}}`, body_a: '<p>Hi {{first_name}},</p><p>Teams like {{company_name}} use Northwind to book more meetings with less busywork.</p>',
      subject_b: `{{first_name}}, a question about ${topic}`, body_b: '<p>Hi {{first_name}},</p><p>Quick one: how does {{company_name}} run outbound today?</p>',
    }, 150),
    { id: 'n-w1', type: 'waitNode', data: { type: 2, wait: 3, wait_unit: 'days' }, position: at(300) },
    { id: 'n-if', type: 'ifNode', data: { type: 10, label: 'Opened the intro?', event: 'opened', comparison: '=', comparison_value: 'true' }, position: at(450) },
    email('n-e2', 'Follow-up', { subject_a: '', body_a: '<p>Following up, {{first_name}}: worth 20 minutes?</p>', send_as_reply: true }, 600, -200),
    email('n-e2b', 'New angle', { subject_a: `${topic}: what peers of {{company_name}} changed`, body_a: '<p>Hi {{first_name}}, a different angle: three teams like yours cut their prospecting time in half.</p>' }, 750, 200),
    { id: 'n-w2', type: 'waitNode', data: { type: 2, wait: 4, wait_unit: 'days' }, position: at(900) },
    email('n-e3', 'Closing the loop', { subject_a: '', body_a: '<p>Closing the loop; here is a two-minute case study in case it helps.</p>', send_as_reply: true }, 1050),
  ];
  const edges: Node[] = [
    { source: 'n-start', target: 'n-e1' }, { source: 'n-e1', target: 'n-w1' }, { source: 'n-w1', target: 'n-if' },
    { source: 'n-if', sourceHandle: 'true', target: 'n-e2' }, { source: 'n-e2', target: 'n-w2' }, { source: 'n-e2b', target: 'n-w2' }, { source: 'n-w2', target: 'n-e3' },
  ];
  if (linkedin) {
    nodes.push({
      id: 'n-li', type: 'linkedinConnectionWithMessageNode', position: at(600, 200),
      data: { type: 5, label: 'Connect on LinkedIn', message: 'Hi {{first_name}}, I reached out by email about {{company_name}}; happy to connect here too.', wait: 1, wait_unit: 'days' },
    });
    edges.push({ source: 'n-if', sourceHandle: 'false', target: 'n-li' }, { source: 'n-li', target: 'n-e2b' });
  } else {
    edges.push({ source: 'n-if', sourceHandle: 'false', target: 'n-e2b' });
  }
  return { nodes, edges: edges.map((e, i) => ({ id: `e${i + 1}`, type: 'buttonedge', ...e })) };
}

/** A subsequence: one email. */
function subsequence(opened: boolean): { nodes: Node[]; edges: Node[] } {
  return {
    nodes: [
      { id: 'n-start', type: 'startNode', data: { type: 12, label: 'Start' }, position: { x: 0, y: 0 } },
      { id: 'n-e1', type: 'emailNode', data: { type: 1, label: 'One last idea', subject_a: opened ? 'Saw you had a look' : 'Closing the loop', body_a: '<p>Hi {{first_name}}, one last idea.</p>', wait: 0, wait_unit: 'days' }, position: { x: 0, y: 150 } },
    ],
    edges: [{ id: 'e1', source: 'n-start', target: 'n-e1', type: 'buttonedge' }],
  };
}

// ---- the data set ----

interface DemoCampaign {
  plan: CampaignPlan;
  campaign: Campaign;
  children: Campaign[];
}
interface DemoTeam {
  team: Team;
  plan: TeamPlan;
  campaigns: DemoCampaign[];
  senders: Sender[];
}

/** Monday 08:00 UTC of week `week` (0–4) of the history, plus `days` and `hours`. */
const weekAt = (week: number, days = 0, hours = 0) => DEMO_START + (week * 7 + days) * DAY + hours * HOUR;

export function seedDemo(live: Workspace): void {
  // The workspace's own clock, frozen: the engine runs on it, and it stays at DEMO_EPOCH afterwards.
  live.clock.freeze();
  live.clock.set(DEMO_START);
  seedWithEngine(live, () => buildDemo(live));
}

function buildDemo(ws: Workspace): void {
  const clock = ws.clock;
  const faker = seededFaker('demo', DEMO_EPOCH);
  // Every move of the seed's clock runs the engine up to there.
  const ctx: SeedContext = { ws, clock, faker, tick: (ms = MINUTE) => driveEngine(ws, clock.now() + ms) };
  const timeline = new Timeline(ctx, at => driveEngine(ws, at));
  setModel(ws.stores.engagement, DEMO_MODEL);

  const teams = TEAMS.map((plan, t) => setUpTeam(ctx, plan, t));
  const companies = fakeCompanies(faker, 600);
  planContacts(ctx, timeline, teams, companies);
  for (const team of teams) {
    for (const c of team.campaigns) planCampaignLife(ctx, timeline, c);
    planSubsequences(ctx, timeline, team);
    for (let week = 0; week < DEMO_WEEKS; week++) {
      for (const day of [1, 3]) timeline.at(weekAt(week, day, 7), () => answerReplies(ctx, timeline, team));
    }
  }
  planSkContacts(ctx, timeline, companies);
  // The last weekend: blacklist entries at every level, then placement tests.
  timeline.at(DEMO_EPOCH - 2 * DAY, () => {
    const running = teams.map(({ team, campaigns }) => ({ team, campaigns: campaigns.filter(c => c.plan.state === 'active').map(c => c.campaign) }));
    seedBlacklist(ws, 'northwind.test', running, ctx.tick);
  });
  timeline.at(DEMO_EPOCH - 44 * HOUR, () => {
    const activeSenders = (team: Team) => [...ws.stores.senders.senders.values()].filter(s => s.team_id === team.id && !s.disabled);
    // The shared seed spaces tests by days; here a few hours apart, so they fit in the weekend.
    const tick = (ms = MINUTE) => ctx.tick(Math.ceil(ms / 8));
    seedPlacementTests(ws, teams.map(({ team }) => ({ team, active: activeSenders(team) })), DEMO_EPOCH, tick);
  });
  timeline.run();
  driveEngine(ws, DEMO_EPOCH);
  seedInbox(ws, { linkedinPerTeam: 12, emailThreads: false });
  seedWebhooks(ws, teams[0].team.id);
}

/** A team, its labels, its sending side (domains, senders, profiles, identities) and its campaigns (all made on day 0). */
function setUpTeam(ctx: SeedContext, plan: TeamPlan, t: number): DemoTeam {
  const { ws, tick } = ctx;
  tick();
  const team = createTeam(ws, {
    name: plan.name, domain: plan.domain, about: `${plan.name} at Northwind`,
    meeting_link: `https://meet.${plan.domain}/intro`, meeting_link_text: 'Grab 20 minutes', notification_email: `alerts@${plan.domain}`,
  }, t === 0);
  for (const [name, color, applies_to] of LABELS) createLabel(ws, { name, color, applies_to, team_id: team.id });
  // Domains bought "now" finish setting up within two hours of the demo's DEMO_EPOCH.
  const [sending] = seedSending(ws, [{ team, timezone: plan.timezone, people: SENDER_PEOPLE[t], providers: PROVIDERS[t % PROVIDERS.length], showcase: t === 0 }], DEMO_EPOCH);
  const active = sending.active;
  const linkedin = [...ws.stores.identities.identities.values()].find(i => i.team_id === team.id && i.type === 'linkedin' && i.status === 'active' && !i.deleted);
  const settings = {
    track: true, timezone: plan.timezone, max_per_day: CAMPAIGN_MAX_PER_DAY, unsubscribe: true, hours: [{ start: '08:30', end: '17:30' }],
  };
  const campaigns = plan.campaigns.map((cp, k): DemoCampaign => {
    tick();
    // Every other campaign has the LinkedIn branch, through the team's connected identity.
    const linkedinId = linkedin && k % 2 === 0 ? linkedin.id : null;
    const campaign = createCampaign(ws, {
      name: cp.name, TeamId: team.id, is_draft: cp.state === 'draft', ...settings, ...demoSequence(cp.name, linkedinId !== null),
      SenderIds: [active[k % active.length].id, active[(k + 1) % active.length].id], LinkedinId: linkedinId,
    });
    const children = (cp.subsequences ?? []).map((name, j) => {
      tick();
      return createCampaign(ws, { name, TeamId: team.id, parentCampaignId: campaign.id, is_draft: false, ...settings, ...subsequence(j === 1), SenderIds: [...campaign.settings.SenderIds] });
    });
    return { plan: cp, campaign, children };
  });
  return { team, plan, campaigns, senders: sending.senders };
}

/** The weeks a campaign's contacts were imported in: from the week before it started to the week it stopped. */
function waveWeeks(plan: CampaignPlan): number[] {
  const from = plan.launch === undefined ? 0 : Math.max(0, plan.launch - 1);
  const to = plan.stop === undefined ? DEMO_WEEKS - 1 : plan.stop - 1;
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/**
 * 5,000 people: 5% in "All Contacts" only (the first Monday), the rest imported into a campaign by weight,
 * in weekly waves (Monday mornings, UTC), active campaigns also the last Saturday. 80% of each wave of a
 * campaign that is not a draft is verified two hours after its import starts (one bulk action).
 */
function planContacts(ctx: SeedContext, timeline: Timeline, teams: DemoTeam[], companies: readonly Company[]): void {
  const { ws, faker } = ctx;
  const emails = emailUniquer();
  const per = Math.ceil(DEMO_CONTACTS / teams.length);
  /** Contacts of each wave of each campaign, in import order. */
  const waves = new Map<string, { at: number; campaign: DemoCampaign; enrolled: Enrollment[] }>();
  for (let i = 0; i < DEMO_CONTACTS; i++) {
    const { team, campaigns } = teams[Math.floor(i / per)];
    const person = fakePerson(faker, companies, emails);
    const target = faker.number.float() < 0.05 ? undefined : faker.helpers.weightedArrayElement(campaigns.map(c => ({ weight: c.plan.weight, value: c })));
    const custom = { lead_source: faker.helpers.arrayElement(LEAD_SOURCES), employees: faker.number.int({ min: 10, max: 20000 }) };
    const labels = faker.number.float() < 0.08 ? [faker.helpers.arrayElement(['decision maker', 'hot lead'])] : undefined;
    const start = importStart(faker, target?.plan);
    let wave: { at: number; campaign: DemoCampaign; enrolled: Enrollment[] } | undefined;
    if (target) {
      const key = `${target.campaign.id} ${start}`;
      wave = waves.get(key);
      if (!wave) waves.set(key, (wave = { at: start + 2 * HOUR, campaign: target, enrolled: [] }));
    }
    // Each import takes about an hour: six seconds between contacts.
    timeline.at(start + (i % 600) * 6_000, () => {
      const result = upsertContact(ws, { TeamId: team.id, CampaignId: target?.campaign.id, ...person, custom, labels });
      if (result.kind === 'enrollment' && wave) wave.enrolled.push(result.enrollment);
    });
  }
  for (const wave of waves.values()) {
    if (wave.campaign.plan.state === 'draft') continue;
    timeline.at(wave.at, () => {
      const ids = wave.enrolled.filter(() => faker.number.float() < 0.8).map(e => e.id);
      if (ids.length > 0) runBulkAction(ws, { action: 'verify_contacts', campaign_id: wave.campaign.campaign.id, contact_ids: ids });
    });
  }
}

/** When a contact's import starts: its campaign's wave on a Monday (10:00 UTC) or the last Saturday, else the first Monday. */
function importStart(faker: Faker, plan: CampaignPlan | undefined): number {
  if (!plan) return weekAt(0, 0, 2);
  if (plan.state === 'active' && faker.number.float() < WEEKEND_IMPORT) return weekAt(DEMO_WEEKS - 1, 5, 2);
  return weekAt(faker.helpers.arrayElement(waveWeeks(plan)), 0, 2);
}

/** Activated on its launch Monday before the imports; an inactive campaign stopped midweek, the archived one archived. */
function planCampaignLife(ctx: SeedContext, timeline: Timeline, { plan, campaign, children }: DemoCampaign): void {
  const { ws } = ctx;
  if (plan.launch === undefined) return;
  timeline.at(weekAt(plan.launch, 0, 1), () => {
    updateCampaign(ws, campaign.id, { status: 1 });
    for (const child of children) updateCampaign(ws, child.id, { status: 1 });
  });
  if (plan.stop === undefined) return;
  if (plan.state === 'inactive') timeline.at(weekAt(plan.stop, 2, 4), () => updateCampaign(ws, campaign.id, { status: 2 }));
  if (plan.state === 'archived') timeline.at(weekAt(plan.stop, 3, 4), () => deleteCampaign(ws, campaign.id));
}

/**
 * Subsequences pick up contacts of their parent who went through the whole sequence without replying,
 * bouncing or opting out (Mondays of weeks 3 and 4): those who opened go to the second, the others the first.
 */
function planSubsequences(ctx: SeedContext, timeline: Timeline, team: DemoTeam): void {
  const { ws } = ctx;
  for (const { campaign, children } of team.campaigns) {
    if (children.length < 2) continue;
    const moved = new Set<string>();
    for (const week of [3, 4]) {
      timeline.at(weekAt(week, 0, 1.5), () => {
        const done = [...ws.stores.supersend.enrollments.values()].filter(e =>
          e.campaign_id === campaign.id && e.finished && !e.replied && !e.bounced && !e.unsubscribed && !moved.has(e.profile_id));
        for (const e of done.slice(0, 60)) {
          moved.add(e.profile_id);
          upsertContact(ws, { TeamId: campaign.team_id, CampaignId: children[e.opened ? 1 : 0].id, contact_profile_id: e.profile_id });
        }
      });
    }
  }
}

/**
 * The team answers up to eight new replies (Tuesdays and Thursdays, 15:00 UTC) in the inbox, from the
 * contact's sender, with a link or two; most of those contacts click them within a day or so. Someone who
 * asked for a meeting sometimes books it.
 */
function answerReplies(ctx: SeedContext, timeline: Timeline, { team, senders }: DemoTeam): void {
  const { ws, faker, clock } = ctx;
  const usable = (id: string | null) => senders.find(s => s.id === id && !s.disabled && s.status === 'active');
  const waiting = [...ws.stores.supersend.enrollments.values()].filter(e => {
    if (e.team_id !== team.id || !e.replied || e.interest === 'not_interested' || !usable(e.sender_id)) return false;
    const conversation = conversationOf(ws, e.profile_id, 'email');
    return !!conversation && !threadOf(ws, conversation).some(m => m.is_from_self);
  });
  for (const e of waiting.slice(0, 8)) {
    const conversation = conversationOf(ws, e.profile_id, 'email')!;
    const links = faker.helpers.arrayElements(LINKS, { min: 1, max: 2 }).map(path => `https://www.northwind.test${path}`);
    updateConversation(ws, conversation.id, { mark_all_read: true });
    sendMessage(ws, conversation.id, { message: `Hi ${e.first_name ?? 'there'},\n\n${faker.helpers.arrayElement(ANSWERS)} ${links.join(' and ')}`, sender_id: e.sender_id! });
    if (faker.number.float() < 0.7) {
      for (let c = faker.number.int({ min: 1, max: 3 }); c > 0; c--) {
        const url = faker.helpers.arrayElement(links);
        const ip = faker.internet.ipv4();
        timeline.at(clock.now() + faker.number.int({ min: 20, max: 36 * 60 }) * MINUTE, () => recordLinkClick(ws, { contact_id: e.id, original_url: url, ip }));
      }
    }
    if (e.interest === 'meeting_request' && faker.number.float() < 0.5) timeline.at(clock.now() + DAY, () => updateContact(ws, e.id, { interest: 'meeting_booked' }));
  }
}

/** The secret-key project: 1,200 newsletter contacts over the five weeks (up to the last weekend). */
function planSkContacts(ctx: SeedContext, timeline: Timeline, companies: readonly Company[]): void {
  const { ws, faker, clock } = ctx;
  const contacts = skContactService(ws.stores.skProject, clock, ws.random);
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
    timeline.at(DEMO_START + HOUR + Math.floor((i * (DEMO_WEEKS * 7 - 2) * DAY) / SK_CONTACTS), () => contacts.upsert({ email, subscribed, data }));
  }
}
