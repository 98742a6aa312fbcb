/**
 * The campaign engine over HTTP, on a frozen clock: contacts of an active campaign move through its
 * sequence when the clock is advanced, emails are sent (`sent` events), engagement outcomes follow the
 * address conventions (or POST /__sandbox/engagements), and every view (contact, contact_metrics, V1
 * overview metrics, events) agrees. Nothing moves while the clock stands still.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../support/api.js';
import { EVERY_DAY, contactRow, teamEvents, advanceClock, enroll, newCampaign, newSender, newTeam, setClock, type Json } from '../support/fixtures.js';

const START = '2026-03-02T09:00:00.000Z';
const HOUR = 3600;
const DAY = 24 * HOUR;

let api: TestApi;
let team: string;

/** start → email 1 → wait 2 days → email 2 → stop. */
const TWO_EMAILS = {
  nodes: [
    { id: 'start', type: 'startNode', data: { type: 12 }, position: { x: 0, y: 0 } },
    { id: 'e1', type: 'emailNode', data: { type: 1, subject_a: 'Hello A', body_a: '<p>a</p>', subject_b: 'Hello B', body_b: '<p>b</p>' }, position: { x: 0, y: 1 } },
    { id: 'w1', type: 'waitNode', data: { type: 2, wait: 2, wait_unit: 'days' }, position: { x: 0, y: 2 } },
    { id: 'e2', type: 'emailNode', data: { type: 1, subject_a: 'Following up', body_a: '<p>f</p>' }, position: { x: 0, y: 3 } },
    { id: 'stop', type: 'stopNode', data: { type: 11 }, position: { x: 0, y: 4 } },
  ],
  edges: [
    { id: 'a', source: 'start', target: 'e1', type: 'buttonedge' },
    { id: 'b', source: 'e1', target: 'w1', type: 'buttonedge' },
    { id: 'c', source: 'w1', target: 'e2', type: 'buttonedge' },
    { id: 'd', source: 'e2', target: 'stop', type: 'buttonedge' },
  ],
};

/** A campaign with `sequence`, sending every day, activated (status 1, published). */
async function activeCampaign(sequence: Json = TWO_EMAILS, name = 'Outreach'): Promise<string> {
  const campaign = await newCampaign(api, team, name, { ...sequence, days: EVERY_DAY });
  const res = await api.patch(`/v2/campaigns/${campaign.id}`).send({ status: 1, is_draft: false });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return campaign.id;
}

/** The V1 contact row: engagement flags and the sequence progress (status, node_id, next_step, …). */
const contact = (id: string) => contactRow(api, id);

const events = (query: string) => teamEvents(api, team, query);

/** The contact's events, oldest first, without the `scheduled` events of queued emails (engine-sending.test.ts covers those). */
const typesOf = async (contactId: string) => (await events(`ContactId=${contactId}`)).map(e => e.type).filter(t => t !== 'scheduled').reverse();

async function campaignMetrics(id: string): Promise<Json> {
  return (await api.get(`/v2/campaigns/${id}`)).body.data.contact_metrics;
}

async function overviewMetrics(id: string): Promise<Json> {
  const res = await api.get(`/v1/campaigns/overview?TeamId=${team}&includeMetrics=true`);
  expect(res.status).toBe(200);
  return res.body.campaigns.find((c: Json) => c.id === id);
}

async function quietModel(): Promise<void> {
  const res = await api.put('/__sandbox/engagement').send({ open_rate: 0, click_rate: 0, reply_rate: 0, autoresponse_rate: 0, bounce_rate: 0, unsubscribe_rate: 0 });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

beforeEach(async () => {
  api = await createTestApi({ seedData: false });
  expect((await api.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
  await setClock(api, START);
  team = (await newTeam(api, { name: 'Northwind Outbound' })).id;
  // Campaigns send through their team's senders: one mailbox, far from its daily limit in these tests.
  newSender(api, team, 'alex@northwind.test');
});

describe('the sequence on the workspace clock', () => {
  it('sends nothing while the clock stands still; advancing sends email 1, waits two days, sends email 2 and finishes', async () => {
    await quietModel();
    const campaign = await activeCampaign();
    const c = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ada@analytical.test', first_name: 'Ada' });
    expect(await campaignMetrics(campaign)).toEqual({ total: 1, not_started: 1, in_progress: 0, finished: 0, paused: 0 });
    expect(await typesOf(c.id)).toEqual(['contact_added']);

    await advanceClock(api, 1);
    const after1 = await contact(c.id);
    expect(after1).toMatchObject({ started_sequence: true, finished: false, status: 'queued', node_id: 'e2', next_step: '2026-03-04T09:00:01.000Z', last_node_processed_at: '2026-03-02T09:00:01.000Z' });
    expect(['A', 'B']).toContain(after1.variant);
    const sent = (await events(`ContactId=${c.id}&type=sent`))[0];
    expect(sent).toMatchObject({ type: 'sent', channel: 'email', campaign_id: campaign, contact_id: c.id, sequence_step: 2, date: '2026-03-02T09:00:01.000Z' });
    expect(sent.subject).toBe(`Hello ${after1.variant}`);
    expect(await campaignMetrics(campaign)).toEqual({ total: 1, not_started: 0, in_progress: 1, finished: 0, paused: 0 });

    await advanceClock(api, 2 * DAY - 1);
    expect(await typesOf(c.id)).toEqual(['contact_added', 'sent']);
    await advanceClock(api, 1);
    expect(await typesOf(c.id)).toEqual(['contact_added', 'sent', 'sent']);
    expect(await contact(c.id)).toMatchObject({ finished: true, status: 'idle', next_step: null });
    expect(await campaignMetrics(campaign)).toEqual({ total: 1, not_started: 0, in_progress: 0, finished: 1, paused: 0 });
  });

  it('chooses the variant per contact: the same contact always gets the same one', async () => {
    await quietModel();
    const campaign = await activeCampaign();
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push((await enroll(api, { TeamId: team, CampaignId: campaign, email: `p${i}@ex.test` })).id);
    await advanceClock(api, 1);
    const variants = await Promise.all(ids.map(async id => (await contact(id)).variant));
    expect(new Set(variants)).toEqual(new Set(['A', 'B']));
  });

  it('an ifNode branches on a contact field', async () => {
    await quietModel();
    const campaign = await activeCampaign({
      nodes: [
        { id: 'start', type: 'startNode', data: {} },
        { id: 'if', type: 'ifNode', data: { event: 'country', comparison: '=', comparison_value: 'US' } },
        { id: 'us', type: 'emailNode', data: { subject_a: 'Hi from the US team' } },
        { id: 'eu', type: 'emailNode', data: { subject_a: 'Hi from the EU team' } },
      ],
      edges: [
        { id: 'a', source: 'start', target: 'if' },
        { id: 'b', source: 'if', sourceHandle: 'true', target: 'us' },
        { id: 'c', source: 'if', sourceHandle: 'false', target: 'eu' },
      ],
    });
    const us = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'sam@us.test', country: 'us' });
    const fr = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'luc@fr.test', country: 'FR' });
    await advanceClock(api, 1);
    expect((await events(`ContactId=${us.id}&type=sent`)).map(e => e.subject)).toEqual(['Hi from the US team']);
    expect((await events(`ContactId=${fr.id}&type=sent`)).map(e => e.subject)).toEqual(['Hi from the EU team']);
    expect(await campaignMetrics(campaign)).toMatchObject({ finished: 2 });
  });

  it('V1 steps (no edges) run in step_number order; LinkedIn steps skip with their reason and the contact stays', async () => {
    await quietModel();
    const campaign = await activeCampaign({
      nodes: [
        { id: 's2', type: 'emailNode', data: { step_number: 3, subject_a: 'Second' } },
        { id: 's1', type: 'emailNode', data: { step_number: 1, subject_a: 'First', wait: 1, wait_unit: 'days' } },
        { id: 'li', type: 'linkedinConnectionNode', data: { step_number: 2 } },
      ],
      edges: [],
    });
    const c = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ada@analytical.test' });
    await advanceClock(api, 1);
    expect((await events(`ContactId=${c.id}&type=sent`)).map(e => e.subject)).toEqual(['First']);
    await advanceClock(api, DAY);
    expect((await events(`ContactId=${c.id}&type=sent`)).map(e => e.subject)).toEqual(['Second', 'First']);
    expect(await contact(c.id)).toMatchObject({ reason: 'NO_LINKEDIN_URL', finished: true });
  });
});

describe('free-form sequence data', () => {
  it('reads objects where text is expected as empty, so one odd campaign never halts the others', async () => {
    const odd = await activeCampaign({
      nodes: [
        { id: 'start', type: 'startNode', data: {} },
        { id: 'if', type: 'ifNode', data: { event: { toString: 1 }, comparison: { valueOf: 2 }, comparison_value: { toString: 1 } } },
        { id: 'move', type: 'moveToAnotherCampaignNode', data: { campaign_id: { toString: 1 } } },
      ],
      edges: [{ id: 'a', source: 'start', target: 'if' }, { id: 'b', source: 'if', target: 'move', sourceHandle: 'true' }],
    }, 'Odd');
    const healthy = await activeCampaign(TWO_EMAILS, 'Healthy');
    const a = await enroll(api, { TeamId: team, CampaignId: odd, email: 'ada@ex.test', custom: { plan: { toString: 1 } } });
    const b = await enroll(api, { TeamId: team, CampaignId: healthy, email: 'bo@ex.test' });
    const advanced = await api.post('/__sandbox/clock/advance').send({ seconds: HOUR });
    expect(advanced.status, JSON.stringify(advanced.body)).toBe(200);
    expect(await contact(a.id)).toMatchObject({ finished: true });
    expect(await typesOf(b.id)).toEqual(['contact_added', 'sent']);
  });
});

describe('campaign status', () => {
  it('status 2 stops the campaign; status 1 resumes it where each contact was', async () => {
    await quietModel();
    const campaign = await activeCampaign();
    const c = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ada@analytical.test' });
    await advanceClock(api, 1);
    expect((await api.patch(`/v2/campaigns/${campaign}`).send({ status: 2 })).status).toBe(200);
    await advanceClock(api, 5 * DAY);
    expect(await typesOf(c.id)).toEqual(['contact_added', 'sent']);
    expect(await contact(c.id)).toMatchObject({ finished: false, status: 'idle', node_id: 'e2' });

    expect((await api.patch(`/v2/campaigns/${campaign}`).send({ status: 1 })).status).toBe(200);
    await advanceClock(api, 1);
    expect(await typesOf(c.id)).toEqual(['contact_added', 'sent', 'sent']);
    expect(await contact(c.id)).toMatchObject({ finished: true });
  });

  it('a draft or inactive campaign never sends', async () => {
    const draft = await newCampaign(api, team, 'Draft', TWO_EMAILS);
    const c = await enroll(api, { TeamId: team, CampaignId: draft.id, email: 'ada@analytical.test' });
    await advanceClock(api, 3 * DAY);
    expect(await typesOf(c.id)).toEqual(['contact_added']);
    expect(await contact(c.id)).toMatchObject({ started_sequence: false, status: 'idle' });
  });
});

describe('engagement outcomes', () => {
  it('a reply forced by address: open, reply, finished, interest, metrics and events agree, no further sends', async () => {
    const campaign = await activeCampaign();
    const c = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'interested.ada@analytical.test' });
    await advanceClock(api, 1);
    await advanceClock(api, 3 * HOUR);
    expect(await typesOf(c.id)).toEqual(['contact_added', 'sent', 'open', 'reply']);
    const reply = (await events(`ContactId=${c.id}&type=reply`))[0];
    expect(reply).toMatchObject({ replied: true, replies: 1, campaign_id: campaign, details: { category: 'interested', text: null } });
    expect(await contact(c.id)).toMatchObject({ replied: true, opened: true, interest: 'interested', finished: true, next_step: null });
    expect(await campaignMetrics(campaign)).toEqual({ total: 1, not_started: 0, in_progress: 0, finished: 1, paused: 0 });
    expect(await overviewMetrics(campaign)).toMatchObject({ contactedCount: 1, emailSentCount: 1, openCount: 1, replyCount: 1, bounces: 0, opt_outs: 0 });
    await advanceClock(api, 5 * DAY);
    expect(await typesOf(c.id)).toEqual(['contact_added', 'sent', 'open', 'reply']);
  });

  const FORCED: [string, string[], Json, Json][] = [
    ['reply.bo@ex.test', ['sent', 'open', 'reply'], { replied: true, interest: null, finished: true }, { replyCount: 1 }],
    ['bounce.cy@ex.test', ['sent', 'bounce'], { bounced: true, bounce_category: 'invalid_recipient', finished: true }, { bounces: 1, invalidRecipientBounces: 1 }],
    ['invalid.di@ex.test', ['sent', 'bounce'], { bounced: true, bounce_category: 'invalid_recipient', finished: true }, { bounces: 1, invalidRecipientBounces: 1 }],
    ['softbounce.ed@ex.test', ['sent', 'bounce'], { bounced: true, bounce_category: 'soft', finished: true }, { bounces: 1, softBounces: 1 }],
    ['unsub.fay@ex.test', ['sent', 'open', 'unsubscribe'], { unsubscribed: true, finished: true }, { opt_outs: 1, openCount: 1 }],
    ['ooo.gus@ex.test', ['sent', 'autoresponse'], { paused: true, paused_at: '2026-03-02T09:01:01.000Z', resume_at: '2026-03-07T09:01:01.000Z', finished: false }, { replyCount: 0 }],
    ['silent.hal@ex.test', ['sent'], { opened: false, replied: false, finished: false }, { openCount: 0 }],
  ];
  it.each(FORCED)('%s: %j', async (email, types, fields, metrics) => {
    // Rates at 1 would make every other address engage: the convention wins over the model.
    await api.put('/__sandbox/engagement').send({ open_rate: 1, reply_rate: 1, click_rate: 1 });
    const campaign = await activeCampaign();
    const c = await enroll(api, { TeamId: team, CampaignId: campaign, email });
    await advanceClock(api, 1);
    await advanceClock(api, 1 * DAY);
    expect(await typesOf(c.id)).toEqual(['contact_added', ...types]);
    expect(await contact(c.id)).toMatchObject(fields);
    expect(await overviewMetrics(campaign)).toMatchObject(metrics);
  });

  it('an autoresponse pauses the contact until resume_at, then it continues; V1 resume continues it at once', async () => {
    await quietModel();
    const campaign = await activeCampaign();
    const a = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ooo.ann@ex.test' });
    const b = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ooo.ben@ex.test' });
    await advanceClock(api, 1);
    await advanceClock(api, 2 * DAY);
    expect(await campaignMetrics(campaign)).toEqual({ total: 2, not_started: 0, in_progress: 0, finished: 0, paused: 2 });
    expect(await typesOf(a.id)).toEqual(['contact_added', 'sent', 'autoresponse']);

    const resumed = await api.post('/v1/contact/bulk-action').send({ action: 'resume', campaign_id: campaign, contact_ids: [b.id] });
    expect(resumed.status, JSON.stringify(resumed.body)).toBe(200);
    await advanceClock(api, 1);
    expect(await typesOf(b.id)).toEqual(['contact_added', 'sent', 'autoresponse', 'sent']);
    expect(await typesOf(a.id)).toEqual(['contact_added', 'sent', 'autoresponse']);

    // ann resumes at resume_at (5 days after the autoresponse) and gets the follow-up; ooo again pauses her.
    await advanceClock(api, 3 * DAY - 2);
    expect(await contact(a.id)).toMatchObject({ paused: true, resume_at: '2026-03-07T09:01:01.000Z' });
    expect(await typesOf(a.id)).toEqual(['contact_added', 'sent', 'autoresponse']);
    await advanceClock(api, 61);
    expect(await typesOf(a.id)).toEqual(['contact_added', 'sent', 'autoresponse', 'sent']);
    expect(await contact(a.id)).toMatchObject({ paused: false, finished: true });
    expect((await events(`ContactId=${a.id}&type=sent`))[0].date).toBe('2026-03-07T09:01:01.000Z');
  });

  it('POST /__sandbox/engagements makes one outcome happen now', async () => {
    await quietModel();
    const campaign = await activeCampaign();
    const c = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ada@analytical.test' });
    await advanceClock(api, 1);
    const res = await api.post('/__sandbox/engagements').send({ contact_id: c.id, type: 'reply', category: 'meeting_request', text: 'Tuesday works' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.data).toMatchObject({ type: 'reply', contact_id: c.id, campaign_id: campaign, date: '2026-03-02T09:00:01.000Z', details: { category: 'meeting_request', text: 'Tuesday works' } });
    expect(await contact(c.id)).toMatchObject({ replied: true, interest: 'meeting_request', finished: true, next_step: null });
    await advanceClock(api, 3 * DAY);
    expect(await typesOf(c.id)).toEqual(['contact_added', 'sent', 'reply']);

    const bad = await api.post('/__sandbox/engagements').send({ contact_id: c.id, type: 'open', category: 'soft' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ param: 'category' });
    const missing = await api.post('/__sandbox/engagements').send({ contact_id: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e', type: 'open' });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'contact_not_found', param: 'contact_id' });
  });

  it('GET/PUT /__sandbox/engagement reads and changes the rates; out-of-range rates answer 400', async () => {
    expect((await api.get('/__sandbox/engagement')).body.data).toEqual({ open_rate: 0.45, click_rate: 0.1, reply_rate: 0.06, autoresponse_rate: 0.02, bounce_rate: 0.03, unsubscribe_rate: 0.01 });
    const put = await api.put('/__sandbox/engagement').send({ reply_rate: 0.5 });
    expect(put.status).toBe(200);
    expect(put.body.data).toMatchObject({ reply_rate: 0.5, open_rate: 0.45 });
    const bad = await api.put('/__sandbox/engagement').send({ reply_rate: 2 });
    expect(bad.status).toBe(400);
    expect((await api.get('/__sandbox/engagement')).body.data.reply_rate).toBe(0.5);
  });
});

describe('V1 bulk actions on the engine state', () => {
  it('finish takes a contact off its sequence; unfinish and restart put it back', async () => {
    await quietModel();
    const campaign = await activeCampaign();
    const c = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ada@analytical.test' });
    await advanceClock(api, 1);
    const bulk = (action: string) => api.post('/v1/contact/bulk-action').send({ action, campaign_id: campaign, contact_ids: [c.id] });
    expect((await bulk('finish')).status).toBe(200);
    await advanceClock(api, 3 * DAY);
    expect(await typesOf(c.id)).toEqual(['contact_added', 'sent']);
    expect((await bulk('unfinish')).status).toBe(200);
    await advanceClock(api, 1);
    expect((await typesOf(c.id)).filter(t => t === 'sent')).toHaveLength(2);
    expect((await bulk('restart')).status).toBe(200);
    expect(await contact(c.id)).toMatchObject({ started_sequence: false, finished: false, status: 'queued' });
    await advanceClock(api, 1);
    expect((await events(`ContactId=${c.id}&type=sent`))[0].subject).toMatch(/^Hello [AB]$/);
  });
});

describe('snapshot and determinism', () => {
  it('the agenda travels in the snapshot: an imported workspace goes on where the export stood', async () => {
    await quietModel();
    const campaign = await activeCampaign();
    const c = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ada@analytical.test' });
    await advanceClock(api, 1);
    const snapshot = (await api.get('/__sandbox/state')).body;
    expect(snapshot.supersend.engine.steps).toEqual([{ enrollment_id: c.id, at: Date.parse('2026-03-04T09:00:01.000Z') }]);
    const copy = api.as('sandbox_key');
    const other = await createTestApi({ seedData: false });
    expect((await other.put('/__sandbox/state').send(snapshot)).status).toBe(200);
    await other.post('/__sandbox/clock/advance').send({ seconds: 2 * DAY });
    const sent = await other.get(`/v2/events?ContactId=${c.id}&type=sent`);
    expect(sent.body.data).toHaveLength(2);
    expect(copy).toBeDefined();
  });

  it('two sandboxes with the same seed and steps export identical state', async () => {
    const run = async () => {
      const a = await createTestApi({ seedData: false });
      await a.post('/__sandbox/clock').send({ action: 'freeze' });
      await a.post('/__sandbox/clock').send({ action: 'set', at: START });
      await a.put('/__sandbox/engagement').send({ reply_rate: 0.3, open_rate: 0.6, bounce_rate: 0.1, autoresponse_rate: 0.1 });
      const t = (await a.post('/v2/teams').send({ name: 'T' })).body.data.id;
      newSender(a, t, 'alex@t.test');
      const cp = (await a.post('/v2/campaigns').send({ TeamId: t, name: 'C', ...TWO_EMAILS, days: EVERY_DAY })).body.data.id;
      await a.patch(`/v2/campaigns/${cp}`).send({ status: 1, is_draft: false });
      for (let i = 0; i < 30; i++) await a.post('/v2/contacts').send({ TeamId: t, CampaignId: cp, email: `p${i}@ex.test` });
      await a.post('/__sandbox/clock/advance').send({ seconds: 4 * DAY });
      const state = (await a.get('/__sandbox/state')).body;
      delete state.exported_at;
      return state;
    };
    const first = await run();
    const second = await run();
    expect(second).toEqual(first);
    const types = new Set(first.supersend.events.map((e: Json) => e.type));
    expect(types).toContain('sent');
    expect(types).toContain('reply');
  });
});
