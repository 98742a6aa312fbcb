/**
 * The sending rules of the campaign engine over HTTP, on a frozen clock (README "Campaign engine"): which
 * sender sends (kept once assigned, the campaign's eligible senders, fewest sends today, ties by id), the
 * senders' daily limits and campaign ramp, the campaign's sending schedule (days, hours, timezone), the
 * blacklist before each send, `scheduled` events for emails queued for later, and the counters in the
 * snapshot. Event dates prove when each email went out.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { EVERY_DAY, contactRow, teamEvents, advanceClock, enroll, newCampaign, newSender, newTeam, setClock, type Json } from '../support/fixtures.js';

const MONDAY_9 = '2026-03-02T09:00:00.000Z';
const HOUR = 3600;
const DAY = 24 * HOUR;

/** start → one email → stop. */
const ONE_EMAIL = {
  nodes: [
    { id: 'start', type: 'startNode', data: {} },
    { id: 'e1', type: 'emailNode', data: { subject_a: 'Hello' } },
  ],
  edges: [{ id: 'a', source: 'start', target: 'e1' }],
};

/** start → email 1 → wait 2 days → email 2. */
const TWO_EMAILS = {
  nodes: [
    { id: 'start', type: 'startNode', data: {} },
    { id: 'e1', type: 'emailNode', data: { subject_a: 'Hello' } },
    { id: 'w1', type: 'waitNode', data: { wait: 2, wait_unit: 'days' } },
    { id: 'e2', type: 'emailNode', data: { subject_a: 'Following up' } },
  ],
  edges: [
    { id: 'a', source: 'start', target: 'e1' },
    { id: 'b', source: 'e1', target: 'w1' },
    { id: 'c', source: 'w1', target: 'e2' },
  ],
};

let api: TestApi;
let team: string;

// A worker's first sandbox compiles the response checker: paid once here, so each test's setup stays quick.
beforeAll(async () => {
  await createTestApi({ seedData: false });
}, 120_000);

async function freshSandbox(): Promise<{ api: TestApi; team: string }> {
  const sandbox = await createTestApi({ seedData: false });
  expect((await sandbox.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
  await setClock(sandbox, MONDAY_9);
  expect((await sandbox.put('/__sandbox/engagement').send({ open_rate: 0, click_rate: 0, reply_rate: 0, autoresponse_rate: 0, bounce_rate: 0, unsubscribe_rate: 0 })).status).toBe(200);
  return { api: sandbox, team: (await newTeam(sandbox, { name: 'Northwind Outbound' })).id };
}

beforeEach(async () => {
  ({ api, team } = await freshSandbox());
});

/** A campaign with `sequence` and `settings` (every day unless they say otherwise), activated. */
async function activeCampaign(sequence: Json = ONE_EMAIL, settings: Json = {}): Promise<string> {
  const campaign = await newCampaign(api, team, 'Outreach', { days: EVERY_DAY, ...sequence, ...settings });
  const res = await api.patch(`/v2/campaigns/${campaign.id}`).send({ status: 1, is_draft: false });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return campaign.id;
}

async function patchSender(id: string, body: Json): Promise<Json> {
  const res = await api.patch(`/v2/senders/${id}`).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.data;
}

const contact = (id: string) => contactRow(api, id);

/** The events of `query`, oldest first. */
const events = async (query: string) => (await teamEvents(api, team, query)).reverse();

/** Each contact's `sent` events as `date sender-email`. */
async function sends(contactId: string): Promise<string[]> {
  return (await events(`ContactId=${contactId}&type=sent`)).map(e => `${e.date} ${e.sender?.email}`);
}

/** Advances the workspace clock to `at` (running what falls due on the way). */
async function advanceTo(at: string): Promise<void> {
  const now = (await api.get('/__sandbox/clock')).body.data.now;
  await advanceClock(api, (Date.parse(at) - Date.parse(now)) / 1000);
}

async function enrollAll(campaign: string, emails: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const email of emails) ids.push((await enroll(api, { TeamId: team, CampaignId: campaign, email })).id);
  return ids;
}

describe('which sender sends', () => {
  it('an unassigned contact gets the eligible sender with the fewest sends today, ties by id, and keeps it', async () => {
    const [low, high] = [newSender(api, team, 'ann@northwind.test'), newSender(api, team, 'bob@northwind.test')].sort((a, b) => (a.id < b.id ? -1 : 1));
    const campaign = await activeCampaign(TWO_EMAILS);
    const [c1, c2, c3] = await enrollAll(campaign, ['p1@ex.test', 'p2@ex.test', 'p3@ex.test']);
    await advanceClock(api, 1);
    const at = '2026-03-02T09:00:01.000Z';
    expect(await sends(c1)).toEqual([`${at} ${low.email}`]);
    expect(await sends(c2)).toEqual([`${at} ${high.email}`]);
    expect(await sends(c3)).toEqual([`${at} ${low.email}`]);
    expect(await contact(c2)).toMatchObject({ SenderId: high.id });

    // Two days later every contact's follow-up comes from its own sender, whatever the counts say.
    await advanceClock(api, 2 * DAY);
    const later = '2026-03-04T09:00:01.000Z';
    expect(await sends(c1)).toEqual([`${at} ${low.email}`, `${later} ${low.email}`]);
    expect(await sends(c2)).toEqual([`${at} ${high.email}`, `${later} ${high.email}`]);
    expect(await sends(c3)).toEqual([`${at} ${low.email}`, `${later} ${low.email}`]);
  });

  it('V1 reassign_active_sender changes the sender of the next email', async () => {
    const ann = newSender(api, team, 'ann@northwind.test');
    const campaign = await activeCampaign(TWO_EMAILS);
    const [c] = await enrollAll(campaign, ['p1@ex.test']);
    await advanceClock(api, 1);
    const bob = newSender(api, team, 'bob@northwind.test');
    const res = await api.post('/v1/contact/bulk-action').send({ action: 'reassign_active_sender', campaign_id: campaign, contact_ids: [c], sender_id: bob.id });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    await advanceClock(api, 2 * DAY);
    expect(await sends(c)).toEqual([`2026-03-02T09:00:01.000Z ${ann.email}`, `2026-03-04T09:00:01.000Z ${bob.email}`]);
  });

  it('a campaign with SenderIds (V1) sends only through those', async () => {
    newSender(api, team, 'ann@northwind.test');
    const bob = newSender(api, team, 'bob@northwind.test');
    const campaign = await activeCampaign();
    const put = await api.put(`/v1/campaign/${campaign}`).send({ TeamId: team, CampaignId: campaign, SenderIds: [bob.id] });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const ids = await enrollAll(campaign, ['p1@ex.test', 'p2@ex.test', 'p3@ex.test']);
    await advanceClock(api, 1);
    for (const id of ids) expect(await sends(id)).toEqual([`2026-03-02T09:00:01.000Z ${bob.email}`]);
  });

  it('a disabled sender is not used; without an eligible sender the step waits an hour with reason NO_ACTIVE_SENDER', async () => {
    const ann = newSender(api, team, 'ann@northwind.test');
    const bob = newSender(api, team, 'bob@northwind.test');
    await patchSender(ann.id, { disabled: true });
    const campaign = await activeCampaign();
    const [c1, c2] = await enrollAll(campaign, ['p1@ex.test', 'p2@ex.test']);
    await advanceClock(api, 1);
    expect(await sends(c1)).toEqual([`2026-03-02T09:00:01.000Z ${bob.email}`]);
    expect(await sends(c2)).toEqual([`2026-03-02T09:00:01.000Z ${bob.email}`]);

    await patchSender(bob.id, { disabled: true });
    const [c3] = await enrollAll(campaign, ['p3@ex.test']);
    await advanceClock(api, 1);
    expect(await contact(c3)).toMatchObject({ status: 'queued', reason: 'NO_ACTIVE_SENDER', next_step: '2026-03-02T10:00:02.000Z', node_id: 'e1' });
    await advanceClock(api, 2 * HOUR);
    expect(await sends(c3)).toEqual([]);
    // Put off again and again, the step has one `scheduled` event, from the first time.
    expect((await events(`ContactId=${c3}`)).map(e => e.type)).toEqual(['contact_added', 'scheduled']);

    await patchSender(ann.id, { disabled: false });
    await advanceClock(api, HOUR);
    expect(await sends(c3)).toEqual([`2026-03-02T12:00:02.000Z ${ann.email}`]);
    expect(await contact(c3)).toMatchObject({ reason: null, finished: true, SenderId: ann.id });
  });
});

describe('warm-up', () => {
  it('spends max_warm_per_day of global_max_per_day while the sender warms up; off, the whole of it goes to campaigns', async () => {
    const ann = newSender(api, team, 'ann@northwind.test');
    await patchSender(ann.id, { max_per_day: 10, global_max_per_day: 6, max_warm_per_day: 4, warm: true });
    const campaign = await activeCampaign();
    const ids = await enrollAll(campaign, ['p1@ex.test', 'p2@ex.test', 'p3@ex.test', 'p4@ex.test', 'p5@ex.test']);
    await advanceClock(api, 1);
    const sentCount = async () => (await Promise.all(ids.map(sends))).filter(s => s.length > 0).length;
    expect(await sentCount()).toBe(2);
    expect(await contact(ids[2])).toMatchObject({ reason: 'DAILY_LIMIT', next_step: '2026-03-03T00:00:00.000Z' });
    await patchSender(ann.id, { warm: false });
    await advanceClock(api, DAY);
    expect(await sentCount()).toBe(5);
  });
});

describe('a disabled assigned sender', () => {
  async function profile(senderIds: string[], strategy: boolean): Promise<void> {
    const res = await api.post('/v2/sender-profiles').send({ team_id: team, name: 'Rotation', sender_ids: senderIds, sender_disable_strategy: strategy });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }

  /** Two senders in one profile; the contact's first email goes from `ann`, who is then disabled for two days. */
  async function disableAssigned(strategy: boolean) {
    const [ann, bob] = [newSender(api, team, 'ann@northwind.test'), newSender(api, team, 'bob@northwind.test')].sort((a, b) => (a.id < b.id ? -1 : 1));
    await profile([ann.id, bob.id], strategy);
    const campaign = await activeCampaign(TWO_EMAILS);
    const [c] = await enrollAll(campaign, ['p1@ex.test']);
    await advanceClock(api, 1);
    await patchSender(ann.id, { disabled: true });
    await advanceClock(api, 2 * DAY);
    return { ann, bob, c };
  }

  it('keeps its contacts waiting (SENDER_DISABLED, hourly) until it is enabled again', async () => {
    const { ann, c } = await disableAssigned(false);
    expect(await contact(c)).toMatchObject({ status: 'queued', reason: 'SENDER_DISABLED', next_step: '2026-03-04T10:00:01.000Z', SenderId: ann.id });
    await patchSender(ann.id, { disabled: false });
    await advanceClock(api, HOUR);
    expect(await sends(c)).toEqual([`2026-03-02T09:00:01.000Z ${ann.email}`, `2026-03-04T10:00:01.000Z ${ann.email}`]);
  });

  it("hands its contacts on to another sender when its profile's sender_disable_strategy is on", async () => {
    const { ann, bob, c } = await disableAssigned(true);
    expect(await sends(c)).toEqual([`2026-03-02T09:00:01.000Z ${ann.email}`, `2026-03-04T09:00:01.000Z ${bob.email}`]);
    expect(await contact(c)).toMatchObject({ reason: null, finished: true, SenderId: bob.id });
  });
});

describe('daily limits', () => {
  it('a sender limited to 2 a day sends the third email at the start of the next day', async () => {
    const ann = newSender(api, team, 'ann@northwind.test');
    await patchSender(ann.id, { max_per_day: 2 });
    const campaign = await activeCampaign();
    const [c1, c2, c3] = await enrollAll(campaign, ['p1@ex.test', 'p2@ex.test', 'p3@ex.test']);
    await advanceClock(api, 1);
    expect(await sends(c1)).toEqual([`2026-03-02T09:00:01.000Z ${ann.email}`]);
    expect(await sends(c2)).toEqual([`2026-03-02T09:00:01.000Z ${ann.email}`]);
    expect(await sends(c3)).toEqual([]);
    expect(await contact(c3)).toMatchObject({ status: 'queued', reason: 'DAILY_LIMIT', next_step: '2026-03-03T00:00:00.000Z' });
    const state = (await api.get('/__sandbox/state')).body.supersend.engine;
    expect(state.sender_days).toEqual([{ sender_id: ann.id, day: '2026-03-02', sent: 2, campaigns: { [campaign]: 2 } }]);
    expect(state.campaign_days).toEqual([{ campaign_id: campaign, day: '2026-03-02', sent: 2 }]);

    await advanceClock(api, 15 * HOUR - 2);
    expect(await sends(c3)).toEqual([]);
    await advanceClock(api, 1);
    expect(await sends(c3)).toEqual([`2026-03-03T00:00:00.000Z ${ann.email}`]);
    expect(await contact(c3)).toMatchObject({ reason: null, finished: true });
  });

  it('the day ends at midnight in the sender profile\'s timezone', async () => {
    const ann = newSender(api, team, 'ann@northwind.test');
    await patchSender(ann.id, { max_per_day: 1 });
    const profile = await api.post('/v2/sender-profiles').send({ team_id: team, name: 'Ann rotation', sender_ids: [ann.id] });
    expect(profile.status, JSON.stringify(profile.body)).toBe(201);
    // Setup standing in for the data sets: no request sets a profile's timezone.
    api.sandbox.workspace('default')!.stores.senderProfiles.profiles.get(profile.body.data.id)!.timezone = 'America/New_York';
    const campaign = await activeCampaign();
    const [, c2] = await enrollAll(campaign, ['p1@ex.test', 'p2@ex.test']);
    await advanceClock(api, 1);
    // 09:00 UTC is 04:00 in New York (EST): the next day there starts at 05:00 UTC.
    expect(await contact(c2)).toMatchObject({ reason: 'DAILY_LIMIT', next_step: '2026-03-03T05:00:00.000Z' });
    await advanceClock(api, DAY);
    expect(await sends(c2)).toEqual([`2026-03-03T05:00:00.000Z ${ann.email}`]);
  });

  it('global_max_per_day caps a sender across campaigns; the campaign\'s max_per_day caps the campaign', async () => {
    const ann = newSender(api, team, 'ann@northwind.test');
    await patchSender(ann.id, { max_per_day: 5, global_max_per_day: 3, warm: false });
    const one = await activeCampaign();
    const two = await activeCampaign();
    expect((await api.patch(`/v2/campaigns/${two}`).send({ max_per_day: 1 })).status).toBe(200);
    const inOne = await enrollAll(one, ['a1@ex.test', 'a2@ex.test', 'a3@ex.test']);
    const inTwo = await enrollAll(two, ['b1@ex.test', 'b2@ex.test']);
    await advanceClock(api, 1);
    const sentMonday = async (ids: string[]) => (await Promise.all(ids.map(sends))).filter(s => s.length > 0).length;
    expect(await sentMonday(inOne)).toBe(3);
    expect(await sentMonday(inTwo)).toBe(0);
    expect(await contact(inTwo[0])).toMatchObject({ reason: 'DAILY_LIMIT', next_step: '2026-03-03T00:00:00.000Z' });
    await advanceClock(api, DAY);
    expect(await sends(inTwo[0])).toEqual([`2026-03-03T00:00:00.000Z ${ann.email}`]);
    expect(await sends(inTwo[1])).toEqual([]);
    expect(await contact(inTwo[1])).toMatchObject({ reason: 'CAMPAIGN_DAILY_LIMIT', next_step: '2026-03-04T00:00:00.000Z' });
  });

  it('a campaign ramp starts at its start volume on the first send day and grows linearly to max_per_day', async () => {
    const ann = newSender(api, team, 'ann@northwind.test');
    await patchSender(ann.id, { max_per_day: 10, campaign_ramp_enabled: true, campaign_ramp_start_volume: 2, campaign_ramp_duration_days: 4 });
    const campaign = await activeCampaign();
    const ids = await enrollAll(campaign, Array.from({ length: 20 }, (_, i) => `p${i}@ex.test`));
    await advanceClock(api, 1);
    expect((await api.get(`/v2/senders/${ann.id}`)).body.data).toMatchObject({ campaign_ramp_first_send_date: '2026-03-02T09:00:01.000Z' });
    await advanceClock(api, 3 * DAY);
    const byDay = new Map<string, number>();
    for (const id of ids) for (const s of await sends(id)) byDay.set(s.slice(0, 10), (byDay.get(s.slice(0, 10)) ?? 0) + 1);
    // Day 1: 2; day 2: 2 + 8·1/4 = 4; day 3: 6; day 4: 8 (of 10 once the 4 days are over).
    expect([...byDay]).toEqual([['2026-03-02', 2], ['2026-03-03', 4], ['2026-03-04', 6], ['2026-03-05', 8]]);
  });
});

describe('the sending schedule', () => {
  it('an email due on Saturday waits for Monday\'s first hour in the campaign\'s timezone (across the DST change)', async () => {
    const ann = newSender(api, team, 'ann@northwind.test');
    await setClock(api, '2026-03-07T15:00:00.000Z');
    const campaign = await activeCampaign(ONE_EMAIL, {
      days: { monday: true, tuesday: true, wednesday: true, thursday: true, friday: true }, hours: [{ start: '09:00', end: '17:00' }], timezone: 'America/New_York',
    });
    const [c] = await enrollAll(campaign, ['p1@ex.test']);
    await advanceClock(api, 1);
    // Monday 9 March, 09:00 in New York: EDT since Sunday, so 13:00 UTC.
    expect(await contact(c)).toMatchObject({ status: 'queued', next_step: '2026-03-09T13:00:00.000Z', reason: null });
    const [scheduled] = await events(`ContactId=${c}&type=scheduled`);
    expect(scheduled).toMatchObject({ date: '2026-03-07T15:00:01.000Z', sequence_step: 2, subject: 'Hello', details: { node_id: 'e1', scheduled_for: '2026-03-09T13:00:00.000Z' } });
    await advanceClock(api, 2 * DAY);
    expect(await sends(c)).toEqual([`2026-03-09T13:00:00.000Z ${ann.email}`]);
    expect((await events(`ContactId=${c}`)).map(e => e.type)).toEqual(['contact_added', 'scheduled', 'sent']);
  });

  it('outside the hours it waits for the next opening; the default schedule is Monday to Friday, UTC', async () => {
    const ann = newSender(api, team, 'ann@northwind.test');
    await setClock(api, '2026-03-02T18:30:00.000Z');
    const hours = await activeCampaign(ONE_EMAIL, { hours: [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '18:00' }] });
    const weekdays = await activeCampaign(ONE_EMAIL, { days: undefined });
    const [c1] = await enrollAll(hours, ['p1@ex.test']);
    await advanceClock(api, 1);
    expect(await contact(c1)).toMatchObject({ next_step: '2026-03-03T08:00:00.000Z' });
    await advanceTo('2026-03-07T10:00:00.000Z');
    expect(await sends(c1)).toEqual([`2026-03-03T08:00:00.000Z ${ann.email}`]);
    const [c2] = await enrollAll(weekdays, ['p2@ex.test']);
    await advanceClock(api, 1);
    expect(await contact(c2)).toMatchObject({ next_step: '2026-03-09T00:00:00.000Z' });
    await advanceTo('2026-03-09T00:00:00.000Z');
    expect(await sends(c2)).toEqual([`2026-03-09T00:00:00.000Z ${ann.email}`]);
  });
});

describe('the campaign end date', () => {
  it('stops the sequence once passed (steps park with CAMPAIGN_ENDED); a later end date takes them up again', async () => {
    const ann = newSender(api, team, 'ann@northwind.test');
    const campaign = await activeCampaign(TWO_EMAILS, { end: '2026-03-03T09:00:00.000Z' });
    const [c] = await enrollAll(campaign, ['p1@ex.test']);
    await advanceClock(api, 3 * DAY);
    expect(await sends(c)).toEqual([`2026-03-02T09:00:01.000Z ${ann.email}`]);
    expect(await contact(c)).toMatchObject({ status: 'idle', reason: 'CAMPAIGN_ENDED', finished: false });

    const res = await api.patch(`/v2/campaigns/${campaign}`).send({ end: '2026-03-31T00:00:00.000Z' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    await advanceClock(api, 2);
    expect(await sends(c)).toEqual([`2026-03-02T09:00:01.000Z ${ann.email}`, `2026-03-05T09:00:01.000Z ${ann.email}`]);
    expect(await contact(c)).toMatchObject({ reason: null, finished: true });
  });
});

describe('the blacklist before every send', () => {
  const ENTRIES: [string, (campaign: string) => Json][] = [
    ['organisation', () => ({ item: 'lee@rival.test', level: 'organization' })],
    ['team', () => ({ item: 'lee@rival.test', level: 'team', team_id: team })],
    ['campaign', campaign => ({ item: 'lee@rival.test', level: 'campaign', campaign_id: campaign })],
    ['domain (team)', () => ({ item: 'rival.test', level: 'team', team_id: team })],
  ];
  it.each(ENTRIES)('a %s entry blocks the send: no sent event, the contact finishes with reason BLACKLISTED', async (_scope, entry) => {
    const ann = newSender(api, team, 'ann@northwind.test');
    const campaign = await activeCampaign(TWO_EMAILS);
    const [lee, kim] = await enrollAll(campaign, ['lee@rival.test', 'kim@other.test']);
    const added = await api.post('/v2/blacklist').send(entry(campaign));
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    await advanceClock(api, 1);
    expect(await sends(lee)).toEqual([]);
    expect((await events(`ContactId=${lee}`)).map(e => e.type)).toEqual(['contact_added']);
    expect(await contact(lee)).toMatchObject({ finished: true, reason: 'BLACKLISTED', status: 'idle', next_step: null, node_id: 'e1' });
    expect(await sends(kim)).toEqual([`2026-03-02T09:00:01.000Z ${ann.email}`]);
    await advanceClock(api, 3 * DAY);
    expect(await sends(lee)).toEqual([]);
  });

  it('an entry added after the first email blocks the follow-up', async () => {
    newSender(api, team, 'ann@northwind.test');
    const campaign = await activeCampaign(TWO_EMAILS);
    const [lee] = await enrollAll(campaign, ['lee@rival.test']);
    await advanceClock(api, 1);
    expect((await api.post('/v2/blacklist').send({ item: 'rival.test', level: 'organization' })).status).toBe(201);
    await advanceClock(api, 2 * DAY);
    expect((await events(`ContactId=${lee}`)).map(e => e.type)).toEqual(['contact_added', 'sent', 'scheduled']);
    expect(await contact(lee)).toMatchObject({ finished: true, reason: 'BLACKLISTED', node_id: 'e2' });
  });
});

describe('scheduled events', () => {
  it('an email queued for later is scheduled when the contact reaches it, then sent when due', async () => {
    const ann = newSender(api, team, 'ann@northwind.test');
    const campaign = await activeCampaign(TWO_EMAILS);
    const [c] = await enrollAll(campaign, ['p1@ex.test']);
    await advanceClock(api, 1);
    await advanceClock(api, 2 * DAY);
    const log = (await events(`ContactId=${c}&channel=email`)).filter(e => e.type !== 'contact_added').map(e => ({ type: e.type, date: e.date, step: e.sequence_step, subject: e.subject, details: e.details, sender: e.sender_id }));
    expect(log).toEqual([
      { type: 'sent', date: '2026-03-02T09:00:01.000Z', step: 2, subject: 'Hello', details: { node_id: 'e1', variant: 'A' }, sender: ann.id },
      { type: 'scheduled', date: '2026-03-02T09:00:01.000Z', step: 4, subject: 'Following up', details: { node_id: 'e2', scheduled_for: '2026-03-04T09:00:01.000Z' }, sender: ann.id },
      { type: 'sent', date: '2026-03-04T09:00:01.000Z', step: 4, subject: 'Following up', details: { node_id: 'e2', variant: 'A' }, sender: ann.id },
    ]);
    expect(await events('type=scheduled')).toHaveLength(1);
  });
});

describe('snapshot and determinism', () => {
  /** Two senders (one limited to 2 a day), a blacklisted domain, a Monday–Friday 09:00–17:00 schedule, 8 contacts, 4 days. */
  async function scenario(sandbox: TestApi, teamId: string): Promise<void> {
    const ann = newSender(sandbox, teamId, 'ann@northwind.test');
    newSender(sandbox, teamId, 'bob@northwind.test', { max_per_day: 3 });
    expect((await sandbox.patch(`/v2/senders/${ann.id}`).send({ max_per_day: 2 })).status).toBe(200);
    await sandbox.put('/__sandbox/engagement').send({ open_rate: 0.5, reply_rate: 0.2, bounce_rate: 0.1 });
    const cp = (await sandbox.post('/v2/campaigns').send({ TeamId: teamId, name: 'C', ...TWO_EMAILS, hours: [{ start: '09:00', end: '17:00' }] })).body.data.id;
    await sandbox.patch(`/v2/campaigns/${cp}`).send({ status: 1, is_draft: false });
    await sandbox.post('/v2/blacklist').send({ item: 'rival.test', level: 'team', team_id: teamId });
    for (let i = 0; i < 8; i++) await sandbox.post('/v2/contacts').send({ TeamId: teamId, CampaignId: cp, email: i === 3 ? 'x@rival.test' : `p${i}@ex.test` });
    await sandbox.post('/__sandbox/clock/advance').send({ seconds: 4 * DAY });
  }

  async function exported(sandbox: TestApi): Promise<Json> {
    const state = (await sandbox.get('/__sandbox/state')).body;
    delete state.exported_at;
    return state;
  }

  it('two sandboxes with the same seed and steps export identical state', async () => {
    const first = await freshSandbox();
    await scenario(first.api, first.team);
    const second = await freshSandbox();
    await scenario(second.api, second.team);
    const a = await exported(first.api);
    expect(await exported(second.api)).toEqual(a);
    expect(a.supersend.engine.sender_days).toHaveLength(2);
    const types = new Set(a.supersend.events.map((e: Json) => e.type));
    expect([...types].sort()).toEqual(expect.arrayContaining(['scheduled', 'sent']));
  });

  it('the counters travel in the snapshot: an imported workspace keeps today\'s count', async () => {
    const ann = newSender(api, team, 'ann@northwind.test');
    await patchSender(ann.id, { max_per_day: 2 });
    const campaign = await activeCampaign();
    const [, , c3] = await enrollAll(campaign, ['p1@ex.test', 'p2@ex.test', 'p3@ex.test']);
    await advanceClock(api, 1);
    const snapshot = (await api.get('/__sandbox/state')).body;
    const copy = await createTestApi({ seedData: false });
    expect((await copy.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
    expect((await copy.post('/__sandbox/clock').send({ action: 'set', at: '2026-03-02T12:00:00.000Z' })).status).toBe(200);
    const imported = await copy.put('/__sandbox/state').send(snapshot);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const again = (await copy.get('/__sandbox/state')).body;
    expect(again.supersend.engine).toEqual(snapshot.supersend.engine);

    // Still Monday there: the third contact waits for Tuesday as well.
    expect((await copy.get(`/v2/events?ContactId=${c3}&type=sent`)).body.data).toEqual([]);
    expect((await copy.post('/__sandbox/clock/advance').send({ seconds: DAY })).status).toBe(200);
    expect((await copy.get(`/v2/events?ContactId=${c3}&type=sent`)).body.data.map((e: Json) => e.date)).toEqual(['2026-03-03T00:00:00.000Z']);
  });
});
