/**
 * Super Inbox conversations and messages (openapi.yaml: listConversations, getConversation,
 * updateConversation, listConversationMessages, sendConversationMessage). Conversations are opened the
 * way the campaign engine opens them (service `receiveInbound`, called on the workspace as the engine
 * will); everything else goes over HTTP and is read back through the API. The clock is frozen, so queued
 * messages become sent only when the test advances it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import supertest from 'supertest';
import { createTestApi, SUPERSEND_KEY, type TestApi } from '../support/api.js';
import { advanceClock, enroll, setClock, type Json } from '../support/fixtures.js';
import { receiveInbound } from '../../src/resources/supersend/conversations/service.js';
import type { Identity } from '../../src/resources/supersend/identities/store.js';
import type { Sender } from '../../src/resources/supersend/senders/store.js';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const MIN = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UNKNOWN_ID = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

let api: TestApi;
let team: string;
let otherTeam: string;
let ada: Json;
let bob: Json;
let cy: Json;
let sender: Sender;
let disabledSender: Sender;
const IDENTITY = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
/** The identity as a conversation shows it. */
const identity = { id: IDENTITY, handle: 'alex-kim-acme', first_name: 'Alex', last_name: 'Kim', photo: null, type: 'linkedin' };

const ws = () => api.sandbox.workspace('default')!;

/** A mailbox of the team, put into the sender store as the seeds do (there is no V2 create). */
function addSender(teamId: string, email: string, disabled = false): Sender {
  const now = iso(T0);
  const s: Sender = {
    id: ws().random.uuid(), team_id: teamId, email, send_as: email.split('@')[0], reply_to: null, provider: 'google', domain_id: null,
    disabled, warm: false, warming_stage: null, max_per_day: 50, global_max_per_day: 100, max_warm_per_day: 20, warm_email_ramp: 30,
    campaign_ramp_enabled: false, campaign_ramp_first_send_date: null, campaign_ramp_duration_days: null, campaign_ramp_start_volume: null,
    health_score: 90, status: 'active', signature: null, forward_to: null, forward_rules: null, forward_unsubscribes: false,
    sender_profile_id: null, created_at: now, updated_at: now,
  };
  ws().stores.senders.senders.set(s.id, s);
  return s;
}

/** A LinkedIn account of the team, put into the identity store as the seeds do (there is no V2 create). */
function addIdentity(teamId: string): void {
  const now = iso(T0);
  const x: Identity = {
    ...identity, type: 'linkedin', team_id: teamId, username: 'alex-kim-acme', email: null, status: 'active', error: null, deleted: false,
    settings: { max_messages_per_day: 50, max_connection_requests_per_day: 20, max_profile_visits_per_day: 50, max_likes_per_day: 20, action_cooldown_seconds: 60, timezone: 'UTC', days: [1, 2, 3, 4, 5], hours: [{ start: '09:00', end: '17:00' }] },
    created_at: now, updated_at: now,
  };
  ws().stores.identities.identities.set(x.id, x);
}

/** The campaign engine reporting a reply (the service it will call). */
function reply(contact: Json, channel: 'email' | 'linkedin', text: string, at: number, subject?: string) {
  return receiveInbound(ws(), { enrollmentId: contact.id, senderId: channel === 'email' ? sender.id : null, channel, text, subject, at, identityId: channel === 'email' ? null : IDENTITY });
}

async function get(path: string, status = 200): Promise<Json> {
  const res = await api.get(path);
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}

const list = async (query = '') => (await get(`/v2/conversations${query}`)).data as Json[];
const ids = (rows: Json[]) => rows.map(r => r.id);
const conversation = async (id: string) => (await get(`/v2/conversations/${id}`)).data;

beforeEach(async () => {
  api = await createTestApi({ seedData: false });
  expect((await api.post('/__sandbox/clock').send({ action: 'freeze' })).status).toBe(200);
  await setClock(api, iso(T0));
  team = (await api.post('/v2/teams').send({ name: 'Northwind Outbound' })).body.data.id;
  otherTeam = (await api.post('/v2/teams').send({ name: 'Globex Sales' })).body.data.id;
  const campaign = (await api.post('/v2/campaigns').send({ name: 'Q1 CTO Outreach', TeamId: team })).body.data.id;
  const globex = (await api.post('/v2/campaigns').send({ name: 'Partner Intro', TeamId: otherTeam })).body.data.id;
  ada = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'ada@analytical.test', first_name: 'Ada', last_name: 'Lovelace', linkedin_url: 'https://www.linkedin.com/in/ada-lovelace' });
  bob = await enroll(api, { TeamId: team, CampaignId: campaign, email: 'bob@builder.test', first_name: 'Bob', last_name: 'Builder' });
  cy = await enroll(api, { TeamId: otherTeam, CampaignId: globex, email: 'cy@cyber.test', first_name: 'Cy' });
  sender = addSender(team, 'alex.kim@northwind.test');
  disabledSender = addSender(team, 'old.box@northwind.test', true);
  addIdentity(team);
});

describe('a reply from the campaign engine (receiveInbound)', () => {
  it('opens the contact’s conversation on its channel, unread, titled by the subject (email) or the contact (LinkedIn)', async () => {
    const email = reply(ada, 'email', 'Sounds good, does Tuesday work?', T0 - 60 * MIN, 'Re: Quick question, Ada');
    const linkedin = reply(ada, 'linkedin', 'Thanks for connecting!', T0 - 30 * MIN);
    expect(email.conversation.id).not.toBe(linkedin.conversation.id);

    expect(await conversation(email.conversation.id)).toEqual({
      object: 'conversation',
      id: email.conversation.id,
      platform_type: 'email',
      title: 'Quick question, Ada',
      last_activity_at: iso(T0 - 60 * MIN),
      is_unread: true,
      is_archived: false,
      unread_count: 1,
      identity: null,
      participants: [{ id: expect.stringMatching(UUID), display_name: 'Ada Lovelace', username: 'ada@analytical.test', avatar_url: null, is_self: false }],
      last_message: { text: 'Sounds good, does Tuesday work?', timestamp: iso(T0 - 60 * MIN) },
      team_id: team,
      created_at: iso(T0 - 60 * MIN),
      updated_at: iso(T0),
      messages: [{
        object: 'message', id: email.message.id, conversation_id: email.conversation.id, platform_type: 'email',
        subject: 'Re: Quick question, Ada', text: 'Sounds good, does Tuesday work?', html: null, timestamp: iso(T0 - 60 * MIN),
        is_from_self: false, is_read: false, status: 'received', job_id: null, sender: null, attachments: [],
      }],
    });
    const social = await conversation(linkedin.conversation.id);
    expect(social).toMatchObject({
      platform_type: 'linkedin', title: 'Ada Lovelace', identity, unread_count: 1,
      participants: [{ display_name: 'Ada Lovelace', username: 'ada-lovelace', is_self: false }],
    });
    expect(social.messages[0]).toMatchObject({ subject: null, text: 'Thanks for connecting!', status: 'received', is_read: false });
  });

  it('adds later replies to the same conversation, counts them unread and brings it back from the archive', async () => {
    const first = reply(bob, 'email', 'Who are you?', T0 - 90 * MIN, 'Intro');
    await api.patch(`/v2/conversations/${first.conversation.id}`).send({ is_archived: true, mark_all_read: true });
    expect((await conversation(first.conversation.id)).unread_count).toBe(0);

    const second = reply(bob, 'email', 'Actually, tell me more.', T0 - 10 * MIN);
    expect(second.conversation.id).toBe(first.conversation.id);
    const after = await conversation(first.conversation.id);
    expect(after).toMatchObject({ is_archived: false, is_unread: true, unread_count: 1, last_message: { text: 'Actually, tell me more.' } });
    expect(after.messages.map((m: Json) => [m.subject, m.is_read])).toEqual([['Intro', true], ['Re: Intro', false]]);
  });

  it('refuses an unknown contact and an identity of another team or channel', () => {
    expect(() => receiveInbound(ws(), { enrollmentId: cy.id, senderId: null, channel: 'linkedin', text: 'hi', at: T0, identityId: IDENTITY })).toThrow(
      expect.objectContaining({ status: 400, code: 'validation_error', options: { param: 'identity_id' } }),
    );
    expect(() => receiveInbound(ws(), { enrollmentId: ada.id, senderId: null, channel: 'twitter', text: 'hi', at: T0, identityId: IDENTITY })).toThrow(
      expect.objectContaining({ status: 400, options: { param: 'identity_id' } }),
    );
    expect(() => receiveInbound(ws(), { enrollmentId: UNKNOWN_ID, senderId: null, channel: 'email', text: 'hi', at: T0 })).toThrow(
      expect.objectContaining({ status: 404, code: 'contact_not_found' }),
    );
  });
});

describe('GET /v2/conversations', () => {
  /** Ada on email (unread) and LinkedIn, Bob on email (answered), Cy on email in the other team. */
  async function inbox() {
    const adaMail = reply(ada, 'email', 'Interested, send pricing', T0 - 50 * MIN, 'Pricing').conversation.id;
    const adaSocial = reply(ada, 'linkedin', 'Hi Alex', T0 - 40 * MIN).conversation.id;
    const bobMail = reply(bob, 'email', 'Tell me more', T0 - 30 * MIN, 'Intro').conversation.id;
    const cyMail = reply(cy, 'email', 'Not now', T0 - 20 * MIN, 'Partnering').conversation.id;
    const sent = await api.post(`/v2/conversations/${bobMail}/messages`).send({ message: 'Here is more: a deck.', sender_id: sender.id });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    return { adaMail, adaSocial, bobMail, cyMail };
  }

  it('lists LinkedIn by default and email with channel=email, newest activity first, over every team', async () => {
    const c = await inbox();
    expect(ids(await list())).toEqual([c.adaSocial]);
    const res = await get('/v2/conversations?channel=email');
    expect(ids(res.data)).toEqual([c.bobMail, c.cyMail, c.adaMail]);
    expect(res.pagination).toEqual({ total: 3, limit: 50, offset: 0, has_more: false });
    expect(ids(await list('?channel=email&sort_by=date&sort_direction=asc'))).toEqual([c.adaMail, c.cyMail, c.bobMail]);
    expect(ids(await list('?channel=twitter'))).toEqual([]);
  });

  it('filters by team, identity, archive state, read state, last message direction and search; pages', async () => {
    const c = await inbox();
    expect(ids(await list(`?channel=email&team_id=${team}`))).toEqual([c.bobMail, c.adaMail]);
    expect(ids(await list(`?identity_id=${IDENTITY}`))).toEqual([c.adaSocial]);
    expect(ids(await list(`?identity_id=${UNKNOWN_ID}`))).toEqual([]);
    expect(ids(await list('?channel=email&last_message_direction=outbound'))).toEqual([c.bobMail]);
    expect(ids(await list('?channel=email&last_message_direction=inbound'))).toEqual([c.cyMail, c.adaMail]);
    // Bob's reply was answered but never read.
    expect(ids(await list('?channel=email&read_status=unread'))).toEqual([c.bobMail, c.cyMail, c.adaMail]);
    await api.patch(`/v2/conversations/${c.cyMail}`).send({ mark_all_read: true });
    await api.patch(`/v2/conversations/${c.adaMail}`).send({ is_archived: true });
    expect(ids(await list('?channel=email&read_status=read'))).toEqual([c.cyMail]);
    expect(ids(await list('?channel=email&status=archived'))).toEqual([c.adaMail]);
    expect(ids(await list('?channel=email&status=unarchived'))).toEqual([c.bobMail, c.cyMail]);
    expect(ids(await list('?channel=email&search=PRICING'))).toEqual([c.adaMail]);
    expect(ids(await list('?channel=email&search=bob@builder'))).toEqual([c.bobMail]);
    expect(ids(await list('?channel=email&search=a%20deck'))).toEqual([c.bobMail]);
    const page = await get('/v2/conversations?channel=email&limit=1&offset=1');
    expect(ids(page.data)).toEqual([c.cyMail]);
    expect(page.pagination).toEqual({ total: 3, limit: 1, offset: 1, has_more: true });
  });

  it('refuses a team the key cannot reach (403 naming team_id) and a channel outside the enum', async () => {
    const res = await api.get(`/v2/conversations?team_id=${UNKNOWN_ID}`);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'team_access_denied', param: 'team_id' });
    const bad = await api.get('/v2/conversations?channel=fax');
    expect(bad.status).toBe(400);
    expect(bad.body.error.param).toBe('channel');
  });
});

describe('GET /v2/conversations/:id and its messages', () => {
  it('answers 404 conversation_not_found for an unknown id', async () => {
    for (const path of [`/v2/conversations/${UNKNOWN_ID}`, `/v2/conversations/${UNKNOWN_ID}/messages`]) {
      const res = await api.get(path);
      expect(res.status).toBe(404);
      expect(res.body.error).toMatchObject({ type: 'not_found_error', code: 'conversation_not_found' });
    }
  });

  it('lists the messages oldest first, paged', async () => {
    const { conversation: c } = reply(ada, 'email', 'one', T0 - 3 * MIN, 'Thread');
    reply(ada, 'email', 'three', T0 - MIN);
    // Reported late: dated before the previous one, it takes its place in time.
    reply(ada, 'email', 'two', T0 - 2 * MIN);
    const all = await get(`/v2/conversations/${c.id}/messages`);
    expect(all.data.map((m: Json) => m.text)).toEqual(['one', 'two', 'three']);
    expect(all.pagination).toEqual({ total: 3, limit: 50, offset: 0, has_more: false });
    const page = await get(`/v2/conversations/${c.id}/messages?limit=1&offset=1`);
    expect(page.data.map((m: Json) => m.text)).toEqual(['two']);
    expect(page.pagination).toEqual({ total: 3, limit: 1, offset: 1, has_more: true });
    expect((await conversation(c.id)).last_message.text).toBe('three');
  });
});

describe('PATCH /v2/conversations/:id', () => {
  it('mark_all_read marks every message read; is_unread true marks the newest inbound one unread again', async () => {
    const { conversation: c } = reply(ada, 'email', 'first', T0 - 3 * MIN, 'Thread');
    reply(ada, 'email', 'second', T0 - 2 * MIN);
    await api.post(`/v2/conversations/${c.id}/messages`).send({ message: 'answer', sender_id: sender.id });
    await advanceClock(api, 60);

    const read = await api.patch(`/v2/conversations/${c.id}`).send({ mark_all_read: true });
    expect(read.status).toBe(200);
    expect(read.body.data).toEqual({ object: 'conversation', id: c.id, is_archived: false, is_unread: false, updated_at: iso(T0 + 60_000) });
    let after = await conversation(c.id);
    expect(after).toMatchObject({ is_unread: false, unread_count: 0 });
    expect(after.messages.map((m: Json) => m.is_read)).toEqual([true, true, true]);

    const unread = await api.patch(`/v2/conversations/${c.id}`).send({ is_unread: true });
    expect(unread.body.data.is_unread).toBe(true);
    after = await conversation(c.id);
    expect(after).toMatchObject({ is_unread: true, unread_count: 1 });
    expect(after.messages.map((m: Json) => [m.text, m.is_read])).toEqual([['first', true], ['second', false], ['answer', true]]);

    // Already unread: marking unread again changes nothing.
    await api.patch(`/v2/conversations/${c.id}`).send({ is_unread: true });
    expect((await conversation(c.id)).unread_count).toBe(1);

    const readAgain = await api.patch(`/v2/conversations/${c.id}`).send({ is_unread: false });
    expect(readAgain.body.data.is_unread).toBe(false);
    expect((await conversation(c.id)).unread_count).toBe(0);
  });

  it('archives and unarchives', async () => {
    const { conversation: c } = reply(bob, 'linkedin', 'hello', T0 - MIN);
    const res = await api.patch(`/v2/conversations/${c.id}`).send({ is_archived: true });
    expect(res.body.data).toEqual({ object: 'conversation', id: c.id, is_archived: true, is_unread: true, updated_at: iso(T0) });
    expect(await conversation(c.id)).toMatchObject({ is_archived: true, unread_count: 1 });
    await api.patch(`/v2/conversations/${c.id}`).send({ is_archived: false });
    expect((await conversation(c.id)).is_archived).toBe(false);
  });

  it('refuses is_unread true with mark_all_read, an empty body and an unknown id, changing nothing', async () => {
    const { conversation: c } = reply(bob, 'email', 'hello', T0 - MIN, 'Hi');
    const both = await api.patch(`/v2/conversations/${c.id}`).send({ is_unread: true, mark_all_read: true, is_archived: true });
    expect(both.status).toBe(400);
    expect(both.body.error).toMatchObject({ code: 'validation_error', param: 'mark_all_read' });
    expect(await conversation(c.id)).toMatchObject({ is_archived: false, unread_count: 1 });
    expect((await api.patch(`/v2/conversations/${c.id}`).send({})).status).toBe(400);
    const unknown = await api.patch(`/v2/conversations/${UNKNOWN_ID}`).send({ is_archived: true });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('conversation_not_found');
  });
});

describe('POST /v2/conversations/:id/messages', () => {
  it('queues an email reply with the default subject; it is sent on the workspace clock and leads the inbox', async () => {
    const older = reply(ada, 'email', 'Pricing please', T0 - 60 * MIN, 'Quick question, Ada').conversation;
    const newer = reply(bob, 'email', 'Hello', T0 - 30 * MIN, 'Intro').conversation;
    expect(ids(await list('?channel=email'))).toEqual([newer.id, older.id]);
    await advanceClock(api, 5);

    const res = await api.post(`/v2/conversations/${older.id}/messages`).send({ message: 'Here you go: https://northwind.test/pricing', sender_id: sender.id, cc: ['jo@northwind.test'] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const sent = res.body.data;
    expect(sent).toEqual({
      object: 'message', id: expect.stringMatching(UUID), conversation_id: older.id, platform_type: 'email',
      subject: 'Re: Quick question, Ada', text: 'Here you go: https://northwind.test/pricing', html: null, timestamp: iso(T0 + 5000),
      is_from_self: true, is_read: true, status: 'queued', job_id: expect.stringMatching(/^job_[0-9a-f]{10}$/),
      sender: { id: sender.id, email: 'alex.kim@northwind.test' }, attachments: [],
    });
    const rows = await list('?channel=email');
    expect(ids(rows)).toEqual([older.id, newer.id]);
    expect(rows[0]).toMatchObject({
      last_activity_at: iso(T0 + 5000), updated_at: iso(T0 + 5000), unread_count: 1,
      last_message: { text: 'Here you go: https://northwind.test/pricing', timestamp: iso(T0 + 5000) },
    });
    expect(ids(await list('?channel=email&last_message_direction=outbound'))).toEqual([older.id]);

    // The workspace's processing latency (1 s) later, the job has run.
    const statusOf = async () => (await get(`/v2/conversations/${older.id}/messages`)).data.find((m: Json) => m.id === sent.id).status;
    await advanceClock(api, 0.5);
    expect(await statusOf()).toBe('queued');
    await advanceClock(api, 0.5);
    expect(await statusOf()).toBe('sent');
  });

  it('takes an explicit subject, HTML and attachments given by URL', async () => {
    const c = reply(ada, 'email', 'Pricing please', T0 - MIN, 'Pricing').conversation;
    const res = await api.post(`/v2/conversations/${c.id}/messages`).send({
      message: '<p>Hi Ada,</p><p>See the deck &amp; pricing.</p>', is_html: true, subject: 'Deck', sender_id: sender.id,
      attachments: [{ filename: 'deck.pdf', url: 'https://files.northwind.test/deck.pdf' }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.data).toMatchObject({
      subject: 'Deck', html: '<p>Hi Ada,</p><p>See the deck &amp; pricing.</p>', text: 'Hi Ada,\nSee the deck & pricing.',
      attachments: [{ id: expect.stringMatching(UUID), filename: 'deck.pdf', file_path: null, cloud_url: 'https://files.northwind.test/deck.pdf' }],
    });
  });

  it('requires sender_id on email, an active sender of the organisation; nothing is stored on refusal', async () => {
    const c = reply(ada, 'email', 'Pricing please', T0 - MIN, 'Pricing').conversation;
    const cases: [Json, number, string, string][] = [
      [{ message: 'hi' }, 400, 'missing_required_parameter', 'sender_id'],
      [{ message: 'hi', sender_id: UNKNOWN_ID }, 400, 'validation_error', 'sender_id'],
      [{ message: 'hi', sender_id: disabledSender.id }, 400, 'validation_error', 'sender_id'],
      [{ sender_id: sender.id }, 400, 'missing_required_parameter', 'message'],
      [{ message: '', sender_id: sender.id }, 400, 'validation_error', 'message'],
    ];
    for (const [body, status, code, param] of cases) {
      const res = await api.post(`/v2/conversations/${c.id}/messages`).send(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error, JSON.stringify(body)).toMatchObject({ code, param });
    }
    expect((await get(`/v2/conversations/${c.id}/messages`)).pagination.total).toBe(1);
    // A sender of another team of the organisation may answer.
    const globexBox = addSender(otherTeam, 'sales@globex.test');
    expect((await api.post(`/v2/conversations/${c.id}/messages`).send({ message: 'hi', sender_id: globexBox.id })).status).toBe(201);
  });

  it('sends on LinkedIn without a sender and refuses email-only fields there', async () => {
    const c = reply(ada, 'linkedin', 'Hi Alex', T0 - MIN).conversation;
    const res = await api.post(`/v2/conversations/${c.id}/messages`).send({ message: 'Perfect, talk Tuesday!' });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ platform_type: 'linkedin', subject: null, sender: null, status: 'queued', is_from_self: true });
    const subject = await api.post(`/v2/conversations/${c.id}/messages`).send({ message: 'x', subject: 'Hello' });
    expect(subject.status).toBe(400);
    expect(subject.body.error).toMatchObject({ code: 'validation_error', param: 'subject' });
    expect((await conversation(c.id)).messages).toHaveLength(2);
  });

  it('answers 404 for an unknown conversation', async () => {
    const res = await api.post(`/v2/conversations/${UNKNOWN_ID}/messages`).send({ message: 'hi' });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('conversation_not_found');
  });
});

describe('a write that fails part-way', () => {
  /** Fails the write after 0, 1, 2, … changes until it gets through; each refused attempt leaves the state as it was. */
  async function failAtEveryStep(send: () => supertest.Test, status: number): Promise<number> {
    const state = async () => (await api.get('/__sandbox/state')).body;
    const before = await state();
    for (let n = 0; n < 50; n++) {
      ws().writes.failNextWriteAfter(n);
      const res = await send().set('Authorization', `Bearer ${SUPERSEND_KEY}`);
      if (res.status !== 500) {
        expect(res.status, JSON.stringify(res.body)).toBe(status);
        expect(await state()).not.toEqual(before);
        return n;
      }
      expect(await state(), `after a fault at change ${n + 1}`).toEqual(before);
    }
    throw new Error('the write never got through');
  }

  it('leaves no half-sent message and no half-read conversation', async () => {
    const c = reply(ada, 'email', 'one', T0 - 2 * MIN, 'Thread').conversation;
    reply(ada, 'email', 'two', T0 - MIN);
    const agent = supertest(api.sandbox.app);
    expect(await failAtEveryStep(() => agent.post(`/v2/conversations/${c.id}/messages`).send({ message: 'hi', sender_id: sender.id }), 201)).toBeGreaterThan(2);
    expect(await failAtEveryStep(() => agent.patch(`/v2/conversations/${c.id}`).send({ mark_all_read: true, is_archived: true }), 200)).toBeGreaterThan(2);
    expect(await conversation(c.id)).toMatchObject({ is_archived: true, unread_count: 0 });
  });
});

describe('inbox reply link clicks', () => {
  it('carry the ids of the contact’s email conversation and the team’s newest message in it', async () => {
    const c = reply(ada, 'email', 'Pricing please', T0 - MIN, 'Pricing').conversation;
    const sent = (await api.post(`/v2/conversations/${c.id}/messages`).send({ message: 'https://northwind.test/pricing', sender_id: sender.id })).body.data;
    const click = await api.post('/__sandbox/link-clicks').send({ contact_id: ada.id, original_url: 'https://northwind.test/pricing' });
    expect(click.status).toBe(201);
    expect(click.body.data).toMatchObject({ conversation_id: c.id, conversation_message_id: sent.id });
  });
});

describe('snapshots', () => {
  it('carry conversations, messages and queued sends into another workspace', async () => {
    const c = reply(ada, 'email', 'Pricing please', T0 - MIN, 'Pricing').conversation;
    reply(ada, 'linkedin', 'Hi', T0 - MIN);
    await api.patch(`/v2/conversations/${c.id}`).send({ is_archived: true });
    const queued = (await api.post(`/v2/conversations/${c.id}/messages`).send({ message: 'Soon', sender_id: sender.id })).body.data;
    const before = { email: await list('?channel=email'), detail: await conversation(c.id), linkedin: await list() };
    const snapshot = (await api.get('/__sandbox/state')).body;
    expect(snapshot.supersend.conversations.conversations).toHaveLength(2);
    expect(snapshot.supersend.conversations.messages).toHaveLength(3);

    const other = await createTestApi({ seedData: false });
    const imported = await other.put('/__sandbox/state').send(snapshot);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.data.counts).toMatchObject({ conversations: 2, messages: 3 });
    expect((await other.get('/v2/conversations?channel=email')).body.data).toEqual(before.email);
    expect((await other.get(`/v2/conversations/${c.id}`)).body.data).toEqual(before.detail);
    expect((await other.get('/v2/conversations')).body.data).toEqual(before.linkedin);
    // The queued message goes out on the importing workspace's clock.
    await advanceClock(other, 1);
    const after = (await other.get(`/v2/conversations/${c.id}/messages`)).body.data;
    expect(after.find((m: Json) => m.id === queued.id).status).toBe('sent');
  });

  it('refuses a message of an unknown conversation and a second conversation of a profile on one channel', async () => {
    reply(ada, 'email', 'Pricing please', T0 - MIN, 'Pricing');
    const snapshot = (await api.get('/__sandbox/state')).body;
    const orphan = structuredClone(snapshot);
    orphan.supersend.conversations.messages[0].conversation_id = UNKNOWN_ID;
    let res = await api.put('/__sandbox/state').send(orphan);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_snapshot', param: 'supersend.conversations.messages[0].conversation_id' });
    const twice = structuredClone(snapshot);
    twice.supersend.conversations.conversations.push({ ...twice.supersend.conversations.conversations[0], id: UNKNOWN_ID });
    res = await api.put('/__sandbox/state').send(twice);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'invalid_snapshot', param: 'supersend.conversations.conversations[1].profile_id' });
  });
});

describe('the default data set', () => {
  it('holds email and LinkedIn conversations in every inbox state, with real contacts', async () => {
    const seeded = await createTestApi();
    const state = seeded.sandbox.workspace('default')!.stores.supersend;
    const read = async (query: string) => {
      const res = await seeded.get(`/v2/conversations${query}`);
      expect(res.status).toBe(200);
      return res.body.data as Json[];
    };
    for (const channel of ['email', 'linkedin']) {
      const all = await read(`?channel=${channel}&limit=100`);
      expect(all.length).toBeGreaterThan(3);
      const lasts = await Promise.all(all.map(async c => ((await seeded.get(`/v2/conversations/${c.id}`)).body.data.messages as Json[]).at(-1)!));
      const states = new Set(all.map((c, i) => `${c.is_archived ? 'archived' : 'inbox'} ${c.is_unread ? 'unread' : 'read'} ${lasts[i].is_from_self ? 'out' : 'in'}`));
      expect([...states].sort(), channel).toEqual(expect.arrayContaining(['archived read in', 'inbox read in', 'inbox read out', 'inbox unread in']));
      for (const c of all) {
        expect(c.platform_type).toBe(channel);
        expect(c.unread_count > 0).toBe(c.is_unread);
        const profile = state.profiles.get(c.participants[0].id)!;
        expect(profile.team_id).toBe(c.team_id);
        expect(c.participants[0].username).toBe(channel === 'email' ? profile.email : /linkedin\.com\/in\/([^/?#]+)/.exec(profile.linkedin_url!)![1]);
        if (channel === 'linkedin') {
          expect(c.identity.type).toBe('linkedin');
          const identity = await seeded.get(`/v2/identities/${c.identity.id}`);
          expect(identity.body.data).toMatchObject({ id: c.identity.id, team_id: c.team_id, handle: c.identity.handle });
        }
      }
    }
    // Every email the team sent went out from an active sender of the conversation's team.
    const senders = seeded.sandbox.workspace('default')!.stores.senders.senders;
    for (const c of await read('?channel=email&limit=100')) {
      const messages = (await seeded.get(`/v2/conversations/${c.id}`)).body.data.messages as Json[];
      for (const m of messages.filter(m => m.is_from_self)) {
        const sender = senders.get(m.sender.id)!;
        expect(sender).toMatchObject({ email: m.sender.email, team_id: c.team_id, disabled: false });
      }
    }
    // Read filters agree with the flags.
    expect((await read('?channel=email&read_status=unread&limit=100')).every(c => c.is_unread)).toBe(true);
    expect((await read('?channel=email&status=archived&limit=100')).every(c => c.is_archived)).toBe(true);
  });

  it('gives inbox reply link clicks the ids of the contact’s conversation and of the reply holding the link', async () => {
    const seeded = await createTestApi();
    const ws = seeded.sandbox.workspace('default')!;
    const contacts = [...ws.stores.linkClicks.conversationByContact.keys()];
    expect(contacts.length).toBeGreaterThan(2);
    for (const contactId of contacts) {
      const clicks = (await seeded.get(`/v2/contacts/${contactId}/inbox-link-clicks`)).body.data.clicks as Json[];
      expect(clicks.length).toBeGreaterThan(0);
      const detail = await seeded.get(`/v2/conversations/${clicks[0].conversation_id}`);
      expect(detail.status).toBe(200);
      const holding = (detail.body.data.messages as Json[]).find(m => m.id === clicks[0].conversation_message_id)!;
      expect(holding).toMatchObject({ is_from_self: true, status: 'sent' });
      for (const click of clicks) {
        expect(click.conversation_id).toBe(detail.body.data.id);
        expect(holding.text).toContain(click.original_url);
        expect(Date.parse(holding.timestamp)).toBeLessThan(Date.parse(click.clicked_at));
      }
    }
  });
});
