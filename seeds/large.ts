/**
 * `large:<n>`: n SuperSend contacts and n/10 secret-key contacts (`large:<n>:<m>`: m of them), for
 * benchmarks. Four teams of five campaigns each (three active, one inactive, one draft); every contact is
 * a team profile enrolled in one campaign through the contacts service, most of them somewhere along the
 * sequence (sent, opened, replied, bounced, unsubscribed, paused, finished, with interests), set directly
 * without events or waits. Names, companies, titles and cities are drawn from pools that Faker fills
 * once, per record with a fast seeded generator: Faker per record would cost more than the record. The
 * event log stays empty.
 */
import type { Workspace } from '../src/workspace/workspace.js';
import type { Campaign } from '../src/resources/supersend/records.js';
import { createTeam, DEFAULT_CONTACTS_LIMIT } from '../src/resources/supersend/teams/service.js';
import { createLabel } from '../src/resources/supersend/labels/service.js';
import { createCampaign, updateCampaign } from '../src/resources/supersend/campaigns/service.js';
import { upsertContact } from '../src/resources/supersend/contacts/service.js';
import { skContactService } from '../src/resources/sk/contacts/service.js';
import type { EventRecord } from '../src/resources/supersend/events/service.js';
import { allTitles, drawStory, emailSteps, fakeCompanies, fastRandom, plain, seedContext, sequence, settleStory, type EmailStep } from './helpers.js';

export const LARGE_EPOCH = Date.parse('2026-03-02T08:00:00.000Z');
export const LARGE_MAX = 10_000_000;
const TEAMS = 4;
const CAMPAIGNS_PER_TEAM = 5;
/** Workspace time between two contacts. */
const STEP_MS = 1000;

const SEQUENCE = sequence([
  { subject: 'Quick question, {{first_name}}', body: '<p>Hi {{first_name}},</p>' },
  { subject: '', body: '<p>Bumping this up</p>', waitDays: 3 },
  { subject: '', body: '<p>Closing the loop</p>', waitDays: 4 },
]);
const PLANS = ['free', 'starter', 'pro', 'enterprise'] as const;

/**
 * The secret-key contacts of `large:<n>` without an explicit count. The project keeps four sorted listing
 * orders, so each costs more than a SuperSend contact; at n each, 1M took over two minutes.
 */
export const defaultSkSize = (size: number) => Math.ceil(size / 10);

export function seedLarge(live: Workspace, size: number, skSize = defaultSkSize(size)): void {
  const ctx = seedContext(live, `large:${size}:${skSize}`, LARGE_EPOCH);
  const { ws, faker, tick, clock } = ctx;
  const random = fastRandom(faker.number.int({ max: 2 ** 32 - 1 }));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];

  const firstNames = faker.helpers.uniqueArray(() => faker.person.firstName(), 1000).map(n => ({ name: n, plain: plain(n) }));
  const lastNames = faker.helpers.uniqueArray(() => faker.person.lastName(), 1000).map(n => ({ name: n, plain: plain(n) }));
  const companies = fakeCompanies(faker, 2000).map(c => ({ ...c, url: `https://www.${c.domain}` }));
  const titles = allTitles();
  const places = faker.helpers.multiple(() => ({ city: faker.location.city(), state: faker.location.state() }), { count: 500 });

  const teams = Array.from({ length: TEAMS }, (_, t) => {
    tick();
    const team = createTeam(ws, { name: `${faker.company.name()} Outbound`, about: `Benchmark team ${t + 1} of ${TEAMS}` }, t === 0);
    // The plan's contact limit: room for this team's share of the data set.
    team.contacts_limit = Math.max(DEFAULT_CONTACTS_LIMIT, Math.ceil(size / TEAMS));
    for (const [name, applies_to] of [['interested', 'contact'], ['hot lead', 'both'], ['needs reply', 'conversation']] as const) {
      createLabel(ws, { name, color: '#2E7D32', applies_to, team_id: team.id });
    }
    const campaigns: { campaign: Campaign; steps: EmailStep[] }[] = [];
    for (let c = 0; c < CAMPAIGNS_PER_TEAM; c++) {
      tick();
      const state = c < 3 ? 'active' : c === 3 ? 'inactive' : 'draft';
      const campaign = createCampaign(ws, { name: `${faker.company.buzzPhrase()} (${state})`, TeamId: team.id, is_draft: state === 'draft', track: true, ...SEQUENCE });
      if (state === 'active') updateCampaign(ws, campaign.id, { status: 1 });
      campaigns.push({ campaign, steps: emailSteps(campaign) });
    }
    return { team, campaigns };
  });

  // Seeding runs outside any write (nothing to undo), so the log may be cut back directly.
  const events = ws.stores.supersend.events as EventRecord[];
  const eventsBefore = events.length;
  for (let i = 0; i < size; i++) {
    clock.advance(STEP_MS);
    const first = pick(firstNames);
    const last = pick(lastNames);
    const company = pick(companies);
    const place = pick(places);
    const { team, campaigns } = teams[i % TEAMS];
    const { campaign, steps } = campaigns[Math.floor(i / TEAMS) % CAMPAIGNS_PER_TEAM];
    const result = upsertContact(ws, {
      TeamId: team.id, CampaignId: campaign.id,
      email: `${first.plain}.${last.plain}.${i.toString(36)}@${company.domain}`,
      first_name: first.name, last_name: last.name, company_name: company.name, company_url: company.url,
      title: pick(titles), industry: company.industry, city: place.city, state: place.state, country: 'United States',
    });
    // No events here: the log would outweigh the contacts (dropped at once, they never leave the young generation).
    events.length = eventsBefore;
    if (result.kind !== 'enrollment' || campaign.is_draft) continue;
    const story = drawStory(random);
    const e = result.enrollment;
    if (story) settleStory(e, steps, story, clock);
    e.verified = story !== undefined && !story.bounced && random() < 0.8;
  }

  const contacts = skContactService(ws.stores.skProject, clock, ws.random);
  for (let i = 0; i < skSize; i++) {
    clock.advance(STEP_MS);
    const first = pick(firstNames);
    const last = pick(lastNames);
    const r = random();
    contacts.upsert({
      email: `${first.plain}.${last.plain}.${i.toString(36)}@example.com`,
      subscribed: random() >= 0.1,
      data: r < 0.95 ? { firstName: first.name, lastName: last.name, plan: PLANS[Math.floor(random() * PLANS.length)] } : undefined,
    });
  }
}
