/**
 * What the data sets share: a Faker instance seeded from the data set's name, a frozen clock that starts
 * at a fixed instant and only moves when the seed moves it, believable people and companies, and the
 * engagement a contact has had (sent, opened, replied, bounced…) applied consistently with its events.
 *
 * @faker-js/faker's main entry loads every locale (about a quarter of a second); its English entry loads
 * only the two locales the data sets use. It is imported once, on demand (`loadFaker`), by whoever is
 * about to build a data set; a sandbox started without seed data never pays for it.
 */
import type { Faker } from '@faker-js/faker';
import type { Workspace } from '../src/workspace/workspace.js';
import { createClock, type Clock } from '../src/workspace/clock.js';
import { BOUNCE_CATEGORIES, INTERESTS, type BounceCategory, type Campaign, type Enrollment, type Interest } from '../src/resources/supersend/records.js';
import { recordEvent } from '../src/resources/supersend/events/service.js';
import { updateContact } from '../src/resources/supersend/contacts/service.js';

/** The English entry's shared instance, built as `new Faker({ locale: [en, base] })`; never used to generate. */
let english: Faker | undefined;

/** Imports @faker-js/faker once; `seededFaker` needs it. */
export async function loadFaker(): Promise<void> {
  english ??= (await import('@faker-js/faker/locale/en')).faker;
}

/** 32-bit FNV-1a of a name: the data set's Faker seed. */
export function nameSeed(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A private Faker (never the global one), seeded from `name`, with its reference date pinned to `refDate`. */
export function seededFaker(name: string, refDate: number): Faker {
  if (!english) throw new Error('seeds: call loadFaker() (or loadDataSet()) before building a data set');
  // The English entry exports only its instance: its class and merged en + base definitions make a private twin.
  const FakerClass = english.constructor as typeof import('@faker-js/faker').Faker;
  const faker = new FakerClass({ locale: english.rawDefinitions });
  faker.seed(nameSeed(name));
  // Date helpers default to "now"; a pinned reference keeps them reproducible.
  faker.setDefaultRefDate(refDate);
  return faker;
}

/** A fast seeded generator (mulberry32) for the large data sets, where Faker per record is too slow. */
export function fastRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** The workspace as the seed sees it: same state and random source, but a frozen clock of its own. */
export interface SeedContext {
  ws: Workspace;
  clock: Clock;
  faker: Faker;
  /** Moves the seed's clock forward (one minute by default). */
  tick(ms?: number): void;
}

export function seedContext(live: Workspace, name: string, epoch: number): SeedContext {
  const clock = seedClock(epoch);
  return { ws: { ...live, clock }, clock, faker: seededFaker(name, epoch), tick: (ms = MINUTE) => clock.advance(ms) };
}

/**
 * A clock frozen at `epoch` that moves only when told to. isoNow answers one string per instant: the
 * services ask for it several times per record, and records made at one instant then share it (less
 * time and memory at a million records).
 */
export function seedClock(epoch: number): Clock {
  const base = createClock({ startAt: epoch, frozen: true });
  let isoAt = NaN;
  let iso = '';
  return {
    now: () => base.now(),
    isoNow() {
      const now = base.now();
      if (now !== isoAt) {
        isoAt = now;
        iso = new Date(now).toISOString();
      }
      return iso;
    },
    get frozen() {
      return base.frozen;
    },
    freeze: () => base.freeze(),
    resume: () => base.resume(),
    set: epochMs => base.set(epochMs),
    advance: ms => base.advance(ms),
  };
}

// ---- people and companies ----

export interface Company {
  name: string;
  /** A reserved `.test` domain, so no seeded address can ever reach a real mailbox. */
  domain: string;
  industry: string;
}

export interface Person {
  first_name: string;
  last_name: string;
  email: string;
  linkedin_url: string | null;
  company_name: string;
  company_url: string;
  title: string;
  industry: string;
  phone: string | null;
  city: string;
  state: string;
  country: string;
}

export const INDUSTRIES = [
  'Software', 'Fintech', 'Healthcare', 'Logistics', 'Manufacturing', 'Retail', 'Education', 'Media', 'Real Estate',
  'Insurance', 'Cybersecurity', 'Energy', 'Telecommunications', 'Hospitality',
] as const;
const C_LEVEL = ['CEO', 'CTO', 'CFO', 'COO', 'CMO', 'CRO', 'CIO', 'CISO', 'Founder', 'Co-founder'] as const;
const SENIORITY = ['VP of', 'Head of', 'Director of', 'Senior Manager,', 'Manager,'] as const;
const FUNCTIONS = [
  'Engineering', 'Sales', 'Marketing', 'Operations', 'Finance', 'IT', 'Revenue Operations', 'Customer Success',
  'People', 'Product', 'Security', 'Data', 'Procurement', 'Growth',
] as const;
const COMPANY_NOISE = new Set(['and', 'sons', 'llc', 'inc', 'group', 'ltd', 'plc']);

/** Lowercase ASCII letters and digits only. */
export function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Unique values: the first use of a candidate keeps it, later ones get 2, 3… appended. */
export function uniquer(): (candidate: string) => string {
  const seen = new Set<string>();
  return candidate => {
    let value = candidate;
    for (let n = 2; seen.has(value); n++) value = `${candidate}${n}`;
    seen.add(value);
    return value;
  };
}

/** Companies with distinct names (drawn again on a repeat) and distinct `.test` domains. */
export function fakeCompanies(faker: Faker, count: number): Company[] {
  const names = new Set<string>();
  const domains = uniquer();
  const out: Company[] = [];
  for (let i = 0; i < count; i++) {
    let name = faker.company.name();
    for (let attempt = 0; names.has(name) && attempt < 20; attempt++) name = faker.company.name();
    if (names.has(name)) name = `${name} ${i}`;
    names.add(name);
    const words = name.split(/[\s,-]+/).map(plain).filter(w => w && !COMPANY_NOISE.has(w));
    out.push({
      name,
      domain: `${domains(words.slice(0, 2).join('') || 'company')}.test`,
      industry: faker.helpers.arrayElement(INDUSTRIES),
    });
  }
  return out;
}

/** A B2B buyer's title: mostly function leaders, some C-level. */
export function fakeTitle(faker: Faker): string {
  if (faker.number.int(9) < 2) return faker.helpers.arrayElement(C_LEVEL);
  const seniority = faker.helpers.arrayElement(SENIORITY);
  return `${seniority} ${faker.helpers.arrayElement(FUNCTIONS)}`;
}

/** Every title `fakeTitle` can give, for the pools of the large data set. */
export function allTitles(): string[] {
  return [...C_LEVEL, ...SENIORITY.flatMap(s => FUNCTIONS.map(f => `${s} ${f}`))];
}

/** A person at one of `companies`, with an address unique within `emails`. */
export function fakePerson(faker: Faker, companies: readonly Company[], emails: (candidate: string) => string): Person {
  const first_name = faker.person.firstName();
  const last_name = faker.person.lastName();
  const company = faker.helpers.arrayElement(companies);
  const email = emails(`${plain(first_name)}.${plain(last_name)}@${company.domain}`);
  return {
    first_name,
    last_name,
    email,
    linkedin_url: faker.number.int(9) < 7 ? `https://www.linkedin.com/in/${plain(first_name)}-${plain(last_name)}-${faker.string.alphanumeric({ length: 6, casing: 'lower' })}` : null,
    company_name: company.name,
    company_url: `https://www.${company.domain}`,
    title: fakeTitle(faker),
    industry: company.industry,
    phone: faker.number.int(9) < 6 ? faker.phone.number({ style: 'international' }) : null,
    city: faker.location.city(),
    state: faker.location.state(),
    country: 'United States',
  };
}

/** Address de-duplication for `fakePerson`: a repeated address gets a number before the @. */
export function emailUniquer(): (candidate: string) => string {
  const seen = new Set<string>();
  return candidate => {
    const at = candidate.indexOf('@');
    let value = candidate;
    for (let n = 2; seen.has(value); n++) value = `${candidate.slice(0, at)}${n}${candidate.slice(at)}`;
    seen.add(value);
    return value;
  };
}

// ---- sequences ----

export interface Step {
  subject: string;
  body: string;
  /** Days to wait before this step (none before the first). */
  waitDays?: number;
}

/** A campaign sequence: a start node, then each email step with a wait node before it. */
export function sequence(steps: readonly Step[]): { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] } {
  const nodes: Record<string, unknown>[] = [{ id: 'n-start', type: 'startNode', data: { type: 12, label: 'Start' }, position: { x: 0, y: 0 } }];
  const edges: Record<string, unknown>[] = [];
  let previous = 'n-start';
  let y = 0;
  steps.forEach((step, i) => {
    const link = (target: string) => {
      edges.push({ id: `e${edges.length + 1}`, source: previous, target, type: 'buttonedge' });
      previous = target;
    };
    if (i > 0) {
      const wait = { id: `n-w${i}`, type: 'waitNode', data: { type: 2, wait: step.waitDays ?? 3, wait_unit: 'days' }, position: { x: 0, y: (y += 150) } };
      nodes.push(wait);
      link(wait.id);
    }
    const email = {
      id: `n-e${i + 1}`,
      type: 'emailNode',
      data: { type: 1, label: i === 0 ? 'Intro' : `Follow-up ${i}`, subject_a: step.subject, body_a: step.body, wait: 0, wait_unit: 'days', ...(i > 0 && { send_as_reply: true }) },
      position: { x: 0, y: (y += 150) },
    };
    nodes.push(email);
    link(email.id);
  });
  return { nodes, edges };
}

export interface EmailStep {
  id: string;
  subject: string | null;
  /** Days waited before this step (0 for the first). */
  waitDays: number;
}

/** The email steps of a campaign's sequence, in order. */
export function emailSteps(campaign: Campaign): EmailStep[] {
  const steps: EmailStep[] = [];
  let wait = 0;
  for (const node of campaign.nodes) {
    const data = (node.data ?? {}) as { wait?: unknown; subject_a?: unknown };
    if (node.type === 'waitNode') wait += typeof data.wait === 'number' ? data.wait : 0;
    if (node.type !== 'emailNode') continue;
    steps.push({ id: String(node.id), subject: typeof data.subject_a === 'string' && data.subject_a ? data.subject_a : null, waitDays: wait });
    wait = 0;
  }
  return steps;
}

// ---- timeline ----

/**
 * Things that happen at given instants, run in time order (then in the order they were planned) on the
 * seed's clock, so records and the event log stay chronological however the seed was written. An item
 * may plan more while the timeline runs. `moveTo` brings the seed to an item's time (by default it sets
 * the clock; a data set built through the engine drives the engine there).
 */
export class Timeline {
  /** Items not yet run, in (at, seq) order; `next` is the first of them. */
  private items: { at: number; seq: number; run: () => void }[] = [];
  private next = 0;
  private seq = 0;

  constructor(
    private readonly ctx: SeedContext,
    private readonly moveTo: (at: number) => void = at => ctx.clock.set(at),
  ) {}

  at(at: number, run: () => void): void {
    // After every item due at the same time or earlier (binary search over the items not yet run).
    let lo = this.next;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid].at <= at) lo = mid + 1;
      else hi = mid;
    }
    this.items.splice(lo, 0, { at, seq: this.seq++, run });
  }

  run(): void {
    while (this.next < this.items.length) {
      const item = this.items[this.next++];
      if (item.at > this.ctx.clock.now()) this.moveTo(item.at);
      item.run();
    }
    this.items = [];
    this.next = 0;
  }
}

// ---- engagement ----

/** What happened to one enrollment since it joined its campaign. */
export interface Story {
  /** Email steps sent (0: not started). */
  sent?: number;
  opened?: boolean;
  clicked?: boolean;
  replied?: boolean;
  bounced?: BounceCategory;
  unsubscribed?: boolean;
  paused?: boolean;
  /** The sequence is over for this contact (all steps sent, or stopped by a reply, bounce or opt-out). */
  finished?: boolean;
  interest?: Interest;
}

/** When the step after `step` (1-based) is due, `step` having gone out at `sentAt`; null after the last. */
function nextStepAt(steps: readonly EmailStep[], step: number, sentAt: number): string | null {
  return step < steps.length ? new Date(sentAt + steps[step].waitDays * DAY).toISOString() : null;
}

type EngagementEvent = 'sent' | 'open' | 'click' | 'reply' | 'bounce' | 'unsubscribe';

/**
 * Plans a story on the timeline: the first step goes out at `start`, each next one after the sequence's
 * wait; a bounce follows the last step within minutes, an open within hours, a reply the next day, an
 * opt-out or a pause after that. Each moment sets its flags and records its event (sending, bouncing and
 * replying are not simulated, so no service sets these flags); interest goes through the contacts service.
 */
export function planStory(timeline: Timeline, ctx: SeedContext, enrollment: () => Enrollment, campaign: Campaign, story: Story, start: number): void {
  const steps = emailSteps(campaign);
  const sent = Math.min(story.sent ?? 0, steps.length);
  const now = () => ctx.clock.isoNow();
  const touch = (e: Enrollment) => {
    e.last_activity_at = now();
    e.updated_at = now();
  };
  const event = (e: Enrollment, type: EngagementEvent, step: number, details: Record<string, unknown> = {}) =>
    recordEvent(ctx.ws, { type, contact: e, sequence_step: step, subject: steps[step - 1]?.subject ?? null, details });

  let at = start;
  let last = at;
  for (let step = 1; step <= sent; step++) {
    if (step > 1) at += steps[step - 1].waitDays * DAY;
    last = at;
    timeline.at(at, () => {
      const e = enrollment();
      Object.assign(e, {
        started_sequence: true, step_number: step, current_node_id: steps[step - 1].id, next_step: nextStepAt(steps, step, ctx.clock.now()),
        last_node_processed_at: now(), email_provider: 'google', variant: 'a',
      });
      touch(e);
      event(e, 'sent', step);
    });
  }
  const later = (ms: number, run: (e: Enrollment) => void) =>
    timeline.at(last + ms, () => {
      const e = enrollment();
      run(e);
      touch(e);
    });
  if (story.bounced) {
    const category = story.bounced;
    later(10 * MINUTE, e => {
      Object.assign(e, { bounced: true, bounce_category: category, status: 'idle' });
      event(e, 'bounce', sent, { bounce_category: category });
    });
  }
  if (story.opened) later(5 * HOUR, e => ((e.opened = true), event(e, 'open', sent)));
  if (story.clicked) {
    later(6 * HOUR, e => {
      e.clicked = true;
      const domain = ctx.ws.stores.supersend.teams.get(campaign.team_id)?.domain ?? 'example.test';
      event(e, 'click', sent, { url: `https://${domain}/pricing`, inbox_reply: false });
    });
  }
  if (story.replied) later(20 * HOUR, e => ((e.replied = true), event(e, 'reply', sent)));
  if (story.unsubscribed) later(26 * HOUR, e => ((e.unsubscribed = true), event(e, 'unsubscribe', sent)));
  if (story.paused) later(30 * HOUR, e => Object.assign(e, { paused: true, paused_at: now(), resume_at: new Date(ctx.clock.now() + 14 * DAY).toISOString() }));
  if (story.finished) later(2 * DAY, e => Object.assign(e, { finished: true, status: 'idle', next_step: null }));
  const interest = story.interest;
  if (interest) later(story.replied ? 22 * HOUR : 8 * HOUR, e => updateContact(ctx.ws, e.id, { interest }));
}

/**
 * A story drawn from `random` (uniform in [0, 1)): 35% not started, 30% in progress, 8% bounced, 7%
 * replied (with an interest), 3% unsubscribed, 4% paused, 13% through the whole sequence.
 */
export function drawStory(random: () => number): Story | undefined {
  const x = random();
  if (x < 0.35) return undefined;
  const sent = 1 + Math.floor(random() * 3);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  if (x < 0.65) return { sent, opened: random() < 0.5 };
  if (x < 0.73) return { sent, bounced: pick(BOUNCE_CATEGORIES), finished: true };
  if (x < 0.8) return { sent, opened: true, clicked: random() < 0.2, replied: true, finished: true, interest: pick(INTERESTS) };
  if (x < 0.83) return { sent, opened: true, unsubscribed: true, finished: true };
  if (x < 0.87) return { sent, opened: random() < 0.3, paused: true };
  const opened = random() < 0.4;
  return { sent: 3, opened, clicked: opened && random() < 0.25, finished: true };
}

/**
 * The same story's end state on a campaign of `steps` (emailSteps), set at once without events or
 * waits: for the large data sets, where a timeline per contact would cost more than the contact.
 */
export function settleStory(e: Enrollment, steps: readonly EmailStep[], story: Story, clock: Clock): void {
  const at = clock.isoNow();
  const sent = Math.min(story.sent ?? 0, steps.length);
  if (sent > 0) {
    e.started_sequence = true;
    e.step_number = sent;
    e.current_node_id = steps[sent - 1].id;
    e.next_step = nextStepAt(steps, sent, clock.now());
    e.last_node_processed_at = e.last_activity_at = at;
    e.email_provider = 'google';
    e.variant = 'a';
  }
  if (story.bounced) {
    e.bounced = true;
    e.bounce_category = story.bounced;
  }
  if (story.opened) e.opened = true;
  if (story.clicked) e.clicked = true;
  if (story.replied) e.replied = true;
  if (story.unsubscribed) e.unsubscribed = true;
  if (story.paused) {
    e.paused = true;
    e.paused_at = at;
  }
  if (story.finished) {
    e.finished = true;
    e.next_step = null;
  }
  if (story.interest) e.interest = story.interest;
}
