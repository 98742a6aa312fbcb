/**
 * Named data sets (seeds/): the same name builds byte-identical state twice; the default data set holds
 * every state the README promises (read back over HTTP, so each seeded record is also checked against
 * openapi.yaml); an unknown name stops createSandbox with the list of names.
 */
import { startCli } from './support/cli.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from './support/api.js';
import { createSandbox } from '../src/sandbox.js';
import { createWorkspace, type Workspace } from '../src/workspace/workspace.js';
import { listCampaignClicks } from '../src/resources/supersend/link-clicks/service.js';
import { BOUNCE_CATEGORIES, INTERESTS } from '../src/resources/supersend/records.js';
import { loadDataSet, resolveDataSet } from '../seeds/index.js';
import { seedClock } from '../seeds/helpers.js';
import { createClock } from '../src/workspace/clock.js';
import { DEMO_EPOCH } from '../seeds/demo.js';
import { senderZone } from '../src/resources/supersend/engine/sending.js';
import { dayKey } from '../src/resources/supersend/time-zones.js';
import { isBlacklisted } from '../src/resources/supersend/blacklist/service.js';
import { conversationOf, threadOf } from '../src/resources/supersend/conversations/service.js';

/** Everything a data set writes, as JSON: SuperSend state (Maps and Sets as arrays), link clicks, sk contacts. */
function dump(ws: Workspace): string {
  const s = ws.stores.supersend;
  const clicks = [...s.campaigns.keys()].map(id => listCampaignClicks(ws, id, { page: 1, limit: 1_000_000 }).rows);
  return JSON.stringify(
    {
      state: s,
      clicks,
      sk: { id: ws.stores.skProject.id, contacts: [...ws.stores.skProject.contacts.scan('createdAt', 'desc')] },
    },
    (_key, value) => (value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value] : value),
  );
}

async function generate(name: string, seed = 'sendbox'): Promise<{ ws: Workspace; json: string }> {
  const dataSet = await loadDataSet(name);
  const ws = createWorkspace({ id: 'default', seed });
  dataSet.populate(ws);
  return { ws, json: dump(ws) };
}

/** First generations, kept for the size checks. */
const firsts = new Map<string, Workspace>();

describe('named data sets are deterministic', () => {
  it.each(['default', 'demo', 'large:2000'])('%s: two generations are byte-identical', async name => {
    const first = await generate(name);
    const second = await generate(name);
    firsts.set(name, first.ws);
    expect(second.json.length).toBe(first.json.length);
    expect(second.json === first.json).toBe(true);
    // Not trivially equal: the dump holds the records.
    expect(first.ws.stores.supersend.profiles.size).toBeGreaterThan(0);
    expect(first.json).toContain(first.ws.stores.supersend.profiles.values().next().value!.email);
  });

  it('starts a frozen clock exactly at its start time, however far real time moves while it is made', () => {
    // A system time that moves on every read: a clock that read it twice would start past `startAt`.
    let real = 1_000;
    const ticking = () => real++;
    expect(createClock({ startAt: 5_000, frozen: true, source: ticking }).now()).toBe(5_000);
    expect(seedClock(Date.parse('2026-03-02T08:00:00.000Z')).isoNow()).toBe('2026-03-02T08:00:00.000Z');
  });

  it('gives other ids under another sandbox seed, the same people', async () => {
    const [a, b] = [await generate('default'), await generate('default', 'other')];
    expect(b.json).not.toBe(a.json);
    const emails = (ws: Workspace) => [...ws.stores.supersend.profiles.values()].map(p => p.email);
    expect(emails(b.ws)).toEqual(emails(a.ws));
    expect([...b.ws.stores.supersend.teams.keys()]).not.toEqual([...a.ws.stores.supersend.teams.keys()]);
  });

  it('builds the sizes it promises', async () => {
    const demo = firsts.get('demo') ?? (await generate('demo')).ws;
    expect(demo.stores.supersend.teams.size).toBe(5);
    expect(demo.stores.supersend.profiles.size).toBe(5000);
    expect(demo.stores.skProject.contacts.size).toBe(1200);
    const large = firsts.get('large:2000') ?? (await generate('large:2000')).ws;
    expect(large.stores.supersend.profiles.size).toBe(2000);
    expect(large.stores.supersend.enrollments.size).toBe(2000);
    expect(large.stores.skProject.contacts.size).toBe(200);
    expect(large.stores.supersend.events).toEqual([]);
    // Believable people: distinct names and companies, addresses on reserved .test domains.
    const people = [...demo.stores.supersend.profiles.values()];
    expect(new Set(people.map(p => p.last_name)).size).toBeGreaterThan(300);
    expect(new Set(people.map(p => p.company_name)).size).toBeGreaterThan(300);
    expect(people.every(p => p.email!.endsWith('.test') && p.first_name && p.title)).toBe(true);
  });
});

describe('the default data set', () => {
  let api: TestApi;
  let acme: Record<string, any>;
  let globex: Record<string, any>;
  let campaigns: Record<string, Record<string, any>>;

  beforeAll(async () => {
    api = await createTestApi();
    const teams = (await api.get('/v2/teams')).body.data;
    [acme, globex] = teams;
    const list = await api.get(`/v2/campaigns?TeamId=${acme.id}&archived=true&include_subsequences=true&limit=100`);
    campaigns = Object.fromEntries(list.body.data.map((c: Record<string, any>) => [c.name, c]));
  });

  const v1Count = async (filters: Record<string, unknown>) => {
    const counts = await Promise.all([acme, globex].map(t => api.post('/v1/contact/all').send({ TeamId: t.id, limit: 1, ...filters })));
    return counts.reduce((n, res) => n + res.body.count, 0);
  };

  it('has two teams, Acme Outbound first and default, with labels of each applies_to kind', async () => {
    expect([acme.name, acme.is_default, globex.name, globex.is_default]).toEqual(['Acme Outbound', true, 'Globex Sales', false]);
    const labels = (await api.get(`/v2/labels?team_id=${acme.id}`)).body.data;
    expect(new Set(labels.map((l: { applies_to: string }) => l.applies_to))).toEqual(new Set(['contact', 'conversation', 'both']));
    const usage = await Promise.all([acme, globex].map(async t => (await api.get(`/v2/teams/${t.id}/usage`)).body.data.contacts_used));
    expect(usage[0] + usage[1]).toBe(50);
  });

  it('has campaigns in every state, the archived one hidden from the default list', async () => {
    expect(campaigns['Q1 Founders (draft)']).toMatchObject({ status: 2, is_draft: true, archived: false });
    expect(campaigns['Webinar follow-up']).toMatchObject({ status: 2, is_draft: false, archived: false });
    expect(campaigns['Year-end Promo']).toMatchObject({ status: 2, archived: true });
    const cto = campaigns['Q1 CTO Outreach'];
    expect(cto).toMatchObject({ status: 1, is_draft: false, archived: false });
    const emailNodes = cto.nodes.filter((n: { type: string }) => n.type === 'emailNode');
    expect(emailNodes.length).toBe(3);
    // The edges chain every node from the start node.
    expect(cto.edges.length).toBe(cto.nodes.length - 1);
    const ids = new Set(cto.nodes.map((n: { id: string }) => n.id));
    expect(cto.edges.every((e: { source: string; target: string }) => ids.has(e.source) && ids.has(e.target))).toBe(true);

    const visible = (await api.get(`/v2/campaigns?TeamId=${acme.id}&limit=100`)).body.data.map((c: { name: string }) => c.name);
    expect(visible).toContain('Q1 CTO Outreach');
    expect(visible).not.toContain('Year-end Promo');
    expect(visible).not.toContain('Enterprise Expansion: no reply');
    const archived = await api.post('/v1/contact/all').send({ TeamId: acme.id, CampaignId: campaigns['Year-end Promo'].id });
    expect(archived.body.count).toBe(0);
  });

  it('has a campaign with two subsequences', async () => {
    const parent = campaigns['Enterprise Expansion'];
    const subs = (await api.get(`/v2/campaigns/${parent.id}/subsequences`)).body.data;
    expect(subs.map((c: { name: string }) => c.name).sort()).toEqual(['Enterprise Expansion: no reply', 'Enterprise Expansion: opened']);
    expect(subs.every((c: { parentCampaignId: string }) => c.parentCampaignId === parent.id)).toBe(true);
    expect(campaigns['Enterprise Expansion: no reply'].contact_metrics.in_progress).toBe(2);
  });

  it('has contacts in every state, with each bounce category and interest', async () => {
    // 51 enrollments (48 people, 3 of them again in subsequences) less the 4 archived ones.
    expect(await v1Count({})).toBe(47);
    for (const flag of ['verified', 'replied', 'unsubscribed', 'paused', 'finished', 'started_sequence']) {
      expect(await v1Count({ [flag]: true }), flag).toBeGreaterThanOrEqual(2);
      expect(await v1Count({ [flag]: false }), flag).toBeGreaterThanOrEqual(2);
    }
    const bounced = await api.post('/v1/contact/all').send({ TeamId: acme.id, bounced: true, limit: 100 });
    expect(new Set(bounced.body.rows.map((r: { bounce_category: string }) => r.bounce_category))).toEqual(new Set(BOUNCE_CATEGORIES));
    const cto = campaigns['Q1 CTO Outreach'];
    expect(cto.contact_metrics).toMatchObject({ total: 22, not_started: 3 });
    expect(cto.contact_metrics.in_progress).toBeGreaterThan(0);
    expect(cto.contact_metrics.paused).toBe(2);
    for (const interest of INTERESTS) {
      const found = await Promise.all([acme, globex].map(t => api.get(`/v2/contacts?TeamId=${t.id}&interest=${interest}`)));
      expect(found[0].body.pagination.total + found[1].body.pagination.total, interest).toBeGreaterThan(0);
    }
  });

  it('has inbox link clicks on several UTC days, counted once per contact, link and day', async () => {
    const cto = campaigns['Q1 CTO Outreach'];
    expect(cto.reply_link_clicks).toBe(6);
    expect(campaigns['Enterprise Expansion'].reply_link_clicks).toBe(1);
    const clicks = (await api.get(`/v2/campaigns/${cto.id}/inbox-link-clicks?limit=100`)).body.data.clicks;
    expect(clicks.length).toBe(8);
    expect(new Set(clicks.map((c: { clicked_at: string }) => c.clicked_at.slice(0, 10))).size).toBeGreaterThanOrEqual(3);
    expect(clicks.filter((c: { is_first_today: boolean }) => c.is_first_today).length).toBe(6);
    const clicker = await api.get(`/v2/contacts/${clicks[0].contact.id}`);
    expect(clicker.body.data.reply_link_clicked).toBe(true);
  });

  it('has an event log of every kind, newest first', async () => {
    const res = await api.get(`/v2/events?TeamId=${acme.id}&limit=100`);
    expect(res.body.pagination.total).toBeGreaterThan(100);
    const all = [];
    for (let offset = 0; offset < res.body.pagination.total; offset += 100) {
      all.push(...(await api.get(`/v2/events?TeamId=${acme.id}&limit=100&offset=${offset}`)).body.data);
    }
    expect(new Set(all.map(e => e.type))).toEqual(new Set(['contact_added', 'bulk_action', 'sent', 'open', 'click', 'reply', 'bounce', 'unsubscribe']));
    const dates = all.map(e => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('has a secret-key project with 30 contacts, 7 unsubscribed, most with data', async () => {
    const all = await api.get('/contacts?limit=100');
    expect(all.body.total).toBe(30);
    expect((await api.get('/contacts?subscribed=false')).body.total).toBe(7);
    expect(all.body.data.filter((c: { data: unknown }) => c.data !== null).length).toBe(27);
    expect(all.body.data[0].data === null || typeof all.body.data[0].data === 'object').toBe(true);
  });
});

/** Weekday (Sun, Mon…) and minutes after midnight of `ms` on the wall clock of `zone`. */
const wallFormats = new Map<string, Intl.DateTimeFormat>();
function wallClock(ms: number, zone: string): { weekday: string; minutes: number } {
  let format = wallFormats.get(zone);
  if (!format) wallFormats.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' })));
  const parts = format.formatToParts(ms);
  const part = (type: string) => parts.find(p => p.type === type)!.value;
  return { weekday: part('weekday'), minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

/** Counts by key. */
function tally<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

describe('the demo data set is the campaign engine\'s output', () => {
  let demo: Workspace;
  beforeAll(async () => {
    demo = firsts.get('demo') ?? (await generate('demo')).ws;
  });
  const sentEmails = () => demo.stores.supersend.events.filter(e => e.type === 'sent' && e.channel === 'email');

  it('ends on a frozen clock at DEMO_EPOCH, with ONE engine task at the agenda\'s next due time', () => {
    expect([demo.clock.now(), demo.clock.frozen]).toEqual([DEMO_EPOCH, true]);
    const tasks = demo.scheduler.pending().filter(t => t.label === 'campaign engine');
    expect(tasks.length).toBe(1);
    expect(tasks[0].at).toBeGreaterThan(DEMO_EPOCH);
    expect(demo.stores.engine.stepDue.size).toBeGreaterThan(100);
    // Nothing happened after the clock stops.
    expect(demo.stores.supersend.events.every(e => Date.parse(e.date) <= DEMO_EPOCH)).toBe(true);
  });

  it('sends every email inside its campaign\'s window: Monday to Friday, 08:30–17:30 in the campaign\'s timezone', () => {
    const sent = sentEmails();
    expect(sent.length).toBeGreaterThan(5000);
    const outside = sent.filter(e => {
      const campaign = demo.stores.supersend.campaigns.get(e.campaign_id!)!;
      const { weekday, minutes } = wallClock(Date.parse(e.date), campaign.settings.timezone!);
      return weekday === 'Sat' || weekday === 'Sun' || minutes < 8 * 60 + 30 || minutes >= 17 * 60 + 30;
    });
    expect(outside).toEqual([]);
  });

  it('keeps every sender under its daily limits, which shaped the sending', () => {
    const senders = demo.stores.senders.senders;
    const sent = sentEmails();
    const day = (e: (typeof sent)[number]) => dayKey(Date.parse(e.date), senderZone(demo, senders.get(e.sender_id!)!));
    const perSender = tally(sent, e => `${e.sender_id} ${day(e)}`);
    const perCampaign = tally(sent, e => `${e.sender_id} ${e.campaign_id} ${day(e)}`);
    for (const [key, n] of perSender) expect(n, key).toBeLessThanOrEqual(senders.get(key.split(' ')[0])!.global_max_per_day);
    for (const [key, n] of perCampaign) expect(n, key).toBeLessThanOrEqual(senders.get(key.split(' ')[0])!.max_per_day);
    // Some sender reached its limit for a campaign on some day (contacts then waited for the next day).
    expect([...perCampaign].some(([key, n]) => n === senders.get(key.split(' ')[0])!.max_per_day)).toBe(true);
  });

  it('has the outcomes the engagement model drew, in the inbox and on the blacklist', () => {
    const enrollments = [...demo.stores.supersend.enrollments.values()];
    const count = (flag: 'opened' | 'clicked' | 'replied' | 'bounced' | 'unsubscribed' | 'paused') => enrollments.filter(e => e[flag]).length;
    expect(count('opened')).toBeGreaterThan(1000);
    for (const flag of ['clicked', 'replied', 'bounced', 'unsubscribed', 'paused'] as const) expect(count(flag), flag).toBeGreaterThan(10);
    // Every reply is in the contact's email conversation.
    for (const e of enrollments.filter(x => x.replied)) {
      const conversation = conversationOf(demo, e.profile_id, 'email');
      expect(conversation, e.id).toBeDefined();
      expect(threadOf(demo, conversation!).some(m => !m.is_from_self)).toBe(true);
    }
    // Hard bounces put the address on the team's blacklist (blacklistIfBounced is on).
    const hard = enrollments.filter(e => e.bounced && e.bounce_category !== 'soft');
    expect(hard.length).toBeGreaterThan(50);
    for (const e of hard) {
      expect(demo.stores.supersend.campaigns.get(e.campaign_id)!.settings.blacklistIfBounced).toBe(true);
      expect(isBlacklisted(demo, { email: e.email, teamId: e.team_id, campaignId: e.campaign_id }), e.email!).toBeTruthy();
    }
    // LinkedIn steps acted through the teams' connected identities.
    expect(demo.stores.supersend.events.filter(e => e.type === 'sent' && e.channel === 'linkedin').length).toBeGreaterThan(100);
  });

  it('has inbox link clicks only in answers the team sent to contacts who replied', () => {
    const clicks = demo.stores.linkClicks.clicks;
    expect(clicks.length).toBeGreaterThan(100);
    for (const click of clicks) {
      const e = demo.stores.supersend.enrollments.get(click.contact_id)!;
      expect(e.replied).toBe(true);
      const conversation = conversationOf(demo, e.profile_id, 'email')!;
      expect(click.conversation_id).toBe(conversation.id);
      const answer = threadOf(demo, conversation).find(m => m.id === click.conversation_message_id);
      expect(answer?.is_from_self).toBe(true);
      expect(Date.parse(answer!.timestamp)).toBeLessThan(click.at);
    }
  });
});

describe('the demo data set over HTTP', () => {
  let api: TestApi;
  let teams: { id: string }[];
  beforeAll(async () => {
    api = await createTestApi({ dataSet: 'demo' });
    teams = (await api.get('/v2/teams')).body.data;
  });

  const campaignsOf = async () => {
    const lists = await Promise.all(teams.map(t => api.get(`/v2/campaigns?TeamId=${t.id}&archived=true&include_subsequences=true&limit=100`)));
    return lists.flatMap(res => res.body.data as Record<string, any>[]);
  };
  const sentCount = async () => {
    const counts = await Promise.all(teams.map(t => api.get(`/v2/events?TeamId=${t.id}&type=sent&limit=1`)));
    return counts.reduce((n, res) => n + res.body.pagination.total, 0);
  };

  it('has campaigns in every state, with contacts not started, in progress and finished', async () => {
    const campaigns = await campaignsOf();
    expect(campaigns.length).toBe(19);
    const state = (c: Record<string, any>) => (c.archived ? 'archived' : c.is_draft ? 'draft' : c.status === 1 ? 'active' : 'inactive');
    expect(new Set(campaigns.map(state))).toEqual(new Set(['active', 'inactive', 'draft', 'archived']));
    const total = (field: string) => campaigns.reduce((n, c) => n + c.contact_metrics[field], 0);
    for (const field of ['not_started', 'in_progress', 'finished', 'paused']) expect(total(field), field).toBeGreaterThan(0);
    // Running campaigns are mid-way: some contacts still in their sequence, some through it.
    for (const c of campaigns.filter(x => state(x) === 'active' && !x.parentCampaignId)) {
      expect(c.contact_metrics.in_progress, c.name).toBeGreaterThan(0);
      expect(c.contact_metrics.finished, c.name).toBeGreaterThan(0);
    }
  });

  it('has non-zero V1 overview metrics for every active campaign', async () => {
    let linkedin = 0;
    for (const team of teams) {
      const rows = (await api.get(`/v1/campaigns/overview?TeamId=${team.id}&includeMetrics=true`)).body.campaigns as Record<string, any>[];
      for (const row of rows.filter(r => r.status === 1 && !r.is_draft)) {
        expect([row.contactedCount, row.emailSentCount, row.openCount].every(n => n > 0), JSON.stringify(row)).toBe(true);
        linkedin += row.linkedInSentCount;
      }
    }
    expect(linkedin).toBeGreaterThan(0);
  });

  it('carries its running campaigns on: advancing the clock a day sends more emails', async () => {
    const clock = (await api.get('/__sandbox/clock')).body.data;
    expect([clock.now, clock.frozen]).toEqual([new Date(DEMO_EPOCH).toISOString(), true]);
    const before = await sentCount();
    await api.post('/__sandbox/clock/advance').send({ seconds: 24 * 60 * 60 });
    expect(await sentCount()).toBeGreaterThan(before + 100);
  });
});

describe('choosing a data set', () => {
  it('refuses an unknown name, listing the names', async () => {
    await expect(createSandbox({ dataSet: 'nope' })).rejects.toThrow(/unknown data set "nope".*default, demo, large:<n>/);
    for (const bad of ['large', 'large:0', 'large:-1', 'large:1e3', 'large:10000001', 'large:5:', 'large:5:-1', 'large:5:07', 'large:5:10000001', 'Default', '__proto__', 'constructor']) {
      expect(() => resolveDataSet(bad), bad).toThrow(/unknown data set/);
    }
  });

  it('opens every workspace, on-demand ones included, from the chosen data set', async () => {
    const api = await createTestApi({ dataSet: 'large:40' });
    for (const client of [api, api.as('test_large')]) {
      const teams = (await client.get('/v2/teams')).body;
      expect(teams.pagination.total).toBe(4);
      const contacts = await client.get(`/v2/contacts?TeamId=${teams.data[0].id}`);
      expect(contacts.body.pagination.total).toBe(10);
      // The V1 rows show the sequence position the generator set (checked against the contract).
      const v1 = await client.post('/v1/contact/all').send({ TeamId: teams.data[0].id, started_sequence: true, limit: 100 });
      expect(v1.body.count).toBeGreaterThan(0);
    }
    expect((await api.get('/contacts')).body.total).toBe(4);
  });

  it('takes the secret-key contact count of large:<n>:<m>', async () => {
    const dataSet = await loadDataSet('large:3:25');
    const ws = createWorkspace({ id: 'default', seed: 'sendbox' });
    dataSet.populate(ws);
    expect([ws.stores.supersend.profiles.size, ws.stores.skProject.contacts.size]).toEqual([3, 25]);
  });

  it('starts empty with seedData: false whatever the data set', async () => {
    const api = await createTestApi({ seedData: false, dataSet: 'demo' });
    expect((await api.get('/v2/teams')).body.pagination.total).toBe(0);
  });
});

describe('sendbox --seed', () => {
  /** Runs the command until it listens (answers its URL) or exits (answers null). */
  function run(args: string[]): Promise<{ url: string | null; output: string; stop: () => Promise<void> }> {
    const cli = startCli(['--port', '0', ...args]);
    const stop = async () => {
      cli.child.kill('SIGTERM');
      await cli.exited;
    };
    return cli.url.then(
      url => ({ url, output: cli.output(), stop }),
      () => ({ url: null, output: cli.output(), stop }),
    );
  }

  it('starts from the named data set, and refuses an unknown one with the list of names', async () => {
    const [good, bad] = await Promise.all([run(['--seed', 'large:8:5']), run(['--data', 'nope'])]);
    try {
      expect(good.output).toContain('data: large:8:5');
      const teams = await fetch(`${good.url}/v2/teams`, { headers: { authorization: 'Bearer sandbox_key' } });
      expect(((await teams.json()) as { pagination: { total: number } }).pagination.total).toBe(4);
      const sk = await fetch(`${good.url}/contacts`, { headers: { authorization: 'Bearer sk_sandbox' } });
      expect(((await sk.json()) as { total: number }).total).toBe(5);
    } finally {
      await good.stop();
    }
    expect(bad.url).toBeNull();
    expect(bad.output).toMatch(/unknown data set "nope": use one of default, demo, large:<n>/);
  });
});
